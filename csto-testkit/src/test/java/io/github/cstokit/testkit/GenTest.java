package io.github.cstokit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class GenTest {

  private static final int N = 10_000;

  @Test
  void drawsWithinTheClosedRange() {
    SplittableRandom random = new SplittableRandom(1);
    Gen<Integer> gen = Gen.intRange(3, 5);
    for (int i = 0; i < N; i++) {
      int value = gen.next(random);
      assertTrue(value >= 3 && value <= 5, "out of range: " + value);
    }
    assertEquals(List.of(3, 5), gen.edgeCases());
    assertEquals(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0),
        Gen.intRange(Integer.MIN_VALUE, Integer.MAX_VALUE).edgeCases());
    PropertyCheck.holds(Gen.intRange(Integer.MIN_VALUE, Integer.MAX_VALUE), 2L, N, i -> true);
  }

  @Test
  void theSameSeedReplaysTheSameValues() {
    Gen<String> gen = Gen.intRange(0, 1000).map(i -> "v" + i);
    SplittableRandom a = new SplittableRandom(7);
    SplittableRandom b = new SplittableRandom(7);
    for (int i = 0; i < 100; i++) {
      assertEquals(gen.next(a), gen.next(b));
    }
    assertEquals(Samples.of(CstoGens.dates(), 99L, N), Samples.of(CstoGens.dates(), 99L, N));
  }

  @Test
  void replaysAKnownSequenceOnEveryJvm() {
    // SplittableRandom's output for a seed is fixed by its specification.
    assertEquals(List.of(46, 83, 32), Samples.of(Gen.intRange(1, 100), 42L, 5).subList(2, 5));
  }

  @Test
  void rejectsAnEmptyRange() {
    assertThrows(IllegalArgumentException.class, () -> Gen.intRange(2, 1));
    assertThrows(IllegalArgumentException.class,
        () -> Gen.dates(LocalDate.of(2000, 1, 2), LocalDate.of(2000, 1, 1)));
    assertThrows(IllegalArgumentException.class, () -> Gen.listOf(Gen.constant(1), 3, 2));
    assertThrows(IllegalArgumentException.class, () -> Gen.elements(List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> Gen.frequency(0, Gen.constant(1), 0, Gen.constant(2)));
  }

  @Test
  void filterGivesUpAfterTheBoundWithAClearError() {
    Gen<Integer> gen = Gen.intRange(0, 9).named("digits").filter(i -> i > 100);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> gen.next(Samples.random(1L)));
    assertTrue(e.getMessage().contains("'digits'"), e.getMessage());
    assertTrue(e.getMessage().contains("1000 values"), e.getMessage());
    IllegalStateException e5 = assertThrows(IllegalStateException.class,
        () -> Gen.intRange(0, 9).filter(i -> false, 5).next(Samples.random(1L)));
    assertTrue(e5.getMessage().contains("5 values"), e5.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Gen.intRange(0, 9).filter(i -> true, 0));
  }

  @Test
  void filterKeepsOnlyAcceptedValuesAndEdgeCases() {
    Gen<Integer> even = Gen.intRange(-10, 11).filter(i -> i % 2 == 0);
    PropertyCheck.holds(even, 3L, N, i -> i % 2 == 0 && i >= -10 && i <= 11);
    assertEquals(List.of(-10, 0), even.edgeCases());
    assertTrue(even.shrink(8).stream().allMatch(i -> i % 2 == 0));
  }

  @Test
  void flatMapAndMapCompose() {
    Gen<List<Integer>> gen = Gen.intRange(0, 5).flatMap(n -> Gen.listOf(Gen.constant(n), n, n));
    PropertyCheck.forAll(gen, 4L, N, list -> {
      assertTrue(list.stream().allMatch(x -> x == list.size()));
    });
    Gen<Integer> doubled = Gen.intRange(1, 3).map(i -> i * 2);
    assertEquals(List.of(2, 6), doubled.edgeCases());
  }

  @Test
  void elementsPicksEveryValueAndOneOfEveryGenerator() {
    Map<String, Integer> counts = new HashMap<>();
    PropertyCheck.forAll(Gen.elements("a", "b", "c"), 5L, N, s -> counts.merge(s, 1, Integer::sum));
    assertEquals(3, counts.size());
    assertTrue(counts.values().stream().allMatch(c -> c > 2_500), counts.toString());
    Gen<Integer> gens = Gen.oneOf(Gen.intRange(0, 9), Gen.intRange(100, 109));
    PropertyCheck.holds(gens, 6L, N, i -> (i >= 0 && i <= 9) || (i >= 100 && i <= 109));
    assertEquals(List.of(0, 9, 100, 109), gens.edgeCases());
    assertEquals(List.of("a", "b"), Gen.elements("a", "b", "c").shrink("c"));
  }

  @Test
  void frequencyFollowsTheWeights() {
    Gen<Integer> gen = Gen.frequency(9, Gen.constant(0), 1, Gen.constant(1));
    int ones = 0;
    RandomGenerator random = Samples.random(8L);
    for (int i = 0; i < N; i++) {
      ones += gen.next(random);
    }
    // 1/10 of draws from the second generator, plus edge-case mixing of the constant 1
    assertTrue(ones > 700 && ones < 2_000, "ones: " + ones);
    Gen<Integer> three = Gen.frequency(1, Gen.constant(1), 0, Gen.constant(2), 1, Gen.constant(3));
    PropertyCheck.holds(three, 9L, N, i -> i == 1 || i == 3);
    Gen<Integer> listed = Gen.frequency(List.of(Map.entry(1, Gen.constant(5))));
    PropertyCheck.holds(listed, 9L, N, i -> i == 5);
  }

  @Test
  void listOfRespectsTheSizesAndShrinksTowardsShorterLists() {
    Gen<List<Integer>> gen = Gen.listOf(Gen.intRange(0, 100), 2, 6);
    PropertyCheck.holds(gen, 10L, N, l -> l.size() >= 2 && l.size() <= 6
        && l.stream().allMatch(i -> i >= 0 && i <= 100));
    assertEquals(List.of(List.of(0, 0), List.of(0, 0, 0, 0, 0, 0)), gen.edgeCases());
    List<List<Integer>> shrunk = gen.shrink(List.of(50, 60, 70, 80));
    assertEquals(List.of(50, 60), shrunk.get(0));
    assertTrue(shrunk.stream().allMatch(l -> l.size() >= 2));
    assertEquals(List.of(List.of()), Gen.listOf(c -> 1, 0, 3).edgeCases());
  }

  @Test
  void datesStayInTheirRangeAndShrinkTowardsTheFirstDay() {
    LocalDate from = LocalDate.of(2012, 12, 18);
    LocalDate to = LocalDate.of(2012, 12, 20);
    Gen<LocalDate> gen = Gen.dates(from, to);
    PropertyCheck.holds(gen, 11L, N, d -> !d.isBefore(from) && !d.isAfter(to));
    assertEquals(List.of(from, to), gen.edgeCases());
    assertEquals(List.of(from, LocalDate.of(2012, 12, 19)), gen.shrink(to));
    assertEquals(List.of(from), gen.shrink(LocalDate.of(2012, 12, 19)));
    assertEquals(List.of(), gen.shrink(from));
  }

  @Test
  void edgeCasesComeFirstThenMixAtAboutOneInTen() {
    Gen<Integer> gen = Gen.intRange(1, 1_000_000).withEdgeCases(List.of(-1));
    List<Integer> sample = Samples.of(gen, 12L, N);
    assertEquals(List.of(-1, 1, 1_000_000), sample.subList(0, 3));
    long edges = sample.stream().skip(3).filter(i -> i == -1 || i == 1 || i == 1_000_000).count();
    // about 1/10 from withEdgeCases, plus about 1/10 of the rest from intRange's own edge cases
    assertTrue(edges > 1_400 && edges < 2_400, "edge draws: " + edges);
    assertEquals(Tuning.EDGE_CASE_ONE_IN, 10);
  }

  @Test
  void constantAndShrinkerAndName() {
    PropertyCheck.holds(Gen.constant("x"), 13L, N, "x"::equals);
    Gen<Integer> gen = Gen.intRange(0, 10).withShrinker(i -> i > 0 ? List.of(i - 1) : List.of());
    assertEquals(List.of(4), gen.shrink(5));
    assertEquals("gen", ((Gen<Integer>) r -> 1).name());
    assertEquals("intRange(0, 10)", Gen.intRange(0, 10).name());
    assertEquals(List.of(0, 5, 8, 9), Gen.intRange(0, 10).shrink(10));
  }
}
