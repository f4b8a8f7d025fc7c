package io.github.cstokit.model;

/**
 * Whether a withdrawing state has settled the obligations it incurred as a member
 * ({@link WithdrawalNotice#obligations()}). When the record does not say, the notice has no settlement:
 * the {@code Optional} is empty.
 *
 * <pre>{@code
 * WithdrawalNotice n = WithdrawalNotice.builder()
 *     .state("AM").date(LocalDate.of(2026, 3, 1)).obligations(Settlement.SETTLED)
 *     .build();
 * n.obligations();   // Optional[SETTLED]
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Settlement {
  /** The obligations incurred as a member were settled. */
  SETTLED,
  /** The obligations incurred as a member were not settled before leaving. */
  NOT_SETTLED
}
