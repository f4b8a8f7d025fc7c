package io.github.cstokit.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member's notice of withdrawal from the Organization, what
 * {@link MembershipRules#checkWithdrawal(WithdrawalNotice, io.github.cstokit.model.CstoFacts)} judges.
 *
 * <pre>{@code
 * WithdrawalNotice n = WithdrawalNotice.builder()
 *     .state("AM").date(LocalDate.of(2026, 3, 1)).intendedEffective(LocalDate.of(2026, 9, 1))
 *     .build();
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
   * @return the addressee, or empty if not recorded
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
   * @return true or false if known, empty if the record does not say
   */
  public abstract Optional<Boolean> obligationsSettled();

  /**
   * Returns state and date, such as {@code WithdrawalNotice[AM 2026-03-01]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "WithdrawalNotice[" + state() + " " + date() + "]";
  }

  /** Builds a {@link WithdrawalNotice}; state and date are required. */
  public static final class Builder extends ImmutableWithdrawalNotice.Builder {
    Builder() {}
  }
}
