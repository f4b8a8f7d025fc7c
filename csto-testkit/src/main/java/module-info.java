/**
 * Framework-neutral generators of CSTO values for property-based tests.
 *
 * <p>Generators draw from any {@link java.util.random.RandomGenerator}, so {@code java.util.Random},
 * {@code SplittableRandom} and the randomness of any property-testing tool plug in.
 */
module io.github.cstokit.testkit {
  requires transitive io.github.cstokit.model;
  requires static org.immutables.value.annotations;
  requires com.google.common;

  exports io.github.cstokit.testkit;
}
