package io.github.cstokit.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Cheap shrinkers: towards a bound, towards earlier values, towards shorter lists. */
final class Shrink {

  private static final int MAX_CANDIDATES = 32;

  private Shrink() {}

  /**
   * Candidates between a bound and a value, simplest first: the bound, then values ever closer to the
   * value (halving the distance), down to the value minus one.
   *
   * @param value the value
   * @param bound the simplest value
   * @return the candidates, simplest first
   */
  static List<Integer> towards(int value, int bound) {
    if (value <= bound) {
      return List.of();
    }
    List<Integer> list = new ArrayList<>();
    for (long distance = (long) value - bound; distance > 0; distance /= 2) {
      list.add((int) (value - distance));
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * Candidate days between a first day and a day, earliest first: the first day, then days ever closer
   * to the day (halving the distance), down to the day before.
   *
   * @param day the day
   * @param first the simplest day
   * @return the candidates, earliest first
   */
  static List<LocalDate> towards(LocalDate day, LocalDate first) {
    long v = day.toEpochDay();
    long b = first.toEpochDay();
    if (v <= b) {
      return List.of();
    }
    List<LocalDate> list = new ArrayList<>();
    for (long distance = v - b; distance > 0; distance /= 2) {
      list.add(LocalDate.ofEpochDay(v - distance));
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * The values listed before a value, first first, at most a few.
   *
   * @param <T> the type
   * @param values the values in order
   * @param value the value
   * @return the candidates
   */
  static <T> List<T> earlier(List<T> values, T value) {
    int index = values.indexOf(value);
    if (index <= 0) {
      return List.of();
    }
    return values.subList(0, Math.min(index, MAX_CANDIDATES));
  }

  /**
   * Shorter lists (the shortest allowed prefix, the first half, without the last, without each element),
   * then lists with one element replaced by its first shrink candidate.
   *
   * @param <T> the type of the elements
   * @param list the list
   * @param minSize the smallest allowed size
   * @param element the element generator
   * @return the candidates, simplest first
   */
  static <T> List<List<T>> list(List<T> list, int minSize, Gen<T> element) {
    int size = list.size();
    List<List<T>> out = new ArrayList<>();
    if (size > minSize) {
      out.add(List.copyOf(list.subList(0, minSize)));
      int half = size / 2;
      if (half > minSize && half < size) {
        out.add(List.copyOf(list.subList(0, half)));
      }
      if (size - 1 > minSize) {
        out.add(List.copyOf(list.subList(0, size - 1)));
      }
      for (int i = 0; i < size - 1 && i < MAX_CANDIDATES; i++) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(i);
        out.add(Collections.unmodifiableList(copy));
      }
    }
    for (int i = 0; i < size && i < MAX_CANDIDATES; i++) {
      List<T> candidates = element.shrink(list.get(i));
      if (!candidates.isEmpty()) {
        List<T> copy = new ArrayList<>(list);
        copy.set(i, candidates.get(0));
        out.add(Collections.unmodifiableList(copy));
      }
    }
    return Collections.unmodifiableList(out);
  }
}
