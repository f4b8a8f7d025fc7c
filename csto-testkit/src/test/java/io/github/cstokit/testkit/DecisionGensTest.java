package io.github.cstokit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.Matter;
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
    return members(FACTS, day);
  }

  /** The codes of the members entitled on a day per the facts: status MEMBER, frozen or not. */
  static Set<String> members(CstoFacts facts, LocalDate day) {
    Set<String> codes = new TreeSet<>();
    for (State s : facts.members(day)) {
      codes.add(s.isoAlpha2());
    }
    return codes;
  }

  /**
   * A valid consensus decision as documented: a deciding body, a matter of
   * {@link DecisionGens#CONSENSUS_MATTERS}, and every member of the day consenting (below).
   */
  static void assertConsensus(CstoFacts facts, Decision d) {
    assertEveryMemberConsents(facts, d);
    assertTrue(DecisionGens.DECIDING_BODIES.contains(d.body()), d.toString());
    assertTrue(DecisionGens.CONSENSUS_MATTERS.contains(d.matter()), d.toString());
  }

  /**
   * The standard format, a day from the Charter's entry into force to the end of the history with at
   * least one member, every member of the day and no other state supporting and signing; no id, no
   * source.
   */
  static void assertEveryMemberConsents(CstoFacts facts, Decision d) {
    Set<String> members = members(facts, d.date());
    assertFalse(members.isEmpty(), d.toString());
    assertEquals(members, d.positions().keySet(), d.toString());
    assertTrue(d.positions().values().stream().allMatch(p -> p == Position.SUPPORTS), d.toString());
    assertEquals(members, d.signatures(), d.toString());
    assertEquals(DecisionFormat.STANDARD, d.format());
    assertFalse(d.date().isBefore(RealFacts.CHARTER_IN_FORCE), d.toString());
    assertFalse(d.date().isAfter(CstoGens.HISTORY_END), d.toString());
    assertTrue(d.id().isEmpty() && d.sources().isEmpty(), d.toString());
  }

  /** The rule id is one the testkit declares its generators break. */
  static void assertKnownRule(Invalid<?> inv) {
    assertTrue(RuleIds.BROKEN_BY_GENERATORS.contains(inv.ruleId()), inv.toString());
    assertFalse(inv.description().isBlank(), inv.toString());
    assertFalse(inv.description().contains("\n"), inv.toString());
  }

  /**
   * A decision with one objection as documented: the consensus decision of its day with exactly one
   * member's position turned to OBJECTS and that member's signature removed, about a matter other than
   * a procedural one, on a day with at least two members.
   */
  static void assertOneObjection(CstoFacts facts, Invalid<Decision> inv) {
    assertKnownRule(inv);
    assertEquals(RuleIds.CHARTER_12_CONSENSUS, inv.ruleId());
    Decision d = inv.value();
    Set<String> objectors = new TreeSet<>();
    d.positions().forEach((state, p) -> {
      if (p == Position.OBJECTS) {
        objectors.add(state);
      }
    });
    assertEquals(1, objectors.size(), inv.toString());
    String objector = objectors.iterator().next();
    assertTrue(members(facts, d.date()).size() >= 2, inv.toString());
    assertFalse(d.signatures().contains(objector), inv.toString());
    assertTrue(inv.description().startsWith(objector + " "), inv.toString());
    assertFalse(d.matter() == Matter.PROCEDURAL, inv.toString());
    // Restoring the objector's support and signature gives back a valid consensus decision.
    Set<String> signatures = new TreeSet<>(d.signatures());
    signatures.add(objector);
    assertConsensus(facts, d.withPosition(objector, Position.SUPPORTS).withSignatures(signatures));
  }

  /**
   * An early limited-format decision as documented: the CSC, a general matter, from the Charter's entry
   * into force to the day before the 2010 protocol's; every member of the day recorded, some supporting
   * and signing, at least one not participating, none objecting.
   */
  static void assertTooEarly(CstoFacts facts, Invalid<Decision> inv) {
    assertKnownRule(inv);
    assertEquals(RuleIds.CHARTER_12_LIMITED_FORMAT, inv.ruleId());
    Decision d = inv.value();
    assertEquals(DecisionFormat.LIMITED, d.format());
    assertEquals(Body.COLLECTIVE_SECURITY_COUNCIL, d.body());
    assertEquals(Matter.GENERAL, d.matter());
    assertTrue(d.date().isBefore(RealFacts.LIMITED_FORMAT_IN_FORCE), inv.toString());
    assertFalse(d.date().isBefore(RealFacts.CHARTER_IN_FORCE), inv.toString());
    assertEquals(members(facts, d.date()), d.positions().keySet(), inv.toString());
    assertTrue(d.positions().containsValue(Position.SUPPORTS), inv.toString());
    assertTrue(d.positions().containsValue(Position.DOES_NOT_PARTICIPATE), inv.toString());
    assertFalse(d.positions().containsValue(Position.OBJECTS), inv.toString());
    assertEquals(supporters(d), d.signatures(), inv.toString());
  }

  private static Set<String> supporters(Decision d) {
    Set<String> out = new TreeSet<>();
    d.positions().forEach((state, p) -> {
      if (p == Position.SUPPORTS) {
        out.add(state);
      }
    });
    return out;
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
    Set<Matter> matters = EnumSet.noneOf(Matter.class);
    PropertyCheck.forAll(DecisionGens.consensus(FACTS), 2L, N, d -> {
      assertConsensus(FACTS, d);
      bodies.add(d.body());
      matters.add(d.matter());
    });
    assertEquals(Set.copyOf(DecisionGens.DECIDING_BODIES), bodies);
    assertEquals(Set.copyOf(DecisionGens.CONSENSUS_MATTERS), matters);
  }

  @Test
  void consensusOfEachBody() {
    for (Body body : DecisionGens.DECIDING_BODIES) {
      PropertyCheck.forAll(DecisionGens.consensus(FACTS, body), 3L, N, d -> {
        assertEquals(body, d.body());
        assertConsensus(FACTS, d);
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
    assertTrue(days.contains(RealFacts.UZ_SUSPENSION));
    assertTrue(days.contains(RealFacts.CHARTER_IN_FORCE));
    assertFalse(days.contains(RealFacts.CHARTER_IN_FORCE.minusDays(1)));
    Decision suspension = edges.stream().filter(d -> d.date().equals(RealFacts.UZ_SUSPENSION))
        .findFirst().orElseThrow();
    assertFalse(suspension.positions().containsKey("UZ"));
    assertEquals(MembershipStatus.SUSPENDED, FACTS.status("UZ", RealFacts.UZ_SUSPENSION));

    Scenario single = CstoGens.scenarios().edgeCases().get(0);
    List<Decision> singleEdges = DecisionGens.consensus(single).edgeCases();
    assertTrue(singleEdges.stream().anyMatch(d -> d.positions().size() == 1));
    PropertyCheck.forAll(DecisionGens.consensus(single), 4L, N,
        d -> assertEquals(Map.of("QM", Position.SUPPORTS), d.positions()));
  }

  @Test
  void limitedFormatDecisionsAreValidAfterTheProtocol() {
    PropertyCheck.forAll(DecisionGens.limitedFormat(FACTS), 5L, N, d -> {
      assertEquals(DecisionFormat.LIMITED, d.format());
      assertEquals(Body.COLLECTIVE_SECURITY_COUNCIL, d.body());
      assertEquals(Matter.GENERAL, d.matter());
      assertFalse(d.date().isBefore(RealFacts.LIMITED_FORMAT_IN_FORCE));
      assertFalse(d.date().isAfter(CstoGens.HISTORY_END));
      assertEquals(supporters(d), d.signatures());
      assertEquals(members(d.date()), d.positions().keySet());
      assertTrue(d.positions().containsValue(Position.SUPPORTS));
      assertFalse(d.positions().containsValue(Position.OBJECTS));
    });
  }

  @Test
  void oneObjectionBreaksOnlyConsensus() {
    PropertyCheck.forAll(DecisionGens.withOneObjection(FACTS), 6L, N, inv -> {
      Decision d = inv.value();
      assertOneObjection(FACTS, inv);
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
      assertKnownRule(inv);
      Set<String> extra = new TreeSet<>(d.positions().keySet());
      extra.removeAll(members(d.date()));
      assertEquals(1, extra.size());
      String outsider = extra.iterator().next();
      assertTrue(FACTS.state(outsider).isEmpty()
          || FACTS.status(outsider, d.date()) != MembershipStatus.MEMBER, inv.toString());
      assertFalse(d.signatures().contains(outsider), inv.toString());
      // Without the outsider's position it is the valid consensus decision of the day.
      assertConsensus(FACTS, d.withoutPosition(outsider));
      assertTrue(d.positions().keySet().containsAll(members(d.date())));
      assertTrue(d.positions().values().stream().allMatch(p -> p == Position.SUPPORTS));
    });
  }

  @Test
  void anEarlyLimitedFormatBreaksOnlyTheLimitedFormatRule() {
    PropertyCheck.forAll(DecisionGens.limitedFormatTooEarly(FACTS), 8L, N, inv -> {
      Decision d = inv.value();
      assertTooEarly(FACTS, inv);
      assertTrue(d.date().isBefore(RealFacts.LIMITED_FORMAT_IN_FORCE));
      assertFalse(d.date().isBefore(RealFacts.CHARTER_IN_FORCE));
      assertEquals(Body.COLLECTIVE_SECURITY_COUNCIL, d.body());
      // it relies on the format: someone supports, someone does not participate, nobody objects
      assertTrue(d.positions().containsValue(Position.SUPPORTS));
      assertTrue(d.positions().containsValue(Position.DOES_NOT_PARTICIPATE));
      assertFalse(d.positions().containsValue(Position.OBJECTS));
      assertEquals(members(d.date()), d.positions().keySet());
    });
  }

  @Test
  void invalidDecisionsAreEachOfADocumentedKind() {
    Set<String> rules = new TreeSet<>();
    PropertyCheck.forAll(DecisionGens.invalid(FACTS), 9L, N, inv -> {
      if (inv.value().format() == DecisionFormat.LIMITED) {
        assertTooEarly(FACTS, inv);
      } else {
        assertOneObjection(FACTS, inv);
      }
      rules.add(inv.ruleId());
    });
    assertEquals(Set.of(RuleIds.CHARTER_12_CONSENSUS, RuleIds.CHARTER_12_LIMITED_FORMAT), rules);
    PropertyCheck.forAll(CstoGens.cases(DecisionGens::withOneObjection), 9L, N,
        in -> assertOneObjection(in.facts(), in.subject()));
  }

  @Test
  void aSeedReplaysTheSameDecisions() {
    SeedReplay.assertReplays(DecisionGens.consensus(FACTS), 10L);
    SeedReplay.assertReplays(DecisionGens.invalid(FACTS), 10L);
    SeedReplay.assertReplays(DecisionGens.limitedFormat(FACTS), 10L);
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
