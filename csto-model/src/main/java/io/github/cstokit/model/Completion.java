package io.github.cstokit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a {@link Mandate} ended: the decision to end it and the withdrawal of the contingents.
 *
 * <pre>{@code
 * Completion kz = Completion.builder()
 *     .decidingBody(Body.COLLECTIVE_SECURITY_COUNCIL)
 *     .withdrawalStart(LocalDate.of(2022, 1, 13)).withdrawalEnd(LocalDate.of(2022, 1, 19))
 *     .build();
 * kz.toString();   // Completion[withdrawal 2022-01-13..2022-01-19]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class Completion implements Sourced, Noted {

  Completion() {}

  /**
   * Returns a builder for a completion.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The body that decided to end the mandate.
   *
   * @return the body, or empty if no decision is recorded
   */
  public abstract Optional<Body> decidingBody();

  /**
   * When the decision to end the mandate was taken.
   *
   * @return the date, or empty if unknown
   */
  public abstract Optional<PartialDate> decisionDate();

  /**
   * The first day of the withdrawal.
   *
   * @return the day, or empty if unknown
   */
  public abstract Optional<LocalDate> withdrawalStart();

  /**
   * The day the withdrawal was completed (the last contingent left); inclusive.
   *
   * @return the day, or empty if unknown
   */
  public abstract Optional<LocalDate> withdrawalEnd();

  @Value.Check
  final void check() {
    if (withdrawalStart().isPresent() && withdrawalEnd().isPresent()) {
      LocalDate start = withdrawalStart().get();
      LocalDate end = withdrawalEnd().get();
      Checks.notBefore("withdrawalEnd", end, "withdrawalStart", start, !end.isBefore(start));
    }
    Checks.sourcesAndNote(this);
  }

  /**
   * Returns the withdrawal days, such as {@code Completion[withdrawal 2022-01-13..2022-01-19]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "Completion[withdrawal " + withdrawalStart().map(Object::toString).orElse("?") + ".."
        + withdrawalEnd().map(Object::toString).orElse("?") + "]";
  }

  /** Builds a {@link Completion}; every value is optional. */
  public static final class Builder extends ImmutableCompletion.Builder {
    Builder() {}
  }
}
