package io.github.cstokit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.State;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DecisionGensTest {

  private static final int N = 10_000;
  private static final Scenario FACTS = RealFacts.FACTS;

  private static Set<String> members(LocalDate day) {
    Set<String> codes = new TreeSet<>();
    for (State s : FACTS.members(day)) {
      codes.add(s.isoAlpha2());
    }
    return codes;
  }

  @Test
  void positionsCoverEveryValue() {
    Set<Position> seen = EnumSet.noneOf(Position.class);
    PropertyCheck.forAll(DecisionGens.positions(), 1L, N, seen::add);
    assertEquals(EnumSet.allOf(Position.class), seen);
  }

  @Test
  void consensusDecisionsHaveEveryMemberSupporting() {
    Set<Body> bodies = EnumSet.noneOf(Body.class);
    PropertyCheck.forAll(DecisionGens.consensus(FACTS), 2L, N, d -> {
      assertEquals(Set.of(), RuleCheck.broken(FACTS, d), d.toString());
      assertEquals(members(d.date()), d.positions().keySet());
      assertEquals(members(d.date()), d.signatures());
      assertTrue(d.positions().values().stream().allMatch(p -> p == Position.SUPPORTS));
      assertEquals(DecisionFormat.STANDARD, d.format());
      assertTrue(DecisionGens.DECIDING_BODIES.contains(d.body()));
      assertTrue(DecisionGens.CONSENSUS_MATTERS.contains(d.matter()));
      assertFalse(d.date().isBefore(d.body() == Body.COLLECTIVE_SECURITY_COUNCIL
          ? CstoGens.TREATY_IN_FORCE : CstoGens.CHARTER_IN_FORCE));
      assertFalse(d.date().isAfter(CstoGens.HISTORY_END));
      bodies.add(d.body());
    });
    assertEquals(Set.copyOf(DecisionGens.DECIDING_BODIES), bodies);
  }

  @Test
  void consensusOfEachBody() {
    for (Body body : DecisionGens.DECIDING_BODIES) {
      PropertyCheck.forAll(DecisionGens.consensus(FACTS, body), 3L, N, d -> {
        assertEquals(body, d.body());
        assertEquals(Set.of(), RuleCheck.broken(FACTS, d), d.toString());
      });
    }
    assertThrows(IllegalArgumentException.class,
        () -> DecisionGens.consensus(FACTS, Body.SECRETARIAT));
    assertThrows(IllegalArgumentException.class,
        () -> DecisionGens.consensus(Scenario.builder().build()));
  }

  @Test
  void edgeCasesIncludeTheKeyDaysAndASingleMemberBody() {
    List<Decision> edges = DecisionGens.consensus(FACTS, Body.COLLECTIVE_SECURITY_COUNCIL).edgeCases();
    Set<LocalDate> days = new TreeSet<>();
    edges.forEach(d -> days.add(d.date()));
    // From the Charter's entry into force, the instrument of the consensus rule.
    assertFalse(days.contains(CstoGens.TREATY_IN_FORCE));
    assertTrue(days.contains(CstoGens.UZ_SUSPENSION));
    assertTrue(days.contains(CstoGens.CHARTER_IN_FORCE));
    assertFalse(days.contains(CstoGens.CHARTER_IN_FORCE.minusDays(1)));
    Decision suspension = edges.stream().filter(d -> d.date().equals(CstoGens.UZ_SUSPENSION))
        .findFirst().orElseThrow();
    assertFalse(suspension.positions().containsKey("UZ"));
    assertEquals(MembershipStatus.SUSPENDED, FACTS.status("UZ", CstoGens.UZ_SUSPENSION));

    Scenario single = CstoGens.scenarios().edgeCases().get(0);
    List<Decision> singleEdges = DecisionGens.consensus(single).edgeCases();
    assertTrue(singleEdges.stream().anyMatch(d -> d.positions().size() == 1));
    PropertyCheck.forAll(DecisionGens.consensus(single), 4L, N,
        d -> assertEquals(Map.of("QM", Position.SUPPORTS), d.positions()));
  }

  @Test
  void limitedFormatDecisionsAreValidAfterTheProtocol() {
    PropertyCheck.forAll(DecisionGens.limitedFormat(FACTS), 5L, N, d -> {
      assertEquals(Set.of(), RuleCheck.broken(FACTS, d), d.toString());
      assertEquals(DecisionFormat.LIMITED, d.format());
      assertFalse(d.date().isBefore(CstoGens.LIMITED_FORMAT_IN_FORCE));
      assertEquals(members(d.date()), d.positions().keySet());
      assertTrue(d.positions().containsValue(Position.SUPPORTS));
      assertFalse(d.positions().containsValue(Position.OBJECTS));
    });
  }

  @Test
  void oneObjectionBreaksOnlyConsensus() {
    PropertyCheck.forAll(DecisionGens.withOneObjection(FACTS), 6L, N, inv -> {
      Decision d = inv.value();
      assertEquals(RuleIds.CHARTER_12_CONSENSUS, inv.ruleId());
      assertEquals(Set.of(inv.ruleId()), RuleCheck.broken(FACTS, d), inv.toString());
      assertEquals(members(d.date()), d.positions().keySet());
      assertEquals(1, d.positions().values().stream().filter(p -> p == Position.OBJECTS).count());
      assertEquals(d.positions().size() - 1,
          d.positions().values().stream().filter(p -> p == Position.SUPPORTS).count());
      assertEquals(DecisionFormat.STANDARD, d.format());
    });
  }

  @Test
  @SuppressWarnings("deprecation")
  void aNonMemberPositionIsNotCountedAndBreaksNoRule() {
    PropertyCheck.forAll(DecisionGens.withNonMemberPosition(FACTS), 7L, N, inv -> {
      Decision d = inv.value();
      assertEquals(RuleIds.CHARTER_12_CONSENSUS, inv.ruleId());
      assertEquals(Set.of(), RuleCheck.broken(FACTS, d), inv.toString());
      Set<String> extra = new TreeSet<>(d.positions().keySet());
      extra.removeAll(members(d.date()));
      assertEquals(1, extra.size());
      assertTrue(d.positions().keySet().containsAll(members(d.date())));
      assertTrue(d.positions().values().stream().allMatch(p -> p == Position.SUPPORTS));
    });
  }

  @Test
  void anEarlyLimitedFormatBreaksOnlyTheLimitedFormatRule() {
    PropertyCheck.forAll(DecisionGens.limitedFormatTooEarly(FACTS), 8L, N, inv -> {
      Decision d = inv.value();
      assertEquals(RuleIds.CHARTER_12_LIMITED_FORMAT, inv.ruleId());
      assertEquals(Set.of(inv.ruleId()), RuleCheck.broken(FACTS, d), inv.toString());
      assertTrue(d.date().isBefore(CstoGens.LIMITED_FORMAT_IN_FORCE));
      assertFalse(d.date().isBefore(CstoGens.CHARTER_IN_FORCE));
      assertEquals(Body.COLLECTIVE_SECURITY_COUNCIL, d.body());
      // it relies on the format: someone supports, someone does not participate, nobody objects
      assertTrue(d.positions().containsValue(Position.SUPPORTS));
      assertTrue(d.positions().containsValue(Position.DOES_NOT_PARTICIPATE));
      assertFalse(d.positions().containsValue(Position.OBJECTS));
      assertEquals(members(d.date()), d.positions().keySet());
    });
  }

  @Test
  void invalidDecisionsEachBreakExactlyTheirRule() {
    Set<String> rules = new TreeSet<>();
    PropertyCheck.forAll(DecisionGens.invalid(FACTS), 9L, N, inv -> {
      assertEquals(Set.of(inv.ruleId()), RuleCheck.broken(FACTS, inv.value()), inv.toString());
      assertFalse(inv.description().isBlank());
      rules.add(inv.ruleId());
    });
    assertEquals(Set.of(RuleIds.CHARTER_12_CONSENSUS, RuleIds.CHARTER_12_LIMITED_FORMAT), rules);
    PropertyCheck.forAll(CstoGens.cases(DecisionGens::withOneObjection), 9L, N,
        in -> assertEquals(Set.of(in.subject().ruleId()),
            RuleCheck.broken(in.facts(), in.subject().value())));
  }

  @Test
  void aSeedReplaysTheSameDecisions() {
    assertEquals(Samples.of(DecisionGens.consensus(FACTS), 10L, 2_000),
        Samples.of(DecisionGens.consensus(FACTS), 10L, 2_000));
    assertEquals(Samples.of(DecisionGens.invalid(FACTS), 10L, 2_000),
        Samples.of(DecisionGens.invalid(FACTS), 10L, 2_000));
  }

  @Test
  void drawsDecisionsQuickly() {
    Gen<Decision> gen = DecisionGens.consensus(FACTS);
    java.util.random.RandomGenerator random = Samples.random(11L);
    for (int i = 0; i < 50_000; i++) {
      gen.next(random); // warm-up
    }
    long start = System.nanoTime();
    int n = 200_000;
    int sum = 0;
    for (int i = 0; i < n; i++) {
      sum += gen.next(random).positions().size();
    }
    double perSecond = n / ((System.nanoTime() - start) / 1e9);
    assertTrue(sum > 0);
    // the benchmark proper is elsewhere; this only guards against a gross regression
    assertTrue(perSecond > 20_000, "decisions per second: " + perSecond);
    System.out.printf("consensus decisions per second: %.0f%n", perSecond);
  }
}
