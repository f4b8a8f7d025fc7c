package io.github.cstokit.testkit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A value together with the day it was drawn for, as anchored draws return it: a member on a random date,
 * an instrument in force on a date.
 *
 * <pre>{@code
 * Dated<State> m = CstoGens.memberOn(facts, CstoGens.dates()).next(Samples.random(1L));
 * facts.status(m.value().isoAlpha2(), m.date());   // MEMBER
 * }</pre>
 *
 * <p>This record is immutable and thread-safe if its value is.
 *
 * @param <T> the type of the value
 * @param date the day, not null
 * @param value the value, not null
 */
public record Dated<T>(LocalDate date, T value) {

  /**
   * Checks the components.
   *
   * @param date the day, not null
   * @param value the value, not null
   * @throws NullPointerException if a component is null
   */
  public Dated {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(value, "value");
  }
}
