package io.github.cstokit.model;

/**
 * Whether a state takes part in the work of the bodies, separately from its legal
 * {@link MembershipStatus}.
 *
 * <pre>{@code
 * facts.participation("AM", LocalDate.of(2025, 1, 1));   // FROZEN, while status is MEMBER
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Participation {
  /** Takes part as its status allows. */
  NORMAL,
  /**
   * Has declared, unilaterally, that it does not take part; its legal status is unchanged. The Charter
   * knows no such category: Armenia from 2024-02-22, Uzbekistan from its June 2012 note until its
   * suspension on 2012-12-19.
   */
  FROZEN
}
