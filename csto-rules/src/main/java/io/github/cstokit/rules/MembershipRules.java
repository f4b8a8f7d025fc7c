package io.github.cstokit.rules;

import io.github.cstokit.model.Arrears;
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
 * ({@link Rule#CHARTER_SUSPENSION_EXPULSION}), non-renewal of and withdrawal from the Treaty
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
 * <p><b>Non-renewal.</b> The Treaty's terms are those of the 1999 Extension Protocol (TEXT), which renews
 * the Treaty automatically "without prejudice to part two of Article 11"; Art. 11 itself was not read. A
 * state that became a party to the Protocol (a {@code PROTOCOL}, {@code EXTENSION}, {@code RATIFICATION} or
 * {@code ACCESSION} event of instrument {@code treaty-protocol-1999} in the facts, such as Uzbekistan's
 * ratification of 2008-03-28) leaves by withdrawal, not by non-renewal: such a non-renewal is
 * {@link Outcome#INDETERMINATE}. The findings name both footings: the terms rest on the Protocol's text
 * ({@link io.github.cstokit.model.Basis#TEXT}); the mode of exit rests on Art. 11, cited in the version in
 * force on the date ([1992], from 2012-12-19 [2010], known only from a Kremlin summary), which was not
 * read.
 *
 * <p><b>Steps in order.</b> A withdrawal notice must precede the day it takes effect: an intended day on
 * or before the notice is no withdrawal under the notice rule.
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
  /** The events by which a state becomes a party to the Extension Protocol. */
  private static final java.util.Set<MembershipEventType> PROTOCOL_PARTY = java.util.EnumSet.of(
      MembershipEventType.PROTOCOL, MembershipEventType.EXTENSION, MembershipEventType.RATIFICATION,
      MembershipEventType.ACCESSION);
  /** The first day after the Treaty's first five years (Art. 11), counted from its entry into force. */
  private static final LocalDate SECOND_TERM = TREATY_IN_FORCE.plusYears(5).plusDays(1);

  private MembershipRules() {}

  /**
   * The earliest day a withdrawal takes effect: six calendar months after the notice
   * ({@link LocalDate#plusMonths(long)}, which keeps the day of the month or takes the month's last day).
   *
   * @param notice the day the notice was received, not null
   * @return the earliest effective day, not null
   * @throws IllegalArgumentException if six months after the notice is beyond {@link LocalDate#MAX}
   */
  public static LocalDate earliestWithdrawal(LocalDate notice) {
    return Answers.before("notice", notice, LocalDate.MAX.minusMonths(6)).plusMonths(6);
  }

  /**
   * The term of the Treaty that covers a date: the first term from 1994-04-20 to 1999-04-20, then five-year
   * terms from 1999-04-21 (1999-04-21, 2004-04-21, ...), renewed automatically under the 1999 protocol. The
   * end-day convention is an inference from the protocol's wording.
   *
   * @param date the date, not before 1994-04-20; not null
   * @return the half-open term, not null
   * @throws IllegalArgumentException if the date is before the Treaty entered into force, or so far in
   *     the future that its term would end beyond {@link LocalDate#MAX}
   */
  public static Period treatyTerm(LocalDate date) {
    Answers.before("date", date, LocalDate.MAX.minusYears(10));
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
    facts = Answers.checked(facts);
    Objects.requireNonNull(notice, "notice");
    LocalDate date = notice.date();
    LawInForce.On on = LawInForce.of(facts).onWithWords(date);
    List<Finding> out = new ArrayList<>(2);
    Rule r = Rule.CHARTER_19_ADMISSION_AND_WITHDRAWAL;
    LocalDate earliest = earliestWithdrawal(date);
    MembershipStatus status = facts.status(notice.state(), date);
    List<String> f = new ArrayList<>(6);
    f.add("state: " + notice.state());
    f.add("notice received: " + date);
    f.add("status: " + status);
    f.add("earliest effective: " + earliest + " (notice date plus six calendar months)");
    f.add("intended effective: " + notice.intendedEffective().map(Object::toString).orElse("not stated"));
    f.add("addressee: " + notice.addressee().orElse("not recorded")
        + " (the depositary is not named in the sources)");
    if (status != MembershipStatus.MEMBER && status != MembershipStatus.SUSPENDED) {
      out.add(Findings.of(r, Outcome.VIOLATED, on,
          notice.state() + " is " + status + " on " + date + ", not a member that can withdraw", f));
    } else if (notice.intendedEffective().isPresent() && !notice.intendedEffective().get().isAfter(date)) {
      out.add(Findings.of(r, Outcome.VIOLATED, on,
          "the intended day " + notice.intendedEffective().get() + " does not come after the notice of " + date
              + "; a notice must precede the day it takes effect",
          f));
    } else if (notice.intendedEffective().isPresent() && notice.intendedEffective().get().isBefore(earliest)) {
      out.add(Findings.of(r, Outcome.VIOLATED, on,
          "the intended day " + notice.intendedEffective().get() + " is less than six months after the notice;"
              + " the earliest is " + earliest,
          f));
    } else {
      out.add(Findings.of(r, Outcome.SATISFIED, on,
          "notice given by a member; the withdrawal takes effect no earlier than " + earliest, f));
    }
    Rule o = Rule.CHARTER_19_OBLIGATIONS_SETTLED;
    List<String> g = new ArrayList<>(1);
    Optional<Settlement> settled = notice.obligations();
    // The fact keeps its original wording: true, false or not recorded.
    g.add("obligations settled: "
        + settled.map(s -> s == Settlement.SETTLED ? "true" : "false").orElse("not recorded"));
    if (settled.isEmpty()) {
      Optional<Arrears> unpaid = Optional.empty();
      for (Arrears a : Answers.required(facts.arrears(), "arrears")) {
        if (a.state().equals(notice.state()) && a.isUnpaidOn(date)) {
          unpaid = Optional.of(a);
          break;
        }
      }
      if (unpaid.isPresent()) {
        g.add("arrears to the budget: unpaid since " + unpaid.get().dueSince() + " (" + unpaid.get().id() + ")");
      }
      out.add(Findings.of(o, Outcome.INDETERMINATE, on,
          "the record does not say whether the obligations incurred as a member were settled"
              + (unpaid.isPresent()
                  ? "; its contributions to the budget due since " + unpaid.get().dueSince() + " are unpaid on the"
                      + " day of the notice, and unpaid contributions are obligations incurred as a member"
                  : ""),
          g));
    } else if (settled.get() == Settlement.SETTLED) {
      out.add(Findings.of(o, Outcome.SATISFIED, on, "the obligations incurred as a member were settled", g));
    } else {
      out.add(Findings.of(o, Outcome.VIOLATED, on,
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
    return councilOnMembership(
        state, decision, facts, Rule.CHARTER_19_ADMISSION_AND_WITHDRAWAL, "admitted", "Admission of ");
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
    return councilOnMembership(
        state, decision, facts, Rule.CHARTER_SUSPENSION_EXPULSION, "suspended", "Suspension of ");
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
    return councilOnMembership(
        state, decision, facts, Rule.CHARTER_SUSPENSION_EXPULSION, "expelled", "Expulsion of ");
  }

  /**
   * Checks a Council decision admitting, suspending or expelling a state: unless the state's status the
   * day before rules the decision out, the Council must have decided it by consensus.
   *
   * @param verb what the decision does to the state: "admitted", "suspended" or "expelled"
   */
  private static Verdict councilOnMembership(
      String state, Decision decision, CstoFacts facts, Rule r, String verb, String subject) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(decision, "decision");
    facts = Answers.checked(facts);
    LocalDate date = Answers.after("the decision's date", decision.date(), LocalDate.MIN);
    LawInForce.On on = LawInForce.of(facts).onWithWords(date);
    MembershipStatus before = facts.status(state, date.minusDays(1));
    List<String> f = decisionFacts(state, before, decision, date);
    Finding finding = ruledOutBefore(r, state, before, verb, on, f);
    if (finding == null) {
      finding = councilDecision(r, state, decision, facts, on, f, verb);
    }
    List<Finding> out = new ArrayList<>(1);
    out.add(finding);
    return verdict(subject + state, date, out);
  }

  /**
   * The finding where the state's status the day before rules the decision out: an admission of a member
   * does not apply, a suspension or expulsion of a non-member (an expulsion of a suspended member aside)
   * is a violation; null where the Council's decision decides.
   */
  private static Finding ruledOutBefore(
      Rule r, String state, MembershipStatus before, String verb, LawInForce.On on, List<String> f) {
    if (verb.equals("admitted")) {
      return before == MembershipStatus.MEMBER
          ? Findings.of(r, Outcome.NOT_APPLICABLE, on, state + " was already a member", f)
          : null;
    }
    if (before == MembershipStatus.MEMBER
        || (before == MembershipStatus.SUSPENDED && verb.equals("expelled"))) {
      return null;
    }
    return Findings.of(r, Outcome.VIOLATED, on,
        state + " was " + before + " the day before, not a member that can be " + verb, f);
  }

  private static Finding councilDecision(
      Rule r, String state, Decision d, CstoFacts facts, LawInForce.On on, List<String> f, String verb) {
    if (d.body() != Body.COLLECTIVE_SECURITY_COUNCIL) {
      return Findings.of(r, Outcome.VIOLATED, on,
          "decided by the " + d.body().nameEn() + "; only the Collective Security Council decides", f);
    }
    Tally t = Tally.of(d, facts, state);
    f.add("members deciding: " + Findings.codes(t.members) + " except " + state);
    if (t.unrecorded && t.entitled > 0) {
      f.add("positions and signatures: none recorded");
      f.add(t.reportedFact());
      if (t.reported == RecordedOutcome.ADOPTED) {
        return Findings.of(r, Outcome.SATISFIED, on, Basis.SECONDARY,
            "no member's position is recorded, and the Council's decision is reported adopted, which under"
                + " consensus means no member objected: " + state + " " + verb,
            f);
      }
      if (t.reported == RecordedOutcome.NOT_ADOPTED) {
        return Findings.of(r, Outcome.VIOLATED, on,
            "no member's position is recorded, and the Council's decision is reported not adopted; " + state
                + " was not " + verb,
            f);
      }
      return Findings.of(r, Outcome.INDETERMINATE, on,
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
      return Findings.of(r, Outcome.VIOLATED, on,
          "the Council's decision lacks the consensus of the other members; " + state + " was not " + verb, f);
    }
    if (t.excludedPosition == Position.OBJECTS) {
      f.add("position of " + state + ": OBJECTS");
      return Findings.of(r, Outcome.INDETERMINATE, on,
          state + " objected; whether a state takes part in the decision concerning itself is not known", f);
    }
    return Findings.of(r, Outcome.SATISFIED, on,
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
    facts = Answers.checked(facts);
    Objects.requireNonNull(facts, "facts");
    if (event.type() != MembershipEventType.NON_RENEWAL) {
      throw new IllegalArgumentException("event must be a NON_RENEWAL but was " + event.type());
    }
    Rule r = Rule.TREATY_11_DURATION_EXTENSION;
    LocalDate first = event.date().firstDay();
    LawInForce.On on = LawInForce.of(facts).onWithWords(first);
    List<String> f = new ArrayList<>(6);
    f.add("state: " + event.state());
    f.add("date: " + event.date());
    f.add("Art. 11: not read; the terms are those of the Extension Protocol");
    addFootings(f, on);
    Optional<MembershipEvent> party = protocolParty(event.state(), first, facts);
    Finding finding;
    if (first.isBefore(TREATY_IN_FORCE)) {
      finding = Findings.of(r, Outcome.NOT_APPLICABLE, on, "the Treaty was not yet in force", f);
    } else if (party.isPresent()) {
      f.add(partyFact(party.get()));
      finding = Findings.of(r, Outcome.INDETERMINATE, on,
          event.state() + " is a party to the Extension Protocol, which renews the Treaty automatically"
              + " without prejudice to part two of Art. 11: such a party leaves by withdrawal, not by"
              + " non-renewal, and Art. 11 part two was not read",
          f);
    } else if (event.date().isExact()) {
      Period term = treatyTerm(first);
      f.add("term: " + term);
      finding = term.start().equals(first) && !first.equals(TREATY_IN_FORCE)
          ? Findings.of(r, Outcome.SATISFIED, on,
              "non-renewal effective on the first day of a new term, when the previous term ran out", f)
          : Findings.of(r, Outcome.VIOLATED, on,
              "a non-renewal takes effect only when a term runs out; the term then running is " + term, f);
    } else {
      Period term = treatyTerm(first);
      LocalDate next = term.end().get();
      boolean boundary = event.date().mayBe(term.start()) && !term.start().equals(TREATY_IN_FORCE)
          || event.date().mayBe(next);
      finding = boundary
          ? Findings.of(r, Outcome.INDETERMINATE, on,
              "the date is known only to " + event.date().precision() + " and may fall on a term's start", f)
          : Findings.of(r, Outcome.VIOLATED, on,
              "no term ends within " + event.date() + "; a non-renewal takes effect only when a term runs out",
              f);
    }
    List<Finding> out = new ArrayList<>(1);
    out.add(finding);
    return verdict("Non-renewal by " + event.state(), first, out);
  }

  /**
   * Checks a notice of withdrawal from the Treaty itself under Art. 11 part two
   * ({@link Rule#TREATY_11_DURATION_EXTENSION}), the mode of exit the 1999 Extension Protocol leaves to its
   * parties ("without prejudice to part two of Article 11"). Part two was not read, and nothing found
   * supports a six-month notice in the Treaty itself, so a notice by a party is
   * {@link Outcome#INDETERMINATE}: its period and conditions are not known. A notice by a state that is not
   * a party on its date (its participation ceased, as Azerbaijan's and Georgia's on the end of the first
   * term) is {@link Outcome#VIOLATED}; one whose intended day does not come after it is INDETERMINATE, since
   * that too would rest on the unread part two. Withdrawal from the Organization is
   * {@link #checkWithdrawal(WithdrawalNotice, CstoFacts)} (Charter Art. 19).
   *
   * <pre>{@code
   * MembershipRules.checkTreatyWithdrawal(WithdrawalNotice.of("UZ", LocalDate.of(2012, 6, 28)), facts);
   * // INDETERMINATE, citing Treaty Art. 11 [1992] and Extension Protocol [1999]
   * }</pre>
   *
   * @param notice the notice; its date is the day the depositary received it; not null
   * @param facts the facts, not null
   * @return the verdict, not null
   * @since 0.2.0
   */
  public static Verdict checkTreatyWithdrawal(WithdrawalNotice notice, CstoFacts facts) {
    Objects.requireNonNull(notice, "notice");
    facts = Answers.checked(facts);
    Rule r = Rule.TREATY_11_DURATION_EXTENSION;
    LocalDate date = notice.date();
    LawInForce.On on = LawInForce.of(facts).onWithWords(date);
    MembershipStatus status = facts.status(notice.state(), date);
    List<String> f = new ArrayList<>(8);
    f.add("state: " + notice.state());
    f.add("notice received: " + date);
    f.add("intended effective: " + notice.intendedEffective().map(Object::toString).orElse("not stated"));
    f.add("addressee: " + notice.addressee().orElse("not recorded"));
    f.add("status: " + status);
    addFootings(f, on);
    Optional<MembershipEvent> party = protocolParty(notice.state(), date, facts);
    party.ifPresent(p -> f.add(partyFact(p)));
    Finding finding;
    if (date.isBefore(TREATY_IN_FORCE)) {
      finding = Findings.of(r, Outcome.NOT_APPLICABLE, on, "the Treaty was not yet in force", f);
    } else if (status != MembershipStatus.MEMBER && status != MembershipStatus.SUSPENDED) {
      finding = Findings.of(r, Outcome.VIOLATED, on,
          notice.state() + " is " + status + " on " + date + ", not a party that can withdraw from the Treaty", f);
    } else if (notice.intendedEffective().isPresent() && !notice.intendedEffective().get().isAfter(date)) {
      finding = Findings.of(r, Outcome.VIOLATED, on, Basis.SECONDARY,
          "the intended day " + notice.intendedEffective().get() + " does not come after the notice of " + date
              + "; a notice must precede the day it takes effect, but the notice Art. 11 part two asks for was"
              + " not read",
          f);
    } else {
      finding = Findings.of(r, Outcome.INDETERMINATE, on,
          "withdrawal is the mode of exit the Extension Protocol leaves open (without prejudice to part two of"
              + " Art. 11), but part two was not read: its notice period and conditions are not known, and"
              + " nothing found supports a six-month notice in the Treaty itself",
          f);
    }
    List<Finding> out = new ArrayList<>(1);
    out.add(finding);
    return verdict("Withdrawal of " + notice.state() + " from the Treaty", date, out);
  }

  /**
   * Adds the two footings of a finding on Art. 11: the Extension Protocol's terms (read) and Art. 11 in
   * the version in force on the date (not read).
   */
  private static void addFootings(List<String> f, LawInForce.On on) {
    f.add("basis of the terms: Extension Protocol [1999], TEXT (five years from 1999-04-21, then renewed"
        + " automatically for five years at a time, without prejudice to part two of Art. 11)");
    f.add("basis of the mode of exit: "
        + Rule.TREATY_11_DURATION_EXTENSION.citationsForMask(on.mask).get(0).text() + ", not read"
        + (on.has(Law.Amendment.TREATY_2010) ? " (its 2010 wording known only from a Kremlin summary)" : "")
        + "; part two, the withdrawal clause, not read");
  }

  /** The fact naming the event by which a state became a party to the Extension Protocol. */
  private static String partyFact(MembershipEvent p) {
    boolean ratified = p.type() == MembershipEventType.RATIFICATION || p.type() == MembershipEventType.ACCESSION;
    return "party to the Extension Protocol: " + p.id() + " (" + p.date() + ")"
        + (ratified ? ", " + p.type().name().toLowerCase(java.util.Locale.ROOT) + "; the Protocol applies to a"
            + " later ratifier from its own notification to the depositary, whose date is not recorded" : "");
  }

  /**
   * The event by which a state became a party to the 1999 Extension Protocol (its signature, the extension
   * under it, or a later ratification or accession, as Uzbekistan's of 2008-03-28), on or before a day;
   * the earliest such event.
   */
  private static Optional<MembershipEvent> protocolParty(String state, LocalDate day, CstoFacts facts) {
    MembershipEvent first = null;
    for (MembershipEvent e : facts.events()) {
      if (e.state().equals(state)
          && e.instrumentId().equals(Optional.of(Law.EXTENSION_PROTOCOL_ID))
          && PROTOCOL_PARTY.contains(e.type())
          && !e.date().firstDay().isAfter(day)
          && (first == null || e.date().firstDay().isBefore(first.date().firstDay()))) {
        first = e;
      }
    }
    return Optional.ofNullable(first);
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
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(date, "date");
    facts = Answers.checked(facts);
    Rule r = Rule.MEMBERSHIP_FREEZE_NO_LEGAL_EFFECT;
    LawInForce.On on = LawInForce.of(facts).onWithWords(date);
    Participation p = facts.participation(state, date);
    MembershipStatus s = facts.status(state, date);
    List<String> f = new ArrayList<>(3);
    f.add("state: " + state);
    f.add("status: " + s);
    f.add("participation: " + p);
    List<Finding> out = new ArrayList<>(1);
    if (p != Participation.FROZEN) {
      out.add(Findings.of(r, Outcome.NOT_APPLICABLE, on, state + " has declared no freeze on " + date, f));
    } else {
      out.add(Findings.of(r, Outcome.SATISFIED, on,
          "declared freeze: not a Charter category; " + state + " remains " + s
              + " and counts among the members for consensus",
          f));
    }
    return verdict("Participation of " + state, date, out);
  }

  /**
   * Checks a party's notice of withdrawal from the CRDF Agreement under its final article
   * ({@link Rule#CRDF_WITHDRAWAL}): written notice to the depositary at least six months before the
   * intended day of withdrawal. The notice's {@link WithdrawalNotice#state()} is the withdrawing party, its
   * {@link WithdrawalNotice#date()} the day the depositary received it; the settlement of claims that arose
   * before the withdrawal is a duty that follows it, not a condition, and is not judged. The rule applies
   * only while the Agreement is in force; the bundled dataset does not show it in force.
   *
   * @param notice the notice, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict checkCrdfWithdrawal(WithdrawalNotice notice, CstoFacts facts) {
    Objects.requireNonNull(notice, "notice");
    facts = Answers.checked(facts);
    LocalDate date = notice.date();
    LawInForce.On on = LawInForce.of(facts).on(date);
    Rule r = Rule.CRDF_WITHDRAWAL;
    LocalDate earliest = earliestWithdrawal(date);
    List<String> f = new ArrayList<>(4);
    f.add("party: " + notice.state());
    f.add("notice received by the depositary: " + date);
    f.add("earliest effective: " + earliest + " (notice date plus six calendar months)");
    f.add("intended effective: " + notice.intendedEffective().map(Object::toString).orElse("not stated"));
    List<Finding> out = new ArrayList<>(1);
    if (notice.intendedEffective().isEmpty()) {
      out.add(Findings.of(r, Outcome.INDETERMINATE, on,
          "the notice states no intended day of withdrawal, against which the six months are counted", f));
    } else if (!notice.intendedEffective().get().isAfter(date)) {
      out.add(Findings.of(r, Outcome.INDETERMINATE, on,
          "the intended day " + notice.intendedEffective().get() + " does not come after the notice of " + date
              + "; a notice must precede the day it takes effect, and the final article of the Minsk agreement"
              + " of 2006-06-23 asks for six months; that this article is the CRDF Agreement's is inferred from"
              + " place and date, so no final violation is found",
          f));
    } else if (notice.intendedEffective().get().isBefore(earliest)) {
      out.add(Findings.of(r, Outcome.INDETERMINATE, on,
          "the intended day " + notice.intendedEffective().get() + " is less than six months after the notice"
              + " (the earliest is " + earliest + "), which the final article of the Minsk agreement of"
              + " 2006-06-23 does not allow; that this article is the CRDF Agreement's is inferred from place"
              + " and date, so no final violation is found",
          f));
    } else {
      out.add(Findings.of(r, Outcome.SATISFIED, on,
          "written notice at least six months before the intended day; the withdrawal takes effect no earlier"
              + " than " + earliest,
          f));
    }
    return Verdict.builder().subject("Withdrawal of " + notice.state() + " from the CRDF Agreement").date(date)
        .findings(out).wordsFrom(facts).build();
  }

  private static Verdict verdict(String subject, LocalDate date, List<Finding> findings) {
    return Verdict.builder().subject(subject).date(date).findings(findings).build();
  }

  /**
   * The facts a finding on a membership decision starts with: the state, its status the day before and the
   * decision.
   */
  private static List<String> decisionFacts(String state, MembershipStatus before, Decision decision,
      LocalDate date) {
    List<String> f = new ArrayList<>(6);
    f.add("state: " + state);
    f.add("status the day before: " + before);
    f.add("decision: " + decision.body().abbreviation() + " " + date);
    return f;
  }
}
