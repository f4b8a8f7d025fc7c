package io.github.cstokit.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Seeded, reproducible samples of a generator: its {@link Gen#edgeCases() edge cases} first, in order,
 * then random draws.
 *
 * <p><b>Which random source, and why.</b> Every seed is turned into a {@link SplittableRandom}
 * ({@link #random(long)}). Its algorithm (SplitMix64) and its output for a given seed are fixed by its
 * specification and have not changed since Java 8, it is in {@code java.base} (no algorithm lookup that
 * a trimmed runtime image could lack), and it is fast. So the same seed gives the same sequence on every
 * JVM. Nothing here keeps a global or static random source: the seed is always explicit.
 *
 * <pre>{@code
 * List<LocalDate> days = Samples.of(CstoGens.dates(), 42L, 1_000);   // the same 1,000 days on every run
 *
 * // JUnit Jupiter: @ParameterizedTest @MethodSource("decisions") void check(Decision d) { ... }
 * static Stream<Decision> decisions() {
 *   return Samples.stream(DecisionGens.consensus(facts), 42L, 500);
 * }
 * }</pre>
 *
 * <p>This class is thread-safe: it has no state.
 */
public final class Samples {

  private Samples() {}

  /**
   * Returns a new random source for a seed: a {@link SplittableRandom}, for the reasons in the class
   * documentation.
   *
   * @param seed the seed
   * @return a new random source, not null
   */
  public static RandomGenerator random(long seed) {
    return new SplittableRandom(seed);
  }

  /**
   * Returns the first {@code count} values of a generator for a seed: its edge cases first (as many as
   * fit), then values drawn from {@link #random(long) random(seed)}. The same arguments give an equal
   * list on every run and every JVM. Case {@code i} of a {@link PropertyCheck} with the same generator and
   * seed is element {@code i} of this list.
   *
   * @param <T> the type of the values
   * @param gen the generator, not null
   * @param seed the seed
   * @param count the number of values, not negative
   * @return an unmodifiable list of {@code count} values, not null
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static <T> List<T> of(Gen<T> gen, long seed, int count) {
    Objects.requireNonNull(gen, "gen");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative but was " + count);
    }
    List<T> edges = gen.edgeCases();
    RandomGenerator random = random(seed);
    List<T> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(i < edges.size() ? edges.get(i) : gen.next(random));
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * Returns the same values as {@link #of(Gen, long, int)}, as a stream, for example for a JUnit
   * {@code @MethodSource}.
   *
   * @param <T> the type of the values
   * @param gen the generator, not null
   * @param seed the seed
   * @param count the number of values, not negative
   * @return a sequential stream of {@code count} values, not null
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static <T> Stream<T> stream(Gen<T> gen, long seed, int count) {
    return of(gen, seed, count).stream();
  }
}
