package io.github.cstokit.testkit;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A small property runner for plain JUnit (or any test framework): checks a property on the values of a
 * generator for a fixed seed, and on failure throws an {@link AssertionError} that names the seed, the
 * case index and the value, shrunk where the generator can shrink, so the failure can be replayed.
 *
 * <p>The cases are exactly {@link Samples#of(Gen, long, int) Samples.of(gen, seed, count)}: the edge
 * cases first, then draws from a {@link java.util.SplittableRandom} seeded with {@code seed}. A property
 * fails when it throws an {@link AssertionError} or a {@link RuntimeException} (or, for
 * {@link #holds}, returns false). The failing value is then shrunk greedily: the first candidate of
 * {@link Gen#shrink(Object)} that still fails replaces it, for at most {@value #MAX_SHRINK_STEPS} steps.
 *
 * <pre>{@code
 * @Test
 * void everyDayOfTheHistoryParses() {
 *   PropertyCheck.forAll(CstoGens.dates(), 42L, 10_000,
 *       day -> assertEquals(day, PartialDate.parse(day.toString()).firstDay()));
 * }
 * }</pre>
 *
 * <p>A failure reads like this:
 *
 * <pre>
 * Property failed at case 37 of 10000 with seed 42
 *   generator: dates(1992-05-15..2026-12-31)
 *   value:     2012-12-19
 *   shrunk:    2003-09-18 (3 steps)
 *   failure:   expected: &lt;true&gt; but was: &lt;false&gt;
 *   replay:    Samples.of(gen, 42L, 38).get(37), or PropertyCheck.forAll(gen, 42L, 10000, property)
 * </pre>
 *
 * <p>This class is thread-safe: it has no state.
 */
public final class PropertyCheck {

  /** The most shrinking steps taken for one failure. */
  public static final int MAX_SHRINK_STEPS = 1_000;

  private PropertyCheck() {}

  /**
   * Checks that a property, written as assertions, holds for {@code count} values of a generator.
   *
   * @param <T> the type of the values
   * @param gen the generator, not null
   * @param seed the seed; printed on failure
   * @param count the number of cases, not negative
   * @param property the property: throws {@link AssertionError} or a {@link RuntimeException} when it
   *     does not hold; not null
   * @throws AssertionError if the property fails for a value; the message gives the seed, the case index,
   *     the value and the shrunk value, and the cause is the property's error on the shrunk value
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static <T> void forAll(Gen<T> gen, long seed, int count, Consumer<? super T> property) {
    Objects.requireNonNull(gen, "gen");
    Objects.requireNonNull(property, "property");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative but was " + count);
    }
    List<T> edges = gen.edgeCases();
    RandomGenerator random = Samples.random(seed);
    for (int i = 0; i < count; i++) {
      T value = i < edges.size() ? edges.get(i) : gen.next(random);
      Throwable failure = failure(property, value);
      if (failure != null) {
        throw report(gen, seed, count, i, value, failure, property);
      }
    }
  }

  /**
   * Checks that a predicate is true for {@code count} values of a generator.
   *
   * @param <T> the type of the values
   * @param gen the generator, not null
   * @param seed the seed; printed on failure
   * @param count the number of cases, not negative
   * @param property the property, not null
   * @throws AssertionError if the predicate is false or throws for a value; the message gives the seed,
   *     the case index, the value and the shrunk value
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static <T> void holds(Gen<T> gen, long seed, int count, Predicate<? super T> property) {
    Objects.requireNonNull(property, "property");
    forAll(
        gen,
        seed,
        count,
        value -> {
          if (!property.test(value)) {
            throw new AssertionError("the property is false");
          }
        });
  }

  private static <T> Throwable failure(Consumer<? super T> property, T value) {
    try {
      property.accept(value);
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }

  private static <T> AssertionError report(
      Gen<T> gen, long seed, int count, int index, T value, Throwable failure,
      Consumer<? super T> property) {
    T current = value;
    Throwable currentFailure = failure;
    int steps = 0;
    boolean shrunk = true;
    while (shrunk && steps < MAX_SHRINK_STEPS) {
      shrunk = false;
      for (T candidate : gen.shrink(current)) {
        Throwable f = failure(property, candidate);
        if (f != null) {
          current = candidate;
          currentFailure = f;
          steps++;
          shrunk = true;
          break;
        }
      }
    }
    StringBuilder sb = new StringBuilder(256)
        .append("Property failed at case ").append(index).append(" of ").append(count)
        .append(" with seed ").append(seed)
        .append("\n  generator: ").append(gen.name())
        .append("\n  value:     ").append(value)
        .append("\n  shrunk:    ");
    if (steps == 0) {
      sb.append("(no simpler failing value)");
    } else {
      sb.append(current).append(" (").append(steps).append(steps == 1 ? " step)" : " steps)");
    }
    sb.append("\n  failure:   ").append(currentFailure)
        .append("\n  replay:    Samples.of(gen, ").append(seed).append("L, ").append(index + 1)
        .append(").get(").append(index).append("), or PropertyCheck.forAll(gen, ").append(seed)
        .append("L, ").append(count).append(", property)");
    return new AssertionError(sb.toString(), currentFailure);
  }
}
