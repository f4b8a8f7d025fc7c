package io.github.cstokit.rules;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Command;
import io.github.cstokit.model.Completion;
import io.github.cstokit.model.Contingent;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.HostRequest;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Territory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks of deployment mandates: peacekeeping on a member's territory
 * ({@link Rule#PK_3_OPERATION_ON_MEMBER_TERRITORY}) or outside it ({@link Rule#PK_3_OPERATION_OUTSIDE_CSTO}),
 * unified command, composition and completion ({@link Rule#PK_COMMAND_COMPOSITION_COMPLETION}), the use of
 * forces by the heads of state ({@link Rule#TREATY_6_USE_OF_FORCES}), CRRF use
 * ({@link Rule#CRRF_USE_DECISION}) and the Central Asian rapid deployment forces
 * ({@link Rule#REGIONAL_FORCES_USE}), followed by the findings on the deciding decision
 * ({@link DecisionRules}).
 *
 * <p>The date judged is the deciding decision's date, else the first day of the request, else the
 * start of the period. Where the record leaves a fact unknown (a missing date of a completion decision,
 * no recorded notice to the UN Security Council) the finding says so: such a fact is never assumed.
 *
 * <p><b>The deciding decision as of the date judged.</b> The Council's decision is counted as it stands
 * on the date judged, in the one way {@link DecisionRules#check(Decision, LocalDate, CstoFacts)} counts
 * it: its members and the law are those of its own date, and a consent given on a later recorded day
 * ({@link Decision#joiningDates()}) counts from that day only, a practice no text read describes
 * ({@link io.github.cstokit.model.Basis#PRACTICE}). Judged before that day the decision has "no consensus
 * yet" and the findings resting on its adoption are {@link Outcome#INDETERMINATE}, as for any consent still
 * missing without an objection (a signature can still come, since no text read sets a deadline); from that
 * day on the consent counts. A date judged before the decision's own counts it as on its own date.
 *
 * <p><b>Steps in order.</b> A basis must precede the act it supports: the request before the Council's
 * decision, the UN Security Council's decision before the Council's decision on an operation outside the
 * members' territory, the defence ministers' proposal before the decision on the regional forces. A basis
 * dated after the act gives {@link Outcome#VIOLATED}; one on the same day, or known only to a month or year
 * that includes the act's day, gives {@link Outcome#INDETERMINATE} (the order is not shown).
 *
 * <p><b>Who requests.</b> A request may come from one or more states ({@link HostRequest#requestingStates()}):
 * peacekeeping on a member's territory needs that state's own request (Peacekeeping Agreement Art. 3, as
 * summarised by the Secretariat); the regional forces may be requested by any one or more members (CRDF
 * Agreement Art. 3), the host or others. The notice to the UN Security Council is a separate finding
 * ({@link Rule#PK_3_UNSC_NOTICE}), a duty that goes with the decision and not a condition of its validity.
 * Several commanders are judged each, and pass as unified command only in succession (appointed on
 * distinct known days).
 *
 * <p>On the bundled dataset the Peacekeeping Agreement has no recorded entry into force, so the
 * peacekeeping findings are INDETERMINATE ("not shown to be in force"), with what they would otherwise be.
 *
 * <pre>{@code
 * Verdict v = MandateRules.check(kz2022, facts);
 * v.outcome();   // INDETERMINATE on the bundled dataset: the Peacekeeping Agreement is not shown in force
 * WhatIf.between(v, MandateRules.check(kz2022.withoutRequest(), facts)).changed();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: it has no state.
 */
public final class MandateRules {

  /** The reason given when the deciding decision records neither positions, signatures nor an outcome. */
  private static final String ADOPTION_NOT_RECORDED =
      "the Council's decision records no member's position and no outcome: whether it was adopted is open";

  /** Lower-case fragments of the CRRF purposes in the Kremlin summary of the 2009 Agreement. */
  private static final String[] CRRF_TASKS = {
    "armed attack", "aggression", "terror", "drug", "trafficking", "organized crime",
    "organised crime", "emergenc", "humanitarian", "border", "facilit"
  };

  private MandateRules() {}

  /**
   * Checks a mandate on its own date (see the class documentation).
   *
   * @param mandate the mandate, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   * @throws IllegalArgumentException if the mandate has no decision, request or period to date it; use
   *     {@link #check(Mandate, LocalDate, CstoFacts)}
   */
  public static Verdict check(Mandate mandate, CstoFacts facts) {
    Objects.requireNonNull(mandate, "mandate");
    facts = Answers.checked(facts);
    return check(mandate, dateOf(mandate), Optional.empty(), facts);
  }

  /**
   * Checks a mandate on a given date, counting its deciding decision as it stands on that date (a consent
   * given on a later recorded day counts from that day only; see the class documentation).
   *
   * @param mandate the mandate, not null
   * @param date the date to judge, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict check(Mandate mandate, LocalDate date, CstoFacts facts) {
    Objects.requireNonNull(mandate, "mandate");
    facts = Answers.checked(facts);
    return check(mandate, date, Optional.empty(), facts);
  }

  /**
   * Checks a mandate of the Central Asian rapid deployment forces together with the proposal of the defence
   * ministers on which the Council decided, on the mandate's own date. Without the proposal, use
   * {@link #check(Mandate, CstoFacts)}, which finds the proposal not recorded.
   *
   * <pre>{@code
   * MandateRules.checkRegionalForces(crdfMandate, cdmProposal, facts).outcome();
   * }</pre>
   *
   * @param mandate the mandate, not null
   * @param defenceMinistersProposal the proposal, a decision of the Council of Ministers of Defence; not null
   * @param facts the facts, not null
   * @return the verdict, not null
   * @throws IllegalArgumentException if the mandate cannot be dated (see {@link #check(Mandate, CstoFacts)})
   */
  public static Verdict checkRegionalForces(
      Mandate mandate, Decision defenceMinistersProposal, CstoFacts facts) {
    Objects.requireNonNull(mandate, "mandate");
    Objects.requireNonNull(defenceMinistersProposal, "defenceMinistersProposal");
    facts = Answers.checked(facts);
    return check(mandate, dateOf(mandate), Optional.of(defenceMinistersProposal), facts);
  }

  private static LocalDate dateOf(Mandate m) {
    if (m.decision().isPresent()) {
      return m.decision().get().date();
    }
    if (m.request().isPresent()) {
      return m.request().get().date().firstDay();
    }
    if (m.period().isPresent()) {
      return m.period().get().start();
    }
    throw new IllegalArgumentException(
        "mandate " + m.id() + " has no decision, request or period to date it; pass a date");
  }

  private static Verdict check(
      Mandate m, LocalDate date, Optional<Decision> proposal, CstoFacts facts) {
    Objects.requireNonNull(m, "mandate");
    Objects.requireNonNull(date, "date");
    LawInForce.On on = LawInForce.of(facts).on(date);
    List<Finding> out = new ArrayList<>(8);
    // Null when the record does not tell whether the decision was adopted by the day counted: it records
    // neither positions, signatures nor an outcome, or a consent is still to come; open says why.
    Boolean adopted = Boolean.FALSE;
    String open = ADOPTION_NOT_RECORDED;
    Decision d = null;
    LocalDate asOf = date;
    if (m.decision().isPresent()) {
      d = m.decision().get();
      asOf = date.isBefore(d.date()) ? d.date() : date;
      adopted = DecisionRules.adoption(d, facts, on.on(d.date()), asOf);
      if (Boolean.FALSE.equals(adopted) && d.body().takesBindingDecisions()) {
        Tally t = Tally.of(d, facts, null, asOf);
        if (DecisionRules.consensusPending(d, t)) {
          adopted = null;
          open = "the Council's decision has no consensus yet on " + asOf + ": no consent from "
              + Findings.join(t.withoutConsent) + "; no member objected, and a consent can still come, since"
              + " no text read sets a deadline";
        }
      }
    }
    switch (m.forceKind()) {
      case COLLECTIVE_PEACEKEEPING_FORCES:
        if (m.territory() == Territory.MEMBER_STATE) {
          out.add(onMemberTerritory(m, d, adopted, open, date, facts, on));
          out.add(notice(m, d, on));
        } else {
          out.add(outside(m, d, adopted, open, on));
        }
        out.add(treaty6(m, d, adopted, open, on));
        out.add(command(m, date, facts, on));
        break;
      case COLLECTIVE_RAPID_REACTION_FORCES:
        out.add(crrf(m, d, adopted, open, asOf, facts, on));
        out.add(treaty6(m, d, adopted, open, on));
        break;
      case CENTRAL_ASIAN_RAPID_DEPLOYMENT_FORCES:
        out.add(regional(m, d, adopted, open, proposal, date, facts, on));
        out.add(treaty6(m, d, adopted, open, on));
        break;
      default:
        out.add(treaty6(m, d, adopted, open, on));
        break;
    }
    if (d != null) {
      DecisionRules.appendFindings(out, d, facts, on.on(d.date()), asOf);
    }
    return Verdict.builder()
        .subject("Mandate " + m.id() + " (" + m.forceKind() + " in " + m.hostState() + ")")
        .date(date)
        .findings(out)
        .wordsFrom(facts)
        .build();
  }

  private static List<String> base(Mandate m, Decision d) {
    List<String> facts = new ArrayList<>(8);
    facts.add("host: " + m.hostState());
    facts.add("territory: " + m.territory());
    facts.add("deployed: " + m.deployed());
    facts.add("decision: " + (d == null ? "none recorded" : d.body().abbreviation() + " " + d.date()));
    return facts;
  }

  private static String requestFact(Optional<HostRequest> req) {
    return "request: " + (req.isPresent()
        ? req.get().date() + " by " + String.join(", ", req.get().requestingStates()) + " ("
            + req.get().author() + ")" + req.get().addressee().map(a -> " to " + a).orElse("")
        : "none recorded");
  }

  /**
   * Whether a basis dated {@code basis} precedes an act on {@code act}: true if its last possible day is
   * before the act, false if its first possible day is after the act, null when the record does not show
   * the order (the same day, or a date known only to the month or year that includes the act's day).
   */
  static Boolean precedes(PartialDate basis, LocalDate act) {
    if (basis.lastDay().isBefore(act)) {
      return Boolean.TRUE;
    }
    if (basis.firstDay().isAfter(act)) {
      return Boolean.FALSE;
    }
    return null;
  }

  private static Finding onMemberTerritory(Mandate m, Decision d, Boolean adopted, String open,
      LocalDate date, CstoFacts facts, LawInForce.On on) {
    Rule r = Rule.PK_3_OPERATION_ON_MEMBER_TERRITORY;
    List<String> f = base(m, d);
    Optional<HostRequest> req = m.request();
    f.add(requestFact(req));
    if (!m.deployed() && d == null) {
      return Findings.of(r, Outcome.NOT_APPLICABLE, on,
          "no peacekeeping operation was decided or carried out", f);
    }
    MembershipStatus host = facts.status(m.hostState(), date);
    if (!host.isMember()) {
      f.add("host status: " + host);
      return Findings.of(r, Outcome.VIOLATED, on,
          m.hostState() + " is not a member on " + date
              + "; an operation there needs a UN Security Council decision",
          f);
    }
    if (req.isEmpty()) {
      return Findings.of(r, Outcome.VIOLATED, on,
          "no official request of the host state " + m.hostState() + " is recorded", f);
    }
    if (!req.get().requestingStates().contains(m.hostState())) {
      return Findings.of(r, Outcome.VIOLATED, on,
          "the request came from " + String.join(", ", req.get().requestingStates()) + ", not from the host"
              + " state " + m.hostState() + ", whose official request Art. 3 requires",
          f);
    }
    if (d == null) {
      return Findings.of(r, Outcome.VIOLATED, on, "no decision of the Collective Security Council", f);
    }
    Finding notCouncils = notTheCouncilsAdopted(r, d, adopted, open, "the Collective Security Council", f, on);
    if (notCouncils != null) {
      return notCouncils;
    }
    Boolean first = precedes(req.get().date(), d.date());
    if (first == null) {
      return Findings.of(r, Outcome.INDETERMINATE, on,
          "the record does not show that the request (" + req.get().date() + ") preceded the decision ("
              + d.date() + "), on which it must be based",
          f);
    }
    if (!first) {
      return Findings.of(r, Outcome.VIOLATED, on,
          "the decision (" + d.date() + ") preceded the host's request (" + req.get().date()
              + "), so the request cannot be its basis",
          f);
    }
    return Findings.of(r, Outcome.SATISFIED, on,
        "official request of " + m.hostState() + ", then a Council decision, adopted", f);
  }

  private static Finding notice(Mandate m, Decision d, LawInForce.On on) {
    Rule r = Rule.PK_3_UNSC_NOTICE;
    List<String> f = new ArrayList<>(3);
    f.add("decision: " + (d == null ? "none recorded" : d.body().abbreviation() + " " + d.date()));
    if (!m.deployed() && d == null) {
      return Findings.of(r, Outcome.NOT_APPLICABLE, on,
          "no peacekeeping operation was decided or carried out", f);
    }
    if (m.unSecurityCouncilInformed().isEmpty()) {
      f.add("UN Security Council informed: not recorded");
      return Findings.of(r, Outcome.INDETERMINATE, on,
          "no record that the UN Security Council was informed; the notice is a duty that goes with the"
              + " decision, not a condition of its validity",
          f);
    }
    LocalDate informed = m.unSecurityCouncilInformed().get();
    f.add("UN Security Council informed: " + informed + (d == null ? ""
        : " (" + ChronoUnit.DAYS.between(d.date(), informed) + " days after the decision; no number of days"
            + " is set)"));
    return Findings.of(r, Outcome.SATISFIED, on, "the UN Security Council was informed", f);
  }

  private static Finding outside(Mandate m, Decision d, Boolean adopted, String open, LawInForce.On on) {
    Rule r = Rule.PK_3_OPERATION_OUTSIDE_CSTO;
    List<String> f = base(m, d);
    f.add("UN Security Council decision: "
        + m.unSecurityCouncilDecision().map(LocalDate::toString).orElse("none recorded"));
    if (!m.deployed() && d == null) {
      return Findings.of(r, Outcome.NOT_APPLICABLE, on,
          "no peacekeeping operation was decided or carried out", f);
    }
    if (m.unSecurityCouncilDecision().isEmpty()) {
      return Findings.of(r, Outcome.VIOLATED, on,
          "an operation outside the members' territory needs a UN Security Council decision; none recorded",
          f);
    }
    if (d != null && d.body() == Body.COLLECTIVE_SECURITY_COUNCIL && adopted == null) {
      return Findings.of(r, Outcome.INDETERMINATE, on, open, f);
    }
    if (d == null || d.body() != Body.COLLECTIVE_SECURITY_COUNCIL || !adopted) {
      return Findings.of(r, Outcome.VIOLATED, on,
          "no adopted decision of the Collective Security Council", f);
    }
    LocalDate unsc = m.unSecurityCouncilDecision().get();
    Boolean first = precedes(PartialDate.of(unsc), d.date());
    if (first == null) {
      return Findings.of(r, Outcome.INDETERMINATE, on,
          "the UN Security Council decision and the Council's decision fall on the same day (" + unsc
              + "); the record does not show that the first preceded the second, on which it must be based",
          f);
    }
    if (!first) {
      return Findings.of(r, Outcome.VIOLATED, on,
          "the Council decided (" + d.date() + ") before the UN Security Council (" + unsc
              + "); a decision taken before its basis existed has none",
          f);
    }
    return Findings.of(r, Outcome.SATISFIED, on,
        "UN Security Council decision, then an adopted Council decision", f);
  }

  /**
   * The finding of a rule that asks an adopted decision of the Collective Security Council, where the
   * decision is not one: VIOLATED when another body took it (the reason naming {@code council}, who had to)
   * or it was not adopted, INDETERMINATE ({@code open}) when the record does not show whether it was; null
   * when it is the Council's adopted decision and the rule goes on.
   */
  private static Finding notTheCouncilsAdopted(Rule r, Decision d, Boolean adopted, String open,
      String council, List<String> f, LawInForce.On on) {
    if (d.body() != Body.COLLECTIVE_SECURITY_COUNCIL) {
      return Findings.of(r, Outcome.VIOLATED, on, "decided by the " + d.body().nameEn() + ", not " + council, f);
    }
    if (adopted == null) {
      return Findings.of(r, Outcome.INDETERMINATE, on, open, f);
    }
    if (!adopted) {
      return Findings.of(r, Outcome.VIOLATED, on, "the Council's decision was not adopted", f);
    }
    return null;
  }

  private static Finding treaty6(Mandate m, Decision d, Boolean adopted, String open, LawInForce.On on) {
    Rule r = Rule.TREATY_6_USE_OF_FORCES;
    List<String> f = new ArrayList<>(4);
    boolean treaty = false;
    StringBuilder bases = new StringBuilder();
    for (Citation c : m.legalBases()) {
      if (bases.length() > 0) {
        bases.append("; ");
      }
      bases.append(c.text());
      treaty |= c.shortName().equals("Treaty");
    }
    f.add("legal bases: " + (bases.length() == 0 ? "none" : bases.toString()));
    f.add("decision: " + (d == null ? "none recorded" : d.body().abbreviation() + " " + d.date()));
    if (!treaty) {
      return Findings.of(r, Outcome.NOT_APPLICABLE, on, "the mandate invokes no Treaty article", f);
    }
    if (d == null) {
      if (!m.deployed()) {
        return Findings.of(r, Outcome.NOT_APPLICABLE, on, "no forces were used", f);
      }
      return Findings.of(r, Outcome.VIOLATED, on,
          "forces used under the Treaty without a decision of the heads of state", f);
    }
    Finding notCouncils =
        notTheCouncilsAdopted(r, d, adopted, open, "by the heads of state in the Council", f, on);
    if (notCouncils != null) {
      return notCouncils;
    }
    if (m.territory() == Territory.OUTSIDE_MEMBER_STATES) {
      return Findings.of(r, Outcome.SATISFIED, on,
          "decided by the heads of state; use outside the members' territory must also conform to the UN"
              + " Charter (checked separately)",
          f);
    }
    return Findings.of(r, Outcome.SATISFIED, on, "use of forces decided by the heads of state in the Council",
        f);
  }

  private static Finding command(Mandate m, LocalDate date, CstoFacts facts, LawInForce.On on) {
    Rule r = Rule.PK_COMMAND_COMPOSITION_COMPLETION;
    List<String> f = new ArrayList<>(10);
    f.add("deployed: " + m.deployed());
    if (!m.deployed()) {
      return Findings.of(r, Outcome.NOT_APPLICABLE, on, "no forces were deployed", f);
    }
    Outcome worst = Outcome.SATISFIED;
    String reason = null;
    Outcome o;
    // Command
    List<Command> commands = m.commands();
    if (commands.isEmpty()) {
      f.add("commander: not recorded");
      o = Outcome.INDETERMINATE;
      reason = "no unified command is recorded";
      worst = o;
    } else {
      for (Command c : commands) {
        f.add("commander: " + c.commander() + c.commanderState().map(s -> " (" + s + ")").orElse("")
            + ", appointed by " + c.appointingBody().abbreviation() + c.date().map(x -> " on " + x).orElse(""));
        Body b = c.appointingBody();
        String why = null;
        if (!b.takesBindingDecisions()) {
          o = Outcome.VIOLATED;
          why = c.commander() + " was appointed by the " + b.nameEn() + ", which takes no binding decisions";
        } else if (b != Body.COLLECTIVE_SECURITY_COUNCIL && b != Body.COUNCIL_OF_DEFENCE_MINISTERS) {
          o = Outcome.INDETERMINATE;
          why = c.commander() + " appointed by the " + b.nameEn()
              + "; practice is the CSC or the defence ministers, the Agreement's rule was not read";
        } else {
          o = Outcome.SATISFIED;
        }
        if (o.compareTo(worst) > 0) {
          worst = o;
          reason = why;
        }
      }
      if (commands.size() > 1 && !successive(commands) && Outcome.INDETERMINATE.compareTo(worst) > 0) {
        worst = Outcome.INDETERMINATE;
        reason = commands.size() + " commanders are recorded and their appointments are not on distinct known"
            + " days: whether they commanded one after another or at once (not a unified command) is not"
            + " recorded";
      }
    }
    // Contingents
    if (m.contingents().isEmpty()) {
      f.add("contingents: none recorded");
      if (Outcome.INDETERMINATE.compareTo(worst) > 0) {
        worst = Outcome.INDETERMINATE;
        reason = "no contingents are recorded";
      }
    } else {
      StringBuilder states = new StringBuilder();
      for (Contingent c : m.contingents()) {
        if (states.length() > 0) {
          states.append(", ");
        }
        states.append(c.state());
        MembershipStatus s = facts.status(c.state(), date);
        String why = null;
        if (!s.isMember()) {
          why = "contingent from " + c.state() + ", which is " + s + " on " + date
              + ", not a member in good standing";
        } else if (!c.underUnifiedCommand()) {
          why = "the contingent of " + c.state() + " is not under the unified command";
        } else if (!c.voluntary()) {
          why = "the contingent of " + c.state() + " is not voluntary; contributions are voluntary";
        }
        if (why != null && worst != Outcome.VIOLATED) {
          worst = Outcome.VIOLATED;
          reason = why;
        }
      }
      f.add("contingents: " + states);
    }
    // Completion
    Optional<Completion> completion = m.completion();
    if (completion.isEmpty()) {
      if (m.period().isPresent() && !m.period().get().isOpen()) {
        f.add("completion: not recorded");
        if (Outcome.INDETERMINATE.compareTo(worst) > 0) {
          worst = Outcome.INDETERMINATE;
          reason = "the deployment period ended but no completion is recorded";
        }
      } else {
        f.add("completion: none yet (ongoing)");
      }
    } else {
      Completion c = completion.get();
      f.add("completion decided by: "
          + c.decidingBody().map(Body::abbreviation).orElse("not recorded"));
      f.add("completion decision date: "
          + c.decisionDate().map(Object::toString).orElse("not recorded"));
      f.add("withdrawal: " + c.withdrawalStart().map(Object::toString).orElse("?") + ".."
          + c.withdrawalEnd().map(Object::toString).orElse("?"));
      String why = null;
      if (c.decidingBody().isEmpty()) {
        why = "no decision ending the operation is recorded";
      } else if (c.decidingBody().get() != Body.COLLECTIVE_SECURITY_COUNCIL) {
        why = "the operation was ended by the " + c.decidingBody().get().nameEn()
            + "; practice is a decision of the CSC";
      } else if (c.withdrawalEnd().isEmpty()) {
        why = "the end of the withdrawal is not recorded";
      }
      if (why != null && Outcome.INDETERMINATE.compareTo(worst) > 0) {
        worst = Outcome.INDETERMINATE;
        reason = why;
      }
    }
    if (worst == Outcome.SATISFIED) {
      reason = (commands.size() == 1
              ? "one commander appointed by the " + m.command().get().appointingBody().abbreviation()
              : commands.size() + " commanders in succession, each appointed by the CSC or the defence"
                  + " ministers")
          + "; " + m.contingents().size()
          + " contingents from members, under that command and voluntary; "
          + (completion.isPresent()
              ? "completion decided by the CSC"
                  + (completion.get().decisionDate().isEmpty() ? " (decision date not recorded)" : "")
              : "operation ongoing");
    }
    return Findings.of(r, worst, on, reason, f);
  }

  /** The commanders were appointed on distinct days, each known exactly: one succeeded another. */
  private static boolean successive(List<Command> commands) {
    java.util.Set<LocalDate> days = new java.util.HashSet<>();
    for (Command c : commands) {
      if (c.date().isEmpty() || !c.date().get().isExact() || !days.add(c.date().get().firstDay())) {
        return false;
      }
    }
    return true;
  }

  private static Finding crrf(Mandate m, Decision d, Boolean adopted, String open, LocalDate asOf,
      CstoFacts facts, LawInForce.On on) {
    Rule r = Rule.CRRF_USE_DECISION;
    List<String> f = base(m, d);
    f.add("tasks: " + (m.tasks().isEmpty() ? "none recorded" : String.join("; ", m.tasks())));
    if (!m.deployed() && d == null) {
      return Findings.of(r, Outcome.NOT_APPLICABLE, on, "no CRRF use was decided or carried out", f);
    }
    if (m.territory() != Territory.MEMBER_STATE) {
      return Findings.of(r, Outcome.VIOLATED, on,
          "the CRRF cannot be used outside the members' territory", f);
    }
    if (d == null || d.body() != Body.COLLECTIVE_SECURITY_COUNCIL) {
      return Findings.of(r, Outcome.VIOLATED, on, "no decision of the Collective Security Council", f);
    }
    if (d.format() == DecisionFormat.LIMITED) {
      Boolean all = DecisionRules.consentOfAll(d, Tally.of(d, facts, null, asOf), on.on(d.date()));
      if (all == null) {
        return Findings.of(r, Outcome.INDETERMINATE, on,
            "CRRF use requires the consent of all members, and the decision, labelled limited, records no"
                + " member's position: whether every member consented is open",
            f);
      }
      if (!all) {
        return Findings.of(r, Outcome.VIOLATED, on,
            "CRRF use requires consensus and the consent of all members; a limited format does not suffice",
            f);
      }
    }
    if (adopted == null) {
      return Findings.of(r, Outcome.INDETERMINATE, on, open, f);
    }
    if (!adopted) {
      return Findings.of(r, Outcome.VIOLATED, on,
          "the Council's decision lacks the consent of all members", f);
    }
    if (m.tasks().isEmpty()) {
      return Findings.of(r, Outcome.INDETERMINATE, on, "no tasks are recorded to compare with the purposes",
          f);
    }
    for (String task : m.tasks()) {
      if (!crrfTask(task)) {
        return Findings.of(r, Outcome.INDETERMINATE, on,
            "task '" + task + "' is not among the listed purposes; the CSC may set other tasks", f);
      }
    }
    return Findings.of(r, Outcome.SATISFIED, on,
        "Council decision with the consent of all, on a member's territory, for listed purposes", f);
  }

  private static boolean crrfTask(String task) {
    String t = task.toLowerCase(Locale.ROOT);
    for (String k : CRRF_TASKS) {
      if (t.contains(k)) {
        return true;
      }
    }
    return false;
  }

  private static Finding regional(
      Mandate m,
      Decision d,
      Boolean adopted,
      String open,
      Optional<Decision> proposal,
      LocalDate date,
      CstoFacts facts,
      LawInForce.On on) {
    Rule r = Rule.REGIONAL_FORCES_USE;
    List<String> f = base(m, d);
    f.add("request: " + m.request().map(q -> String.join(", ", q.requestingStates()) + " " + q.date())
        .orElse("none recorded"));
    f.add("defence ministers' proposal: "
        + proposal.map(p -> p.body().abbreviation() + " " + p.date()).orElse("not recorded"));
    if (!m.deployed() && d == null) {
      return Findings.of(r, Outcome.NOT_APPLICABLE, on, "no deployment was decided or carried out", f);
    }
    if (m.request().isEmpty()) {
      return Findings.of(r, Outcome.VIOLATED, on, "no request of a member is recorded", f);
    }
    List<String> members = new ArrayList<>(2);
    List<String> others = new ArrayList<>(0);
    for (String s : m.request().get().requestingStates()) {
      (facts.status(s, date).isMember() ? members : others).add(s);
    }
    if (!others.isEmpty()) {
      f.add("requesting states not members on " + date + ": " + Findings.join(others));
    }
    if (members.isEmpty()) {
      return Findings.of(r, Outcome.VIOLATED, on,
          "no requesting state is a member on " + date + " (" + Findings.join(others) + "); Art. 3 needs the"
              + " request of one or more member states",
          f);
    }
    if (d != null && d.body() == Body.COLLECTIVE_SECURITY_COUNCIL && adopted == null) {
      return Findings.of(r, Outcome.INDETERMINATE, on, open, f);
    }
    if (d == null || d.body() != Body.COLLECTIVE_SECURITY_COUNCIL || !adopted) {
      return Findings.of(r, Outcome.VIOLATED, on, "no adopted decision of the Collective Security Council",
          f);
    }
    Boolean requestFirst = precedes(m.request().get().date(), d.date());
    if (Boolean.FALSE.equals(requestFirst)) {
      return Findings.of(r, Outcome.VIOLATED, on,
          "the Council decided (" + d.date() + ") before the request (" + m.request().get().date()
              + "), so the request cannot be its basis",
          f);
    }
    if (proposal.isEmpty()) {
      return Findings.of(r, Outcome.INDETERMINATE, on,
          "no record of the defence ministers' proposal on which the Council decides", f);
    }
    if (proposal.get().body() != Body.COUNCIL_OF_DEFENCE_MINISTERS) {
      return Findings.of(r, Outcome.VIOLATED, on,
          "the proposal came from the " + proposal.get().body().nameEn()
              + ", not the Council of Ministers of Defence",
          f);
    }
    Boolean proposalFirst = precedes(PartialDate.of(proposal.get().date()), d.date());
    if (Boolean.FALSE.equals(proposalFirst)) {
      return Findings.of(r, Outcome.VIOLATED, on,
          "the defence ministers' proposal (" + proposal.get().date() + ") came after the Council's decision ("
              + d.date() + "), so it cannot be its basis",
          f);
    }
    if (requestFirst == null || proposalFirst == null) {
      return Findings.of(r, Outcome.INDETERMINATE, on,
          "the record does not show that the " + (requestFirst == null ? "request" : "defence ministers'"
              + " proposal") + " preceded the Council's decision of " + d.date() + ", on which it must be based",
          f);
    }
    return Findings.of(r, Outcome.SATISFIED, on,
        "request of " + Findings.join(members) + ", then a proposal of the defence ministers, then a Council"
            + " decision, adopted",
        f);
  }

  /**
   * Checks the designation of a coordinating state for a peacekeeping operation of the United Nations
   * under the 2021 protocol to the Peacekeeping Agreement ({@link Rule#PK_COORDINATING_STATE}): the
   * Council designates it. The rule applies only while the Agreement and the protocol are in force; the
   * bundled dataset shows neither in force, so its findings are INDETERMINATE there.
   *
   * @param designation the decision designating the coordinating state, not null
   * @param state the ISO alpha-2 code of the state designated, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict checkCoordinatingState(Decision designation, String state, CstoFacts facts) {
    Objects.requireNonNull(designation, "designation");
    Objects.requireNonNull(state, "state");
    facts = Answers.checked(facts);
    LocalDate date = designation.date();
    LawInForce.On on = LawInForce.of(facts).onWithWords(date);
    Rule r = Rule.PK_COORDINATING_STATE;
    List<String> f = new ArrayList<>(3);
    f.add("coordinating state: " + state);
    f.add("designated by: " + designation.body().abbreviation() + " " + date);
    MembershipStatus status = facts.status(state, date);
    f.add("status: " + status);
    List<Finding> out = new ArrayList<>(5);
    if (designation.body() != Body.COLLECTIVE_SECURITY_COUNCIL) {
      out.add(Findings.of(r, Outcome.VIOLATED, on, "designated by the " + designation.body().nameEn()
          + "; the protocol has the Collective Security Council designate the coordinating state", f));
    } else if (!status.isMember()) {
      out.add(Findings.of(r, Outcome.INDETERMINATE, on, state + " is " + status + " on " + date
          + "; whether a coordinating state must be a member is in the protocol's definition, not read", f));
    } else if (!DecisionRules.isAdopted(designation, facts, on)) {
      out.add(Findings.of(r, Outcome.INDETERMINATE, on,
          "the Council's designation is not shown to be adopted", f));
    } else {
      out.add(Findings.of(r, Outcome.SATISFIED, on,
          state + ", a member, designated coordinating state by a decision of the Council, adopted", f));
    }
    DecisionRules.appendFindings(out, designation, facts, on);
    return Verdict.builder().subject("Coordinating state " + state).date(date).findings(out).build();
  }
}
