package io.github.cstokit.rules;

import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.MemberRight;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.RecordedOutcome;
import io.github.cstokit.model.State;
import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * The count of a decision's positions against the members on its date; lists stay null when empty.
 *
 * <p><b>Who is entitled.</b> The states entitled to take part are the members on the date
 * ({@link CstoFacts#members(LocalDate)}) save those whose vote a Council decision under Charter Art. 25
 * suspended, from that decision's day until the debt is paid or the Council restores it, and while the
 * record shows no end ({@link ArrearsRules#suspendedRights}): a
 * member whose vote no Council decision suspended counts, whatever its arrears or a declared freeze. A
 * member whose vote is suspended is listed in {@link #nonMembers} whether or not it took a position; a
 * position or signature of any other state (a suspended state, a non-member) is listed there too, and
 * neither counts for or against the decision. The state a membership decision concerns is left out.
 *
 * <p><b>Consents still to come.</b> A member that recorded no position, or was absent, and has not signed
 * may still sign later: no text read sets a deadline. Such members are {@link #pending}; members that
 * abstained or declared they do not participate, without signing, are {@link #declined}. Members with
 * neither a position nor a signature are also {@link #notItemised}: their attendance is not recorded. A
 * member that signed or joined later on a recorded day ({@link Decision#joiningDates()}) consents from
 * that day: counted on an earlier day it is {@link #pending}, from that day on it is {@link #joinedOn}.
 */
final class Tally {

  final SortedSet<State> members;
  final String excluded;
  /**
   * Neither positions nor signatures are recorded: what became of the decision is known, if at all, only
   * from its recorded outcome.
   */
  final boolean unrecorded;
  /** The recorded outcome, or null if none is recorded. */
  final RecordedOutcome reported;
  int entitled;
  Position excludedPosition;
  List<String> objectors;
  List<String> withoutConsent;
  List<String> nonMembers;
  /** Members without a position or absent, not signed: a signature may still come. */
  List<String> pending;
  /** Members that abstained or declared they do not participate, not signed. */
  List<String> declined;
  /** Members with neither a position nor a signature: their attendance is not recorded. */
  List<String> notItemised;
  /** Members whose consent is a position of joining later, without a signature: a practice. */
  List<String> joinedLater;
  /**
   * Members that joined (signed or joined later) on a recorded day after the session, by the day counted:
   * a practice, binding them from that day; such as {@code AM on 2022-02-01}.
   */
  List<String> joinedOn;
  /** Members recorded absent or not participating that did not sign. */
  List<String> absentUncured;
  List<String> participants;
  List<String> frozen;
  /** The strings of the members, once asked. */
  private Codes codes;
  /** The room each list is made with: the members, the positions or the signatures, whichever are more. */
  private int capacity;

  private Tally(SortedSet<State> members, String excluded, boolean unrecorded, RecordedOutcome reported) {
    this.members = members;
    this.excluded = excluded;
    this.unrecorded = unrecorded;
    this.reported = reported;
  }

  /**
   * Counts a decision.
   *
   * @param d the decision
   * @param facts the facts
   * @param exclude the code of a state left out of the count (the state a membership decision concerns),
   *     or null
   */
  static Tally of(Decision d, CstoFacts facts, String exclude) {
    return of(d, facts, exclude, d.date());
  }

  /**
   * Counts a decision as it stands on a day on or after its own: the members and who is entitled are those
   * of the decision's date, and a consent whose joining day is recorded ({@link Decision#joiningDates()})
   * counts only from that day; before it the member is still {@link #pending}.
   *
   * @param d the decision
   * @param facts the facts
   * @param exclude the code of a state left out of the count, or null
   * @param asOf the day the count is made, not before the decision's date
   */
  static Tally of(Decision d, CstoFacts facts, String exclude, LocalDate asOf) {
    LocalDate date = d.date();
    SortedMap<String, Position> positions = d.positions();
    SortedSet<String> signatures = d.signatures();
    SortedMap<String, LocalDate> joiningDates = d.joiningDates();
    Tally t = new Tally(facts.members(date), exclude, positions.isEmpty() && signatures.isEmpty(),
        d.recordedOutcome().orElse(null));
    t.capacity = Math.max(t.members.size(), Math.max(positions.size(), signatures.size()));
    if (exclude != null) {
      t.excludedPosition = positions.get(exclude);
    }
    // Positions and signatures of members (or of the excluded state); when they account for every entry,
    // no outsider took part and the outsider scans below are skipped.
    int memberPositions = 0;
    int memberSignatures = 0;
    if (exclude != null) {
      if (t.excludedPosition != null) {
        memberPositions++;
      }
      if (signatures.contains(exclude)) {
        memberSignatures++;
      }
    }
    Set<String> voteSuspended = voteSuspended(t.members, date, facts);
    for (State s : t.members) {
      String code = s.isoAlpha2();
      if (code.equals(exclude)) {
        continue;
      }
      Position p = positions.get(code);
      boolean signed = signatures.contains(code);
      if (p != null) {
        memberPositions++;
      }
      if (signed) {
        memberSignatures++;
      }
      if (voteSuspended != null && voteSuspended.contains(code)) {
        t.nonMembers = t.add(t.nonMembers, code
            + " (vote suspended by a Council decision under Charter Art. 25"
            + (ArrearsRules.endNotRecorded(code, MemberRight.VOTE, date, facts) ? ", its end not recorded" : "")
            + (p == null ? "" : ", " + p.name()) + (signed ? ", signature" : "") + ")");
        continue;
      }
      t.entitled++;
      LocalDate joined = joiningDates.isEmpty() ? null : joiningDates.get(code);
      if (joined != null && asOf.isBefore(joined)) {
        // Its consent comes on a later day: on this day it is still to come.
        String entry = code + " (" + (signed ? "signs" : "joins") + " on " + joined + ", not yet on " + asOf
            + ")";
        t.withoutConsent = t.add(t.withoutConsent, entry);
        t.pending = t.add(t.pending, entry);
        addFrozen(t, facts, code, date);
        continue;
      }
      if (p == Position.OBJECTS) {
        t.objectors = t.add(t.objectors, code);
      } else if (p == Position.SUPPORTS || p == Position.JOINED_LATER || signed) {
        t.participants = t.add(t.participants, code);
        if (joined != null && joined.isAfter(date)) {
          t.joinedOn = t.add(t.joinedOn, code + " on " + joined);
        } else if (p == Position.JOINED_LATER && !signed) {
          t.joinedLater = t.add(t.joinedLater, code);
        }
      } else {
        String entry = code + " (" + (p == null ? "no position" : p.name()) + ", not signed)";
        t.withoutConsent = t.add(t.withoutConsent, entry);
        if (p == null || p == Position.ABSENT) {
          t.pending = t.add(t.pending, entry);
        } else {
          t.declined = t.add(t.declined, entry);
        }
        if (p == null) {
          t.notItemised = t.add(t.notItemised, code);
        }
      }
      if (!signed && (p == Position.ABSENT || p == Position.DOES_NOT_PARTICIPATE)) {
        t.absentUncured = t.add(t.absentUncured, code + " (" + p.name() + ")");
      }
      addFrozen(t, facts, code, date);
    }
    if (memberPositions != positions.size()) {
      for (String code : positions.keySet()) {
        if (!code.equals(exclude) && !facts.status(code, date).isMember()) {
          t.nonMembers = t.add(t.nonMembers, code + " (" + facts.status(code, date) + ")");
        }
      }
    }
    if (memberSignatures != signatures.size()) {
      for (String code : signatures) {
        if (!code.equals(exclude) && !positions.containsKey(code) && !facts.status(code, date).isMember()) {
          t.nonMembers = t.add(t.nonMembers, code + " (" + facts.status(code, date) + ", signature)");
        }
      }
    }
    return t;
  }

  /** Lists a member whose participation is frozen on the date. */
  private static void addFrozen(Tally t, CstoFacts facts, String code, LocalDate date) {
    if (Answers.knownParticipation(facts, code, date) == Participation.FROZEN) {
      t.frozen = t.add(t.frozen, code);
    }
  }

  /**
   * The members whose vote a Council decision under Charter Art. 25 suspended on a date.
   *
   * @return their codes, or null when none is suspended (or no suspension is recorded at all)
   */
  private static Set<String> voteSuspended(SortedSet<State> members, LocalDate date, CstoFacts facts) {
    if (Answers.required(facts.rightsSuspensions(), "rightsSuspensions").isEmpty()) {
      return null;
    }
    Set<String> codes = null;
    for (State s : members) {
      String code = s.isoAlpha2();
      if (ArrearsRules.suspendedRights(code, date, facts).contains(MemberRight.VOTE)) {
        if (codes == null) {
          codes = new HashSet<>(4);
        }
        codes.add(code);
      }
    }
    return codes;
  }

  /**
   * The members' codes joined by {@code ", "} ({@link Findings#codes}), and the facts naming them, for one
   * set of members. The facts may give the same set for every date between two changes (the bundled
   * dataset does), so the set counted last keeps its strings ({@link #codes()}), which the counts that
   * follow on the same set use again; it is held weakly, so that it keeps no facts' set alive.
   */
  private static final class Codes {
    final WeakReference<SortedSet<State>> members;
    final String codes;
    /** {@code members: <codes>}. */
    final String membersFact;
    /** {@code consenting: <codes>}, when every member consented. */
    final String consentingFact;
    /** {@code binding on: <codes>}. */
    final String bindingFact;

    Codes(SortedSet<State> members) {
      this.members = new WeakReference<>(members);
      this.codes = Findings.codes(members);
      this.membersFact = "members: " + codes;
      this.consentingFact = "consenting: " + codes;
      this.bindingFact = "binding on: " + codes;
    }
  }

  /** The strings of the set of members counted last. */
  private static volatile Codes lastCodes;

  /** The strings of this count's members: those of the set counted last if it is the same set. */
  private Codes codes() {
    Codes c = codes;
    if (c == null) {
      c = lastCodes;
      if (c == null || c.members.get() != members) {
        c = new Codes(members);
        lastCodes = c;
      }
      codes = c;
    }
    return c;
  }

  /**
   * The fact {@code members: <codes>}.
   *
   * @return the fact
   */
  String membersFact() {
    return codes().membersFact;
  }

  /**
   * The fact {@code binding on: <codes>}, naming every member.
   *
   * @return the fact
   */
  String bindingOnMembersFact() {
    return codes().bindingFact;
  }

  /**
   * The fact {@code consenting: <participants>}, the participants joined by {@code ", "}
   * ({@link Findings#join}); when every member on the date took part, they are the members' codes, whose
   * fact is reused.
   *
   * @return the fact
   */
  String consentingFact() {
    return allMembersTookPart() ? codes().consentingFact : "consenting: " + Findings.join(participants);
  }

  /** Whether every member on the date took part, none left out of the count. */
  private boolean allMembersTookPart() {
    return participants != null && excluded == null && participants.size() == members.size();
  }

  /**
   * Adds to a list, made on its first entry with room for the members, the positions or the signatures,
   * whichever are more, so that a list of members never grows (only the states not entitled, listed from
   * both the positions and the signatures, may outgrow it).
   */
  private List<String> add(List<String> list, String s) {
    List<String> l = list == null ? new ArrayList<>(capacity) : list;
    l.add(s);
    return l;
  }

  /** Every entitled member consented and none objected; positions of states not entitled do not count. */
  boolean consensus() {
    return entitled > 0 && objectors == null && withoutConsent == null;
  }

  /**
   * What the record reports: the recorded outcome's fact, such as {@code recorded outcome: ADOPTED}.
   *
   * @return the fact
   */
  String reportedFact() {
    return "recorded outcome: " + (reported == null ? "none" : reported.name());
  }

  /** Nobody objected and at least one member took part; positions of states not entitled do not count. */
  boolean limitedPasses() {
    return entitled > 0 && objectors == null && participants != null;
  }
}
