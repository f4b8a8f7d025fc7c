package io.github.cstokit.rules;

import static io.github.cstokit.rules.Check.finding;
import static io.github.cstokit.rules.Check.findingSaying;
import static io.github.cstokit.rules.Episodes.FACTS;
import static io.github.cstokit.rules.Episodes.SIX;
import static io.github.cstokit.rules.Episodes.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Arrears;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Budget;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionForm;
import io.github.cstokit.model.Head;
import io.github.cstokit.model.InForceStatus;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.WithdrawalNotice;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules on the law texts' further findings: the recorded status of an entry into force, the CRDF
 * Agreement, the Council's chair, the budget, the coordinating state and withdrawal from the CRDF
 * Agreement, each outcome.
 */
class LawTextsRulesTest {

  static final CstoDataset DATA = CstoData.bundled();

  /** A what-if, not the record: the instrument in force from its signature. */
  static Scenario inForce(Scenario facts, String... ids) {
    Scenario s = facts;
    for (String id : ids) {
      Instrument i = Episodes.realInstrument(id);
      s = s.withInstrument(Instrument.builder().from(i).entryIntoForce(i.signed()).build());
    }
    return s;
  }

  // --- the recorded status of an entry into force -----------------------------------------------------

  @Test
  void councilRegulationsWhoseEntryIntoForceIsNotEstablishedAreNotShownInForce() {
    Instrument obs = DATA.instrument("observer-regulations-2018").orElseThrow();
    assertEquals(InForceStatus.NOT_ESTABLISHED, obs.inForceStatus().orElseThrow());
    findingSaying(InstrumentRules.check("observer-regulations-2018", d("2022-01-01"), DATA),
        Rule.INSTRUMENT_IN_FORCE, Outcome.INDETERMINATE,
        "no entry into force is recorded, and the sources do not establish it");
    finding(InstrumentRules.check("observer-regulations-2018", d("2018-11-07"), DATA),
        Rule.INSTRUMENT_IN_FORCE, Outcome.NOT_APPLICABLE);
  }

  @Test
  void councilActsPresumedInForceOrNotSubjectToItApplyFromAdoption() {
    assertEquals(InForceStatus.PRESUMED_ON_SIGNATURE,
        DATA.instrument("rules-of-procedure-2004").orElseThrow().inForceStatus().orElseThrow());
    Finding rop = finding(InstrumentRules.check("rules-of-procedure-2004", d("2004-06-18"), DATA),
        Rule.INSTRUMENT_IN_FORCE, Outcome.SATISFIED);
    assertTrue(rop.reason().endsWith("(presumed in force from its adoption, 2004-06-18; not confirmed by the"
        + " sources)"), rop.reason());
    findingSaying(InstrumentRules.check("sg-rotation-decision-2015", d("2016-01-01"), DATA),
        Rule.INSTRUMENT_IN_FORCE, Outcome.SATISFIED, "not subject to entry into force");
    // A Council decision whose record says nothing of it keeps the presumption of the day it was taken.
    findingSaying(InstrumentRules.check("concept-1995", d("1995-02-10"), DATA),
        Rule.INSTRUMENT_IN_FORCE, Outcome.SATISFIED, "a Council act applies from the day it was taken");
  }

  @Test
  void aRecordedDateGovernsOverTheStatus() {
    Instrument i = Instrument.builder().from(DATA.instrument("observer-regulations-2018").orElseThrow())
        .entryIntoForce(DATA.instrument("observer-regulations-2018").orElseThrow().signed()).build();
    finding(InstrumentRules.check(i.id(), d("2022-01-01"), DATA.scenario().withInstrument(i)),
        Rule.INSTRUMENT_IN_FORCE, Outcome.SATISFIED);
  }

  // --- the CRDF Agreement --------------------------------------------------------------------------------

  @Test
  void theCrdfAgreementIsRecordedWithItsSourcesAndNotShownInForce() {
    Instrument crdf = DATA.instrument(Law.CRDF_AGREEMENT_ID).orElseThrow();
    assertEquals("CRDF Agreement", crdf.shortName());
    assertEquals("2006-06-23", crdf.signed().toString());
    assertEquals("Minsk", crdf.place().orElseThrow());
    assertTrue(crdf.entryIntoForce().isEmpty());
    assertEquals(InForceStatus.NOT_ESTABLISHED, crdf.inForceStatus().orElseThrow());
    for (String s : crdf.sources()) {
      assertTrue(DATA.source(s).isPresent(), s);
    }
    assertTrue(Law.CITED_BUT_NOT_IN_DATASET.isEmpty());
    finding(InstrumentRules.check(Law.CRDF_AGREEMENT_ID, d("2006-06-22"), DATA), Rule.INSTRUMENT_IN_FORCE,
        Outcome.NOT_APPLICABLE);
    finding(InstrumentRules.check(Law.CRDF_AGREEMENT_ID, d("2010-01-01"), DATA), Rule.INSTRUMENT_IN_FORCE,
        Outcome.INDETERMINATE);
  }

  @Test
  void regionalForcesBeforeTheCrdfAgreementWasSignedAreNotApplicable() {
    Finding f = finding(MandateRules.check(MandateRulesTest.regional(), d("2005-03-01"), FACTS),
        Rule.REGIONAL_FORCES_USE, Outcome.NOT_APPLICABLE);
    assertTrue(f.reason().startsWith("the CRDF Agreement did not yet exist on 2005-03-01"), f.reason());
  }

  // --- CRDF withdrawal ------------------------------------------------------------------------------------

  static WithdrawalNotice notice(String date, String intended) {
    WithdrawalNotice.Builder b = WithdrawalNotice.builder().state("KG").date(d(date));
    if (intended != null) {
      b.intendedEffective(d(intended));
    }
    return b.build();
  }

  @Test
  void crdfWithdrawalTakesSixMonthsNoticeOnceTheAgreementIsInForce() {
    Scenario in = Episodes.AGREEMENTS_IN_FORCE;
    Finding ok = finding(MembershipRules.checkCrdfWithdrawal(notice("2024-01-10", "2024-07-10"), in),
        Rule.CRDF_WITHDRAWAL, Outcome.SATISFIED);
    assertEquals(List.of(Citation.parse("CRDF Agreement [2006]")), ok.citations());
    findingSaying(MembershipRules.checkCrdfWithdrawal(notice("2024-01-10", "2024-07-09"), in),
        Rule.CRDF_WITHDRAWAL, Outcome.INDETERMINATE, "inferred from place and date, so no final violation");
    finding(MembershipRules.checkCrdfWithdrawal(notice("2024-01-10", null), in), Rule.CRDF_WITHDRAWAL,
        Outcome.INDETERMINATE);
    // A notice must precede the day it takes effect: an intended day on or before the notice is no six months.
    for (String day : List.of("2024-01-10", "2023-12-01")) {
      Finding backdated = finding(MembershipRules.checkCrdfWithdrawal(notice("2024-01-10", day), in),
          Rule.CRDF_WITHDRAWAL, Outcome.INDETERMINATE);
      assertTrue(backdated.reason().startsWith("the intended day " + day + " does not come after the notice of"
          + " 2024-01-10; a notice must precede the day it takes effect"), backdated.reason());
      assertTrue(backdated.reason().endsWith("so no final violation is found"), backdated.reason());
    }
    Finding recorded = finding(MembershipRules.checkCrdfWithdrawal(notice("2024-01-10", "2024-07-10"), DATA),
        Rule.CRDF_WITHDRAWAL, Outcome.INDETERMINATE);
    assertTrue(recorded.reason().startsWith("the CRDF Agreement (signed 2006-06-23) is not shown to be in force"
        + " on 2024-01-10: no entry into force is recorded; had it been in force: SATISFIED"),
        recorded.reason());
    assertEquals("crdf-agreement-final-article", recorded.words().get(0).id());
    finding(MembershipRules.checkCrdfWithdrawal(notice("2006-01-10", "2006-07-10"), in), Rule.CRDF_WITHDRAWAL,
        Outcome.NOT_APPLICABLE);
  }

  // --- the chair of the Council ---------------------------------------------------------------------------

  static Chairmanship chair(String state, String start, Head head) {
    return Chairmanship.builder().id("c").state(state).period(Period.of(d(start), d(start).plusYears(1)))
        .chairedBy(head).addSource("src").build();
  }

  @Test
  void aHeadOfGovernmentChairsOnlyFromProtocolNo2() {
    Finding before = findingSaying(OfficeRules.checkChairmanship(chair("KZ", "2020-12-02", Head.HEAD_OF_GOVERNMENT),
        "KZ", FACTS), Rule.CHARTER_13_CSC_COMPOSITION_AND_CHAIR, Outcome.VIOLATED,
        "accepted as chair only from the Protocol's entry into force");
    assertTrue(before.facts().contains("chaired by: head of government"), before.facts().toString());
    assertEquals("Charter Art. 13 [2002]", before.citations().get(0).text());
    Finding after = finding(OfficeRules.checkChairmanship(chair("KZ", "2021-01-19", Head.HEAD_OF_GOVERNMENT),
        "KZ", FACTS), Rule.CHARTER_13_CSC_COMPOSITION_AND_CHAIR, Outcome.SATISFIED);
    assertTrue(after.reason().startsWith("the head of government of the session's host state chairs"),
        after.reason());
    assertEquals("Charter Art. 13 [2018]", after.citations().get(0).text());
    finding(OfficeRules.checkChairmanship(chair("KZ", "2021-01-19", Head.HEAD_OF_GOVERNMENT), FACTS),
        Rule.CHARTER_13_CSC_COMPOSITION_AND_CHAIR, Outcome.INDETERMINATE);
    finding(OfficeRules.checkChairmanship(chair("KZ", "2021-01-19", Head.HEAD_OF_GOVERNMENT), "RU", FACTS),
        Rule.CHARTER_13_CSC_COMPOSITION_AND_CHAIR, Outcome.VIOLATED);
    // A head of state, or a chair the record does not qualify, is judged as before.
    finding(OfficeRules.checkChairmanship(chair("KZ", "2020-12-02", Head.HEAD_OF_STATE), "KZ", FACTS),
        Rule.CHARTER_13_CSC_COMPOSITION_AND_CHAIR, Outcome.SATISFIED);
    // Without Protocol No. 2 in the facts, a head of government is never accepted.
    finding(OfficeRules.checkChairmanship(chair("KZ", "2022-01-01", Head.HEAD_OF_GOVERNMENT), "KZ",
        Episodes.FACTS_WITHOUT_PROTOCOLS), Rule.CHARTER_13_CSC_COMPOSITION_AND_CHAIR, Outcome.VIOLATED);
  }

  // --- the budget -----------------------------------------------------------------------------------------

  static Budget budget(Body body, String date, String contributions, String expenditure, boolean adopted) {
    Decision d = adopted
        ? Episodes.unanimous("b", body, date, Matter.BUDGET, "budget", SIX)
        : Episodes.decision("b", body, date, Matter.BUDGET, "budget").build();
    Budget.Builder b = Budget.builder().id("budget").approval(d);
    if (contributions != null) {
      b.contributions(new BigDecimal(contributions));
    }
    if (expenditure != null) {
      b.expenditure(new BigDecimal(expenditure));
    }
    return b.build();
  }

  @Test
  void theCouncilApprovesABudgetThatIsNotInDeficit() {
    Body csc = Body.COLLECTIVE_SECURITY_COUNCIL;
    Finding ok = finding(BudgetRules.check(budget(csc, "2024-11-28", "100", "100", true), FACTS),
        Rule.CHARTER_BUDGET, Outcome.SATISFIED);
    assertEquals(List.of(Citation.parse("Charter [2002]")), ok.citations());
    Finding deficit = findingSaying(BudgetRules.check(budget(csc, "2024-11-28", "100", "100.5", true), FACTS),
        Rule.CHARTER_BUDGET, Outcome.VIOLATED, "100.5 of expenditure against 100");
    findingSaying(BudgetRules.check(budget(Body.COUNCIL_OF_FOREIGN_MINISTERS, "2024-11-28", "100",
        "90", true), FACTS), Rule.CHARTER_BUDGET, Outcome.VIOLATED, "the Charter has the Council approve it");
    finding(BudgetRules.check(budget(csc, "2024-11-28", null, "90", true), FACTS), Rule.CHARTER_BUDGET,
        Outcome.INDETERMINATE);
    finding(BudgetRules.check(budget(csc, "2024-11-28", "100", "90", false), FACTS), Rule.CHARTER_BUDGET,
        Outcome.INDETERMINATE);
    finding(BudgetRules.check(budget(csc, "2002-01-10", "100", "90", true), FACTS), Rule.CHARTER_BUDGET,
        Outcome.NOT_APPLICABLE);
    assertTrue(budget(csc, "2024-11-28", "100", "100.5", true).deficit().orElseThrow());
  }

  // --- the coordinating state ----------------------------------------------------------------------------

  @Test
  void theCouncilDesignatesTheCoordinatingStateOnceTheProtocolIsInForce() {
    Scenario in = inForce(FACTS, Law.PEACEKEEPING_AGREEMENT_ID, Law.PEACEKEEPING_PROTOCOL_2021_ID);
    Decision csc = Episodes.unanimous("x", Body.COLLECTIVE_SECURITY_COUNCIL, "2024-11-28", Matter.DEPLOYMENT,
        "designation", SIX);
    Finding ok = finding(MandateRules.checkCoordinatingState(csc, "KZ", in), Rule.PK_COORDINATING_STATE,
        Outcome.SATISFIED);
    assertEquals(List.of(Citation.parse("Peacekeeping Agreement Art. 1 [2007]"),
        Citation.parse("Peacekeeping Protocol [2021]")), ok.citations());
    Decision cdm = Episodes.unanimous("y", Body.COUNCIL_OF_DEFENCE_MINISTERS, "2024-11-28", Matter.DEPLOYMENT,
        "designation", SIX);
    finding(MandateRules.checkCoordinatingState(cdm, "KZ", in), Rule.PK_COORDINATING_STATE, Outcome.VIOLATED);
    finding(MandateRules.checkCoordinatingState(csc, "GE", in), Rule.PK_COORDINATING_STATE,
        Outcome.INDETERMINATE);
    Decision open = Episodes.decision("z", Body.COLLECTIVE_SECURITY_COUNCIL, "2024-11-28", Matter.DEPLOYMENT,
        "designation").build();
    finding(MandateRules.checkCoordinatingState(open, "KZ", in), Rule.PK_COORDINATING_STATE,
        Outcome.INDETERMINATE);
    // As recorded: neither the Agreement nor the protocol is shown in force.
    findingSaying(MandateRules.checkCoordinatingState(csc, "KZ", FACTS), Rule.PK_COORDINATING_STATE,
        Outcome.INDETERMINATE, "had it been in force: SATISFIED");
    Decision early = Episodes.unanimous("w", Body.COLLECTIVE_SECURITY_COUNCIL, "2021-09-15", Matter.DEPLOYMENT,
        "designation", SIX);
    finding(MandateRules.checkCoordinatingState(early, "KZ", in), Rule.PK_COORDINATING_STATE,
        Outcome.NOT_APPLICABLE);
  }

  // --- the form of a decision ------------------------------------------------------------------------------

  static DecisionForm.Builder form(Body body, String date) {
    return DecisionForm.builder().decision(Episodes.unanimous("f", body, date, Matter.GENERAL, "decision", SIX));
  }

  @Test
  void aCouncilDecisionIsOneRussianOriginalKeptByTheSecretariat() {
    Body csc = Body.COLLECTIVE_SECURITY_COUNCIL;
    DecisionForm.Builder full = form(csc, "2024-11-28").originals(1).addLanguages("ru")
        .depositary(Body.SECRETARIAT).certifiedCopiesSent(true);
    Finding ok = finding(DecisionFormRules.check(full.build(), FACTS), Rule.DECISION_FORM_DEPOSITARY,
        Outcome.SATISFIED);
    assertEquals(List.of(Citation.parse("Documents Decision [2004]")), ok.citations());
    finding(DecisionFormRules.check(form(csc, "2024-11-28").originals(2).build(), FACTS),
        Rule.DECISION_FORM_DEPOSITARY, Outcome.VIOLATED);
    finding(DecisionFormRules.check(form(csc, "2024-11-28").addLanguages("ru", "en").build(), FACTS),
        Rule.DECISION_FORM_DEPOSITARY, Outcome.VIOLATED);
    finding(DecisionFormRules.check(form(csc, "2024-11-28").depositary(Body.PERMANENT_COUNCIL).build(), FACTS),
        Rule.DECISION_FORM_DEPOSITARY, Outcome.VIOLATED);
    finding(DecisionFormRules.check(form(csc, "2024-11-28").certifiedCopiesSent(false).build(), FACTS),
        Rule.DECISION_FORM_DEPOSITARY, Outcome.VIOLATED);
    finding(DecisionFormRules.check(form(csc, "2024-11-28").originals(1).build(), FACTS),
        Rule.DECISION_FORM_DEPOSITARY, Outcome.INDETERMINATE);
    finding(DecisionFormRules.check(form(Body.COUNCIL_OF_FOREIGN_MINISTERS, "2024-11-28").build(), FACTS),
        Rule.DECISION_FORM_DEPOSITARY, Outcome.NOT_APPLICABLE);
    findingSaying(DecisionFormRules.check(form(csc, "2003-04-28").build(), FACTS),
        Rule.DECISION_FORM_DEPOSITARY, Outcome.NOT_APPLICABLE, "did not yet exist");
  }

  // --- obligations settled and arrears ----------------------------------------------------------------------

  @Test
  void unpaidContributionsAreNamedAsObligationsNotYetShownSettled() {
    Scenario inArrears = FACTS.toBuilder().addArrears(Arrears.builder().id("kg-debt").state("KG")
        .dueSince(d("2019-01-01")).paidInFull(d("2024-03-01")).build()).build();
    WithdrawalNotice n = WithdrawalNotice.builder().state("KG").date(d("2023-01-10")).build();
    Finding open = finding(MembershipRules.checkWithdrawal(n, inArrears), Rule.CHARTER_19_OBLIGATIONS_SETTLED,
        Outcome.INDETERMINATE);
    assertTrue(open.reason().endsWith("unpaid contributions are obligations incurred as a member"),
        open.reason());
    assertTrue(open.facts().contains("arrears to the budget: unpaid since 2019-01-01 (kg-debt)"),
        open.facts().toString());
    // Paid before the notice: nothing to name.
    Finding paid = finding(MembershipRules.checkWithdrawal(WithdrawalNotice.builder().state("KG")
        .date(d("2024-03-02")).build(), inArrears), Rule.CHARTER_19_OBLIGATIONS_SETTLED, Outcome.INDETERMINATE);
    assertEquals("the record does not say whether the obligations incurred as a member were settled",
        paid.reason());
  }
}
