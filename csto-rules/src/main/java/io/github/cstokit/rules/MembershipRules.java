package io.github.cstokit.rules;

import io.github.cstokit.model.Basis;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Framework;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipEventType;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.RecordedOutcome;
import io.github.cstokit.model.Settlement;
import io.github.cstokit.model.WithdrawalNotice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks of membership steps: admission and withdrawal ({@link Rule#CHARTER_19_ADMISSION_AND_WITHDRAWAL},
 * {@link Rule#CHARTER_19_OBLIGATIONS_SETTLED}), suspension and expulsion
 * ({@link Rule#CHARTER_SUSPENSION_EXPULSION}), non-renewal of the Treaty
 * ({@link Rule#TREATY_11_DURATION_EXTENSION}) and declared freezes
 * ({@link Rule#MEMBERSHIP_FREEZE_NO_LEGAL_EFFECT}).
 *
 * <p><b>Withdrawal date.</b> Under Charter Art. 19 as quoted by the Russian foreign ministry, notice goes to
 * the depositary no later than six months before leaving. The earliest effective day is computed as
 * {@code notice.plusMonths(6)}: the same day of the month six calendar months later, or the last day of
 * that month if it is shorter (a notice of 2024-08-31 gives 2025-02-28). The depositary is not named in the
 * sources, so the addressee is recorded, not checked. Whether obligations were settled is
 * {@link Outcome#INDETERMINATE} unless the notice says.
 *
 * <p><b>Membership decisions</b> are judged by consensus of the members other than the state concerned.
 * Whether a state takes part in the decision on its own suspension is not known from the texts read.
 *
 * <pre>{@code
 * MembershipRules.earliestWithdrawal(LocalDate.of(2024, 8, 31));   // 2025-02-28
 * MembershipRules.checkSuspension("UZ", csc20121219, facts).outcome();   // SATISFIED
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: it has no state.
 */
public final class MembershipRules {

  private static final LocalDate TREATY_IN_FORCE = Framework.TREATY.entryIntoForce();
  /** The first day after the Treaty's first five years (Art. 11), counted from its entry into force. */
  private static final LocalDate SECOND_TERM = TREATY_IN_FORCE.plusYears(5).plusDays(1);

  private MembershipRules() {}

  /**
   * The earliest day a withdrawal takes effect: six calendar months after the notice
   * ({@link LocalDate#plusMonths(long)}, which keeps the day of the month or takes the month's last day).
   *
   * @param notice the day the notice was received, not null
   * @return the earliest effective day, not null
   */
  public static LocalDate earliestWithdrawal(LocalDate notice) {
    return notice.plusMonths(6);
  }

  /**
   * The term of the Treaty that covers a date: the first term from 1994-04-20 to 1999-04-20, then five-year
   * terms from 1999-04-21 (1999-04-21, 2004-04-21, ...), renewed automatically under the 1999 protocol. The
   * end-day convention is an inference from the protocol's wording.
   *
   * @param date the date, not before 1994-04-20; not null
   * @return the half-open term, not null
   * @throws IllegalArgumentException if the date is before the Treaty entered into force
   */
  public static Period treatyTerm(LocalDate date) {
    if (date.isBefore(TREATY_IN_FORCE)) {
      throw new IllegalArgumentException("date must not be before 1994-04-20 but was " + date);
    }
    if (date.isBefore(SECOND_TERM)) {
      return Period.of(TREATY_IN_FORCE, SECOND_TERM);
    }
    long years = date.getYear() - SECOND_TERM.getYear();
    LocalDate start = SECOND_TERM.plusYears(years - years % 5);
    if (start.isAfter(date)) {
      start = start.minusYears(5);
    }
    return Period.of(start, start.plusYears(5));
  }

  /**
   * Checks a withdrawal notice.
   *
   * @param notice the notice, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict checkWithdrawal(WithdrawalNotice notice, CstoFacts facts) {
    Objects.requireNonNull(notice, "notice");
    LocalDate date = notice.date();
    int mask = Law.mask(facts, date);
    List<Finding> out = new ArrayList<>(2);
    Rule r = Rule.CHARTER_19_ADMISSION_AND_WITHDRAWAL;
    LocalDate earliest = earliestWithdrawal(date);
    MembershipStatus status = Known.status(facts, notice.state(), date);
    List<String> f = new ArrayList<>(6);
    f.add("state: " + notice.state());
    f.add("notice received: " + date);
    f.add("status: " + status);
    f.add("earliest effective: " + earliest + " (notice date plus six calendar months)");
    f.add("intended effective: " + notice.intendedEffective().map(Object::toString).orElse("not stated"));
    f.add("addressee: " + notice.addressee().orElse("not recorded")
        + " (the depositary is not named in the sources)");
    if (date.isBefore(Framework.ORGANIZATION.entryIntoForce())) {
      out.add(Findings.of(r, Outcome.NOT_APPLICABLE, mask,
          "the Charter was not in force on " + date + "; withdrawal from the Treaty (Art. 11 para 2) was not"
              + " read",
          f));
    } else if (status != MembershipStatus.MEMBER && status != MembershipStatus.SUSPENDED) {
      out.add(Findings.of(r, Outcome.VIOLATED, mask,
          notice.state() + " is " + status + " on " + date + ", not a member that can withdraw", f));
    } else if (notice.intendedEffective().isPresent() && notice.intendedEffective().get().isBefore(earliest)) {
      out.add(Findings.of(r, Outcome.VIOLATED, mask,
          "the intended day " + notice.intendedEffective().get() + " is less than six months after the notice;"
              + " the earliest is " + earliest,
          f));
    } else {
      out.add(Findings.of(r, Outcome.SATISFIED, mask,
          "notice given by a member; the withdrawal takes effect no earlier than " + earliest, f));
    }
    Rule o = Rule.CHARTER_19_OBLIGATIONS_SETTLED;
    List<String> g = new ArrayList<>(1);
    Optional<Settlement> settled = notice.obligations();
    // The fact keeps its original wording: true, false or not recorded.
    g.add("obligations settled: "
        + settled.map(s -> s == Settlement.SETTLED ? "true" : "false").orElse("not recorded"));
    if (date.isBefore(Framework.ORGANIZATION.entryIntoForce())) {
      out.add(Findings.of(o, Outcome.NOT_APPLICABLE, mask, "the Charter was not in force on " + date, g));
    } else if (settled.isEmpty()) {
      out.add(Findings.of(o, Outcome.INDETERMINATE, mask,
          "the record does not say whether the obligations incurred as a member were settled", g));
    } else if (settled.get() == Settlement.SETTLED) {
      out.add(Findings.of(o, Outcome.SATISFIED, mask, "the obligations incurred as a member were settled", g));
    } else {
      out.add(Findings.of(o, Outcome.VIOLATED, mask,
          "the obligations incurred as a member were not settled before leaving", g));
    }
    return verdict("Withdrawal of " + notice.state(), date, out);
  }

  /**
   * Checks an admission decision.
   *
   * @param state the ISO alpha-2 code of the admitted state, not null
   * @param decision the Council's decision, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict checkAdmission(String state, Decision decision, CstoFacts facts) {
    Rule r = Rule.CHARTER_19_ADMISSION_AND_WITHDRAWAL;
    LocalDate date = decision.date();
    int mask = Law.mask(facts, date);
    MembershipStatus before = Known.status(facts, state, date.minusDays(1));
    List<String> f = new ArrayList<>(6);
    f.add("state: " + state);
    f.add("status the day before: " + before);
    f.add("decision: " + decision.body().abbreviation() + " " + date);
    Finding finding;
    if (before == MembershipStatus.MEMBER) {
      finding = Findings.of(r, Outcome.NOT_APPLICABLE, mask, state + " was already a member", f);
    } else {
      finding = councilDecision(r, state, decision, facts, mask, f, "admitted");
    }
    List<Finding> out = new ArrayList<>(1);
    out.add(finding);
    return verdict("Admission of " + state, date, out);
  }

  /**
   * Checks a suspension decision.
   *
   * @param state the ISO alpha-2 code of the suspended state, not null
   * @param decision the Council's decision, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict checkSuspension(String state, Decision decision, CstoFacts facts) {
    return suspendOrExpel(state, decision, facts, "suspended", "Suspension of ");
  }

  /**
   * Checks an expulsion decision.
   *
   * @param state the ISO alpha-2 code of the expelled state, not null
   * @param decision the Council's decision, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict checkExpulsion(String state, Decision decision, CstoFacts facts) {
    return suspendOrExpel(state, decision, facts, "expelled", "Expulsion of ");
  }

  private static Verdict suspendOrExpel(
      String state, Decision decision, CstoFacts facts, String verb, String subject) {
    Rule r = Rule.CHARTER_SUSPENSION_EXPULSION;
    LocalDate date = decision.date();
    int mask = Law.mask(facts, date);
    MembershipStatus before = Known.status(facts, state, date.minusDays(1));
    List<String> f = new ArrayList<>(6);
    f.add("state: " + state);
    f.add("status the day before: " + before);
    f.add("decision: " + decision.body().abbreviation() + " " + date);
    Finding finding;
    if (before != MembershipStatus.MEMBER
        && !(before == MembershipStatus.SUSPENDED && verb.equals("expelled"))) {
      finding = Findings.of(r, Outcome.VIOLATED, mask,
          state + " was " + before + " the day before, not a member that can be " + verb, f);
    } else {
      finding = councilDecision(r, state, decision, facts, mask, f, verb);
    }
    List<Finding> out = new ArrayList<>(1);
    out.add(finding);
    return verdict(subject + state, date, out);
  }

  private static Finding councilDecision(
      Rule r, String state, Decision d, CstoFacts facts, int mask, List<String> f, String verb) {
    if (d.body() != Body.COLLECTIVE_SECURITY_COUNCIL) {
      return Findings.of(r, Outcome.VIOLATED, mask,
          "decided by the " + d.body().nameEn() + "; only the Collective Security Council decides", f);
    }
    Tally t = Tally.of(d, facts, state);
    f.add("members deciding: " + Findings.codes(t.members) + " except " + state);
    if (t.unrecorded && t.entitled > 0) {
      f.add("positions and signatures: none recorded");
      f.add(t.reportedFact());
      if (t.reported == RecordedOutcome.ADOPTED) {
        return Findings.of(r, Outcome.SATISFIED, mask, Basis.SECONDARY,
            "no member's position is recorded, and the Council's decision is reported adopted, which under"
                + " consensus means no member objected: " + state + " " + verb,
            f);
      }
      if (t.reported == RecordedOutcome.NOT_ADOPTED) {
        return Findings.of(r, Outcome.VIOLATED, mask,
            "no member's position is recorded, and the Council's decision is reported not adopted; " + state
                + " was not " + verb,
            f);
      }
      return Findings.of(r, Outcome.INDETERMINATE, mask,
          "no member's position and no outcome recorded: whether " + state + " was " + verb + " is open", f);
    }
    if (!t.consensus()) {
      if (t.objectors != null) {
        f.add("objecting: " + Findings.join(t.objectors));
      }
      if (t.withoutConsent != null) {
        f.add("without consent: " + Findings.join(t.withoutConsent));
      }
      if (t.nonMembers != null) {
        f.add("positions of non-members: " + Findings.join(t.nonMembers));
      }
      return Findings.of(r, Outcome.VIOLATED, mask,
          "the Council's decision lacks the consensus of the other members; " + state + " was not " + verb, f);
    }
    if (t.excludedPosition == Position.OBJECTS) {
      f.add("position of " + state + ": OBJECTS");
      return Findings.of(r, Outcome.INDETERMINATE, mask,
          state + " objected; whether a state takes part in the decision concerning itself is not known", f);
    }
    return Findings.of(r, Outcome.SATISFIED, mask,
        "decided by the Collective Security Council by consensus: " + state + " " + verb, f);
  }

  /**
   * Checks a non-renewal event against the Treaty's terms: it takes effect only on the first day of a new
   * term (1999-04-21, 2004-04-21, ...).
   *
   * @param event a {@link MembershipEventType#NON_RENEWAL} event, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   * @throws IllegalArgumentException if the event is not a non-renewal
   */
  public static Verdict checkNonRenewal(MembershipEvent event, CstoFacts facts) {
    Objects.requireNonNull(facts, "facts");
    if (event.type() != MembershipEventType.NON_RENEWAL) {
      throw new IllegalArgumentException("event must be a NON_RENEWAL but was " + event.type());
    }
    Rule r = Rule.TREATY_11_DURATION_EXTENSION;
    LocalDate first = event.date().firstDay();
    int mask = Law.mask(facts, first);
    List<String> f = new ArrayList<>(3);
    f.add("state: " + event.state());
    f.add("date: " + event.date());
    Finding finding;
    if (first.isBefore(TREATY_IN_FORCE)) {
      finding = Findings.of(r, Outcome.NOT_APPLICABLE, mask, "the Treaty was not yet in force", f);
    } else if (event.date().isExact()) {
      Period term = treatyTerm(first);
      f.add("term: " + term);
      finding = term.start().equals(first) && !first.equals(TREATY_IN_FORCE)
          ? Findings.of(r, Outcome.SATISFIED, mask,
              "non-renewal effective on the first day of a new term, when the previous term ran out", f)
          : Findings.of(r, Outcome.VIOLATED, mask,
              "a non-renewal takes effect only when a term runs out; the term then running is " + term, f);
    } else {
      Period term = treatyTerm(first);
      LocalDate next = term.end().get();
      boolean boundary = event.date().mayBe(term.start()) && !term.start().equals(TREATY_IN_FORCE)
          || event.date().mayBe(next);
      finding = boundary
          ? Findings.of(r, Outcome.INDETERMINATE, mask,
              "the date is known only to " + event.date().precision() + " and may fall on a term's start", f)
          : Findings.of(r, Outcome.VIOLATED, mask,
              "no term ends within " + event.date() + "; a non-renewal takes effect only when a term runs out",
              f);
    }
    List<Finding> out = new ArrayList<>(1);
    out.add(finding);
    return verdict("Non-renewal by " + event.state(), first, out);
  }

  /**
   * Checks what a declared freeze of participation means on a date: the state remains a member and counts
   * for consensus.
   *
   * @param state the ISO alpha-2 code, not null
   * @param date the date, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict checkFreeze(String state, LocalDate date, CstoFacts facts) {
    Rule r = Rule.MEMBERSHIP_FREEZE_NO_LEGAL_EFFECT;
    int mask = Law.mask(facts, date);
    Participation p = Known.participation(facts, state, date);
    MembershipStatus s = Known.status(facts, state, date);
    List<String> f = new ArrayList<>(3);
    f.add("state: " + state);
    f.add("status: " + s);
    f.add("participation: " + p);
    List<Finding> out = new ArrayList<>(1);
    if (p != Participation.FROZEN) {
      out.add(Findings.of(r, Outcome.NOT_APPLICABLE, mask, state + " has declared no freeze on " + date, f));
    } else {
      out.add(Findings.of(r, Outcome.SATISFIED, mask,
          "declared freeze: not a Charter category; " + state + " remains " + s
              + " and counts among the members for consensus",
          f));
    }
    return verdict("Participation of " + state, date, out);
  }

  private static Verdict verdict(String subject, LocalDate date, List<Finding> findings) {
    return Verdict.builder().subject(subject).date(date).findings(findings).build();
  }
}
