/**
 * Framework-neutral generators of CSTO values for property-based tests.
 *
 * <p>Generators draw from any {@link java.util.random.RandomGenerator}, so {@code java.util.Random},
 * {@code SplittableRandom} and the randomness of any property-testing tool plug in. The API is the one
 * exported package {@link io.github.cstokit.testkit}; for example
 * {@code PropertyCheck.forAll(CstoGens.dates(), 42L, 10_000, day -> ...)}.
 */
module io.github.cstokit.testkit {
  requires transitive io.github.cstokit.model;

  exports io.github.cstokit.testkit;
}
