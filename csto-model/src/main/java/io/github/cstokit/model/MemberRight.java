package io.github.cstokit.model;

/**
 * A right of a member that the Collective Security Council may suspend for arrears under Charter Art. 25:
 * the right to nominate its citizens to quota posts (certain in the text read) and, on the likely reading
 * of a sentence broken in the copy read, the right to vote in the bodies of the Organization.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MemberRight {
  /** The right to nominate the state's citizens to quota posts in the Organization. */
  NOMINATION_TO_QUOTA_POSTS,
  /** The right to vote in the bodies of the Organization. */
  VOTE
}
