package io.github.cstokit.model;

/**
 * How much of a {@link PartialDate} is known.
 *
 * <p>Constants are declared from the least to the most precise; {@link PartialDate} uses this order to
 * break ties between dates that share a first day.
 *
 * <pre>{@code
 * PartialDate.parse("1993-12").precision();   // MONTH
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DatePrecision {
  /** Only the year is known, as in {@code 1993}. */
  YEAR,
  /** The year and the month are known, as in {@code 1993-12}. */
  MONTH,
  /** The full date is known, as in {@code 1993-12-09}. */
  DAY
}
