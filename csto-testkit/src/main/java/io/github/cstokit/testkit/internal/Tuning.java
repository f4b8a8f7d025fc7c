package io.github.cstokit.testkit.internal;

/** The tuning constants of the generators, documented in {@code Gen}'s javadoc; not API. */
public final class Tuning {

  /** Library generators return an edge case on one draw in this many, on average. */
  public static final int EDGE_CASE_ONE_IN = 10;

  /** The number of draws {@code Gen.filter(Predicate)} and the domain generators try before giving up. */
  public static final int DEFAULT_MAX_TRIES = 1_000;

  private Tuning() {}
}
