package io.github.cstokit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member's debt to the Organization's budget (Charter Art. 25): the day the unpaid contribution fell due
 * and, if it was, the day it was paid in full.
 *
 * <pre>{@code
 * Arrears a = Arrears.builder()
 *     .id("hypothetical-debt").state("XA").dueSince(LocalDate.of(2020, 1, 1))
 *     .build();
 * a.isUnpaidOn(LocalDate.of(2022, 6, 1));      // true
 * a.yearsOverdueOn(LocalDate.of(2022, 6, 1));  // 2
 * a.toString();                                // Arrears[hypothetical-debt XA due 2020-01-01 unpaid]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class Arrears implements Identified, Sourced {

  Arrears() {}

  /**
   * Returns a builder for arrears.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The ISO alpha-2 code of the indebted member.
   *
   * @return the code, not null
   */
  public abstract String state();

  /**
   * The day the unpaid contribution fell due.
   *
   * @return the date, not null
   */
  public abstract LocalDate dueSince();

  /**
   * The day the debt was paid in full.
   *
   * @return the date, after {@link #dueSince()}, or empty if it is unpaid as far as the record goes
   */
  public abstract Optional<LocalDate> paidInFull();

  /**
   * Whether the debt is unpaid on a date: on or after the day it fell due and before it was paid in full.
   *
   * @param date the date, not null
   * @return true if unpaid on that day
   */
  public boolean isUnpaidOn(LocalDate date) {
    return !date.isBefore(dueSince()) && (paidInFull().isEmpty() || date.isBefore(paidInFull().get()));
  }

  /**
   * The number of whole years the debt has been overdue on a date.
   *
   * @param date the date, not null
   * @return the whole years from {@link #dueSince()} to the date, 0 if the date is earlier
   */
  public long yearsOverdueOn(LocalDate date) {
    return date.isBefore(dueSince()) ? 0 : java.time.temporal.ChronoUnit.YEARS.between(dueSince(), date);
  }

  @Value.Check
  final void check() {
    Checks.id("id", id());
    Checks.iso2("state", state());
    Checks.ids("sources", sources());
    if (paidInFull().isPresent()) {
      Checks.after("paidInFull", paidInFull().get(), "dueSince", dueSince(),
          paidInFull().get().isAfter(dueSince()));
    }
  }

  /**
   * Returns id, state, due day and whether paid, such as
   * {@code Arrears[hypothetical-debt XA due 2020-01-01 unpaid]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "Arrears[" + id() + " " + state() + " due " + dueSince()
        + paidInFull().map(p -> " paid " + p).orElse(" unpaid") + "]";
  }

  /** Builds {@link Arrears}; id, state and dueSince are required. A builder is mutable and not thread-safe. */
  public static final class Builder extends ImmutableArrears.Builder {
    Builder() {}
  }
}
