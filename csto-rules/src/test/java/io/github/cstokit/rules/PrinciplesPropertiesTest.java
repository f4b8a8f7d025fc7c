package io.github.cstokit.rules;

import static io.github.cstokit.rules.Episodes.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Basis;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.testkit.Gen;
import io.github.cstokit.testkit.Invalid;
import io.github.cstokit.testkit.MandateGens;
import io.github.cstokit.testkit.PropertyCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two principles that hold for every rule, checked over the bundled dataset's own records and over
 * decisions and mandates drawn from the shared generators (fixed seeds): no finding is VIOLATED on a
 * secondary or practice basis alone, and a rule applies only while the instruments it rests on exist and
 * are in force. The dates are those of the bundled dataset: the Treaty signed 1992-05-15, the Charter
 * signed 2002-10-07 and in force from 2003-09-18.
 */
class PrinciplesPropertiesTest {

  static final CstoFacts FACTS = CstoData.bundled();
  static final int CASES = 500;

  /** Valid mandates and invalid ones of every kind, half each. */
  static final Gen<Mandate> MANDATES = Gen.<Mandate>oneOf(
          MandateGens.valid(FACTS), MandateGens.invalid(FACTS).map(Invalid::value))
      .named("mandates(valid | invalid)");

  /** No finding of the verdict is VIOLATED on a basis weaker than an official summary. */
  static void noFinalViolationOnAWeakBasis(Verdict v) {
    for (Finding f : v.findings()) {
      if (f.basis() == Basis.SECONDARY || f.basis() == Basis.PRACTICE) {
        assertNotEquals(Outcome.VIOLATED, f.outcome(), () -> f + "\n" + v.explain());
      }
    }
  }

  @Test
  void noFindingOnTheBundledDatasetIsViolatedOnASecondaryOrPracticeBasis() {
    CstoDataset data = CstoData.bundled();
    List<Verdict> all = new ArrayList<>();
    for (Decision dec : data.decisions()) {
      all.add(DecisionRules.check(dec, data));
    }
    for (Mandate m : data.mandates()) {
      all.add(MandateRules.check(m, data));
    }
    for (Chairmanship c : data.chairmanships()) {
      all.add(OfficeRules.checkChairmanship(c, data));
    }
    Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
    for (Verdict v : all) {
      noFinalViolationOnAWeakBasis(v);
      v.findings().forEach(f -> seen.add(f.outcome()));
    }
    // The verdicts judged give open findings, so the property is not vacuous.
    assertTrue(seen.contains(Outcome.INDETERMINATE), seen.toString());
    assertTrue(all.size() > 26, "too few verdicts: " + all.size());
  }

  @Test
  void noGeneratedFindingIsViolatedOnASecondaryOrPracticeBasis() {
    int[] weak = {0};
    PropertyCheck.forAll(DecisionPropertiesTest.DECISIONS, 0x14_0001L, CASES, dec -> {
      Verdict v = DecisionRules.check(dec, FACTS);
      noFinalViolationOnAWeakBasis(v);
      weak[0] += v.findings().stream().filter(f -> f.basis() == Basis.SECONDARY
          && f.reason().contains("so no final violation is found")).count();
    });
    PropertyCheck.forAll(MANDATES, 0x14_0002L, CASES, m -> noFinalViolationOnAWeakBasis(
        MandateRules.check(m, FACTS)));
    // Invalid decisions would violate a secondary rule: the downgrade was exercised.
    assertTrue(weak[0] > 50, "too few findings downgraded: " + weak[0]);
  }

  @Test
  void beforeTheTreatyWasSignedNoRuleOnADecisionOrMandateApplies() {
    LocalDate before = d("1991-06-01");
    PropertyCheck.forAll(DecisionPropertiesTest.DECISIONS, 0x14_0003L, CASES, dec -> {
      Verdict v = DecisionRules.check(dec.withDate(before), FACTS);
      for (Finding f : v.findings()) {
        assertEquals(Outcome.NOT_APPLICABLE, f.outcome(), () -> f + "\n" + v.explain());
      }
    });
    // A mandate's own rules are judged on the date given; the findings on the decision it rests on are
    // those of that decision, judged on its own date.
    Set<Rule> decisionRules = EnumSet.of(Rule.CHARTER_12_CONSENSUS, Rule.CHARTER_12_LIMITED_FORMAT,
        Rule.ROP_QUORUM, Rule.CHARTER_2_BINDING_FORCE);
    int[] judged = {0};
    PropertyCheck.forAll(MANDATES, 0x14_0004L, CASES, m -> {
      Verdict v = MandateRules.check(m, before, FACTS);
      for (Finding f : v.findings()) {
        if (!decisionRules.contains(f.rule())) {
          judged[0]++;
          assertEquals(Outcome.NOT_APPLICABLE, f.outcome(), () -> f + "\n" + v.explain());
          assertTrue(f.reason().contains("did not yet exist on 1991-06-01"), f::reason);
        }
      }
    });
    assertTrue(judged[0] > CASES, "too few mandate findings: " + judged[0]);
  }

  @Test
  void betweenTheChartersSignatureAndItsEntryIntoForceNoRuleOnADecisionIsSatisfiedOrViolated() {
    // 2003-03-01: the Charter signed (2002-10-07), not yet in force (2003-09-18); the 2004 Rules of
    // Procedure not yet adopted.
    LocalDate signedNotInForce = d("2003-03-01");
    int[] open = {0};
    PropertyCheck.forAll(DecisionPropertiesTest.DECISIONS, 0x14_0005L, CASES, dec -> {
      Verdict v = DecisionRules.check(dec.withDate(signedNotInForce), FACTS);
      for (Finding f : v.findings()) {
        assertTrue(f.outcome() == Outcome.INDETERMINATE || f.outcome() == Outcome.NOT_APPLICABLE,
            () -> f + "\n" + v.explain());
        if (f.outcome() == Outcome.INDETERMINATE) {
          open[0]++;
          assertTrue(f.reason().startsWith("the Charter (signed 2002-10-07) is not shown to be in force on"
              + " 2003-03-01: in force from 2003-09-18"), f::reason);
        }
      }
    });
    assertTrue(open[0] > CASES, "too few findings left open: " + open[0]);
  }

  @Test
  void beforeTheTreatyWasSignedEveryCheckIsNotApplicableNamingTheInstrument() {
    // 1991-06-01: before the Treaty (1992-05-15), so before every instrument the rules rest on. Each
    // entry point of the rules, given a record of that day (hypothetical), finds nothing applicable.
    String day = "1991-06-01";
    LocalDate date = d(day);
    io.github.cstokit.model.Body csc = io.github.cstokit.model.Body.COLLECTIVE_SECURITY_COUNCIL;
    Decision council = Episodes.unanimous("x", csc, day, io.github.cstokit.model.Matter.GENERAL, "x",
        Episodes.SIX);
    io.github.cstokit.model.WithdrawalNotice notice = LawTextsRulesTest.notice(day, "1992-06-01");
    List<Verdict> verdicts = List.of(
        DecisionRules.check(council, FACTS),
        DecisionRules.check(council.withFormat(io.github.cstokit.model.DecisionFormat.LIMITED), FACTS),
        DefenceRules.check(DefenceRulesTest.appeal("TJ", day, io.github.cstokit.model.ThreatKind.ARMED_ATTACK)
            .attacker(io.github.cstokit.model.Attacker.STATE).measuresTaken(true).build(), FACTS),
        DefenceRules.checkThirdStateBasing(io.github.cstokit.model.BasingRequest.builder().hostState("KG")
            .thirdState("US").date(date).build(), FACTS),
        MembershipRules.checkWithdrawal(notice, FACTS),
        MembershipRules.checkTreatyWithdrawal(notice, FACTS),
        MembershipRules.checkCrdfWithdrawal(notice, FACTS),
        MembershipRules.checkFreeze("KG", date, FACTS),
        MembershipRules.checkAdmission("KG", council, FACTS),
        MembershipRules.checkSuspension("KG", council, FACTS),
        OfficeRules.checkSecretaryGeneral(council, "RU", FACTS),
        OfficeRules.checkChairmanship(Episodes.chair("c", "RU", day, "1992-06-01"), "RU", FACTS),
        BudgetRules.check(LawTextsRulesTest.budget(csc, day, "100", "90", true), FACTS),
        DecisionFormRules.check(LawTextsRulesTest.form(csc, day).build(), FACTS),
        MandateRules.checkCoordinatingState(council, "KZ", FACTS),
        MandateRules.checkRegionalForces(MandateRulesTest.regional().withDecision(council), council, FACTS),
        StatusRules.checkApplication(StatusRulesTest.observer("a", "RS", day).build(), FACTS),
        StatusRules.checkApplication(StatusRulesTest.observer("p", "RS", day)
            .status(io.github.cstokit.model.StatusKind.PARTNER).build(), FACTS),
        StatusRules.checkDecision(StatusRulesTest.grant("g", "RS", day).build(), FACTS),
        ArrearsRules.checkRights("KG", date, FACTS),
        ArrearsRules.checkSuspension(ArrearsRulesTest.suspension(day,
            io.github.cstokit.model.MemberRight.VOTE).build(), FACTS),
        InstrumentRules.check(Law.CHARTER_ID, date, FACTS));
    Set<Rule> seen = EnumSet.noneOf(Rule.class);
    for (Verdict v : verdicts) {
      assertTrue(!v.findings().isEmpty(), v.subject());
      for (Finding f : v.findings()) {
        seen.add(f.rule());
        assertEquals(Outcome.NOT_APPLICABLE, f.outcome(), () -> f + "\n" + v.explain());
        assertTrue(f.reason().contains("did not yet exist on " + day), () -> f.ruleId() + ": " + f.reason());
      }
    }
    // Every rule is among those judged, but for the rules of mandates, judged above over generated ones.
    Set<Rule> missing = EnumSet.allOf(Rule.class);
    missing.removeAll(seen);
    assertEquals(EnumSet.of(Rule.PK_3_OPERATION_ON_MEMBER_TERRITORY, Rule.PK_3_OPERATION_OUTSIDE_CSTO,
        Rule.PK_3_UNSC_NOTICE, Rule.PK_COMMAND_COMPOSITION_COMPLETION, Rule.CRRF_USE_DECISION), missing);
  }
}
