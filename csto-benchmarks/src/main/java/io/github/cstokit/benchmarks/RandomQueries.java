package io.github.cstokit.benchmarks;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The random as-of queries the lookup benchmarks share: 1,024 pairs of a date from 1992-01-01 to
 * 2026-11-26 and a state code, drawn once from a fixed seed, so that the benchmarks measured side by side
 * ask the same questions in the same order. {@link #next()} cycles through them.
 */
final class RandomQueries {

  private static final int MASK = 1023;
  private static final String[] CODES = {"AM", "AZ", "BY", "GE", "KG", "KZ", "RU", "TJ", "UZ"};

  /** The dates, by index. */
  final LocalDate[] dates = new LocalDate[MASK + 1];

  /** The state codes, by index. */
  final String[] codes = new String[MASK + 1];

  private int next;

  /** Draws the dates and codes from the seed the benchmarks have always used. */
  RandomQueries() {
    SplittableRandom random = new SplittableRandom(20261126L);
    long first = LocalDate.of(1992, 1, 1).toEpochDay();
    long last = LocalDate.of(2026, 11, 26).toEpochDay();
    for (int i = 0; i <= MASK; i++) {
      dates[i] = LocalDate.ofEpochDay(random.nextLong(first, last + 1));
      codes[i] = CODES[random.nextInt(CODES.length)];
    }
  }

  /** The number of queries. */
  int size() {
    return dates.length;
  }

  /** The index of the next query, cycling. */
  int next() {
    next = (next + 1) & MASK;
    return next;
  }
}
