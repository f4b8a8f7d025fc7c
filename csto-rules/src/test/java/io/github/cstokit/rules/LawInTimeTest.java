package io.github.cstokit.rules;

import static io.github.cstokit.rules.Check.finding;
import static io.github.cstokit.rules.Check.findingSaying;
import static io.github.cstokit.rules.Episodes.AGREEMENTS_IN_FORCE;
import static io.github.cstokit.rules.Episodes.FACTS;
import static io.github.cstokit.rules.Episodes.SIX;
import static io.github.cstokit.rules.Episodes.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Command;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.ForceKind;
import io.github.cstokit.model.HostRequest;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.InstrumentKind;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.Territory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The law in time: every rule applies only while the instruments it rests on are in force (decided in one
 * place, from the facts' instruments), and a basis must precede the act it supports. Dates are those of
 * the reference texts; facts that the record lacks are what-ifs, labelled as such.
 */
class LawInTimeTest {

  static Mandate.Builder copy(Mandate m) {
    return Mandate.builder().from(m);
  }

  static HostRequest request(String state, String date, String... others) {
    return HostRequest.builder().state(state).author("head of state").date(PartialDate.parse(date))
        .addAlsoRequestedBy(others).build();
  }

  @Test
  void everyRuleNamesTheInstrumentsItRestsOnAndTheDatasetKnowsThem() {
    for (Rule r : Rule.values()) {
      assertFalse(r.conditions().isEmpty(), r.id());
      for (String id : r.conditions()) {
        if (!id.equals(Law.CRDF_AGREEMENT_ID)) {
          assertTrue(CstoData.bundled().instrument(id).isPresent(), r.id() + " rests on " + id);
        }
      }
    }
    assertEquals(List.of(Law.TREATY_ID), Rule.TREATY_11_DURATION_EXTENSION.conditions());
    assertEquals(List.of(Law.TREATY_ID), Rule.TREATY_7_STATIONING_AND_THIRD_STATE_BASES.conditions());
    assertEquals(List.of(Law.CRRF_AGREEMENT_ID, Law.CHARTER_ID), Rule.CRRF_USE_DECISION.conditions());
  }

  @Test
  void beforeSignatureNotApplicableSignedNotInForceIndeterminateInForceJudged() {
    Mandate crrf = MandateRulesTest.crrf();
    Rule r = Rule.CRRF_USE_DECISION;
    // CRRF Agreement: signed 2009-06-14, in force 2010-09-10 (bundled dataset).
    Finding before = finding(MandateRules.check(crrf, d("2009-06-13"), FACTS), r, Outcome.NOT_APPLICABLE);
    assertEquals("the CRRF Agreement did not yet exist on 2009-06-13: signed 2009-06-14; CRRF-USE-DECISION"
        + " does not apply", before.reason());
    assertTrue(before.facts().contains("instrument crrf-agreement-2009: not yet signed"));
    Finding signed = finding(MandateRules.check(crrf, d("2010-09-09"), FACTS), r, Outcome.INDETERMINATE);
    assertEquals("the CRRF Agreement (signed 2009-06-14) is not shown to be in force on 2010-09-09: in force"
        + " from 2010-09-10; had it been in force: SATISFIED (Council decision with the consent of all, on a"
        + " member's territory, for listed purposes)", signed.reason());
    finding(MandateRules.check(crrf, d("2010-09-10"), FACTS), r, Outcome.SATISFIED);
    // The Peacekeeping Agreement: before its signature it did not exist.
    Finding pk = finding(MandateRules.check(Episodes.KZ_2022, d("2007-10-05"), FACTS),
        Rule.PK_COMMAND_COMPOSITION_COMPLETION, Outcome.NOT_APPLICABLE);
    assertTrue(pk.reason().startsWith("the Peacekeeping Agreement did not yet exist on 2007-10-05"), pk.reason());
    // An instrument whose entry into force the record says is not established: the CRDF Agreement.
    Decision proposal = Episodes.unanimous("p", Body.COUNCIL_OF_DEFENCE_MINISTERS, "2023-02-28",
        Matter.DEPLOYMENT, "proposal", SIX);
    Finding crdf = finding(MandateRules.checkRegionalForces(MandateRulesTest.regional(), proposal, FACTS),
        Rule.REGIONAL_FORCES_USE, Outcome.INDETERMINATE);
    assertTrue(crdf.reason().startsWith("the CRDF Agreement (signed 2006-06-23) is not shown to be in force on"
        + " 2023-03-01: no entry into force is recorded; had it been in force: SATISFIED"),
        crdf.reason());
    assertEquals("CRDF Agreement Art. 3 [2006]", crdf.citations().get(0).text());
    // A rule not applicable for a reason of its own stays so.
    Mandate never = Mandate.builder().id("n").forceKind(ForceKind.CENTRAL_ASIAN_RAPID_DEPLOYMENT_FORCES)
        .hostState("KG").territory(Territory.MEMBER_STATE).deployed(false).build();
    assertEquals("no deployment was decided or carried out", finding(MandateRules.check(never, d("2010-06-14"),
        FACTS), Rule.REGIONAL_FORCES_USE, Outcome.NOT_APPLICABLE).reason());
  }

  @Test
  void councilDecisionsApplyFromTheDayTheyWereTakenAndVagueDatesAreNotShown() {
    // The Rules of Procedure (a Council decision of 2004-06-18, no entry into force recorded) apply from
    // that day: the quorum rule before it does not apply.
    Decision d2004 = Episodes.unanimous("q", Body.COLLECTIVE_SECURITY_COUNCIL, "2004-06-17", Matter.GENERAL,
        "x", List.of("AM", "BY", "KG", "KZ", "RU", "TJ"));
    assertTrue(finding(DecisionRules.check(d2004, FACTS), Rule.ROP_QUORUM, Outcome.NOT_APPLICABLE).reason()
        .startsWith("the Rules of Procedure did not yet exist on 2004-06-17: signed 2004-06-18"));
    finding(DecisionRules.check(d2004.withDate(d("2004-06-18")), FACTS), Rule.ROP_QUORUM, Outcome.SATISFIED);
    // A what-if: Rules of Procedure known only to the year 2004: within that year, not shown to exist.
    Instrument rop = FACTS.instrument("rules-of-procedure-2004").orElseThrow();
    Scenario vague = FACTS.withInstrument(Instrument.builder().from(rop).signed(PartialDate.ofYear(2004))
        .build());
    finding(DecisionRules.check(d2004.withDate(d("2004-12-30")), vague), Rule.ROP_QUORUM,
        Outcome.INDETERMINATE);
    finding(DecisionRules.check(d2004.withDate(d("2005-01-01")), vague), Rule.ROP_QUORUM, Outcome.SATISFIED);
    // An agreement (not a decision) without an entry into force is not shown in force from its signature.
    Scenario agreement = FACTS.withInstrument(Instrument.builder().from(rop).kind(InstrumentKind.AGREEMENT)
        .build());
    finding(DecisionRules.check(d2004.withDate(d("2010-01-01")), agreement), Rule.ROP_QUORUM,
        Outcome.INDETERMINATE);
  }

  @Test
  void checksOnDifferentFactsInTurnEachSeeTheirOwnInstruments() {
    // The law's instrument days are shared by the checks on one facts object: alternating between facts
    // that date the Rules of Procedure differently, each check still judges by its own facts.
    Decision d2004 = Episodes.unanimous("q", Body.COLLECTIVE_SECURITY_COUNCIL, "2004-12-30", Matter.GENERAL,
        "x", List.of("AM", "BY", "KG", "KZ", "RU", "TJ"));
    Instrument rop = FACTS.instrument("rules-of-procedure-2004").orElseThrow();
    Scenario vague = FACTS.withInstrument(Instrument.builder().from(rop).signed(PartialDate.ofYear(2004))
        .build());
    Scenario later = FACTS.withInstrument(Instrument.builder().from(rop).signed(PartialDate.parse("2005-03-01"))
        .build());
    for (int i = 0; i < 3; i++) {
      finding(DecisionRules.check(d2004, FACTS), Rule.ROP_QUORUM, Outcome.SATISFIED);
      finding(DecisionRules.check(d2004, vague), Rule.ROP_QUORUM, Outcome.INDETERMINATE);
      finding(DecisionRules.check(d2004, later), Rule.ROP_QUORUM, Outcome.NOT_APPLICABLE);
      finding(DecisionRules.check(d2004.withDate(d("2005-03-01")), later), Rule.ROP_QUORUM, Outcome.SATISFIED);
    }
  }

  @Test
  void citationsNameTheVersionInForceForEveryAmendedArticle() {
    assertEquals("Treaty Art. 11 [1992]", Rule.TREATY_11_DURATION_EXTENSION.citations(d("2012-12-18"), FACTS)
        .get(0).text());
    assertEquals("Treaty Art. 11 [2010]", Rule.TREATY_11_DURATION_EXTENSION.citations(d("2012-12-19"), FACTS)
        .get(0).text());
    assertEquals("Extension Protocol [1999]",
        Rule.TREATY_11_DURATION_EXTENSION.citations(d("2012-12-19"), FACTS).get(1).text());
    for (Rule r : List.of(Rule.CHARTER_SG_TERM, Rule.CHARTER_SG_APPOINTMENT_ROTATION_RECALL)) {
      assertEquals("Charter [2002]", r.citations(d("2012-12-18"), FACTS).get(0).text());
      assertEquals("Charter [2010]", r.citations(d("2012-12-19"), FACTS).get(0).text());
    }
    // Suspension and expulsion: the Charter's membership provisions, not the SG article, never amended.
    assertEquals("Charter [2002]", Rule.CHARTER_SUSPENSION_EXPULSION.citations(d("2020-01-01"), FACTS)
        .get(0).text());
    assertEquals("CRDF Agreement Art. 3 [2006]", Rule.REGIONAL_FORCES_USE.citations(d("2020-01-01")).get(0)
        .text());
  }

  @Test
  void whatARuleWouldHaveFoundHadItsInstrumentBeenInForceIsNeverAViolationOnAWeakBasis() {
    // Kazakhstan 2022 with a contingent from Uzbekistan, suspended on 2022-01-06 (what-if): the unified
    // command rule rests on practice, so even with the Agreement in force it would give no final violation.
    Mandate uz = Episodes.KZ_2022.withContingents(List.of(io.github.cstokit.model.Contingent.builder()
        .state("UZ").build()));
    Rule r = Rule.PK_COMMAND_COMPOSITION_COMPLETION;
    String practice = "this would be a violation, but the rule rests on practice alone (no text read states it),"
        + " so no final violation is found";
    Finding inForce = finding(MandateRules.check(uz, AGREEMENTS_IN_FORCE), r, Outcome.INDETERMINATE);
    assertTrue(inForce.reason().endsWith(practice), inForce.reason());
    Finding notShown = finding(MandateRules.check(uz, FACTS), r, Outcome.INDETERMINATE);
    assertTrue(notShown.reason().startsWith("the Peacekeeping Agreement (signed 2007-10-06) is not shown to be in"
        + " force on 2022-01-06: no entry into force is recorded; had it been in force: INDETERMINATE ("),
        notShown.reason());
    assertTrue(notShown.reason().endsWith(practice + ")"), notShown.reason());
    assertFalse(notShown.reason().contains("VIOLATED"), notShown.reason());
  }

  @Test
  void theUnSecurityCouncilDecisionMustPrecedeTheCouncilsDecision() {
    Rule r = Rule.PK_3_OPERATION_OUTSIDE_CSTO;
    Mandate out = copy(Episodes.KZ_2022).id("outside").hostState("AF").territory(Territory.OUTSIDE_MEMBER_STATES)
        .request(Optional.empty()).build();
    finding(MandateRules.check(copy(out).unSecurityCouncilDecision(d("2022-01-05")).build(), AGREEMENTS_IN_FORCE),
        r, Outcome.SATISFIED);
    Finding after = finding(MandateRules.check(copy(out).unSecurityCouncilDecision(d("2022-01-07")).build(),
        AGREEMENTS_IN_FORCE), r, Outcome.VIOLATED);
    assertEquals("the Council decided (2022-01-06) before the UN Security Council (2022-01-07); a decision taken"
        + " before its basis existed has none", after.reason());
    Finding same = finding(MandateRules.check(copy(out).unSecurityCouncilDecision(d("2022-01-06")).build(),
        AGREEMENTS_IN_FORCE), r, Outcome.INDETERMINATE);
    assertTrue(same.reason().startsWith("the UN Security Council decision and the Council's decision fall on"
        + " the same day"), same.reason());
  }

  @Test
  void theRequestMustPrecedeTheDecisionAndAnUndatedOneLeavesItOpen() {
    Rule r = Rule.PK_3_OPERATION_ON_MEMBER_TERRITORY;
    Mandate kz = Episodes.KZ_2022;
    Finding late = finding(MandateRules.check(kz.withRequest(request("KZ", "2022-01-07")), AGREEMENTS_IN_FORCE),
        r, Outcome.VIOLATED);
    assertTrue(late.reason().startsWith("the decision (2022-01-06) preceded the host's request (2022-01-07)"),
        late.reason());
    // The same day, or a request known only to the month that includes the decision's day: not shown.
    for (String date : List.of("2022-01-06", "2022-01", "2022")) {
      Finding open = finding(MandateRules.check(kz.withRequest(request("KZ", date)), AGREEMENTS_IN_FORCE), r,
          Outcome.INDETERMINATE);
      assertTrue(open.reason().startsWith("the record does not show that the request (" + date + ") preceded"
          + " the decision (2022-01-06)"), open.reason());
    }
    finding(MandateRules.check(kz.withRequest(request("KZ", "2021-12")), AGREEMENTS_IN_FORCE), r,
        Outcome.SATISFIED);
  }

  @Test
  void theDefenceMinistersProposalAndTheRequestMustPrecedeTheRegionalForcesDecision() {
    Rule r = Rule.REGIONAL_FORCES_USE;
    Mandate m = MandateRulesTest.regional();
    Decision before = Episodes.unanimous("p", Body.COUNCIL_OF_DEFENCE_MINISTERS, "2023-02-28",
        Matter.DEPLOYMENT, "proposal", SIX);
    finding(MandateRules.checkRegionalForces(m, before, AGREEMENTS_IN_FORCE), r, Outcome.SATISFIED);
    Finding after = finding(MandateRules.checkRegionalForces(m, before.withDate(d("2023-03-02")),
        AGREEMENTS_IN_FORCE), r, Outcome.VIOLATED);
    assertEquals("the defence ministers' proposal (2023-03-02) came after the Council's decision (2023-03-01),"
        + " so it cannot be its basis", after.reason());
    findingSaying(MandateRules.checkRegionalForces(m, before.withDate(d("2023-03-01")),
        AGREEMENTS_IN_FORCE), r, Outcome.INDETERMINATE,
        "defence ministers' proposal preceded the Council's decision");
    Finding lateRequest = finding(MandateRules.checkRegionalForces(m.withRequest(request("TJ", "2023-03-05")),
        before, AGREEMENTS_IN_FORCE), r, Outcome.VIOLATED);
    assertTrue(lateRequest.reason().startsWith("the Council decided (2023-03-01) before the request"),
        lateRequest.reason());
    finding(MandateRules.checkRegionalForces(m.withRequest(request("TJ", "2023-03")), before,
        AGREEMENTS_IN_FORCE), r, Outcome.INDETERMINATE);
  }

  @Test
  void oneOrMoreMembersMayRequestTheRegionalForcesAndNotOnlyTheHost() {
    Rule r = Rule.REGIONAL_FORCES_USE;
    Decision proposal = Episodes.unanimous("p", Body.COUNCIL_OF_DEFENCE_MINISTERS, "2023-02-28",
        Matter.DEPLOYMENT, "proposal", SIX);
    Mandate m = MandateRulesTest.regional();
    // Kazakhstan requests the deployment on Tajikistan's territory: Art. 3 needs a member's request.
    Finding other = finding(MandateRules.checkRegionalForces(m.withRequest(request("KZ", "2023-02-27")),
        proposal, AGREEMENTS_IN_FORCE), r, Outcome.SATISFIED);
    assertTrue(other.reason().startsWith("request of KZ, then"), other.reason());
    Finding joint = finding(MandateRules.checkRegionalForces(m.withRequest(request("TJ", "2023-02-27", "KG",
        "UZ")), proposal, AGREEMENTS_IN_FORCE), r, Outcome.SATISFIED);
    assertTrue(joint.facts().contains("requesting states not members on 2023-03-01: UZ"), joint.facts().toString());
    assertTrue(joint.reason().startsWith("request of KG, TJ, then"), joint.reason());
    Finding none = finding(MandateRules.checkRegionalForces(m.withRequest(request("UZ", "2023-02-27", "US")),
        proposal, AGREEMENTS_IN_FORCE), r, Outcome.VIOLATED);
    assertTrue(none.reason().startsWith("no requesting state is a member on 2023-03-01 (US, UZ)"), none.reason());
  }

  @Test
  void peacekeepingOnAMembersTerritoryNeedsThatStatesOwnRequest() {
    Rule r = Rule.PK_3_OPERATION_ON_MEMBER_TERRITORY;
    Mandate kz = Episodes.KZ_2022;
    Finding byOther = finding(MandateRules.check(kz.withRequest(request("RU", "2022-01-05")),
        AGREEMENTS_IN_FORCE), r, Outcome.VIOLATED);
    assertTrue(byOther.reason().startsWith("the request came from RU, not from the host state KZ"),
        byOther.reason());
    assertTrue(byOther.facts().contains("request: 2022-01-05 by RU (head of state)"), byOther.facts().toString());
    finding(MandateRules.check(kz.withRequest(request("RU", "2022-01-05", "KZ")), AGREEMENTS_IN_FORCE), r,
        Outcome.SATISFIED);
  }

  @Test
  void unifiedCommandJudgesEveryCommander() {
    Rule r = Rule.PK_COMMAND_COMPOSITION_COMPLETION;
    Mandate kz = Episodes.KZ_2022;
    Command first = kz.command().orElseThrow();
    Command successor = Command.builder().commander("Successor").commanderState("RU")
        .appointingBody(Body.COUNCIL_OF_DEFENCE_MINISTERS).date(PartialDate.parse("2022-01-10")).build();
    Mandate two = copy(kz).command(Command.builder().from(first).date(PartialDate.parse("2022-01-06")).build())
        .addOtherCommands(successor).build();
    Finding ok = finding(MandateRules.check(two, AGREEMENTS_IN_FORCE), r, Outcome.SATISFIED);
    assertTrue(ok.reason().startsWith("2 commanders in succession"), ok.reason());
    assertTrue(ok.facts().contains("commander: Successor (RU), appointed by CMD on 2022-01-10"),
        ok.facts().toString());
    // Appointed the same day, or a day unknown: whether they commanded at once is not recorded.
    Mandate sameDay = copy(two).otherCommands(List.of(Command.builder().from(successor)
        .date(PartialDate.parse("2022-01-06")).build())).build();
    assertTrue(finding(MandateRules.check(sameDay, AGREEMENTS_IN_FORCE), r, Outcome.INDETERMINATE).reason()
        .startsWith("2 commanders are recorded and their appointments are not on distinct known days"));
    Mandate undated = copy(two).otherCommands(List.of(Command.builder().from(successor).date(Optional.empty())
        .build())).build();
    finding(MandateRules.check(undated, AGREEMENTS_IN_FORCE), r, Outcome.INDETERMINATE);
    // A second commander appointed by a body that takes no binding decisions.
    Mandate bySecretariat = copy(two).otherCommands(List.of(Command.builder().from(successor)
        .appointingBody(Body.SECRETARIAT).build())).build();
    MandateRulesTest.noFinalViolation(finding(MandateRules.check(bySecretariat, AGREEMENTS_IN_FORCE), r,
        Outcome.INDETERMINATE), "Successor was appointed by the");
  }

  @Test
  void aMemberWhoseRightsNoCouncilDecisionSuspendedCountsWhateverItsArrears() {
    // 2023-11-23, the 2024 budget: Armenia declared it would not take part and not fund the Organization;
    // no Council decision suspending its rights has been found (bundled dataset, note of the decision).
    io.github.cstokit.data.CstoDataset data = CstoData.bundled();
    Decision budget = data.decision("csc-2023-11-23-budget-2024").orElseThrow();
    Finding f = finding(DecisionRules.check(budget, data), Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE);
    assertTrue(f.facts().contains("members: AM, BY, KG, KZ, RU, TJ"), f.facts().toString());
    assertTrue(f.reason().startsWith("no consensus yet: no consent from AM (DOES_NOT_PARTICIPATE, not signed)"),
        f.reason());
    // Only a Council decision changing its status takes a member out of the count: suspended, it is listed
    // and counts neither for nor against.
    Scenario suspended = data.scenario().withStatus("AM", d("2023-01-01"),
        io.github.cstokit.model.MembershipStatus.SUSPENDED);
    Finding out = finding(DecisionRules.check(budget, suspended), Rule.CHARTER_12_CONSENSUS,
        Outcome.INDETERMINATE);
    assertTrue(out.facts().contains("members: BY, KG, KZ, RU, TJ"), out.facts().toString());
    assertTrue(out.facts().contains("not entitled on 2023-11-23, not counted: AM (SUSPENDED)"),
        out.facts().toString());
    assertFalse(out.reason().contains("AM ("), out.reason());
  }
}
