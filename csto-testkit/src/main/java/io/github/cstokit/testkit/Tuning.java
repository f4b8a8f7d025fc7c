package io.github.cstokit.testkit;

import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/** The tuning constants of the generators, documented in {@code Gen}'s javadoc; not API. */
final class Tuning {

  /** Library generators return an edge case on one draw in this many, on average. */
  static final int EDGE_CASE_ONE_IN = 10;

  /** The number of draws {@code Gen.filter(Predicate)} and the domain generators try before giving up. */
  static final int DEFAULT_MAX_TRIES = 1_000;

  private Tuning() {}

  /**
   * One draw of a generator with edge cases: one of them, chosen uniformly, on one draw in
   * {@link #EDGE_CASE_ONE_IN} on average, else the raw draw.
   *
   * @param <T> the type of the values
   * @param edgeCases the edge cases, possibly empty (then every draw is raw)
   * @param random the source of randomness
   * @param draw the raw draw
   * @return the value drawn
   */
  static <T> T drawWithEdgeCases(
      List<? extends T> edgeCases, RandomGenerator random, Function<RandomGenerator, ? extends T> draw) {
    if (!edgeCases.isEmpty() && random.nextInt(EDGE_CASE_ONE_IN) == 0) {
      return edgeCases.get(random.nextInt(edgeCases.size()));
    }
    return draw.apply(random);
  }
}
