package io.github.cstokit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A state's chairmanship of the Organization (its head chairs the Collective Security Council, Charter
 * Art. 13) over a half-open period.
 *
 * <p>A {@link #fragmentary()} chairmanship rests on fragments: its start or end is inferred or only
 * roughly sourced (before 2010 in particular); checks should say so rather than rely on its days.
 *
 * <pre>{@code
 * Chairmanship kz = Chairmanship.builder()
 *     .id("chair-2024-kz").state("KZ")
 *     .period(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)))
 *     .addSource("menafn-1107478218")
 *     .build();
 * kz.toString();   // Chairmanship[KZ [2024-01-01, 2025-01-01)]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class Chairmanship implements Identified, Sourced, Noted {

  Chairmanship() {}

  /**
   * Returns a builder for a chairmanship.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The ISO alpha-2 code of the chairing state.
   *
   * @return the code, not null
   */
  public abstract String state();

  /**
   * The days of the chairmanship: from the handover, to the next handover (excluded).
   *
   * @return the period, not null
   */
  public abstract Period period();

  /**
   * Whether the dates rest on fragments (inferred or roughly sourced); default false.
   *
   * @return true if fragmentary
   */
  @Value.Default
  public boolean fragmentary() {
    return false;
  }

  /**
   * Which head of the state chairs the Collective Security Council: its head of state or, since Charter
   * Protocol No. 2, possibly its head of government. The bundled dataset does not record it.
   *
   * @return the head, or empty if not recorded
   */
  public abstract Optional<Head> chairedBy();

  /**
   * How firmly the sources establish the term, in particular its dates.
   *
   * @return the grade, or empty where the data gives none (the sources state it)
   */
  public abstract Optional<Confidence> confidence();

  @Value.Check
  final void check() {
    Checks.recorded(this);
    Checks.iso2("state", state());
  }

  /**
   * Whether the state chaired on a date.
   *
   * @param date the date, not null
   * @return true if the period contains the date
   */
  public boolean covers(LocalDate date) {
    return period().contains(date);
  }

  /**
   * Returns the state and period, such as {@code Chairmanship[KZ [2024-01-01, 2025-01-01)]}; fragmentary
   * chairmanships end with {@code (fragmentary)}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "Chairmanship[" + state() + " " + period() + (fragmentary() ? " (fragmentary)" : "")
        + "]";
  }

  /** Builds a {@link Chairmanship}; id, state, period and a source are required. */
  public static final class Builder extends ImmutableChairmanship.Builder {
    Builder() {}
  }
}
