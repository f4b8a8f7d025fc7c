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
 * that part. A Council suspension applies from its day until every debt recorded as unpaid on that day is
 * paid in full.
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
   * neither does a decision of another body.
   *
   * @param state the ISO alpha-2 code
   * @param date the date
   * @param facts the facts
   * @return the suspended rights, possibly empty
   */
  static SortedSet<MemberRight> suspendedRights(String state, LocalDate date, CstoFacts facts) {
    SortedSet<MemberRight> rights = new TreeSet<>();
    for (RightsSuspension s : suspensions(facts)) {
      if (s.state().equals(state) && s.body() == Body.COLLECTIVE_SECURITY_COUNCIL && inEffect(s, date, facts)) {
        rights.addAll(s.rights());
      }
    }
    return rights;
  }

  /** Whether a suspension applies on a date: from its day until every debt unpaid on that day is paid. */
  private static boolean inEffect(RightsSuspension s, LocalDate date, CstoFacts facts) {
    if (date.isBefore(s.date())) {
      return false;
    }
    boolean grounded = false;
    for (Arrears a : arrears(facts, s.state())) {
      if (a.isUnpaidOn(s.date())) {
        grounded = true;
        if (a.isUnpaidOn(date)) {
          return true;
        }
      }
    }
    // No debt unpaid on its day is recorded: the suspension stands as recorded.
    return !grounded;
  }

  private static Finding suspension(RightsSuspension s, CstoFacts facts, LawInForce law) {
    Rule r = Rule.CHARTER_25_ARREARS;
    LocalDate date = s.date();
    List<Citation> cites = r.citationsForMask(0);
    List<String> f = new ArrayList<>(6);
    f.add("decision: " + s.id() + " " + s.body().abbreviation() + " " + date);
    f.add("state: " + s.state());
    f.add("rights suspended: " + s.rights());
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
    SortedSet<MemberRight> suspended = suspendedRights(state, date, facts);
    List<String> f = new ArrayList<>(4);
    f.add("state: " + state);
    f.add("status: " + facts.status(state, date));
    f.add("unpaid on " + date + ": " + Findings.join(unpaid));
    f.add("rights suspended by the Council: " + (suspended.isEmpty() ? "none" : suspended.toString()));
    Finding guard = InForce.guard(r, cites, InstrumentIds.CHARTER, date, law, f).orElse(null);
    if (guard != null) {
      return guard;
    }
    if (!suspended.isEmpty()) {
      Set<MemberRight> kept = EnumSet.complementOf(EnumSet.copyOf(suspended));
      return InForce.of(r, Outcome.SATISFIED, cites,
          suspended.contains(MemberRight.VOTE) ? Basis.SECONDARY : r.basis(),
          state + "'s " + suspended + " stand suspended by a Council decision until the debt is paid"
              + (kept.isEmpty() ? "" : "; it keeps " + kept),
          f);
    }
    if (unpaid.isEmpty()) {
      return InForce.of(r, Outcome.NOT_APPLICABLE, cites, r.basis(),
          "no unpaid debt of " + state + " to the budget is recorded on " + date, f);
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
