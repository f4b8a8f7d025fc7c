package io.github.cstokit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.State;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties over generated decisions, from fixed seeds printed on failure. A small local generator until
 * the shared generators are available.
 */
class DecisionPropertiesTest {

  static final long SEED = 0x5EED_2022_0106L;
  static final int CASES = 2_000;
  static final Scenario FACTS = Episodes.FACTS;
  static final String[] CANDIDATES = {"AM", "AZ", "BY", "GE", "KG", "KZ", "RU", "TJ", "UZ", "US"};
  static final LocalDate FIRST = LocalDate.of(1994, 4, 20);
  static final int DAYS = (int) (LocalDate.of(2026, 12, 31).toEpochDay() - FIRST.toEpochDay());

  static SplittableRandom seeded(long seed) {
    System.out.println("DecisionPropertiesTest seed " + seed + ", " + CASES + " cases");
    return new SplittableRandom(seed);
  }

  static Decision generate(SplittableRandom rnd) {
    LocalDate date = FIRST.plusDays(rnd.nextInt(DAYS));
    Body[] bodies = Body.values();
    Matter[] matters = Matter.values();
    Position[] positions = Position.values();
    Decision.Builder b = Decision.builder().body(bodies[rnd.nextInt(bodies.length)]).date(date)
        .matter("generated").matterKind(matters[rnd.nextInt(matters.length)])
        .format(rnd.nextInt(4) == 0 ? DecisionFormat.LIMITED : DecisionFormat.STANDARD);
    // Mostly members, sometimes outsiders.
    for (State s : FACTS.members(date)) {
      if (rnd.nextInt(10) < 9) {
        b.putPosition(s.isoAlpha2(), rnd.nextInt(3) == 0
            ? positions[rnd.nextInt(positions.length)] : Position.SUPPORTS);
      }
      if (rnd.nextInt(3) == 0) {
        b.addSignature(s.isoAlpha2());
      }
    }
    if (rnd.nextInt(10) == 0) {
      b.putPosition(CANDIDATES[rnd.nextInt(CANDIDATES.length)], Position.SUPPORTS);
    }
    return b.build();
  }

  static String replay(long seed, int i, Decision d) {
    return "seed " + seed + ", case " + i + ": " + d + " " + d.positions() + " signed " + d.signatures();
  }

  @Test
  void addingAnObjectionNeverAdoptsARejectedDecision() {
    SplittableRandom rnd = seeded(SEED);
    int rejected = 0;
    for (int i = 0; i < CASES; i++) {
      Decision d = generate(rnd);
      String objector = CANDIDATES[rnd.nextInt(CANDIDATES.length)];
      if (!DecisionRules.isAdopted(d, FACTS)) {
        rejected++;
        Decision worse = d.withPosition(objector, Position.OBJECTS);
        assertFalse(DecisionRules.isAdopted(worse, FACTS), replay(SEED, i, worse));
        assertTrue(DecisionRules.check(worse, FACTS).outcome() != Outcome.SATISFIED, replay(SEED, i, worse));
      }
    }
    assertTrue(rejected > 100, "too few rejected cases: " + rejected);
  }

  @Test
  void unanimousDecisionsOfMembersInGoodStandingAreAdopted() {
    SplittableRandom rnd = seeded(SEED + 1);
    Body[] deciding = {Body.COLLECTIVE_SECURITY_COUNCIL, Body.COUNCIL_OF_FOREIGN_MINISTERS,
        Body.COUNCIL_OF_DEFENCE_MINISTERS, Body.COMMITTEE_OF_SECRETARIES_OF_SECURITY_COUNCILS};
    int checked = 0;
    for (int i = 0; i < CASES; i++) {
      Decision d = generate(rnd);
      if (FACTS.members(d.date()).isEmpty()) {
        continue;
      }
      List<String> members = new ArrayList<>();
      for (State s : FACTS.members(d.date())) {
        members.add(s.isoAlpha2());
      }
      Decision.Builder b = Decision.builder().body(deciding[rnd.nextInt(deciding.length)]).date(d.date())
          .matter("unanimous").matterKind(d.matterKind()).format(DecisionFormat.STANDARD);
      for (String m : members) {
        b.putPosition(m, rnd.nextBoolean() ? Position.SUPPORTS : Position.JOINED_LATER);
      }
      Decision u = b.build();
      assertTrue(DecisionRules.isAdopted(u, FACTS), replay(SEED + 1, i, u));
      Verdict v = DecisionRules.check(u, FACTS);
      assertEquals(Outcome.SATISFIED, v.finding(Rule.CHARTER_12_CONSENSUS).get().outcome(),
          replay(SEED + 1, i, u) + "\n" + v.explain());
      checked++;
    }
    assertTrue(checked > 1000, "too few cases: " + checked);
  }

  @Test
  void verdictJsonIsIdenticalAcrossTwoComputations() {
    SplittableRandom first = seeded(SEED + 2);
    SplittableRandom second = new SplittableRandom(SEED + 2);
    for (int i = 0; i < CASES; i++) {
      Decision a = generate(first);
      Decision b = generate(second);
      String ja = DecisionRules.check(a, FACTS).toJson();
      String jb = DecisionRules.check(b, FACTS).toJson();
      assertEquals(ja, jb, replay(SEED + 2, i, a));
    }
  }

  @Test
  void isAdoptedAgreesWithTheVerdict() {
    SplittableRandom rnd = seeded(SEED + 3);
    for (int i = 0; i < CASES; i++) {
      Decision d = generate(rnd);
      Verdict v = DecisionRules.check(d, FACTS);
      boolean adopted = v.finding(Rule.CHARTER_12_CONSENSUS).get().outcome() == Outcome.SATISFIED
          || v.finding(Rule.CHARTER_12_LIMITED_FORMAT).map(f -> f.outcome() == Outcome.SATISFIED)
              .orElse(false);
      assertEquals(adopted, DecisionRules.isAdopted(d, FACTS), replay(SEED + 3, i, d) + "\n" + v.explain());
    }
  }
}
