package io.github.cstokit.model;

/**
 * The legal standing of a state on a date, derived from its {@link MembershipEvent}s by
 * {@link MembershipTimeline}.
 *
 * <pre>{@code
 * facts.status("UZ", LocalDate.of(2013, 1, 1));   // SUSPENDED
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MembershipStatus {
  /** Never signed or acceded; the status of every state before its first event. */
  NOT_PARTY,
  /** Signed or acceded, but the instrument is not yet in force for it. */
  SIGNATORY,
  /** A party to the Treaty or a member of the Organization, whether its participation is frozen or not. */
  MEMBER,
  /** Participation in the bodies suspended by a decision of the Collective Security Council. */
  SUSPENDED,
  /** No longer a party: not renewed, withdrew or expelled (the event says which). */
  CEASED;

  /**
   * Whether a state with this status is a member.
   *
   * @return true only for {@link #MEMBER}
   */
  public boolean isMember() {
    return this == MEMBER;
  }
}
