package io.github.cstokit.rules;

import io.github.cstokit.model.Arrears;
import io.github.cstokit.model.Basis;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.InstrumentIds;
import io.github.cstokit.model.MemberRight;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.RightsSuspension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Checks of arrears to the budget under Charter Art. 25 ({@link Rule#CHARTER_25_ARREARS}): if a member has
 * not paid its debts to the budget within two years, the Council takes a decision to suspend its right to
 * nominate its citizens to quota posts and, on the likely reading of a sentence broken in the copy read,
 * its right to vote in the bodies, until the debt is paid in full. The sanction follows a decision of the
 * Council, never the mere lapse of two years: arrears alone take no right away.
 *
 * <p>A suspension decided by another body has no basis in Art. 25 ({@link Outcome#VIOLATED}); so has one
 * decided before the debt was two years overdue, or when the record shows no unpaid debt. Where the facts
 * record no arrears of the member at all, the ground is open ({@link Outcome#INDETERMINATE}). A
 * suspension of the vote is judged with basis {@link Basis#SECONDARY}, for the text read does not show
 * that part.
 *
 * <p><b>How long a suspension lasts.</b> Art. 25 suspends the rights "until the debt is paid in full". A
 * Council suspension applies from its day until every debt recorded as unpaid on that day is paid in full,
 * or until the day of a recorded Council decision restoring the rights
 * ({@link RightsSuspension#restoredOn()}), whichever comes first. Where the record shows neither a debt
 * unpaid on its day (whose payment would end it) nor a restoring decision, its end is not known: on its own
 * day the rights stand suspended, and for any later day the finding on the member's rights is
 * {@link Outcome#INDETERMINATE}, saying so, rather than asserting that the suspension still holds. The
 * count for consensus keeps such a member out, since the Council's decision stands as recorded, and says
 * that its end is not recorded.
 *
 * <pre>{@code
 * ArrearsRules.checkSuspension(suspension, facts).outcome();        // SATISFIED
 * ArrearsRules.checkRights("XA", LocalDate.of(2031, 1, 1), facts);   // rights as the Council decided
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: it has no state.
 */
public final class ArrearsRules {

  private ArrearsRules() {}

  /**
   * Checks a decision suspending a member's rights for arrears.
   *
   * @param suspension the decision, not null
   * @param facts the facts, not null
   * @return the verdict, with one finding; not null
   */
  public static Verdict checkSuspension(RightsSuspension suspension, CstoFacts facts) {
    Objects.requireNonNull(suspension, "suspension");
    facts = Answers.checked(facts);
    LawInForce law = LawInForce.of(facts);
    List<Finding> out = new ArrayList<>(1);
    out.add(suspension(suspension, facts, law));
    return Verdict.builder().subject("Suspension of the rights of " + suspension.state() + " for arrears")
        .date(suspension.date()).findings(out).wordsFrom(facts).build();
  }

  /**
   * Checks a member's rights under Art. 25 on a date: each suspension of its rights recorded on or before
   * the date is judged, then a finding says which rights stand suspended by a Council decision. A member in
   * arrears whose rights no Council decision suspended keeps them.
   *
   * @param state the ISO alpha-2 code, not null
   * @param date the date, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict checkRights(String state, LocalDate date, CstoFacts facts) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(date, "date");
    facts = Answers.checked(facts);
    LawInForce law = LawInForce.of(facts);
    List<Finding> out = new ArrayList<>(2);
    for (RightsSuspension s : suspensions(facts)) {
      if (s.state().equals(state) && !s.date().isAfter(date)) {
        out.add(suspension(s, facts, law));
      }
    }
    out.add(rights(state, date, facts, law));
    return Verdict.builder().subject("Rights of " + state + " under Charter Art. 25").date(date).findings(out)
        .wordsFrom(facts).build();
  }

  /**
   * The rights of a member that a Council decision under Art. 25 suspends on a date: what counts, for
   * instance, when deciding whether the member takes part in a vote. Arrears alone suspend nothing, and
   * neither does a decision of another body. A suspension whose end the record does not show
   * ({@link #endNotRecorded}) is included: the Council's decision stands as recorded.
   *
   * @param state the ISO alpha-2 code
   * @param date the date
   * @param facts the facts
   * @return the suspended rights, possibly empty
   */
  static SortedSet<MemberRight> suspendedRights(String state, LocalDate date, CstoFacts facts) {
    SortedSet<MemberRight> rights = new TreeSet<>();
    for (RightsSuspension s : councilSuspensions(state, facts)) {
      if (!Boolean.FALSE.equals(inEffect(s, date, facts))) {
        rights.addAll(s.rights());
      }
    }
    return rights;
  }

  /**
   * Whether a Council decision under Art. 25 suspending the right of a member is recorded on or before a
   * date and its end is not known on that date: the record shows neither a debt unpaid on its day nor a
   * restoring decision on or before the date.
   *
   * @param state the ISO alpha-2 code
   * @param right the right
   * @param date the date
   * @param facts the facts
   * @return true if the right is suspended by such a decision, whose end is not known
   */
  static boolean endNotRecorded(String state, MemberRight right, LocalDate date, CstoFacts facts) {
    for (RightsSuspension s : councilSuspensions(state, facts)) {
      if (s.rights().contains(right) && inEffect(s, date, facts) == null) {
        return true;
      }
    }
    return false;
  }

  private static List<RightsSuspension> councilSuspensions(String state, CstoFacts facts) {
    List<RightsSuspension> list = new ArrayList<>(1);
    for (RightsSuspension s : suspensions(facts)) {
      if (s.state().equals(state) && s.body() == Body.COLLECTIVE_SECURITY_COUNCIL) {
        list.add(s);
      }
    }
    return list;
  }

  /**
   * Whether a suspension applies on a date: from its day until every debt unpaid on that day is paid in
   * full, or until the day of the Council's decision restoring the rights.
   *
   * @return true or false, or null after its day when the record shows neither a debt unpaid on its day
   *     nor a restoring decision, so that its end is not known
   */
  private static Boolean inEffect(RightsSuspension s, LocalDate date, CstoFacts facts) {
    if (date.isBefore(s.date())) {
      return Boolean.FALSE;
    }
    if (s.restoredOn().isPresent() && !date.isBefore(s.restoredOn().get())) {
      return Boolean.FALSE;
    }
    boolean grounded = false;
    for (Arrears a : arrears(facts, s.state())) {
      if (a.isUnpaidOn(s.date())) {
        grounded = true;
        if (a.isUnpaidOn(date)) {
          return Boolean.TRUE;
        }
      }
    }
    if (grounded) {
      return Boolean.FALSE;
    }
    // No debt unpaid on its day is recorded: on its day, and until a recorded restoration, it stands;
    // otherwise nothing recorded shows when it ended.
    return date.equals(s.date()) || s.restoredOn().isPresent() ? Boolean.TRUE : null;
  }

  private static Finding suspension(RightsSuspension s, CstoFacts facts, LawInForce law) {
    Rule r = Rule.CHARTER_25_ARREARS;
    LocalDate date = s.date();
    List<Citation> cites = r.citationsForMask(0);
    List<String> f = new ArrayList<>(6);
    f.add("decision: " + s.id() + " " + s.body().abbreviation() + " " + date);
    f.add("state: " + s.state());
    f.add("rights suspended: " + s.rights());
    if (s.restoredOn().isPresent()) {
      f.add("restored by the Council on: " + s.restoredOn().get());
    }
    MembershipStatus status = facts.status(s.state(), date);
    f.add("status: " + status);
    List<Arrears> recorded = arrears(facts, s.state());
    long overdue = -1;
    List<String> unpaid = new ArrayList<>(recorded.size());
    for (Arrears a : recorded) {
      if (a.isUnpaidOn(date)) {
        unpaid.add(a.id() + " due since " + a.dueSince() + " (" + a.yearsOverdueOn(date) + " years)");
        overdue = Math.max(overdue, a.yearsOverdueOn(date));
      }
    }
    f.add("unpaid on " + date + ": " + (recorded.isEmpty() ? "no arrears recorded" : Findings.join(unpaid)));
    Finding guard = InForce.guard(r, cites, InstrumentIds.CHARTER, date, law, f).orElse(null);
    if (guard != null) {
      return guard;
    }
    if (s.body() != Body.COLLECTIVE_SECURITY_COUNCIL) {
      return InForce.of(r, Outcome.VIOLATED, cites, r.basis(),
          "decided by the " + s.body().nameEn() + "; under Art. 25 the Council decides, so this suspension has"
              + " no basis in it",
          f);
    }
    if (!status.isMember() && status != MembershipStatus.SUSPENDED) {
      return InForce.of(r, Outcome.VIOLATED, cites, r.basis(),
          s.state() + " is " + status + " on " + date + ", not a member whose rights Art. 25 concerns", f);
    }
    if (recorded.isEmpty()) {
      return InForce.of(r, Outcome.INDETERMINATE, cites, r.basis(),
          "no arrears of " + s.state() + " are recorded: whether its debt was two years overdue is open", f);
    }
    if (unpaid.isEmpty()) {
      return InForce.of(r, Outcome.VIOLATED, cites, r.basis(),
          s.state() + " owed the budget nothing on " + date + " as recorded; Art. 25 gives no ground", f);
    }
    if (overdue < 2) {
      return InForce.of(r, Outcome.VIOLATED, cites, r.basis(),
          "the debt recorded has been overdue for less than two years; Art. 25 gives no ground yet", f);
    }
    if (s.rights().contains(MemberRight.VOTE)) {
      return InForce.of(r, Outcome.SATISFIED, cites, Basis.SECONDARY,
          "decided by the Council after two years of arrears; the suspension of the vote rests on the likely"
              + " reading of a sentence broken in the copy read, and on a 2024 statement of the Russian"
              + " foreign ministry's spokeswoman",
          f);
    }
    return InForce.of(r, Outcome.SATISFIED, cites, r.basis(),
        "decided by the Council after two years of arrears: the suspension has its basis in Art. 25", f);
  }

  private static Finding rights(String state, LocalDate date, CstoFacts facts, LawInForce law) {
    Rule r = Rule.CHARTER_25_ARREARS;
    List<Citation> cites = r.citationsForMask(0);
    List<String> unpaid = new ArrayList<>(2);
    for (Arrears a : arrears(facts, state)) {
      if (a.isUnpaidOn(date)) {
        unpaid.add(a.id() + " due since " + a.dueSince() + " (" + a.yearsOverdueOn(date) + " years)");
      }
    }
    SortedSet<MemberRight> suspended = new TreeSet<>();
    SortedSet<MemberRight> open = new TreeSet<>();
    List<String> openDecisions = new ArrayList<>(1);
    List<String> restored = new ArrayList<>(1);
    for (RightsSuspension s : councilSuspensions(state, facts)) {
      Boolean in = inEffect(s, date, facts);
      if (in == null) {
        open.addAll(s.rights());
        openDecisions.add(s.id() + " of " + s.date());
      } else if (in) {
        suspended.addAll(s.rights());
      } else if (s.restoredOn().isPresent() && !date.isBefore(s.restoredOn().get())) {
        restored.add(s.id() + " on " + s.restoredOn().get());
      }
    }
    open.removeAll(suspended);
    List<String> f = new ArrayList<>(6);
    f.add("state: " + state);
    f.add("status: " + facts.status(state, date));
    f.add("unpaid on " + date + ": " + Findings.join(unpaid));
    f.add("rights suspended by the Council: " + (suspended.isEmpty() ? "none" : suspended.toString()));
    if (!open.isEmpty()) {
      f.add("suspended by the Council, end not recorded: " + open + " (" + Findings.join(openDecisions) + ")");
    }
    if (!restored.isEmpty()) {
      f.add("restored by the Council: " + Findings.join(restored));
    }
    Finding guard = InForce.guard(r, cites, InstrumentIds.CHARTER, date, law, f).orElse(null);
    if (guard != null) {
      return guard;
    }
    if (!open.isEmpty()) {
      return InForce.of(r, Outcome.INDETERMINATE, cites,
          open.contains(MemberRight.VOTE) || suspended.contains(MemberRight.VOTE) ? Basis.SECONDARY : r.basis(),
          state + "'s " + open + " were suspended by the Council (" + Findings.join(openDecisions) + "), and"
              + " the record shows neither a debt unpaid on that day, whose payment in full would end the"
              + " suspension, nor a Council decision restoring them: whether they stand suspended on " + date
              + " is not known"
              + (suspended.isEmpty() ? "" : "; " + suspended + " stand suspended"),
          f);
    }
    if (!suspended.isEmpty()) {
      Set<MemberRight> kept = EnumSet.complementOf(EnumSet.copyOf(suspended));
      return InForce.of(r, Outcome.SATISFIED, cites,
          suspended.contains(MemberRight.VOTE) ? Basis.SECONDARY : r.basis(),
          state + "'s " + suspended + " stand suspended by a Council decision until the debt is paid in full or"
              + " the Council restores them" + (kept.isEmpty() ? "" : "; it keeps " + kept),
          f);
    }
    if (unpaid.isEmpty()) {
      return InForce.of(r, Outcome.NOT_APPLICABLE, cites, r.basis(),
          "no unpaid debt of " + state + " to the budget is recorded on " + date, f);
    }
    if (!restored.isEmpty()) {
      return InForce.of(r, Outcome.SATISFIED, cites, r.basis(),
          state + " is in arrears, but the Council restored the rights it had suspended ("
              + Findings.join(restored) + "): it keeps them, for the sanction is a Council decision",
          f);
    }
    return InForce.of(r, Outcome.SATISFIED, cites, r.basis(),
        state + " is in arrears, but no Council decision suspended its rights: it keeps them, for the sanction"
            + " is a Council decision, not automatic",
        f);
  }

  private static List<RightsSuspension> suspensions(CstoFacts facts) {
    return Answers.required(facts.rightsSuspensions(), "rightsSuspensions");
  }

  private static List<Arrears> arrears(CstoFacts facts, String state) {
    List<Arrears> list = new ArrayList<>(2);
    for (Arrears a : Answers.required(facts.arrears(), "arrears")) {
      if (a.state().equals(state)) {
        list.add(a);
      }
    }
    return list;
  }
}
