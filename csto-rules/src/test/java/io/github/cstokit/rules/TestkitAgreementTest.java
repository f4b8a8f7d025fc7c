package io.github.cstokit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.testkit.CstoGens;
import io.github.cstokit.testkit.DecisionGens;
import io.github.cstokit.testkit.Gen;
import io.github.cstokit.testkit.Invalid;
import io.github.cstokit.testkit.MandateGens;
import io.github.cstokit.testkit.PropertyCheck;
import io.github.cstokit.testkit.RuleIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Agreement between the rules and the shared generators, over the bundled dataset: each invalid generator's
 * values break the rule it names, and no other rule it does not intend; the valid generators' values break
 * no rule. A finding breaks its rule when it is VIOLATED, or, for a rule resting on secondary sources or
 * practice alone, INDETERMINATE because it "would be a violation" (no final violation on such a basis).
 * Mandates are checked on the bundled facts with the Peacekeeping Agreement in force from its signature
 * (a what-if: the dataset records no entry into force, so on the record every peacekeeping rule is
 * INDETERMINATE).
 *
 * <p><b>What "exactly one" means here.</b> The rule the generator names ({@link Invalid#ruleId()}) gives a
 * VIOLATED finding; every other VIOLATED finding must be listed for that generator in
 * {@link #CONSEQUENTIAL}, which holds only violations the one defect entails by law. Other findings may be
 * SATISFIED, NOT_APPLICABLE or INDETERMINATE (a generated value may leave facts unrecorded, such as the
 * completion of an operation whose period has ended, or name a task outside the CRRF purposes).
 *
 * <p>Seeds are printed by {@link PropertyCheck} on failure.
 */
class TestkitAgreementTest {

  static final CstoFacts FACTS = CstoData.bundled();
  static final CstoFacts MANDATE_FACTS = DatasetEpisodesTest.PEACEKEEPING_IN_FORCE;
  static final int DRAWS = 10_000;
  static final long SEED = 0x5EED_2022_0106L;
  /** Fewer draws for synthetic cases: each draws a scenario and indexes it. */
  static final int CASE_DRAWS = 2_000;

  /**
   * Violations a generator's one defect entails. A limited-format decision dated before the 2010 protocol
   * lacks the consent of some member (otherwise it would simply be a consensus decision, which the rules
   * accept whatever its label); before the protocol consensus was the only procedure, so Art. 12 consensus
   * is necessarily violated too.
   */
  static final Map<String, Set<Rule>> CONSEQUENTIAL =
      Map.of("DecisionGens.limitedFormatTooEarly(facts)", Set.of(Rule.CHARTER_12_CONSENSUS),
          // the union of withOneObjection (which names that rule itself) and limitedFormatTooEarly
          "DecisionGens.invalid(facts)", Set.of(Rule.CHARTER_12_CONSENSUS));

  /** VIOLATED, or a violation on a secondary or practice basis, reported as no final violation. */
  static boolean breaks(Finding f) {
    return f.outcome() == Outcome.VIOLATED
        || f.outcome() == Outcome.INDETERMINATE && f.reason().endsWith("so no final violation is found");
  }

  static Set<Rule> violated(Verdict v) {
    Set<Rule> out = new TreeSet<>();
    for (Finding f : v.findings()) {
      if (breaks(f)) {
        out.add(f.rule());
      }
    }
    return out;
  }

  static <T> void agrees(Gen<Invalid<T>> gen, long seed, Function<T, Verdict> check) {
    Set<Rule> allowed = CONSEQUENTIAL.getOrDefault(gen.name(), Set.of());
    PropertyCheck.forAll(gen, seed, DRAWS, inv -> breaksOnly(inv, check.apply(inv.value()), allowed));
  }

  /** The verdict breaks the rule the invalid value names, and no other but those allowed. */
  static void breaksOnly(Invalid<?> inv, Verdict v, Set<Rule> allowed) {
    Rule named = Rule.byId(inv.ruleId()).orElseThrow(() -> new AssertionError("unknown " + inv.ruleId()));
    Set<Rule> violated = violated(v);
    assertTrue(violated.contains(named), () -> inv + "\n" + v.explain());
    violated.remove(named);
    violated.removeAll(allowed);
    assertEquals(Set.of(), violated, () -> inv + "\n" + v.explain());
  }

  /**
   * The same agreement for values drawn under synthetic facts with the bundled law
   * ({@link CstoGens#cases(io.github.cstokit.model.CstoFacts, Function)}), each judged under
   * its own case's facts.
   */
  static <T> void agreesInCases(Function<Scenario, Gen<Invalid<T>>> subjects, long seed, int draws,
      BiFunction<T, Scenario, Verdict> check) {
    PropertyCheck.forAll(CstoGens.cases(FACTS, subjects), seed, draws, in -> {
      Invalid<T> inv = in.subject();
      Set<Rule> allowed =
          CONSEQUENTIAL.getOrDefault(subjects.apply(in.facts()).name(), Set.of());
      breaksOnly(inv, check.apply(inv.value(), in.facts()), allowed);
    });
  }

  static <T> void validInCases(Function<Scenario, Gen<T>> subjects, long seed, int draws,
      BiFunction<T, Scenario, Verdict> check) {
    PropertyCheck.forAll(CstoGens.cases(FACTS, subjects), seed, draws, in -> {
      Verdict v = check.apply(in.subject(), in.facts());
      assertEquals(Set.of(), violated(v), () -> in + "\n" + v.explain());
    });
  }

  /** Synthetic facts with the Peacekeeping Agreement in force from its signature, as for the mandates. */
  static Scenario peacekeepingInForce(Scenario facts) {
    Instrument pk = facts.instrument(Law.PEACEKEEPING_AGREEMENT_ID).orElseThrow();
    return facts.withInstrument(Instrument.builder().from(pk).entryIntoForce(pk.signed()).build());
  }

  static Verdict decisionIn(Decision d, Scenario facts) {
    return DecisionRules.check(d, facts);
  }

  static Verdict mandateIn(Mandate m, Scenario facts) {
    return MandateRules.check(m, peacekeepingInForce(facts));
  }

  static <T> void valid(Gen<T> gen, long seed, Function<T, Verdict> check) {
    PropertyCheck.forAll(gen, seed, DRAWS, value -> {
      Verdict v = check.apply(value);
      assertEquals(Set.of(), violated(v), () -> value + "\n" + v.explain());
    });
  }

  static Verdict decision(Decision d) {
    return DecisionRules.check(d, FACTS);
  }

  static Verdict mandate(Mandate m) {
    return MandateRules.check(m, MANDATE_FACTS);
  }

  @Test
  void everyRuleIdOfTheTestkitIsARule() throws IllegalAccessException {
    List<String> constants = new ArrayList<>();
    for (java.lang.reflect.Field field : RuleIds.class.getFields()) {
      int mod = field.getModifiers();
      if (java.lang.reflect.Modifier.isStatic(mod) && field.getType() == String.class) {
        String id = (String) field.get(null);
        constants.add(id);
        assertTrue(Rule.byId(id).isPresent(), field.getName() + " = " + id + " is no Rule id");
        assertEquals(field.getName(), Rule.byId(id).get().name(), id);
      }
    }
    // Every String constant is one of the ids the generators break, and each is listed once.
    assertEquals(RuleIds.BROKEN_BY_GENERATORS.size(), constants.size());
    for (String id : RuleIds.BROKEN_BY_GENERATORS) {
      assertTrue(Rule.byId(id).isPresent(), id);
    }
    assertEquals(constants, RuleIds.BROKEN_BY_GENERATORS);
  }

  @Test
  void oneObjection() {
    agrees(DecisionGens.withOneObjection(FACTS), SEED, TestkitAgreementTest::decision);
  }

  @Test
  @SuppressWarnings("deprecation")
  void nonMemberPositionIsNotCounted() {
    // A position of a state not entitled on the date counts neither for nor against: no rule is broken.
    valid(DecisionGens.withNonMemberPosition(FACTS).map(Invalid::value), SEED + 1,
        TestkitAgreementTest::decision);
    PropertyCheck.forAll(DecisionGens.withNonMemberPosition(FACTS), SEED + 1, 1000, inv -> {
      Finding f = DecisionRules.check(inv.value(), FACTS).finding(Rule.CHARTER_12_CONSENSUS).orElseThrow();
      assertEquals(Outcome.SATISFIED, f.outcome(), f.toString());
      assertTrue(f.facts().stream().anyMatch(x -> x.startsWith("not entitled on ")), f.facts().toString());
    });
  }

  @Test
  void limitedFormatTooEarly() {
    agrees(DecisionGens.limitedFormatTooEarly(FACTS), SEED + 2, TestkitAgreementTest::decision);
  }

  /** Each invalid mandate generator, with the seed it has always been drawn from. */
  static Stream<Arguments> invalidMandates() {
    return Stream.of(
        Arguments.of(MandateGens.withoutHostRequest(FACTS), SEED + 3),
        Arguments.of(MandateGens.outsideWithoutUnDecision(FACTS), SEED + 4),
        Arguments.of(MandateGens.contingentFromSuspendedMember(FACTS), SEED + 5),
        Arguments.of(MandateGens.contingentOutsideUnifiedCommand(FACTS), SEED + 6),
        Arguments.of(MandateGens.withoutCommander(FACTS), SEED + 7),
        Arguments.of(MandateGens.crrfOutsideMembers(FACTS), SEED + 8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidMandates")
  void anInvalidMandateBreaksItsRule(Gen<Invalid<Mandate>> gen, long seed) {
    agrees(gen, seed, TestkitAgreementTest::mandate);
  }

  @Test
  void validGeneratorsGiveNoViolation() {
    valid(DecisionGens.consensus(FACTS), SEED + 9, TestkitAgreementTest::decision);
    valid(DecisionGens.limitedFormat(FACTS), SEED + 10, TestkitAgreementTest::decision);
    valid(MandateGens.valid(FACTS), SEED + 11, TestkitAgreementTest::mandate);
    valid(MandateGens.peacekeeping(FACTS), SEED + 12, TestkitAgreementTest::mandate);
    valid(MandateGens.crrf(FACTS), SEED + 13, TestkitAgreementTest::mandate);
    valid(MandateGens.peacekeepingOutside(FACTS), SEED + 14, TestkitAgreementTest::mandate);
  }

  @Test
  void consensusOfEachDecidingBodyGivesNoViolation() {
    for (Body body : DecisionGens.DECIDING_BODIES) {
      valid(DecisionGens.consensus(FACTS, body), SEED + 15 + body.ordinal(), TestkitAgreementTest::decision);
    }
  }

  @Test
  void theUnionsOfInvalidKindsAgree() {
    agrees(DecisionGens.invalid(FACTS), SEED + 30, TestkitAgreementTest::decision);
    agrees(MandateGens.invalid(FACTS), SEED + 31, TestkitAgreementTest::mandate);
  }

  @Test
  void syntheticCasesAgreeUnderTheirOwnFacts() {
    validInCases(DecisionGens::consensus, SEED + 40, CASE_DRAWS, TestkitAgreementTest::decisionIn);
    validInCases(DecisionGens::limitedFormat, SEED + 41, CASE_DRAWS, TestkitAgreementTest::decisionIn);
    agreesInCases(DecisionGens::withOneObjection, SEED + 42, CASE_DRAWS, TestkitAgreementTest::decisionIn);
    agreesInCases(DecisionGens::invalid, SEED + 43, CASE_DRAWS, TestkitAgreementTest::decisionIn);
    validInCases(MandateGens::valid, SEED + 44, CASE_DRAWS, TestkitAgreementTest::mandateIn);
    agreesInCases(MandateGens::invalid, SEED + 45, CASE_DRAWS, TestkitAgreementTest::mandateIn);
  }

  @Test
  void aSuspendedContingentAgreesInTheSuspensionScenario() {
    Scenario suspension = CstoGens.scenarios(FACTS).edgeCases().get(1);
    agrees(MandateGens.contingentFromSuspendedMember(suspension), SEED + 50,
        m -> mandateIn(m, suspension));
  }

  @Test
  void everyInvalidKindIsCovered() {
    List<String> covered = List.of(RuleIds.CHARTER_12_CONSENSUS, RuleIds.CHARTER_12_LIMITED_FORMAT,
        RuleIds.PK_3_OPERATION_ON_MEMBER_TERRITORY, RuleIds.PK_3_OPERATION_OUTSIDE_CSTO,
        RuleIds.PK_COMMAND_COMPOSITION_COMPLETION, RuleIds.CRRF_USE_DECISION);
    assertEquals(Set.copyOf(RuleIds.BROKEN_BY_GENERATORS), Set.copyOf(covered));
  }
}
