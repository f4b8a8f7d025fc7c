package io.github.cstokit.testkit;

import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A generator of values of type {@code T}, driven by a {@link RandomGenerator}.
 *
 * <p>A generator holds no state of its own: the same random source in the same state gives the same
 * value, so a seed replays a whole run.
 *
 * <pre>{@code
 * Gen<Integer> dice = Gen.intRange(1, 6);
 * int roll = dice.next(new SplittableRandom(42));
 * }</pre>
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Gen<T> {

  /**
   * Draws the next value.
   *
   * @param random the source of randomness, not null
   * @return the drawn value, not null
   */
  T next(RandomGenerator random);

  /**
   * Returns a generator that applies a function to every value of this one.
   *
   * @param <R> the type of the mapped values
   * @param mapper the function to apply, not null
   * @return the mapped generator, not null
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return random -> mapper.apply(next(random));
  }

  /**
   * Returns a generator of integers in a closed range.
   *
   * @param min the smallest value
   * @param max the largest value, not smaller than {@code min}
   * @return the generator, not null
   * @throws IllegalArgumentException if {@code max < min}
   */
  static Gen<Integer> intRange(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("max (" + max + ") must not be less than min (" + min + ")");
    }
    return random -> random.nextInt(min, max + 1);
  }
}
