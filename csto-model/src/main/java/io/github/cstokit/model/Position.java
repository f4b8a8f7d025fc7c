package io.github.cstokit.model;

/**
 * A member state's position on a {@link Decision}.
 *
 * <pre>{@code
 * decision.withPosition("AM", Position.DOES_NOT_PARTICIPATE);
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Position {
  /** Supports the decision. */
  SUPPORTS,
  /** Objects: under consensus, this blocks the decision. */
  OBJECTS,
  /** Abstains without objecting. */
  ABSTAINS,
  /** Declares it does not take part in the decision (the basis of the limited format). */
  DOES_NOT_PARTICIPATE,
  /** Was not present and expressed no position. */
  ABSENT,
  /** Joined the decision after it was taken, for example by signing later. */
  JOINED_LATER
}
