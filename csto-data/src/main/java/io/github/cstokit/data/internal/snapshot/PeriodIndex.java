package io.github.cstokit.data.internal.snapshot;

import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.Office;
import io.github.cstokit.model.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Records with sorted, non-overlapping half-open periods (the chairmanships, or the appointments to one
 * single-holder office), searched by date as {@code Scenario} searches its own: the record whose period
 * holds the date, found by a binary search over date keys that allocates nothing. Lets the bundled
 * dataset answer {@code chair} and {@code holder} from their sections alone, before the scenario is
 * built. Immutable, so thread-safe.
 *
 * @param <T> the record type
 */
final class PeriodIndex<T> {

  private static final Optional<?> NONE = Optional.empty();

  private final long[] starts;
  private final long[] ends;
  private final Optional<T>[] records;

  @SuppressWarnings("unchecked")
  private PeriodIndex(int size) {
    this.starts = new long[size];
    this.ends = new long[size];
    this.records = (Optional<T>[]) new Optional<?>[size];
  }

  private void set(int i, T record, Period period) {
    starts[i] = StatusIndex.key(period.start());
    ends[i] = period.end().isPresent() ? StatusIndex.key(period.end().get()) : Long.MAX_VALUE;
    records[i] = Optional.of(record);
  }

  /** The chairmanships' index; the list is sorted by period, as the snapshot holds it. */
  static PeriodIndex<Chairmanship> chairmanships(List<Chairmanship> sorted) {
    PeriodIndex<Chairmanship> index = new PeriodIndex<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      index.set(i, sorted.get(i), sorted.get(i).period());
    }
    return index;
  }

  /**
   * The index of each single-holder office, by {@link Office#ordinal()}, null for the offices with
   * several holders at once; the list is sorted by start, as the snapshot holds it.
   */
  @SuppressWarnings("unchecked")
  static PeriodIndex<Appointment>[] holders(List<Appointment> sorted) {
    Office[] offices = Office.values();
    PeriodIndex<Appointment>[] byOffice = (PeriodIndex<Appointment>[]) new PeriodIndex<?>[offices.length];
    for (Office office : offices) {
      if (!office.isSingleHolder()) {
        continue;
      }
      int n = 0;
      for (Appointment a : sorted) {
        n += a.office() == office ? 1 : 0;
      }
      PeriodIndex<Appointment> index = new PeriodIndex<>(n);
      int i = 0;
      for (Appointment a : sorted) {
        if (a.office() == office) {
          index.set(i++, a, a.period());
        }
      }
      byOffice[office.ordinal()] = index;
    }
    return byOffice;
  }

  /**
   * The holder of a single-holder office on a date from the indexes {@link #holders} built, as
   * {@code Scenario.holder} answers; allocates nothing.
   *
   * @throws IllegalArgumentException if the office has several holders at once
   */
  static Optional<Appointment> holder(PeriodIndex<Appointment>[] byOffice, Office office,
      LocalDate date) {
    PeriodIndex<Appointment> index = byOffice[office.ordinal()];
    if (index == null) {
      throw new IllegalArgumentException(
          "office " + office + " has several holders at once; use holders(office, date)");
    }
    return index.find(date);
  }

  /** The record whose period holds the date, or empty; allocates nothing. */
  @SuppressWarnings("unchecked")
  Optional<T> find(LocalDate date) {
    long key = StatusIndex.key(date);
    int i = StatusIndex.floor(starts, key);
    return i >= 0 && key < ends[i] ? records[i] : (Optional<T>) NONE;
  }
}
