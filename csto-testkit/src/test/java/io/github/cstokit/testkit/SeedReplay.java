package io.github.cstokit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The generators' tests' one check that a seed replays its values. */
final class SeedReplay {

  private static final int DRAWS = 2_000;

  private SeedReplay() {}

  /** The same seed draws the same values, and the next seed other values. */
  static void assertReplays(Gen<?> gen, long seed) {
    assertEquals(Samples.of(gen, seed, DRAWS), Samples.of(gen, seed, DRAWS), gen::name);
    assertNotEquals(Samples.of(gen, seed, DRAWS), Samples.of(gen, seed + 1, DRAWS), gen::name);
  }
}
