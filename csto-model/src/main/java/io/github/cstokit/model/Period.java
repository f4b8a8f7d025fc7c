package io.github.cstokit.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A half-open range of days: from a start day, included, to an optional end day, <b>excluded</b>.
 *
 * <p>The end is the first day no longer covered, so when an office or a status changes hands on day D,
 * the old period ends on D and the new one starts on D, and no day belongs to both. A period without an
 * end is open: it is still running. The end must be after the start, so a period covers at least one
 * day. See the package documentation for how as-of queries use periods.
 *
 * <pre>{@code
 * Period zas = Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1));
 * zas.contains(LocalDate.of(2022, 12, 31));   // true
 * zas.contains(LocalDate.of(2023, 1, 1));     // false: the successor's first day
 * Period.startingOn(LocalDate.of(2026, 1, 1)).isOpen();   // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances. It is unrelated to {@link java.time.Period}, which is
 * an amount of time, not a range of days.
 */
public final class Period implements Comparable<Period> {

  private final LocalDate start;
  /** Null when open; kept as a field so {@link #contains(LocalDate)} allocates nothing. */
  private final LocalDate end;

  private Period(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Returns the period from {@code start}, included, to {@code end}, excluded.
   *
   * @param start the first day covered, not null
   * @param end the first day no longer covered, not null
   * @return the period, not null
   * @throws IllegalArgumentException if the end is not after the start
   */
  public static Period of(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Checks.after("end", end, "start", start, end.isAfter(start));
    return new Period(start, end);
  }

  /**
   * Returns the period from {@code start}, included, to an optional {@code end}, excluded.
   *
   * @param start the first day covered, not null
   * @param end the first day no longer covered, or empty for an open period; not null
   * @return the period, not null
   * @throws IllegalArgumentException if the end is not after the start
   */
  public static Period of(LocalDate start, Optional<LocalDate> end) {
    return end.isPresent() ? of(start, end.get()) : startingOn(start);
  }

  /**
   * Returns the period from {@code start} to the inclusive {@code lastDay}, as sources usually state
   * terms ("2020-01-01 to 2022-12-31").
   *
   * @param start the first day covered, not null
   * @param lastDay the last day covered, not null
   * @return the period ending the day after {@code lastDay}, not null
   * @throws IllegalArgumentException if the last day is before the start, or is {@link LocalDate#MAX},
   *     which has no day after it to end the period
   */
  public static Period ofClosed(LocalDate start, LocalDate lastDay) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(lastDay, "lastDay");
    Checks.notBefore("lastDay", lastDay, "start", start, !lastDay.isBefore(start));
    if (lastDay.equals(LocalDate.MAX)) {
      throw new IllegalArgumentException("lastDay must be before " + LocalDate.MAX + ": a period ends on"
          + " the day after its last day; use startingOn(start) for a period with no end");
    }
    return new Period(start, lastDay.plusDays(1));
  }

  /**
   * Returns the open period starting on {@code start}.
   *
   * @param start the first day covered, not null
   * @return the open period, not null
   */
  public static Period startingOn(LocalDate start) {
    return new Period(Objects.requireNonNull(start, "start"), null);
  }

  /**
   * The first day covered.
   *
   * @return the start, not null
   */
  public LocalDate start() {
    return start;
  }

  /**
   * The first day no longer covered, if the period has ended.
   *
   * @return the exclusive end, or empty if the period is open
   */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * The last day covered, if the period has ended: the day before {@link #end()}.
   *
   * @return the inclusive last day, or empty if the period is open
   */
  public Optional<LocalDate> lastDay() {
    return end == null ? Optional.empty() : Optional.of(end.minusDays(1));
  }

  /**
   * Whether the period has no end.
   *
   * @return true if open
   */
  public boolean isOpen() {
    return end == null;
  }

  /**
   * Whether the day is covered: on or after the start and before the end. Allocates nothing.
   *
   * @param date the day, not null
   * @return true if covered
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && (end == null || date.isBefore(end));
  }

  /**
   * Whether the two periods share at least one day.
   *
   * @param other the other period, not null
   * @return true if they overlap
   */
  public boolean overlaps(Period other) {
    boolean thisStartsBeforeOtherEnds = other.end == null || start.isBefore(other.end);
    boolean otherStartsBeforeThisEnds = end == null || other.start.isBefore(end);
    return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /**
   * Returns a copy ending on {@code end}, excluded.
   *
   * @param end the first day no longer covered, not null
   * @return the copy, or this period if the end is the same; not null
   * @throws IllegalArgumentException if the end is not after the start
   */
  public Period withEnd(LocalDate end) {
    return end.equals(this.end) ? this : of(start, end);
  }

  /**
   * Returns an open copy.
   *
   * @return the copy without an end, or this period if already open; not null
   */
  public Period withoutEnd() {
    return end == null ? this : new Period(start, null);
  }

  /**
   * Compares by start, then by end, with an open end after every date.
   *
   * @param other the period to compare with, not null
   * @return negative, zero or positive as this period sorts before, with or after the other
   */
  @Override
  public int compareTo(Period other) {
    int cmp = start.compareTo(other.start);
    if (cmp != 0) {
      return cmp;
    }
    if (end == null || other.end == null) {
      return end == null ? (other.end == null ? 0 : 1) : -1;
    }
    return end.compareTo(other.end);
  }

  /**
   * Two periods are equal when they have the same start and the same end (or are both open).
   *
   * @param obj the object to compare with, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Period
        && start.equals(((Period) obj).start)
        && Objects.equals(end, ((Period) obj).end);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return start.hashCode() * 31 + Objects.hashCode(end);
  }

  /**
   * Returns the half-open interval notation, such as {@code [2020-01-01, 2023-01-01)} or
   * {@code [2026-01-01, ...)} when open.
   *
   * @return the readable form, not null
   */
  @Override
  public String toString() {
    return "[" + start + ", " + (end == null ? "..." : end.toString()) + ")";
  }
}
