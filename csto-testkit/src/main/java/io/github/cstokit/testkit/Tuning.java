package io.github.cstokit.testkit;

/** The tuning constants of the generators, documented in {@code Gen}'s javadoc; not API. */
final class Tuning {

  /** Library generators return an edge case on one draw in this many, on average. */
  static final int EDGE_CASE_ONE_IN = 10;

  /** The number of draws {@code Gen.filter(Predicate)} and the domain generators try before giving up. */
  static final int DEFAULT_MAX_TRIES = 1_000;

  private Tuning() {}
}
