package io.github.cstokit.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A generator of values of type {@code T}, driven by a {@link RandomGenerator}.
 *
 * <p><b>Reproducible.</b> A generator holds no state and no randomness of its own: the same random source
 * in the same state gives the same value, so a seed replays a whole run (see {@link Samples} and
 * {@link PropertyCheck}, which seed a {@link java.util.SplittableRandom}).
 *
 * <p><b>Edge cases first.</b> {@link #edgeCases()} lists hand-picked values (the first and last day of a
 * range, the day the Treaty entered into force, an empty list, ...). {@link Samples} and
 * {@link PropertyCheck} yield them first, in order, before any random draw. Besides, every generator made
 * by this library's factories mixes its edge cases into {@link #next(RandomGenerator)}: each draw returns
 * one of them, chosen uniformly, with probability 1/10 (one draw in ten, on average), and a plain
 * random value otherwise. A generator written as a lambda has no edge cases until
 * {@link #withEdgeCases(List)} gives it some.
 *
 * <p><b>Shrinking</b> is simple and only where it is cheap: {@link #shrink(Object)} proposes simpler
 * candidates, simplest first. {@link #intRange(int, int)} shrinks towards its minimum,
 * {@link #dates(LocalDate, LocalDate)} towards its first day, {@link #listOf(Gen, int, int)} towards
 * shorter lists (then simpler elements), {@link #elements(Object...)} towards earlier values; {@link #filter}
 * keeps the candidates its predicate accepts. {@link #map}, {@link #flatMap} and the domain generators do
 * not shrink. {@link PropertyCheck} shrinks a failing value greedily.
 *
 * <pre>{@code
 * Gen<Integer> dice = Gen.intRange(1, 6);
 * Gen<List<Integer>> hands = Gen.listOf(dice, 0, 5);
 * Gen<Integer> even = dice.filter(i -> i % 2 == 0);
 * int roll = dice.next(new SplittableRandom(42));
 * }</pre>
 *
 * <p>Implementations should be immutable and thread-safe; all of this library's are.
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
   * The hand-picked edge values of this generator, which {@link Samples} and {@link PropertyCheck} yield
   * before random draws.
   *
   * @return an unmodifiable list, empty by default, not null
   */
  default List<T> edgeCases() {
    return List.of();
  }

  /**
   * Proposes simpler values than a given one, simplest first, for shrinking a failing case.
   *
   * @param value a value this generator can produce, not null
   * @return an unmodifiable list of candidates, empty by default (no shrinking), not null
   */
  default List<T> shrink(T value) {
    return List.of();
  }

  /**
   * The name of this generator, used in error and failure messages.
   *
   * @return the name, {@code "gen"} by default, not null
   */
  default String name() {
    return "gen";
  }

  /**
   * Returns this generator under another name, for clearer messages.
   *
   * @param name the name, not null
   * @return the named generator, not null
   */
  default Gen<T> named(String name) {
    return Combinators.named(this, name);
  }

  /**
   * Returns a generator that applies a function to every value of this one, edge cases included. The
   * mapped generator does not shrink.
   *
   * @param <R> the type of the mapped values
   * @param mapper the function to apply, not null
   * @return the mapped generator, not null
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    return Combinators.map(this, mapper);
  }

  /**
   * Returns a generator that draws a value of this generator, then a value of the generator the function
   * makes of it. It has no edge cases and does not shrink.
   *
   * @param <R> the type of the values
   * @param mapper the function giving the second generator, not null
   * @return the generator, not null
   */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> mapper) {
    return Combinators.flatMap(this, mapper);
  }

  /**
   * Returns a generator of the values of this one that the predicate accepts, trying at most
   * 1,000 draws for each value (use {@link #filter(Predicate, int)} for another bound).
   *
   * @param predicate the predicate, not null
   * @return the filtered generator, not null; its {@code next} throws {@link IllegalStateException}
   *     naming this generator and the number of tries when every try is rejected
   */
  default Gen<T> filter(Predicate<? super T> predicate) {
    return Combinators.filter(this, predicate, Tuning.DEFAULT_MAX_TRIES);
  }

  /**
   * Returns a generator of the values of this one that the predicate accepts, trying at most
   * {@code maxTries} draws for each value.
   *
   * @param predicate the predicate, not null
   * @param maxTries the number of draws to try for each value, at least 1
   * @return the filtered generator, not null; its {@code next} throws {@link IllegalStateException}
   *     naming this generator and the number of tries when every try is rejected
   * @throws IllegalArgumentException if {@code maxTries} is less than 1
   */
  default Gen<T> filter(Predicate<? super T> predicate, int maxTries) {
    return Combinators.filter(this, predicate, maxTries);
  }

  /**
   * Returns this generator with more edge cases: they come first in {@link #edgeCases()}, and
   * {@link #next(RandomGenerator)} returns one of them with probability 1/10 before falling back to this
   * generator.
   *
   * @param edgeCases the extra edge cases, not null, no null element
   * @return the generator, not null
   */
  default Gen<T> withEdgeCases(List<? extends T> edgeCases) {
    return Combinators.withEdgeCases(this, edgeCases);
  }

  /**
   * Returns this generator with another shrinker.
   *
   * @param shrinker gives the simpler candidates of a value, simplest first; not null
   * @return the generator, not null
   */
  default Gen<T> withShrinker(Function<? super T, ? extends List<? extends T>> shrinker) {
    return Combinators.withShrinker(this, shrinker);
  }

  /**
   * Returns a generator that always gives the same value, which is also its only edge case.
   *
   * @param <T> the type of the value
   * @param value the value, not null
   * @return the generator, not null
   */
  static <T> Gen<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return BasicGen.of("constant(" + value + ")", random -> value, List.of(value));
  }

  /**
   * Returns a generator that picks one of the given values uniformly. The first and the last value are
   * the edge cases; a value shrinks towards the values before it. To pick among generators, use
   * {@link #oneOf(Gen...)}.
   *
   * <pre>{@code
   * Gen<String> bodies = Gen.elements("CSC", "CFM", "CDM");
   * }</pre>
   *
   * @param <T> the type of the values
   * @param values the values, at least one, no null
   * @return the generator, not null
   * @throws IllegalArgumentException if there is no value
   */
  @SafeVarargs
  static <T> Gen<T> elements(T... values) {
    List<T> list = new ArrayList<>(Objects.requireNonNull(values, "values").length);
    for (T value : values) {
      list.add(value);
    }
    return elements(list);
  }

  /**
   * Returns a generator that picks one of the given values uniformly. The first and the last value are
   * the edge cases; a value shrinks towards the values before it. To pick among generators, use
   * {@link #oneOf(Gen...)}.
   *
   * <pre>{@code
   * Gen<State> states = Gen.elements(CstoGens.realStateList());
   * }</pre>
   *
   * @param <T> the type of the values
   * @param values the values, at least one, no null
   * @return the generator, not null
   * @throws IllegalArgumentException if there is no value
   */
  static <T> Gen<T> elements(List<? extends T> values) {
    List<T> list = List.copyOf(Objects.requireNonNull(values, "values"));
    if (list.isEmpty()) {
      throw new IllegalArgumentException("elements needs at least one value");
    }
    List<T> edges = list.size() == 1 ? list : List.of(list.get(0), list.get(list.size() - 1));
    return BasicGen.of(
        "elements(" + list.size() + " values)",
        random -> list.get(random.nextInt(list.size())),
        edges,
        value -> Shrink.earlier(list, value));
  }

  /**
   * Returns a generator that picks one of the given generators uniformly, then draws from it. Its edge
   * cases are those of all the generators. To pick among values, use {@link #elements(Object...)}.
   *
   * <pre>{@code
   * Gen<Integer> smallOrLarge = Gen.oneOf(Gen.intRange(0, 9), Gen.intRange(100, 109));
   * }</pre>
   *
   * @param <T> the type of the values
   * @param gens the generators, at least one, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if there is no generator
   */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> list = new ArrayList<>(gens.length);
    for (Gen<? extends T> gen : gens) {
      list.add(Objects.requireNonNull(gen, "gen"));
    }
    if (list.isEmpty()) {
      throw new IllegalArgumentException("oneOf needs at least one generator");
    }
    List<T> edges = new ArrayList<>();
    for (Gen<? extends T> gen : list) {
      edges.addAll(gen.edgeCases());
    }
    return BasicGen.of(
        "oneOf(" + list.size() + " generators)",
        random -> list.get(random.nextInt(list.size())).next(random),
        edges);
  }

  /**
   * Returns a generator that picks one of two generators with the given weights, then draws from it.
   *
   * <pre>{@code
   * Gen<Integer> mostlySmall = Gen.frequency(9, Gen.intRange(0, 9), 1, Gen.intRange(10, 1000));
   * }</pre>
   *
   * @param <T> the type of the values
   * @param weight1 the weight of the first generator, not negative
   * @param gen1 the first generator, not null
   * @param weight2 the weight of the second generator, not negative
   * @param gen2 the second generator, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if a weight is negative or all are zero
   */
  static <T> Gen<T> frequency(
      int weight1, Gen<? extends T> gen1, int weight2, Gen<? extends T> gen2) {
    return frequency(List.of(Map.entry(weight1, gen1), Map.entry(weight2, gen2)));
  }

  /**
   * Returns a generator that picks one of three generators with the given weights, then draws from it.
   *
   * @param <T> the type of the values
   * @param weight1 the weight of the first generator, not negative
   * @param gen1 the first generator, not null
   * @param weight2 the weight of the second generator, not negative
   * @param gen2 the second generator, not null
   * @param weight3 the weight of the third generator, not negative
   * @param gen3 the third generator, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if a weight is negative or all are zero
   */
  static <T> Gen<T> frequency(
      int weight1,
      Gen<? extends T> gen1,
      int weight2,
      Gen<? extends T> gen2,
      int weight3,
      Gen<? extends T> gen3) {
    return frequency(
        List.of(Map.entry(weight1, gen1), Map.entry(weight2, gen2), Map.entry(weight3, gen3)));
  }

  /**
   * Returns a generator that picks one of the generators with the given weights, then draws from it. Its
   * edge cases are those of the generators of positive weight.
   *
   * <pre>{@code
   * Gen<Integer> g = Gen.frequency(List.of(Map.entry(3, Gen.constant(0)), Map.entry(1, Gen.intRange(1, 9))));
   * }</pre>
   *
   * @param <T> the type of the values
   * @param weighted pairs of a weight (not negative) and a generator, at least one of positive weight;
   *     not null
   * @return the generator, not null
   * @throws IllegalArgumentException if a weight is negative or all are zero
   */
  static <T> Gen<T> frequency(List<? extends Map.Entry<Integer, ? extends Gen<? extends T>>> weighted) {
    int n = weighted.size();
    int[] cumulative = new int[n];
    List<Gen<? extends T>> gens = new ArrayList<>(n);
    List<T> edges = new ArrayList<>();
    int total = 0;
    for (int i = 0; i < n; i++) {
      int weight = weighted.get(i).getKey();
      Gen<? extends T> gen = Objects.requireNonNull(weighted.get(i).getValue(), "gen");
      if (weight < 0) {
        throw new IllegalArgumentException("weights must not be negative but was " + weight);
      }
      total = Math.addExact(total, weight);
      cumulative[i] = total;
      gens.add(gen);
      if (weight > 0) {
        edges.addAll(gen.edgeCases());
      }
    }
    if (total == 0) {
      throw new IllegalArgumentException("frequency needs at least one positive weight");
    }
    int sum = total;
    return BasicGen.of(
        "frequency(" + n + " generators)",
        random -> {
          int pick = random.nextInt(sum);
          int i = 0;
          while (cumulative[i] <= pick) {
            i++;
          }
          return gens.get(i).next(random);
        },
        edges);
  }

  /**
   * Returns a generator of lists of values of another generator, of a size in a closed range. Edge cases:
   * a list of the minimum size and one of the maximum size (each filled with the element generator's
   * first edge case when it has one), so {@code listOf(g, 0, n)} offers the empty list. Lists shrink
   * towards shorter ones, then towards simpler elements. The lists are unmodifiable.
   *
   * @param <T> the type of the elements
   * @param element the element generator, not null
   * @param minSize the smallest size, not negative
   * @param maxSize the largest size, not smaller than {@code minSize}
   * @return the generator, not null
   * @throws IllegalArgumentException if the sizes are negative or out of order
   */
  static <T> Gen<List<T>> listOf(Gen<T> element, int minSize, int maxSize) {
    Objects.requireNonNull(element, "element");
    if (minSize < 0 || maxSize < minSize) {
      throw new IllegalArgumentException(
          "sizes must satisfy 0 <= minSize <= maxSize but were " + minSize + " and " + maxSize);
    }
    List<T> elementEdges = element.edgeCases();
    List<List<T>> edges = new ArrayList<>();
    if (elementEdges.isEmpty()) {
      if (minSize == 0) {
        edges.add(List.of());
      }
    } else {
      edges.add(Collections.nCopies(minSize, elementEdges.get(0)));
      if (maxSize > minSize && maxSize <= 64) {
        edges.add(Collections.nCopies(maxSize, elementEdges.get(0)));
      }
    }
    return BasicGen.of(
        "listOf(" + element.name() + ", " + minSize + ".." + maxSize + ")",
        random -> {
          int size = minSize == maxSize ? minSize : random.nextInt(minSize, maxSize + 1);
          List<T> list = new ArrayList<>(size);
          for (int i = 0; i < size; i++) {
            list.add(element.next(random));
          }
          return Collections.unmodifiableList(list);
        },
        edges,
        list -> Shrink.list(list, minSize, element));
  }

  /**
   * Returns a generator of integers in a closed range. Edge cases: the minimum, the maximum and zero if in
   * range. Values shrink towards the minimum.
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
    List<Integer> edges = new ArrayList<>();
    edges.add(min);
    if (max != min) {
      edges.add(max);
    }
    if (min < 0 && max > 0) {
      edges.add(0);
    }
    return BasicGen.of(
        "intRange(" + min + ", " + max + ")",
        random -> min == max ? min : (int) random.nextLong(min, (long) max + 1),
        edges,
        value -> Shrink.towards(value, min));
  }

  /**
   * Returns a generator of days in a closed range, uniformly. Edge cases: the first and the last day.
   * Days shrink towards the first day.
   *
   * @param from the first day, not null
   * @param to the last day, included, not before {@code from}
   * @return the generator, not null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
    }
    long first = from.toEpochDay();
    long last = to.toEpochDay();
    return BasicGen.of(
        "dates(" + from + ".." + to + ")",
        random -> LocalDate.ofEpochDay(first == last ? first : random.nextLong(first, last + 1)),
        from.equals(to) ? List.of(from) : List.of(from, to),
        day -> Shrink.towards(day, from));
  }
}
