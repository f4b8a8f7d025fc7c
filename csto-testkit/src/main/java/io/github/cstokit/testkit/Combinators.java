package io.github.cstokit.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/** The implementations of {@link Gen}'s instance combinators. */
final class Combinators {

  private Combinators() {}

  /**
   * See {@link Gen#map(Function)}.
   *
   * @param <T> the source type
   * @param <R> the target type
   * @param self the source generator
   * @param mapper the function
   * @return the mapped generator
   */
  static <T, R> Gen<R> map(Gen<T> self, Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return new NamedGen<R>(self.name() + ".map()") {
      @Override
      public R next(RandomGenerator random) {
        return mapper.apply(self.next(random));
      }

      @Override
      public List<R> edgeCases() {
        List<T> source = self.edgeCases();
        List<R> list = new ArrayList<>(source.size());
        for (T value : source) {
          list.add(mapper.apply(value));
        }
        return Collections.unmodifiableList(list);
      }
    };
  }

  /**
   * See {@link Gen#flatMap(Function)}.
   *
   * @param <T> the source type
   * @param <R> the target type
   * @param self the source generator
   * @param mapper the function
   * @return the generator
   */
  static <T, R> Gen<R> flatMap(
      Gen<T> self, Function<? super T, ? extends Gen<? extends R>> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return new NamedGen<R>(self.name() + ".flatMap()") {
      @Override
      public R next(RandomGenerator random) {
        return mapper.apply(self.next(random)).next(random);
      }
    };
  }

  /**
   * See {@link Gen#filter(Predicate, int)}.
   *
   * @param <T> the type
   * @param self the source generator
   * @param predicate the predicate
   * @param maxTries the bound
   * @return the filtered generator
   */
  static <T> Gen<T> filter(Gen<T> self, Predicate<? super T> predicate, int maxTries) {
    Objects.requireNonNull(predicate, "predicate");
    if (maxTries < 1) {
      throw new IllegalArgumentException("maxTries must be at least 1 but was " + maxTries);
    }
    return new NamedGen<T>(self.name() + ".filter()") {
      @Override
      public T next(RandomGenerator random) {
        for (int i = 0; i < maxTries; i++) {
          T value = self.next(random);
          if (predicate.test(value)) {
            return value;
          }
        }
        throw new IllegalStateException(
            "Generator '" + self.name() + "' filtered: the predicate rejected " + maxTries
                + " values in a row (the retry bound is " + maxTries
                + " tries); narrow the generator instead of filtering so much");
      }

      @Override
      public List<T> edgeCases() {
        return only(self.edgeCases(), predicate);
      }

      @Override
      public List<T> shrink(T value) {
        return only(self.shrink(value), predicate);
      }
    };
  }

  private static <T> List<T> only(List<T> values, Predicate<? super T> predicate) {
    List<T> list = new ArrayList<>(values.size());
    for (T value : values) {
      if (predicate.test(value)) {
        list.add(value);
      }
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * See {@link Gen#withEdgeCases(List)}.
   *
   * @param <T> the type
   * @param self the source generator
   * @param extra the extra edge cases
   * @return the generator
   */
  static <T> Gen<T> withEdgeCases(Gen<T> self, List<? extends T> extra) {
    List<T> added = List.copyOf(extra);
    Function<RandomGenerator, T> draw = self::next;
    return new Forwarding<T>(self) {
      @Override
      public T next(RandomGenerator random) {
        return Tuning.drawWithEdgeCases(added, random, draw);
      }

      @Override
      public List<T> edgeCases() {
        List<T> list = new ArrayList<>(added);
        for (T value : self.edgeCases()) {
          if (!list.contains(value)) {
            list.add(value);
          }
        }
        return Collections.unmodifiableList(list);
      }
    };
  }

  /**
   * See {@link Gen#withShrinker(Function)}.
   *
   * @param <T> the type
   * @param self the source generator
   * @param shrinker the shrinker
   * @return the generator
   */
  static <T> Gen<T> withShrinker(
      Gen<T> self, Function<? super T, ? extends List<? extends T>> shrinker) {
    Objects.requireNonNull(shrinker, "shrinker");
    return new Forwarding<T>(self) {
      @Override
      public List<T> shrink(T value) {
        return List.copyOf(shrinker.apply(value));
      }
    };
  }

  /**
   * See {@link Gen#named(String)}.
   *
   * @param <T> the type
   * @param self the source generator
   * @param name the name
   * @return the generator
   */
  static <T> Gen<T> named(Gen<T> self, String name) {
    Objects.requireNonNull(name, "name");
    return new Forwarding<T>(self) {
      @Override
      public String name() {
        return name;
      }
    };
  }

  /**
   * A generator that does what another does: the combinators that change one aspect (the edge cases, the
   * shrinker, the name) override that one and keep the rest.
   */
  private static class Forwarding<T> implements Gen<T> {

    private final Gen<T> self;

    Forwarding(Gen<T> self) {
      this.self = self;
    }

    @Override
    public T next(RandomGenerator random) {
      return self.next(random);
    }

    @Override
    public List<T> edgeCases() {
      return self.edgeCases();
    }

    @Override
    public List<T> shrink(T value) {
      return self.shrink(value);
    }

    @Override
    public String name() {
      return self.name();
    }

    @Override
    public String toString() {
      return "Gen[" + name() + "]";
    }
  }
}
