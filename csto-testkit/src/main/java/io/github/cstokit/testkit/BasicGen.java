package io.github.cstokit.testkit;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The generator behind the library's factories: a raw draw, hand-picked edge cases mixed into the draws
 * with probability {@code 1 / Tuning.EDGE_CASE_ONE_IN}, an optional shrinker and a name for messages.
 *
 * @param <T> the type of the values
 */
final class BasicGen<T> extends NamedGen<T> {

  private final Function<RandomGenerator, ? extends T> draw;
  private final List<T> edgeCases;
  private final Function<? super T, List<T>> shrinker;

  private BasicGen(
      String name,
      Function<RandomGenerator, ? extends T> draw,
      List<T> edgeCases,
      Function<? super T, List<T>> shrinker) {
    super(name);
    this.draw = Objects.requireNonNull(draw, "draw");
    this.edgeCases = List.copyOf(edgeCases);
    this.shrinker = shrinker;
  }

  /**
   * Creates a generator.
   *
   * @param <T> the type of the values
   * @param name the name used in messages, not null
   * @param draw the raw draw, not null
   * @param edgeCases the edge cases, not null, no null element
   * @param shrinker the shrinker, or null for none
   * @return the generator, not null
   */
  static <T> Gen<T> of(
      String name,
      Function<RandomGenerator, ? extends T> draw,
      List<? extends T> edgeCases,
      Function<? super T, List<T>> shrinker) {
    return new BasicGen<T>(name, draw, List.copyOf(edgeCases), shrinker);
  }

  /**
   * Creates a generator without shrinking.
   *
   * @param <T> the type of the values
   * @param name the name used in messages, not null
   * @param draw the raw draw, not null
   * @param edgeCases the edge cases, not null, no null element
   * @return the generator, not null
   */
  static <T> Gen<T> of(
      String name, Function<RandomGenerator, ? extends T> draw, List<? extends T> edgeCases) {
    return of(name, draw, edgeCases, null);
  }

  @Override
  public T next(RandomGenerator random) {
    return Tuning.drawWithEdgeCases(edgeCases, random, draw);
  }

  @Override
  public List<T> edgeCases() {
    return edgeCases;
  }

  @Override
  public List<T> shrink(T value) {
    return shrinker == null ? List.of() : shrinker.apply(value);
  }
}
