package io.github.cstokit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's tenure of an {@link Office}, such as Secretary General, with the period (half-open), whether
 * it was an acting appointment, and who appointed the person when.
 *
 * <pre>{@code
 * Appointment zas = Appointment.builder()
 *     .id("sg-zas").office(Office.SECRETARY_GENERAL).personEn("Stanislav Zas").personRu("Станислав Зась")
 *     .state("BY").period(Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1)))
 *     .appointedBy(Body.COLLECTIVE_SECURITY_COUNCIL).decisionDate(LocalDate.of(2019, 11, 28))
 *     .addSource("kyrtag-zas")
 *     .build();
 * zas.toString();   // Appointment[SECRETARY_GENERAL Stanislav Zas (BY) [2020-01-01, 2023-01-01)]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class Appointment implements Identified, Sourced, Noted {

  Appointment() {}

  /**
   * Returns a builder for an appointment.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The office held.
   *
   * @return the office, not null
   */
  public abstract Office office();

  /**
   * The holder's name in English.
   *
   * @return the name, not null or blank
   */
  public abstract String personEn();

  /**
   * The holder's name in Russian.
   *
   * @return the name, or empty if not recorded
   */
  public abstract Optional<String> personRu();

  /**
   * The ISO alpha-2 code of the holder's state.
   *
   * @return the code, not null
   */
  public abstract String state();

  /**
   * The days in office: from the first day, to the first day of the successor (excluded).
   *
   * @return the period, open while in office; not null
   */
  public abstract Period period();

  /**
   * Whether the person only acted in the office, as a Deputy Secretary General after a vacancy.
   *
   * @return true if acting
   */
  @Value.Default
  public boolean acting() {
    return false;
  }

  /**
   * The body that appointed the person.
   *
   * @return the body, or empty if not recorded (as for most acting holders)
   */
  public abstract Optional<Body> appointedBy();

  /**
   * When the appointing decision was taken; it may precede the start of the period.
   *
   * @return the date, or empty if not recorded
   */
  public abstract Optional<LocalDate> decisionDate();

  // Declared here rather than taken from Disputed: the first holder answer in a fresh JVM would load
  // one class more.
  /**
   * Values for this appointment (typically its dates) that other sources give.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<AlternativeValue> alternatives();

  /**
   * Which value the data uses and why; required when there are {@link #alternatives()}.
   *
   * @return the explanation, or empty when there are no alternatives
   */
  public abstract Optional<String> choice();

  /**
   * How firmly the sources establish the appointment, in particular its dates.
   *
   * @return the grade, or empty where the data gives none (the sources state it)
   */
  public abstract Optional<Confidence> confidence();

  @Value.Check
  final void check() {
    Checks.recorded(this);
    Checks.notBlank("personEn", personEn());
    Checks.notBlank("personRu", personRu());
    Checks.iso2("state", state());
    if (decisionDate().isPresent() && period().end().isPresent()) {
      LocalDate decision = decisionDate().get();
      LocalDate end = period().end().get();
      if (!decision.isBefore(end)) {
        throw new IllegalArgumentException(
            "decisionDate (" + decision + ") must be before the end of period (" + end + ")");
      }
    }
    Checks.choiceGiven(alternatives(), choice());
  }

  /**
   * Whether the person held the office on a date.
   *
   * @param date the date, not null
   * @return true if the period contains the date
   */
  public boolean isInOffice(LocalDate date) {
    return period().contains(date);
  }

  /**
   * Returns a copy with another period.
   *
   * @param period the period, not null
   * @return the copy, not null
   */
  public Appointment withPeriod(Period period) {
    return ((ImmutableAppointment) ImmutableAppointment.copyOf(this)).withPeriod(period);
  }

  /**
   * Returns office, person, state and period, such as
   * {@code Appointment[SECRETARY_GENERAL Stanislav Zas (BY) [2020-01-01, 2023-01-01)]}; acting holders
   * are marked {@code acting}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "Appointment[" + office() + (acting() ? " acting " : " ") + personEn() + " (" + state()
        + ") " + period() + "]";
  }

  /** Builds an {@link Appointment}; id, office, person, state, period and a source are required. */
  public static final class Builder extends ImmutableAppointment.Builder {
    Builder() {}
  }
}
