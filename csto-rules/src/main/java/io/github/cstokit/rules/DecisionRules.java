package io.github.cstokit.rules;

import io.github.cstokit.model.Basis;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.RecordedOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks of decisions of the statutory bodies: consensus under Charter Art. 12
 * ({@link Rule#CHARTER_12_CONSENSUS}), the limited format added by the 2010 protocol
 * ({@link Rule#CHARTER_12_LIMITED_FORMAT}), binding force ({@link Rule#CHARTER_2_BINDING_FORCE}) and
 * quorum ({@link Rule#ROP_QUORUM}).
 *
 * <p><b>Who counts.</b> The members entitled to take part are the states whose status is
 * {@code MEMBER} on the decision's date ({@link CstoFacts#members(java.time.LocalDate)}): suspended states
 * are left out, and so is a member whose vote a Council decision under Charter Art. 25 suspended, from
 * that decision's day until its debt is paid or the Council restores it ({@link ArrearsRules}); states
 * that declared a freeze of participation, or are in arrears without a Council decision suspending their vote, are still counted.
 * A member whose vote is suspended, and a position or signature of any other state, are listed in the
 * findings ({@code not entitled on <date>, not counted: ...}) and count neither for nor against the
 * decision.
 *
 * <p><b>Consensus (standard format).</b> Every member must consent: a position of {@code SUPPORTS} or
 * {@code JOINED_LATER}, or a signature, given at the session or later. Any {@code OBJECTS} blocks the
 * decision; a member {@code ABSENT}, {@code ABSTAINS}, {@code DOES_NOT_PARTICIPATE} or without a position
 * that did not sign is a missing consent. Without an objection a missing consent is "no consensus yet"
 * ({@link Outcome#INDETERMINATE}), not "not adopted": a signature can still come later, and no text read
 * sets a deadline; {@link #isAdopted} stays false until it comes. Joining a decision later is a practice
 * no text read describes ({@link Basis#PRACTICE}): where the day a member signed or joined later is
 * recorded ({@link Decision#joiningDates()}), its consent counts from that day only, so a check as of an
 * earlier day ({@link #check(Decision, java.time.LocalDate, CstoFacts)}) finds "no consensus yet" and one
 * from that day on finds consensus, binding the joining member from its joining day. For a
 * {@link Matter#PROCEDURAL} matter a decision without the consent of all is {@link Outcome#INDETERMINATE}:
 * the regime for procedural
 * questions (Rules of Procedure) was not available. The consensus rule rests on secondary sources, so an
 * objection gives "no consensus" as INDETERMINATE, never a final violation.
 *
 * <p><b>Binding force.</b> Charter Art. 2 (read in full) makes binding the Council's decisions: an adopted
 * CSC decision binds the members ({@link io.github.cstokit.model.Basis#TEXT}). For the foreign and defence
 * ministers and the security council secretaries the finding is INDETERMINATE on a secondary basis.
 *
 * <p><b>Quorum.</b> Satisfied only when every member on the date attended or signed; otherwise the finding
 * lists who did not take part, and whose attendance is not recorded, and stays open.
 *
 * <p><b>Positions not recorded.</b> Where a decision records neither positions nor signatures, what the
 * sources report became of it ({@link Decision#recordedOutcome()}) decides: a decision reported
 * {@link RecordedOutcome#ADOPTED adopted} satisfies consensus, since under consensus adoption means that no
 * member objected; one reported {@link RecordedOutcome#NOT_ADOPTED not adopted} violates it; without a
 * recorded outcome the finding is {@link Outcome#INDETERMINATE}. Such findings, and the binding force and
 * quorum that follow from a reported adoption, rest on the record ({@link Basis#SECONDARY}). Positions or
 * signatures, where recorded, decide instead, whatever the recorded outcome.
 *
 * <p><b>Limited format.</b> Only for decisions dated on or after the entry into force of the 2010 Charter
 * protocol (2012-12-19 unless the facts say otherwise). The decision passes if no member objects and at
 * least one member consents; it binds the consenting members only; members outside the format are listed
 * and count neither for nor against. The stricter reading of "none of them objects" is used: no member at
 * all may object. The threshold of participants is an assumption, one by default and configurable
 * ({@link LimitedFormat}: {@link #check(Decision, LimitedFormat, CstoFacts)},
 * {@link #isAdopted(Decision, LimitedFormat, CstoFacts)}): fewer participants than the threshold, with
 * nobody objecting, is "not enough yet" ({@link Outcome#INDETERMINATE}), since signatures can still come.
 * The excluded subjects are assumptions too: per practice the format is not used for Secretary General
 * appointments or CRRF deployment. Before the protocol, a decision labelled limited stands only if it had
 * the consent of all.
 *
 * <pre>{@code
 * Verdict v = DecisionRules.check(decision, facts);
 * v.outcome();                              // SATISFIED, VIOLATED, ...
 * DecisionRules.isAdopted(decision, facts); // true when consensus (or a valid limited format) was reached
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: it has no state.
 */
public final class DecisionRules {

  /** The fact {@code body: <abbreviation>} of each body, by ordinal. */
  private static final String[] BODY_FACT = new String[Body.values().length];
  /** The reason given when a body takes no binding decisions, by ordinal. */
  private static final String[] BODY_NOT_BINDING = new String[Body.values().length];
  /** The fact {@code matter: <kind>} of each kind of matter, by ordinal. */
  private static final String[] MATTER_FACT = new String[Matter.values().length];
  /** The fact {@code format: <format>} of each format, by ordinal. */
  private static final String[] FORMAT_FACT = new String[DecisionFormat.values().length];

  static {
    for (Body b : Body.values()) {
      BODY_FACT[b.ordinal()] = "body: " + b.abbreviation();
      BODY_NOT_BINDING[b.ordinal()] = b.nameEn() + " takes no decisions binding on member states";
    }
    for (Matter m : Matter.values()) {
      MATTER_FACT[m.ordinal()] = "matter: " + m;
    }
    for (DecisionFormat f : DecisionFormat.values()) {
      FORMAT_FACT[f.ordinal()] = "format: " + f;
    }
  }

  private DecisionRules() {}

  /**
   * Checks a decision against the facts on its date.
   *
   * @param decision the decision, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict check(Decision decision, CstoFacts facts) {
    facts = Answers.checked(facts);
    Objects.requireNonNull(decision, "decision");
    return check(decision, decision.date(), facts);
  }

  /**
   * Checks a decision as it stands on a day on or after its date: the members, who is entitled and the
   * law in force are those of the decision's date, and a consent given on a later recorded day
   * ({@link Decision#joiningDates()}) counts from that day only. On the decision's own date this is
   * {@link #check(Decision, CstoFacts)}.
   *
   * <pre>{@code
   * DecisionRules.check(decision, LocalDate.of(2022, 1, 31), facts);   // "no consensus yet" before a joining
   * DecisionRules.check(decision, LocalDate.of(2022, 2, 1), facts);    // SATISFIED from its day
   * }</pre>
   *
   * @param decision the decision, not null
   * @param asOf the day to judge, not null and not before the decision's date
   * @param facts the facts, not null
   * @return the verdict, dated {@code asOf}; not null
   * @throws IllegalArgumentException if {@code asOf} comes before the decision's date
   * @since 0.2.0
   */
  public static Verdict check(Decision decision, LocalDate asOf, CstoFacts facts) {
    return check(decision, LimitedFormat.DEFAULT, asOf, facts);
  }

  /**
   * Checks a decision against the facts on its date, judging the limited format with a threshold of
   * participants other than the default ({@link LimitedFormat}); with {@link LimitedFormat#DEFAULT} this is
   * {@link #check(Decision, CstoFacts)}.
   *
   * <pre>{@code
   * DecisionRules.check(decision, LimitedFormat.ofMinimum(2), facts);   // a single supporter is not enough
   * }</pre>
   *
   * @param decision the decision, not null
   * @param limitedFormat the threshold of the limited format, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   * @since 0.2.0
   */
  public static Verdict check(Decision decision, LimitedFormat limitedFormat, CstoFacts facts) {
    facts = Answers.checked(facts);
    Objects.requireNonNull(decision, "decision");
    return check(decision, limitedFormat, decision.date(), facts);
  }

  /**
   * Checks a decision as it stands on a day on or after its date ({@link #check(Decision, LocalDate,
   * CstoFacts)}), judging the limited format with a threshold of participants ({@link LimitedFormat}).
   *
   * @param decision the decision, not null
   * @param limitedFormat the threshold of the limited format, not null
   * @param asOf the day to judge, not null and not before the decision's date
   * @param facts the facts, not null
   * @return the verdict, dated {@code asOf}; not null
   * @throws IllegalArgumentException if {@code asOf} comes before the decision's date
   * @since 0.2.0
   */
  public static Verdict check(Decision decision, LimitedFormat limitedFormat, LocalDate asOf, CstoFacts facts) {
    facts = Answers.checked(facts);
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(limitedFormat, "limitedFormat");
    checkAsOf(decision, asOf);
    // Each finding is made with the words of the provisions it cites, as wordsFrom(facts) would give them.
    LawInForce.On on = LawInForce.of(facts).onWithWords(decision.date());
    List<Finding> findings = new ArrayList<>(4);
    appendFindings(findings, decision, facts, on, asOf, limitedFormat);
    return Verdict.builder().subject(subject(decision)).date(asOf).findings(findings).build();
  }

  private static void checkAsOf(Decision decision, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (asOf.isBefore(decision.date())) {
      throw new IllegalArgumentException("asOf (" + asOf + ") must not be before the decision's date ("
          + decision.date() + ")");
    }
  }

  /**
   * Whether a decision was adopted: taken by a body that decides, with the consent of every member (or, in
   * a limited format available on its date, with no objection and at least one participant). Where the
   * decision records neither positions nor signatures, it was adopted if it is reported
   * {@link RecordedOutcome#ADOPTED adopted}.
   *
   * @param decision the decision, not null
   * @param facts the facts, not null
   * @return true if adopted; false if not, or if the record does not tell
   */
  public static boolean isAdopted(Decision decision, CstoFacts facts) {
    facts = Answers.checked(facts);
    return isAdopted(decision, facts, LawInForce.of(facts).on(decision.date()));
  }

  /**
   * Whether a decision was adopted by a day on or after its date: as {@link #isAdopted(Decision,
   * CstoFacts)}, counting a consent given on a later recorded day ({@link Decision#joiningDates()}) from
   * that day only.
   *
   * @param decision the decision, not null
   * @param asOf the day, not null and not before the decision's date
   * @param facts the facts, not null
   * @return true if adopted by that day; false if not, or if the record does not tell
   * @throws IllegalArgumentException if {@code asOf} comes before the decision's date
   * @since 0.2.0
   */
  public static boolean isAdopted(Decision decision, LocalDate asOf, CstoFacts facts) {
    return isAdopted(decision, LimitedFormat.DEFAULT, asOf, facts);
  }

  /**
   * Whether a decision was adopted ({@link #isAdopted(Decision, CstoFacts)}), a limited-format decision
   * with at least the participants a threshold asks ({@link LimitedFormat}). A limited-format decision
   * reported adopted without recorded positions is adopted only under the default threshold: who took part
   * is not recorded.
   *
   * @param decision the decision, not null
   * @param limitedFormat the threshold of the limited format, not null
   * @param facts the facts, not null
   * @return true if adopted; false if not, or if the record does not tell
   * @since 0.2.0
   */
  public static boolean isAdopted(Decision decision, LimitedFormat limitedFormat, CstoFacts facts) {
    facts = Answers.checked(facts);
    Objects.requireNonNull(decision, "decision");
    return isAdopted(decision, limitedFormat, decision.date(), facts);
  }

  /**
   * Whether a decision was adopted by a day on or after its date ({@link #isAdopted(Decision, LocalDate,
   * CstoFacts)}), a limited-format decision with at least the participants a threshold asks.
   *
   * @param decision the decision, not null
   * @param limitedFormat the threshold of the limited format, not null
   * @param asOf the day, not null and not before the decision's date
   * @param facts the facts, not null
   * @return true if adopted by that day; false if not, or if the record does not tell
   * @throws IllegalArgumentException if {@code asOf} comes before the decision's date
   * @since 0.2.0
   */
  public static boolean isAdopted(Decision decision, LimitedFormat limitedFormat, LocalDate asOf,
      CstoFacts facts) {
    facts = Answers.checked(facts);
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(limitedFormat, "limitedFormat");
    checkAsOf(decision, asOf);
    return Boolean.TRUE.equals(
        adoption(decision, facts, LawInForce.of(facts).on(decision.date()), asOf, limitedFormat));
  }

  static boolean isAdopted(Decision d, CstoFacts facts, LawInForce.On on) {
    return Boolean.TRUE.equals(adoption(d, facts, on));
  }

  /**
   * Whether a decision was adopted, as far as the record tells.
   *
   * @return true or false, or null when a decision of a deciding body records neither positions,
   *     signatures nor an outcome
   */
  static Boolean adoption(Decision d, CstoFacts facts, LawInForce.On on) {
    return adoption(d, facts, on, d.date(), LimitedFormat.DEFAULT);
  }

  /**
   * Whether a decision was adopted by a day on or after its date, as far as the record tells: a consent
   * given on a later recorded day ({@link Decision#joiningDates()}) counts from that day only.
   *
   * @return true or false, or null when a decision of a deciding body records neither positions,
   *     signatures nor an outcome
   */
  static Boolean adoption(Decision d, CstoFacts facts, LawInForce.On on, LocalDate asOf) {
    return adoption(d, facts, on, asOf, LimitedFormat.DEFAULT);
  }

  private static Boolean adoption(Decision d, CstoFacts facts, LawInForce.On on, LocalDate asOf,
      LimitedFormat lf) {
    if (!d.body().takesBindingDecisions()) {
      return Boolean.FALSE;
    }
    Tally t = Tally.of(d, facts, null, asOf);
    if (t.unrecorded && t.entitled > 0) {
      if (t.reported == RecordedOutcome.ADOPTED && lf.minimumParticipants() > 1 && limitedAvailable(d, on)) {
        // Who took part is not recorded: whether the threshold was met is open.
        return null;
      }
      return t.reported == null ? null : t.reported == RecordedOutcome.ADOPTED;
    }
    if (t.consensus()) {
      return Boolean.TRUE;
    }
    return limitedAvailable(d, on) && t.limitedPasses() && lf.met(t.participants.size());
  }

  /**
   * Whether every member consented, as far as the record tells: from the positions and signatures, or,
   * where none is recorded, from the recorded outcome (an adoption shows the consent of all only where the
   * limited format was not available).
   *
   * @return true or false, or null when the record does not tell
   */
  static Boolean consentOfAll(Decision d, Tally t, LawInForce.On on) {
    if (!t.unrecorded || t.entitled == 0) {
      return t.consensus();
    }
    if (t.reported == RecordedOutcome.NOT_ADOPTED) {
      return Boolean.FALSE;
    }
    return t.reported == RecordedOutcome.ADOPTED && !limitedAvailable(d, on) ? Boolean.TRUE : null;
  }

  static boolean limitedAvailable(Decision d, LawInForce.On on) {
    return d.format() == DecisionFormat.LIMITED
        && on.has(Law.Amendment.CHARTER_2010)
        && !excludedFromLimited(d.matter());
  }

  private static boolean excludedFromLimited(Matter m) {
    return m == Matter.APPOINTMENT_SECRETARY_GENERAL || m == Matter.CRRF_DEPLOYMENT;
  }

  static String subject(Decision d) {
    return "Decision " + (d.id().isPresent() ? d.id().get() : d.body().abbreviation() + " " + d.date())
        + ": " + d.title();
  }

  static void appendFindings(List<Finding> out, Decision d, CstoFacts facts, LawInForce.On on) {
    appendFindings(out, d, facts, on, d.date(), LimitedFormat.DEFAULT);
  }

  /**
   * Appends the findings on a decision as it stands on a day on or after its date (see
   * {@link #check(Decision, LocalDate, CstoFacts)}); {@code on} is the law of the decision's date.
   */
  static void appendFindings(
      List<Finding> out, Decision d, CstoFacts facts, LawInForce.On on, LocalDate asOf) {
    appendFindings(out, d, facts, on, asOf, LimitedFormat.DEFAULT);
  }

  private static void appendFindings(List<Finding> out, Decision d, CstoFacts facts, LawInForce.On on,
      LocalDate asOf, LimitedFormat lf) {
    Tally t = Tally.of(d, facts, null, asOf);
    boolean binding = d.body().takesBindingDecisions();
    Dated dated = dated(d.date());
    String date = dated.text;
    boolean later = asOf.isAfter(d.date());
    // Room for the consensus finding's own facts, which in the standard format it adds to this list.
    List<String> base = new ArrayList<>((t.frozen == null ? 5 : 6) + (later ? 1 : 0) + 3);
    base.add(BODY_FACT[d.body().ordinal()]);
    base.add(dated.fact);
    if (later) {
      base.add("as of: " + asOf);
    }
    base.add(MATTER_FACT[d.matter().ordinal()]);
    base.add(FORMAT_FACT[d.format().ordinal()]);
    base.add(t.membersFact());
    if (t.frozen != null) {
      base.add("frozen participation (still members): " + Findings.join(t.frozen));
    }
    if (t.nonMembers != null) {
      base.add("not entitled on " + date + ", not counted: " + Findings.join(t.nonMembers));
    }

    boolean limited = d.format() == DecisionFormat.LIMITED;
    boolean all = Boolean.TRUE.equals(consentOfAll(d, t, on));
    boolean adopted;
    if (limited) {
      out.add(consensus(d, dated, t, binding, on, base, true));
      Finding lim = limitedFormat(d, t, binding, on, base, lf);
      out.add(lim);
      adopted = all && binding || lim.outcome() == Outcome.SATISFIED;
      if (!adopted && binding && thresholdOpen(d, t, on, lf)) {
        out.add(Findings.of(Rule.CHARTER_2_BINDING_FORCE, Outcome.INDETERMINATE, on,
            "whether the decision passed in the limited format is open (see CHARTER-12-LIMITED-FORMAT), and so"
                + " whether it binds its participants",
            List.of(BODY_FACT[d.body().ordinal()], lf.fact())));
        out.add(quorum(t, binding, on));
        return;
      }
    } else {
      Finding c = consensus(d, dated, t, binding, on, base, false);
      out.add(c);
      adopted = c.outcome() == Outcome.SATISFIED;
    }
    out.add(bindingForce(d, t, binding, adopted, limited && !all, on));
    out.add(quorum(t, binding, on));
  }

  /**
   * The consensus finding. Its facts begin with {@code base}, which it takes as its own list in the
   * standard format, where no other finding uses it, and copies in the limited format, whose own finding
   * follows from it.
   */
  private static Finding consensus(
      Decision d, Dated dated, Tally t, boolean binding, LawInForce.On on, List<String> base, boolean limited) {
    Rule r = Rule.CHARTER_12_CONSENSUS;
    String date = dated.text;
    if (!binding) {
      return Findings.of(r, Outcome.NOT_APPLICABLE, on,
          BODY_NOT_BINDING[d.body().ordinal()] + "; consensus does not apply", base);
    }
    if (t.entitled == 0) {
      return Findings.of(r, Outcome.NOT_APPLICABLE, on, "no member states on " + date, base);
    }
    if (t.consensus()) {
      List<String> facts = limited ? withRoom(base, 2) : base;
      facts.add(t.consentingFact());
      if (t.joinedOn != null) {
        facts.add("joined later: " + Findings.join(t.joinedOn) + " (bound from that day)");
        return Findings.of(r, Outcome.SATISFIED, on, Basis.PRACTICE,
            "every member on " + date + " supported, joined or signed: consensus from the last joining;"
                + " joining a decision later (" + Findings.join(t.joinedOn) + ") is a practice no text read"
                + " describes, binding the joining member from its joining day",
            facts);
      }
      if (t.joinedLater != null) {
        facts.add("joined later: " + Findings.join(t.joinedLater) + " (bound from its joining; date not"
            + " recorded)");
        return Findings.of(r, Outcome.SATISFIED, on, Basis.PRACTICE,
            "every member on " + date + " supported, joined or signed: consensus; joining a decision later"
                + " (" + Findings.join(t.joinedLater) + ") is a practice no text read describes, binding the"
                + " joining member from its joining",
            facts);
      }
      return Findings.of(r, Outcome.SATISFIED, on, dated.consensus, facts);
    }
    List<String> facts = limited ? withRoom(base, 3) : base;
    if (limited && limitedAvailable(d, on)) {
      return Findings.of(r, Outcome.NOT_APPLICABLE, on,
          "taken in the limited format; consensus of all is not required (see CHARTER-12-LIMITED-FORMAT)",
          facts);
    }
    if (t.unrecorded) {
      facts.add("positions and signatures: none recorded");
      facts.add(t.reportedFact());
      return byReportedOutcome(r, on, t,
          "no member's position is recorded, and the decision is reported adopted, which under consensus"
              + " means no member objected",
          facts);
    }
    if (t.objectors != null) {
      facts.add("objecting: " + Findings.join(t.objectors));
    }
    if (t.withoutConsent != null) {
      facts.add("without consent: " + Findings.join(t.withoutConsent));
    }
    String missing = t.objectors != null
        ? Findings.join(t.objectors) + " objected"
        : "no consent from " + Findings.join(t.withoutConsent);
    if (d.matter() == Matter.PROCEDURAL) {
      return Findings.of(r, Outcome.INDETERMINATE, on,
          "procedural matter without the consent of all (" + missing
              + "); the regime for procedural questions in the Rules of Procedure was not available",
          facts);
    }
    if (t.objectors != null) {
      return Findings.of(r, Outcome.VIOLATED, on, "no consensus: " + missing + "; not adopted", facts);
    }
    if (t.reported != null) {
      facts.add(t.reportedFact());
    }
    if (t.reported == RecordedOutcome.NOT_ADOPTED) {
      return Findings.of(r, Outcome.VIOLATED, on,
          "no consensus: " + missing + "; reported not adopted", facts);
    }
    return Findings.of(r, Outcome.INDETERMINATE, on,
        "no consensus yet: " + missing + "; no member objected, and a signature can still come later, since"
            + " no text read sets a deadline"
            + (t.reported == RecordedOutcome.ADOPTED ? "; the decision is reported adopted" : ""),
        facts);
  }

  /** A copy of a list of facts with room for some more. */
  private static List<String> withRoom(List<String> facts, int more) {
    List<String> l = new ArrayList<>(facts.size() + more);
    l.addAll(facts);
    return l;
  }

  /**
   * The strings of a decision's date that the checks of decisions on that date give, made for the date
   * checked last and kept: the checks that follow, of the other decisions of a session or of one decision
   * as of later days, use them again.
   */
  private static final class Dated {
    final LocalDate date;
    /** The date, as {@link LocalDate#toString()} writes it. */
    final String text;
    /** The fact {@code date: <date>}. */
    final String fact;
    /** The reason of the consensus finding when every member consented and none joined later. */
    final String consensus;

    Dated(LocalDate date) {
      this.date = date;
      this.text = date.toString();
      this.fact = "date: " + text;
      this.consensus = "every member on " + text + " supported, joined or signed: consensus";
    }
  }

  /** The strings of the date checked last. */
  private static volatile Dated lastDated;

  /** The strings of a decision's date: those of the date checked last if it is the same day. */
  private static Dated dated(LocalDate date) {
    Dated d = lastDated;
    if (d == null || !d.date.equals(date)) {
      d = new Dated(date);
      lastDated = d;
    }
    return d;
  }

  /**
   * Whether a decision without the consent of all may still gain it: nobody objected, no recorded outcome
   * says it was not adopted, and the missing consents can still come as later signatures.
   */
  static boolean consensusPending(Decision d, Tally t) {
    return !t.unrecorded && t.entitled > 0 && t.objectors == null && t.withoutConsent != null
        && t.reported != RecordedOutcome.NOT_ADOPTED && d.matter() != Matter.PROCEDURAL;
  }

  /**
   * Whether a limited-format decision falls short of a threshold above one only for now or only as far as
   * the record tells: fewer participants than the threshold, nobody objecting and no report that it was
   * not adopted, or reported adopted with nobody's position recorded. Under the default threshold neither
   * arises.
   */
  private static boolean thresholdOpen(Decision d, Tally t, LawInForce.On on, LimitedFormat lf) {
    if (lf.minimumParticipants() == 1 || !limitedAvailable(d, on) || t.objectors != null) {
      return false;
    }
    if (t.unrecorded) {
      return t.reported == RecordedOutcome.ADOPTED;
    }
    return t.participants != null && !lf.met(t.participants.size()) && t.reported != RecordedOutcome.NOT_ADOPTED;
  }

  private static Finding limitedFormat(
      Decision d, Tally t, boolean binding, LawInForce.On on, List<String> base, LimitedFormat lf) {
    Rule r = Rule.CHARTER_12_LIMITED_FORMAT;
    List<String> facts = new ArrayList<>(base.size() + 3);
    facts.addAll(base);
    facts.add(on.has(Law.Amendment.CHARTER_2010)
        ? "2010 Charter protocol in force: true" : "2010 Charter protocol in force: false");
    if (!binding) {
      return Findings.of(r, Outcome.NOT_APPLICABLE, on, BODY_NOT_BINDING[d.body().ordinal()], facts);
    }
    Boolean all = consentOfAll(d, t, on);
    if (t.unrecorded) {
      facts.add(t.reportedFact());
    }
    if (!on.has(Law.Amendment.CHARTER_2010)) {
      if (Boolean.TRUE.equals(all)) {
        return Findings.of(r, Outcome.NOT_APPLICABLE, on,
            t.unrecorded
                ? "labelled limited before the 2010 protocol was in force, but reported adopted, which needed"
                    + " the consent of all: adopted by consensus"
                : "labelled limited before the 2010 protocol was in force, but every member consented: adopted"
                    + " by consensus",
            facts);
      }
      if (all == null) {
        return Findings.of(r, Outcome.INDETERMINATE, on,
            "labelled limited before the 2010 protocol was in force, when only the consent of all would do;"
                + " no member's position and no outcome recorded",
            facts);
      }
      return Findings.of(r, Outcome.VIOLATED, on,
          "the limited format did not exist on " + d.date()
              + " (2010 Charter protocol not yet in force); consensus of all was required",
          facts);
    }
    if (excludedFromLimited(d.matter())) {
      if (Boolean.TRUE.equals(all)) {
        return Findings.of(r, Outcome.NOT_APPLICABLE, on, t.unrecorded ? Basis.SECONDARY : Basis.PRACTICE,
            t.unrecorded
                ? "labelled limited, but reported adopted, which for " + d.matter()
                    + " needs the consent of all: adopted by consensus"
                : "labelled limited, but every member consented: adopted by consensus",
            facts);
      }
      if (all == null) {
        return Findings.of(r, Outcome.INDETERMINATE, on, Basis.SECONDARY,
            "per practice " + d.matter() + " needs the consent of all members; no member's position and"
                + " no outcome recorded",
            facts);
      }
      return Findings.of(r, Outcome.VIOLATED, on, Basis.PRACTICE,
          "per practice the limited format is not used for " + d.matter()
              + "; the consent of all members is required",
          facts);
    }
    if (t.objectors != null) {
      facts.add("objecting: " + Findings.join(t.objectors));
      return Findings.of(r, Outcome.VIOLATED, on,
          "a member objected (" + Findings.join(t.objectors) + "); the limited format needs no objection",
          facts);
    }
    if (t.unrecorded) {
      if (t.reported == RecordedOutcome.ADOPTED && lf.minimumParticipants() > 1) {
        facts.add(lf.fact());
        return Findings.of(r, Outcome.INDETERMINATE, on,
            "no member's position is recorded, and the decision is reported adopted in the limited format;"
                + " who took part is not recorded, so whether at least " + lf.minimumParticipants()
                + " members did is open",
            facts);
      }
      return byReportedOutcome(r, on, t,
          "no member's position is recorded, and the decision is reported adopted in the limited format,"
              + " which means no member objected and at least one took part; who took part, and so who is"
              + " bound, is not recorded",
          facts);
    }
    if (t.participants == null) {
      if (t.reported != RecordedOutcome.NOT_ADOPTED) {
        return Findings.of(r, Outcome.INDETERMINATE, on,
            "no member has supported or signed the decision yet; no member objected, and a signature can"
                + " still come later, since no text read sets a deadline",
            facts);
      }
      return Findings.of(r, Outcome.VIOLATED, on, "no member supported the decision", facts);
    }
    facts.add("participants: " + Findings.join(t.participants));
    facts.add("not participating: " + Findings.join(t.withoutConsent));
    facts.add(lf.fact());
    int n = t.participants.size();
    if (!lf.met(n)) {
      if (t.reported == RecordedOutcome.NOT_ADOPTED) {
        return Findings.of(r, Outcome.VIOLATED, on,
            "no member objected, but only " + n + " took part, fewer than the " + lf.minimumParticipants()
                + " required; reported not adopted",
            facts);
      }
      return Findings.of(r, Outcome.INDETERMINATE, on,
          "no member objected, but only " + n + " took part so far, fewer than the " + lf.minimumParticipants()
              + " required; a signature can still come later, since no text read sets a deadline",
          facts);
    }
    return Findings.of(r, Outcome.SATISFIED, on,
        "no member objected and " + t.participants.size()
            + " took part: adopted in the limited format, binding on the participants only",
        facts);
  }

  private static Finding bindingForce(
      Decision d, Tally t, boolean binding, boolean adopted, boolean participantsOnly, LawInForce.On on) {
    Rule r = Rule.CHARTER_2_BINDING_FORCE;
    List<String> facts = new ArrayList<>(2);
    facts.add(BODY_FACT[d.body().ordinal()]);
    if (!binding) {
      return Findings.of(r, Outcome.NOT_APPLICABLE, on, BODY_NOT_BINDING[d.body().ordinal()], facts);
    }
    if (!adopted) {
      if (consensusPending(d, t) && !(participantsOnly && t.participants != null)) {
        return Findings.of(r, Outcome.INDETERMINATE, on,
            "no consensus yet: the decision binds once every member has consented, which may still happen",
            facts);
      }
      if (t.unrecorded && t.entitled > 0) {
        facts.add(t.reportedFact());
        if (t.reported == null) {
          return Findings.of(r, Outcome.INDETERMINATE, on, Basis.SECONDARY,
              "no member's position and no outcome recorded: whether it was adopted, and so whether it"
                  + " binds, is open",
              facts);
        }
        return Findings.of(r, Outcome.NOT_APPLICABLE, on, "reported not adopted, so it binds no one",
            facts);
      }
      if (d.matter() == Matter.PROCEDURAL && t.objectors == null) {
        return Findings.of(r, Outcome.INDETERMINATE, on,
            "whether the procedural decision was adopted is open, so is its binding force", facts);
      }
      return Findings.of(r, Outcome.NOT_APPLICABLE, on, "not adopted, so it binds no one", facts);
    }
    if (d.body() != Body.COLLECTIVE_SECURITY_COUNCIL) {
      facts.add("adopted: true");
      return Findings.of(r, Outcome.INDETERMINATE, on, Basis.SECONDARY,
          "adopted by the " + d.body().nameEn() + "; Charter Art. 2 makes binding the decisions of the"
              + " Collective Security Council only, and any binding force of this body's decisions rests on"
              + " Charter Art. 12 or the 2003 Regulations on the bodies, texts not read",
          facts);
    }
    if (participantsOnly && t.participants == null) {
      facts.add(t.reportedFact());
      facts.add("binding on: the participants, not recorded");
      return Findings.of(r, Outcome.SATISFIED, on, Basis.SECONDARY,
          "reported adopted in the limited format: binding on the participants only, who are not recorded",
          facts);
    }
    if (participantsOnly) {
      facts.add("binding on: " + Findings.join(t.participants));
      return Findings.of(r, Outcome.SATISFIED, on, Basis.SECONDARY,
          "binding on the participants only; the others bear no obligation from it (limited format)", facts);
    }
    facts.add(t.bindingOnMembersFact());
    if (t.joinedOn != null) {
      facts.add("binding on " + Findings.join(t.joinedOn) + " from that day");
      return Findings.of(r, Outcome.SATISFIED, on, Basis.PRACTICE,
          "adopted: binding on every member, on those that joined later from their joining day (a practice)",
          facts);
    }
    if (t.joinedLater != null) {
      facts.add("binding on " + Findings.join(t.joinedLater) + " from its joining, whose date is not recorded");
      return Findings.of(r, Outcome.SATISFIED, on, Basis.PRACTICE,
          "adopted: binding on every member, on those that joined later from their joining (a practice)",
          facts);
    }
    if (t.unrecorded) {
      facts.add(t.reportedFact());
      return Findings.of(r, Outcome.SATISFIED, on, Basis.SECONDARY,
          "reported adopted: binding on every member", facts);
    }
    return Findings.of(r, Outcome.SATISFIED, on, "adopted: binding on every member", facts);
  }

  private static Finding quorum(Tally t, boolean binding, LawInForce.On on) {
    Rule r = Rule.ROP_QUORUM;
    List<String> facts = new ArrayList<>(2);
    facts.add(t.membersFact());
    if (!binding || t.entitled == 0) {
      return Findings.of(r, Outcome.NOT_APPLICABLE, on,
          "no session of a body taking binding decisions with members on the date", facts);
    }
    if (t.unrecorded) {
      facts.add(t.reportedFact());
      if (t.reported == RecordedOutcome.ADOPTED) {
        return Findings.of(r, Outcome.SATISFIED, on,
            "no member's attendance is recorded, and the decision is reported adopted, so the body was"
                + " able to decide",
            facts);
      }
      return Findings.of(r, Outcome.INDETERMINATE, on,
          "no member's attendance is recorded; the quorum rule of the Rules of Procedure was not available",
          facts);
    }
    if (t.absentUncured == null && t.notItemised == null) {
      return Findings.of(r, Outcome.SATISFIED, on,
          "every member on the date attended or signed, which meets any quorum", facts);
    }
    if (t.absentUncured != null) {
      facts.add("did not take part and did not sign: " + Findings.join(t.absentUncured));
    }
    if (t.notItemised != null) {
      facts.add("attendance not recorded: " + Findings.join(t.notItemised));
    }
    return Findings.of(r, Outcome.INDETERMINATE, on,
        (t.absentUncured != null
            ? "not every member took part (" + Findings.join(t.absentUncured) + ")"
            : "the attendance of " + Findings.join(t.notItemised) + " is not recorded")
            + "; the quorum rule of the Rules of Procedure was not available",
        facts);
  }

  /**
   * The finding on a decision whose members' positions are not recorded: the reported outcome decides,
   * SATISFIED (for the reason given) if adopted, VIOLATED if not adopted, INDETERMINATE if none is
   * recorded.
   */
  private static Finding byReportedOutcome(Rule r, LawInForce.On on, Tally t, String adopted,
      List<String> facts) {
    if (t.reported == RecordedOutcome.ADOPTED) {
      return Findings.of(r, Outcome.SATISFIED, on, adopted, facts);
    }
    if (t.reported == RecordedOutcome.NOT_ADOPTED) {
      return Findings.of(r, Outcome.VIOLATED, on,
          "no member's position is recorded, and the decision is reported not adopted", facts);
    }
    return Findings.of(r, Outcome.INDETERMINATE, on, "no member's position and no outcome recorded",
        facts);
  }
}
