package io.github.cstokit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.State;
import io.github.cstokit.testkit.CstoGens;
import io.github.cstokit.testkit.DecisionGens;
import io.github.cstokit.testkit.Gen;
import io.github.cstokit.testkit.Invalid;
import io.github.cstokit.testkit.PropertyCheck;
import io.github.cstokit.testkit.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties over decisions drawn from the shared generators under the bundled dataset, from fixed seeds;
 * each test prints its seed, and a failure names the seed, the case and the value.
 */
class DecisionPropertiesTest {

  static final long SEED = 0x5EED_2022_0106L;
  static final int CASES = 2_000;
  static final CstoFacts FACTS = CstoData.bundled();

  /** Valid decisions (consensus, limited format) and invalid ones of every kind, one in three each. */
  static final Gen<Decision> DECISIONS = Gen.<Decision>oneOf(
          DecisionGens.consensus(FACTS),
          DecisionGens.limitedFormat(FACTS),
          DecisionGens.invalid(FACTS).map(Invalid::value))
      .named("decisions(consensus | limitedFormat | invalid)");

  /** A decision and a state that will object to it: a real state, or now and then a hypothetical one. */
  record Objection(Decision decision, String objector) {}

  static final Gen<Objection> OBJECTIONS = DECISIONS.flatMap(
      d -> Gen.frequency(4, CstoGens.stateOf(FACTS), 1, CstoGens.hypotheticalStates())
          .map(State::isoAlpha2).map(s -> new Objection(d, s)));

  static long seeded(long seed) {
    System.out.println("DecisionPropertiesTest seed " + seed + ", " + CASES + " cases");
    return seed;
  }

  @Test
  void addingAnObjectionNeverAdoptsARejectedDecision() {
    int[] rejected = {0};
    PropertyCheck.forAll(OBJECTIONS, seeded(SEED), CASES, c -> {
      if (!DecisionRules.isAdopted(c.decision(), FACTS)) {
        rejected[0]++;
        Decision worse = c.decision().withPosition(c.objector(), Position.OBJECTS);
        assertFalse(DecisionRules.isAdopted(worse, FACTS), worse.toString());
        assertTrue(DecisionRules.check(worse, FACTS).outcome() != Outcome.SATISFIED, worse.toString());
      }
    });
    assertTrue(rejected[0] > 100, "too few rejected cases: " + rejected[0]);
  }

  @Test
  void unanimousDecisionsOfMembersInGoodStandingAreAdopted() {
    PropertyCheck.forAll(DecisionGens.consensus(FACTS), seeded(SEED + 1), CASES, d -> {
      assertTrue(DecisionRules.isAdopted(d, FACTS), d.toString());
      Verdict v = DecisionRules.check(d, FACTS);
      assertEquals(Outcome.SATISFIED, v.finding(Rule.CHARTER_12_CONSENSUS).get().outcome(), v.explain());
      // joining later is consent too
      Decision later = d;
      for (String m : d.positions().keySet()) {
        if ((m.hashCode() & 1) == 0) {
          later = later.withPosition(m, Position.JOINED_LATER);
        }
      }
      assertTrue(DecisionRules.isAdopted(later, FACTS), later.toString());
    });
  }

  @Test
  void verdictJsonIsIdenticalAcrossTwoComputations() {
    long seed = seeded(SEED + 2);
    List<Decision> first = Samples.of(DECISIONS, seed, CASES);
    List<Decision> second = Samples.of(DECISIONS, seed, CASES);
    for (int i = 0; i < CASES; i++) {
      String ja = DecisionRules.check(first.get(i), FACTS).toJson();
      String jb = DecisionRules.check(second.get(i), FACTS).toJson();
      assertEquals(ja, jb, "seed " + seed + ", case " + i + ": " + first.get(i));
    }
  }

  @Test
  void isAdoptedAgreesWithTheVerdict() {
    PropertyCheck.forAll(DECISIONS, seeded(SEED + 3), CASES, d -> {
      Verdict v = DecisionRules.check(d, FACTS);
      boolean adopted = v.finding(Rule.CHARTER_12_CONSENSUS).get().outcome() == Outcome.SATISFIED
          || v.finding(Rule.CHARTER_12_LIMITED_FORMAT).map(f -> f.outcome() == Outcome.SATISFIED)
              .orElse(false);
      assertEquals(adopted, DecisionRules.isAdopted(d, FACTS), v.explain());
    });
  }
}
