package io.github.cstokit.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member's notice of withdrawal from the Organization, as the record gives it: the state, the day the
 * depositary received it, the addressee, the day the state intends to leave and whether it settled its
 * obligations (Charter Art. 19).
 *
 * <pre>{@code
 * WithdrawalNotice n = WithdrawalNotice.builder()
 *     .state("AM").date(LocalDate.of(2026, 3, 1)).intendedEffective(LocalDate.of(2026, 9, 1))
 *     .build();
 * n.obligations();   // Optional.empty: the record does not say
 * n.toString();      // WithdrawalNotice[AM 2026-03-01]
 * WithdrawalNotice.of("AM", LocalDate.of(2026, 3, 1)).intendedEffective();   // Optional.empty
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class WithdrawalNotice {

  WithdrawalNotice() {}

  /**
   * Returns a builder for a notice.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a notice with no addressee, intended day or settlement recorded.
   *
   * @param state the ISO alpha-2 code of the withdrawing state, not null
   * @param date the day the depositary received the notice, not null
   * @return the notice, not null
   * @throws IllegalArgumentException if the code is malformed
   */
  public static WithdrawalNotice of(String state, LocalDate date) {
    return builder().state(state).date(date).build();
  }

  /**
   * The ISO alpha-2 code of the withdrawing state.
   *
   * @return the code, not null
   */
  public abstract String state();

  /**
   * The day the depositary received the notice.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * To whom the notice was sent.
   *
   * @return the addressee, not blank, or empty if not recorded
   */
  public abstract Optional<String> addressee();

  /**
   * The day the state intends to leave.
   *
   * @return the date, or empty if the notice names none
   */
  public abstract Optional<LocalDate> intendedEffective();

  /**
   * Whether the state has settled the obligations it incurred as a member.
   *
   * @return {@link Settlement#SETTLED} or {@link Settlement#NOT_SETTLED} if known, empty if the record
   *     does not say
   */
  public abstract Optional<Settlement> obligations();

  @Value.Check
  final void check() {
    Checks.iso2("state", state());
    Checks.notBlank("addressee", addressee());
  }

  /**
   * Returns state and date, such as {@code WithdrawalNotice[AM 2026-03-01]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "WithdrawalNotice[" + state() + " " + date() + "]";
  }

  /**
   * Builds a {@link WithdrawalNotice}; state and date are required. A builder is mutable and not
   * thread-safe.
   */
  public static final class Builder extends ImmutableWithdrawalNotice.Builder {
    Builder() {}
  }
}
