package io.github.cstokit.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of which only the year, or the year and month, or the full day may be known, such as
 * {@code 1993-12} for an event the sources date only to December 1993.
 *
 * <p>The text form is the ISO partial form: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, with a
 * four-digit year from 1900 to 2999. {@link #parse(CharSequence)} accepts exactly that form and
 * {@link #toString()} prints it, so the two round-trip.
 *
 * <p><b>As-of queries</b> treat a partial date as its {@link #firstDay() first day} (see the package
 * documentation). {@link #lastDay()} gives the other end of the range for checks that need it.
 *
 * <p><b>Order.</b> Dates are ordered by their first day; dates with the same first day are ordered from
 * the least to the most precise, so {@code 1993 < 1993-01 < 1993-01-01 < 1993-01-02}. The order is
 * consistent with {@code equals}.
 *
 * <pre>{@code
 * PartialDate december = PartialDate.parse("1993-12");
 * december.precision();   // MONTH
 * december.firstDay();    // 1993-12-01
 * december.toString();    // 1993-12
 * PartialDate.of(LocalDate.of(1994, 4, 20)).toString();   // 1994-04-20
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** The first year a partial date may have. */
  static final int MIN_YEAR = 1900;

  /** The last year a partial date may have. */
  static final int MAX_YEAR = 2999;

  /** The text form, compiled on the first parse only. */
  private static final class Form {
    static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private Form() {}
  }

  private final LocalDate firstDay;
  private final DatePrecision precision;

  private PartialDate(LocalDate firstDay, DatePrecision precision) {
    this.firstDay = firstDay;
    this.precision = precision;
  }

  /**
   * Returns a date of which only the year is known.
   *
   * @param year the year, from 1900 to 2999
   * @return the partial date, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    Checks.between("year", year, MIN_YEAR, MAX_YEAR);
    return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
  }

  /**
   * Returns a date of which the year and the month are known.
   *
   * @param year the year, from 1900 to 2999
   * @param month the month of the year, from 1 to 12
   * @return the partial date, not null
   * @throws IllegalArgumentException if the year or the month is out of range
   */
  public static PartialDate of(int year, int month) {
    Checks.between("year", year, MIN_YEAR, MAX_YEAR);
    Checks.between("month", month, 1, 12);
    return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
  }

  /**
   * Returns a fully known date.
   *
   * @param year the year, from 1900 to 2999
   * @param month the month of the year, from 1 to 12
   * @param day the day of the month, valid for the year and month
   * @return the partial date, not null
   * @throws IllegalArgumentException if a value is out of range or the date does not exist
   */
  public static PartialDate of(int year, int month, int day) {
    Checks.between("year", year, MIN_YEAR, MAX_YEAR);
    Checks.between("month", month, 1, 12);
    int length = YearMonth.of(year, month).lengthOfMonth();
    Checks.between("day", day, 1, length);
    return new PartialDate(LocalDate.of(year, month, day), DatePrecision.DAY);
  }

  /**
   * Returns a fully known date.
   *
   * @param date the date, not null, with a year from 1900 to 2999
   * @return the partial date of precision {@link DatePrecision#DAY}, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static PartialDate of(LocalDate date) {
    Checks.between("year", date.getYear(), MIN_YEAR, MAX_YEAR);
    return new PartialDate(date, DatePrecision.DAY);
  }

  /**
   * Parses the ISO partial form {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @param text the text to parse, not null
   * @return the partial date, not null
   * @throws TextParseException if the text does not have one of the three forms or names a date that
   *     does not exist, such as {@code 1993-02-30}
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = Form.FORM.matcher(text);
    if (!m.matches()) {
      throw TextParseException.of(
          "PartialDate text must have the form YYYY, YYYY-MM or YYYY-MM-DD but was '" + text + "'",
          text,
          null);
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return ofYear(year);
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return of(year, month);
      }
      return of(year, month, Integer.parseInt(m.group(3)));
    } catch (IllegalArgumentException | DateTimeException e) {
      throw TextParseException.of(
          "PartialDate text '" + text + "' is not a valid date: " + e.getMessage(), text, e);
    }
  }

  /**
   * The year.
   *
   * @return the year, from 1900 to 2999
   */
  public int year() {
    return firstDay.getYear();
  }

  /**
   * The month of the year, if known.
   *
   * @return the month from 1 to 12, or empty for precision {@link DatePrecision#YEAR}
   */
  public OptionalInt month() {
    return precision == DatePrecision.YEAR
        ? OptionalInt.empty()
        : OptionalInt.of(firstDay.getMonthValue());
  }

  /**
   * The day of the month, if known.
   *
   * @return the day, or empty unless the precision is {@link DatePrecision#DAY}
   */
  public OptionalInt day() {
    return precision == DatePrecision.DAY
        ? OptionalInt.of(firstDay.getDayOfMonth())
        : OptionalInt.empty();
  }

  /**
   * How much of this date is known.
   *
   * @return the precision, not null
   */
  public DatePrecision precision() {
    return precision;
  }

  /**
   * Whether the day is known.
   *
   * @return true if the precision is {@link DatePrecision#DAY}
   */
  public boolean isExact() {
    return precision == DatePrecision.DAY;
  }

  /**
   * The first day this date may denote: the date itself, the first of the month or the first of January.
   * This is the day as-of queries use.
   *
   * @return the first day, not null
   */
  public LocalDate firstDay() {
    return firstDay;
  }

  /**
   * The last day this date may denote: the date itself, the last day of the month or the 31st of
   * December.
   *
   * @return the last day, not null
   */
  public LocalDate lastDay() {
    switch (precision) {
      case DAY:
        return firstDay;
      case MONTH:
        return firstDay.withDayOfMonth(firstDay.lengthOfMonth());
      default:
        return firstDay.withDayOfYear(firstDay.lengthOfYear());
    }
  }

  /**
   * The date, if the day is known.
   *
   * @return the date, or empty unless the precision is {@link DatePrecision#DAY}
   */
  public Optional<LocalDate> toLocalDate() {
    return precision == DatePrecision.DAY ? Optional.of(firstDay) : Optional.empty();
  }

  /**
   * Whether the given day falls within the range this date may denote, from {@link #firstDay()} to
   * {@link #lastDay()} inclusive.
   *
   * @param date the day to test, not null
   * @return true if the day may be the one this date denotes
   */
  public boolean mayBe(LocalDate date) {
    return !date.isBefore(firstDay) && !date.isAfter(lastDay());
  }

  /**
   * Compares by first day, then from the least to the most precise.
   *
   * @param other the date to compare with, not null
   * @return negative, zero or positive as this date sorts before, with or after the other
   */
  @Override
  public int compareTo(PartialDate other) {
    int cmp = firstDay.compareTo(other.firstDay);
    return cmp != 0 ? cmp : precision.compareTo(other.precision);
  }

  /**
   * Two partial dates are equal when they have the same first day and the same precision.
   *
   * @param obj the object to compare with, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof PartialDate
        && firstDay.equals(((PartialDate) obj).firstDay)
        && precision == ((PartialDate) obj).precision;
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return firstDay.hashCode() * 31 + precision.ordinal();
  }

  /**
   * Returns the ISO partial form: {@code 1993}, {@code 1993-12} or {@code 1993-12-09}. This is the form
   * {@link #parse(CharSequence)} accepts.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    String full = firstDay.toString();
    switch (precision) {
      case DAY:
        return full;
      case MONTH:
        return full.substring(0, 7);
      default:
        return full.substring(0, 4);
    }
  }
}
