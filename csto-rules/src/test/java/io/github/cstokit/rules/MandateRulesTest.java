package io.github.cstokit.rules;

import static io.github.cstokit.rules.Check.finding;
import static io.github.cstokit.rules.Episodes.KZ_2022;
import static io.github.cstokit.rules.Episodes.KZ_DECISION;
import static io.github.cstokit.rules.Episodes.SIX;
import static io.github.cstokit.rules.Episodes.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.Basis;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Command;
import io.github.cstokit.model.Completion;
import io.github.cstokit.model.Contingent;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.ForceKind;
import io.github.cstokit.model.HostRequest;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.RecordedOutcome;
import io.github.cstokit.model.Territory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MandateRulesTest {

  /**
   * A what-if: the Peacekeeping and CRDF Agreements in force from signature, so that the rules' own steps
   * are judged; {@link #onTheRecordTheAgreementsAreNotShownInForce()} judges the record itself.
   */
  static final io.github.cstokit.model.Scenario FACTS = Episodes.AGREEMENTS_IN_FORCE;

  static Mandate kz() {
    return KZ_2022;
  }

  static Mandate.Builder copy(Mandate m) {
    Mandate.Builder b = Mandate.builder();
    b.from(m);
    return b;
  }

  @Test
  void peacekeepingOnMemberTerritoryOutcomes() {
    Rule r = Rule.PK_3_OPERATION_ON_MEMBER_TERRITORY;
    finding(MandateRules.check(kz(), FACTS), r, Outcome.SATISFIED);
    // The notice to the UN Security Council is a separate duty, not a condition of validity.
    Verdict noNotice =
        MandateRules.check(copy(kz()).unSecurityCouncilInformed(java.util.Optional.empty()).build(), FACTS);
    finding(noNotice, r, Outcome.SATISFIED);
    finding(noNotice, Rule.PK_3_UNSC_NOTICE, Outcome.INDETERMINATE);
    finding(MandateRules.check(kz(), FACTS), Rule.PK_3_UNSC_NOTICE, Outcome.SATISFIED);
    finding(MandateRules.check(Episodes.KG_2010_MANDATE, d("2010-06-14"), FACTS), Rule.PK_3_UNSC_NOTICE,
        Outcome.NOT_APPLICABLE);
    finding(MandateRules.check(kz().withDecision(KZ_DECISION.withPosition("AM", Position.OBJECTS)), FACTS),
        r, Outcome.VIOLATED);
    Decision byCdm = Episodes.unanimous("cdm", Body.COUNCIL_OF_DEFENCE_MINISTERS, "2022-01-06",
        Matter.DEPLOYMENT, "x", SIX);
    finding(MandateRules.check(kz().withDecision(byCdm), FACTS), r, Outcome.VIOLATED);
    finding(MandateRules.check(kz().withDecision(KZ_DECISION.withDate(d("2022-01-04"))), FACTS), r,
        Outcome.VIOLATED);
    finding(MandateRules.check(copy(kz()).decision(java.util.Optional.empty()).build(), FACTS), r,
        Outcome.VIOLATED);
    finding(MandateRules.check(Episodes.KG_2010_MANDATE, d("2010-06-14"), FACTS), r, Outcome.NOT_APPLICABLE);
    Mandate inUz = copy(kz()).hostState("UZ").request(HostRequest.builder().state("UZ").author("x")
        .date(PartialDate.parse("2022-01-05")).build()).build();
    finding(MandateRules.check(inUz, FACTS), r, Outcome.VIOLATED);
  }

  @Test
  void peacekeepingOnTheRecordedOutcomeOfTheCouncilsDecision() {
    // As recorded: reported adopted, no position itemised.
    Verdict v = MandateRules.check(kz(), FACTS);
    assertEquals(Outcome.SATISFIED, v.outcome(), v.explain());
    Decision notAdopted = KZ_DECISION.withRecordedOutcome(RecordedOutcome.NOT_ADOPTED);
    Verdict no = MandateRules.check(kz().withDecision(notAdopted), FACTS);
    finding(no, Rule.PK_3_OPERATION_ON_MEMBER_TERRITORY, Outcome.VIOLATED);
    finding(no, Rule.TREATY_6_USE_OF_FORCES, Outcome.VIOLATED);
    finding(no, Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE);
    Verdict open = MandateRules.check(kz().withDecision(KZ_DECISION.withoutRecordedOutcome()), FACTS);
    assertEquals(Outcome.INDETERMINATE, open.outcome(), open.explain());
    finding(open, Rule.PK_3_OPERATION_ON_MEMBER_TERRITORY, Outcome.INDETERMINATE);
    finding(open, Rule.TREATY_6_USE_OF_FORCES, Outcome.INDETERMINATE);
    // The CRRF: a reported adoption without positions stands; without an outcome it is open.
    Decision crrf = crrf().decision().get().withPositions(java.util.Map.of()).withSignatures(List.of());
    finding(MandateRules.check(crrf().withDecision(crrf.withRecordedOutcome(RecordedOutcome.ADOPTED)), FACTS),
        Rule.CRRF_USE_DECISION, Outcome.SATISFIED);
    finding(MandateRules.check(crrf().withDecision(crrf.withoutRecordedOutcome()), FACTS),
        Rule.CRRF_USE_DECISION, Outcome.INDETERMINATE);
    finding(MandateRules.check(crrf().withDecision(crrf.withRecordedOutcome(RecordedOutcome.NOT_ADOPTED)),
        FACTS), Rule.CRRF_USE_DECISION, Outcome.INDETERMINATE);
  }

  @Test
  void peacekeepingOutsideNeedsASecurityCouncilDecision() {
    Rule r = Rule.PK_3_OPERATION_OUTSIDE_CSTO;
    Mandate out = copy(kz()).id("outside").hostState("AF").territory(Territory.OUTSIDE_MEMBER_STATES)
        .request(java.util.Optional.empty()).build();
    finding(MandateRules.check(out, FACTS), r, Outcome.VIOLATED);
    finding(MandateRules.check(copy(out).unSecurityCouncilDecision(d("2022-01-05")).build(), FACTS), r,
        Outcome.SATISFIED);
    Verdict outside = MandateRules.check(copy(out).unSecurityCouncilDecision(d("2022-01-05")).build(), FACTS);
    finding(outside, Rule.TREATY_6_USE_OF_FORCES, Outcome.SATISFIED);
    Mandate never = Mandate.builder().id("n").forceKind(ForceKind.COLLECTIVE_PEACEKEEPING_FORCES)
        .hostState("AF").territory(Territory.OUTSIDE_MEMBER_STATES).deployed(false).build();
    finding(MandateRules.check(never, d("2020-01-01"), FACTS), r, Outcome.NOT_APPLICABLE);
    assertThrows(IllegalArgumentException.class, () -> MandateRules.check(never, FACTS));
  }

  @Test
  void useOfForcesByTheHeadsOfState() {
    Rule r = Rule.TREATY_6_USE_OF_FORCES;
    finding(MandateRules.check(kz(), FACTS), r, Outcome.SATISFIED);
    finding(MandateRules.check(kz().withLegalBases(List.of()), FACTS), r, Outcome.NOT_APPLICABLE);
    Decision byCdm = Episodes.unanimous("cdm", Body.COUNCIL_OF_DEFENCE_MINISTERS, "2022-01-06",
        Matter.DEPLOYMENT, "x", SIX);
    finding(MandateRules.check(kz().withDecision(byCdm), FACTS), r, Outcome.VIOLATED);
    finding(MandateRules.check(copy(kz()).decision(java.util.Optional.empty()).build(), d("2022-01-06"),
        FACTS), r, Outcome.VIOLATED);
    Verdict v = MandateRules.check(kz(), FACTS);
    assertEquals("Treaty Art. 6 [2010]", v.finding(r).get().citations().get(0).text());
  }

  @Test
  void unifiedCommandCompositionAndCompletion() {
    Rule r = Rule.PK_COMMAND_COMPOSITION_COMPLETION;
    finding(MandateRules.check(kz(), FACTS), r, Outcome.SATISFIED);
    finding(MandateRules.check(Episodes.KG_2010_MANDATE, d("2010-06-14"), FACTS), r, Outcome.NOT_APPLICABLE);
    // A contingent from a suspended state (Uzbekistan after 2012-12-19).
    // The rule rests on practice: what would violate it is no final violation.
    Mandate uz = kz().withContingents(List.of(Contingent.of("RU"), Contingent.of("UZ")));
    noFinalViolation(finding(MandateRules.check(uz, FACTS), r, Outcome.INDETERMINATE), "contingent from UZ");
    Mandate national = kz().withContingents(
        List.of(Contingent.builder().state("RU").underUnifiedCommand(false).build()));
    noFinalViolation(finding(MandateRules.check(national, FACTS), r, Outcome.INDETERMINATE),
        "not under the unified command");
    Mandate forced = kz().withContingents(List.of(Contingent.builder().state("RU").voluntary(false).build()));
    noFinalViolation(finding(MandateRules.check(forced, FACTS), r, Outcome.INDETERMINATE), "not voluntary");
    Command bySecretariat = Command.builder().commander("x").appointingBody(Body.SECRETARIAT).build();
    noFinalViolation(finding(MandateRules.check(kz().withCommand(bySecretariat), FACTS), r,
        Outcome.INDETERMINATE), "takes no binding decisions");
    Command byCfm = Command.builder().commander("x").appointingBody(Body.COUNCIL_OF_FOREIGN_MINISTERS).build();
    finding(MandateRules.check(kz().withCommand(byCfm), FACTS), r, Outcome.INDETERMINATE);
    finding(MandateRules.check(kz().withoutCommand(), FACTS), r, Outcome.INDETERMINATE);
    finding(MandateRules.check(kz().withContingents(List.of()), FACTS), r, Outcome.INDETERMINATE);
    finding(MandateRules.check(copy(kz()).completion(java.util.Optional.empty()).build(), FACTS), r,
        Outcome.INDETERMINATE);
    finding(MandateRules.check(copy(kz()).completion(Completion.builder().build()).build(), FACTS), r,
        Outcome.INDETERMINATE);
    finding(MandateRules.check(copy(kz()).completion(java.util.Optional.empty())
        .period(Period.startingOn(d("2022-01-06"))).build(), FACTS), r, Outcome.SATISFIED);
  }

  static Mandate crrf() {
    Decision d = Episodes.unanimous("crrf", Body.COLLECTIVE_SECURITY_COUNCIL, "2023-03-01",
        Matter.CRRF_DEPLOYMENT, "CRRF", SIX);
    return Mandate.builder().id("crrf").forceKind(ForceKind.COLLECTIVE_RAPID_REACTION_FORCES)
        .hostState("TJ").territory(Territory.MEMBER_STATE).decision(d)
        .addTask("reinforcing border cover").deployed(true).build();
  }

  @Test
  void crrfUseOutcomes() {
    Rule r = Rule.CRRF_USE_DECISION;
    finding(MandateRules.check(crrf(), FACTS), r, Outcome.SATISFIED);
    // The rule rests on secondary sources: what would violate it is no final violation.
    noFinalViolation(finding(MandateRules.check(copy(crrf()).territory(Territory.OUTSIDE_MEMBER_STATES)
        .build(), FACTS), r, Outcome.INDETERMINATE), "outside the members' territory");
    Decision limited = crrf().decision().get().withFormat(DecisionFormat.LIMITED)
        .withPosition("AM", Position.DOES_NOT_PARTICIPATE).withSignatures(List.of());
    noFinalViolation(finding(MandateRules.check(crrf().withDecision(limited), FACTS), r,
        Outcome.INDETERMINATE), "a limited format does not suffice");
    noFinalViolation(finding(MandateRules.check(crrf().withDecision(crrf().decision().get()
        .withPosition("BY", Position.OBJECTS)), FACTS), r, Outcome.INDETERMINATE), "consent of all");
    finding(MandateRules.check(copy(crrf()).tasks(List.of("parade")).build(), FACTS), r,
        Outcome.INDETERMINATE);
    finding(MandateRules.check(copy(crrf()).tasks(List.of()).build(), FACTS), r, Outcome.INDETERMINATE);
    Mandate never = Mandate.builder().id("n").forceKind(ForceKind.COLLECTIVE_RAPID_REACTION_FORCES)
        .hostState("TJ").territory(Territory.MEMBER_STATE).deployed(false).build();
    finding(MandateRules.check(never, d("2021-08-23"), FACTS), r, Outcome.NOT_APPLICABLE);
    finding(MandateRules.check(copy(crrf()).decision(java.util.Optional.empty()).build(), d("2023-03-01"),
        FACTS), r, Outcome.INDETERMINATE);
  }

  static Mandate regional() {
    Decision d = Episodes.unanimous("crdf", Body.COLLECTIVE_SECURITY_COUNCIL, "2023-03-01",
        Matter.DEPLOYMENT, "CRDF CAR", SIX);
    return Mandate.builder().id("crdf").forceKind(ForceKind.CENTRAL_ASIAN_RAPID_DEPLOYMENT_FORCES)
        .hostState("TJ").territory(Territory.MEMBER_STATE).decision(d)
        .request(HostRequest.builder().state("TJ").author("President").date(PartialDate.parse("2023-02-27"))
            .build())
        .deployed(true).build();
  }

  @Test
  void regionalForcesOutcomes() {
    Rule r = Rule.REGIONAL_FORCES_USE;
    Decision proposal = Episodes.unanimous("p", Body.COUNCIL_OF_DEFENCE_MINISTERS, "2023-02-28",
        Matter.DEPLOYMENT, "proposal", SIX);
    finding(MandateRules.checkRegionalForces(regional(), proposal, FACTS), r, Outcome.SATISFIED);
    finding(MandateRules.check(regional(), FACTS), r, Outcome.INDETERMINATE);
    Decision byCfm = Episodes.unanimous("p", Body.COUNCIL_OF_FOREIGN_MINISTERS, "2023-02-28",
        Matter.DEPLOYMENT, "proposal", SIX);
    finding(MandateRules.checkRegionalForces(regional(), byCfm, FACTS), r, Outcome.VIOLATED);
    finding(MandateRules.checkRegionalForces(regional().withoutRequest(), proposal, FACTS), r, Outcome.VIOLATED);
    finding(MandateRules.checkRegionalForces(regional().withDecision(regional().decision().get()
        .withPosition("KZ", Position.OBJECTS)), proposal, FACTS), r, Outcome.VIOLATED);
    Mandate never = Mandate.builder().id("n").forceKind(ForceKind.CENTRAL_ASIAN_RAPID_DEPLOYMENT_FORCES)
        .hostState("KG").territory(Territory.MEMBER_STATE).deployed(false).build();
    finding(MandateRules.check(never, d("2010-06-14"), FACTS), r, Outcome.NOT_APPLICABLE);
    Mandate uz = copy(regional()).hostState("UZ").request(HostRequest.builder().state("UZ").author("x")
        .date(PartialDate.parse("2023-02-27")).build()).build();
    finding(MandateRules.checkRegionalForces(uz, proposal, FACTS), r, Outcome.VIOLATED);
  }

  /**
   * The Council's decision with AM's consent given on 2022-01-10, by a position of joining later or by a
   * later signature, the other members' support itemised.
   */
  static List<Decision> amJoinsOn20220110(Decision base) {
    Decision all = base.withPositions(Map.of("AM", Position.SUPPORTS, "BY", Position.SUPPORTS,
        "KG", Position.SUPPORTS, "KZ", Position.SUPPORTS, "RU", Position.SUPPORTS, "TJ", Position.SUPPORTS))
        .withSignatures(List.of());
    return List.of(
        all.withPosition("AM", Position.JOINED_LATER).withJoiningDates(Map.of("AM", d("2022-01-10"))),
        all.withoutPosition("AM").withSignatures(List.of("AM"))
            .withJoiningDates(Map.of("AM", d("2022-01-10"))));
  }

  /** Before the joining day the findings resting on the adoption are open: no consensus yet. */
  static void noConsensusYet(Verdict v, Rule r, String day, String verb) {
    Finding f = finding(v, r, Outcome.INDETERMINATE);
    assertTrue(f.reason().startsWith("the Council's decision has no consensus yet on " + day
        + ": no consent from AM (" + verb + " on 2022-01-10, not yet on " + day + "); no member objected"),
        f.reason());
    Finding c = finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE);
    assertTrue(c.reason().startsWith("no consensus yet: no consent from AM (" + verb + " on 2022-01-10, not"
        + " yet on " + day + ")"), c.reason());
    finding(v, Rule.CHARTER_2_BINDING_FORCE, Outcome.INDETERMINATE);
  }

  /** From the joining day the consent counts: consensus and binding force on a practice basis. */
  static void consensusByJoining(Verdict v, String day) {
    Finding c = finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
    assertEquals(Basis.PRACTICE, c.basis());
    assertTrue(c.facts().contains("joined later: AM on 2022-01-10 (bound from that day)"), c.facts().toString());
    assertTrue(c.facts().contains("as of: " + day), c.facts().toString());
    Finding b = finding(v, Rule.CHARTER_2_BINDING_FORCE, Outcome.SATISFIED);
    assertEquals(Basis.PRACTICE, b.basis());
    assertTrue(b.facts().contains("binding on AM on 2022-01-10 from that day"), b.facts().toString());
  }

  @Test
  void theCouncilsDecisionIsCountedAsOfTheDateJudged() {
    Rule r = Rule.PK_3_OPERATION_ON_MEMBER_TERRITORY;
    for (Decision d : amJoinsOn20220110(KZ_DECISION)) {
      String verb = d.signatures().contains("AM") ? "signs" : "joins";
      Mandate m = kz().withDecision(d);
      // On the decision's own day, and on a day before it (counted as on its own day): no consensus yet.
      for (Verdict own : List.of(MandateRules.check(m, FACTS), MandateRules.check(m, d("2022-01-05"), FACTS))) {
        noConsensusYet(own, r, "2022-01-06", verb);
        noConsensusYet(own, Rule.TREATY_6_USE_OF_FORCES, "2022-01-06", verb);
        assertFalse(own.finding(Rule.CHARTER_12_CONSENSUS).get().facts().toString().contains("as of:"));
      }
      // The day before the joining: still no consensus, the decision's findings as DecisionRules gives them.
      Verdict before = MandateRules.check(m, d("2022-01-09"), FACTS);
      noConsensusYet(before, r, "2022-01-09", verb);
      assertEquals(DecisionRules.check(d, d("2022-01-09"), FACTS).findings(),
          before.findings().subList(before.findings().size() - 3, before.findings().size()));
      // From the joining day: counted, on a practice basis.
      for (String day : List.of("2022-01-10", "2022-01-19")) {
        Verdict from = MandateRules.check(m, d(day), FACTS);
        finding(from, r, Outcome.SATISFIED);
        finding(from, Rule.TREATY_6_USE_OF_FORCES, Outcome.SATISFIED);
        consensusByJoining(from, day);
        assertEquals(DecisionRules.check(d, d(day), FACTS).findings(),
            from.findings().subList(from.findings().size() - 3, from.findings().size()));
      }
    }
    // A consent missing without a recorded day and without an objection is no consensus yet, not a
    // violation; an objection still is.
    Decision absent = amJoinsOn20220110(KZ_DECISION).get(0).withJoiningDates(Map.of())
        .withPosition("AM", Position.ABSENT);
    Finding open = finding(MandateRules.check(kz().withDecision(absent), d("2022-03-01"), FACTS), r,
        Outcome.INDETERMINATE);
    assertTrue(open.reason().startsWith("the Council's decision has no consensus yet on 2022-03-01: no consent"
        + " from AM (ABSENT, not signed)"), open.reason());
    finding(MandateRules.check(kz().withDecision(absent.withPosition("AM", Position.OBJECTS)), d("2022-03-01"),
        FACTS), r, Outcome.VIOLATED);
  }

  @Test
  void theOtherMandatesCountTheDecisionAsOfTheDateJudged() {
    // Outside the members' territory, on a UN Security Council decision of the day before.
    Mandate out = copy(kz()).id("outside").hostState("AF").territory(Territory.OUTSIDE_MEMBER_STATES)
        .request(java.util.Optional.empty()).unSecurityCouncilDecision(d("2022-01-05")).build();
    Decision kzJoins = amJoinsOn20220110(KZ_DECISION).get(0);
    Rule outside = Rule.PK_3_OPERATION_OUTSIDE_CSTO;
    noConsensusYet(MandateRules.check(out.withDecision(kzJoins), d("2022-01-09"), FACTS), outside, "2022-01-09",
        "joins");
    finding(MandateRules.check(out.withDecision(kzJoins), d("2022-01-10"), FACTS), outside, Outcome.SATISFIED);
    // The CRRF, in the standard format and labelled limited (which CRRF use does not admit).
    Decision crrfJoins = amJoinsOn20220110(crrf().decision().get().withDate(d("2022-01-06"))).get(1);
    Rule crrf = Rule.CRRF_USE_DECISION;
    noConsensusYet(MandateRules.check(crrf().withDecision(crrfJoins), d("2022-01-09"), FACTS), crrf,
        "2022-01-09", "signs");
    consensusByJoining(MandateRules.check(crrf().withDecision(crrfJoins), d("2022-01-10"), FACTS), "2022-01-10");
    finding(MandateRules.check(crrf().withDecision(crrfJoins), d("2022-01-10"), FACTS), crrf, Outcome.SATISFIED);
    Decision limited = crrfJoins.withFormat(DecisionFormat.LIMITED);
    noFinalViolation(finding(MandateRules.check(crrf().withDecision(limited), d("2022-01-09"), FACTS), crrf,
        Outcome.INDETERMINATE), "a limited format does not suffice");
    finding(MandateRules.check(crrf().withDecision(limited), d("2022-01-10"), FACTS), crrf, Outcome.SATISFIED);
    // The regional forces: before the joining the decision is open; from it, the missing proposal is.
    Decision crdfJoins = amJoinsOn20220110(regional().decision().get().withDate(d("2022-01-06"))).get(0);
    Mandate crdf = regional().withDecision(crdfJoins).withRequest(HostRequest.builder().state("TJ")
        .author("President").date(PartialDate.parse("2022-01-04")).build());
    Rule regional = Rule.REGIONAL_FORCES_USE;
    noConsensusYet(MandateRules.check(crdf, d("2022-01-09"), FACTS), regional, "2022-01-09", "joins");
    assertEquals("no record of the defence ministers' proposal on which the Council decides",
        finding(MandateRules.check(crdf, d("2022-01-10"), FACTS), regional, Outcome.INDETERMINATE).reason());
  }

  static void noFinalViolation(Finding f, String why) {
    org.junit.jupiter.api.Assertions.assertTrue(f.reason().contains(why), f.reason());
    org.junit.jupiter.api.Assertions.assertTrue(f.reason().endsWith("so no final violation is found"),
        f.reason());
  }
}
