package io.github.cstokit.model;

/**
 * What the sources report became of a {@link Decision}: adopted or not.
 *
 * <p>This is what the record says, independent of the positions and signatures recorded for the decision:
 * a decision may be reported adopted while no member's position is itemised, or carry positions from which
 * the rules draw their own conclusion. Where the sources do not say what became of a decision, it has no
 * recorded outcome ({@link Decision#recordedOutcome()} is empty); the dataset's {@code UNKNOWN} maps to
 * that.
 *
 * <pre>{@code
 * decision.withRecordedOutcome(RecordedOutcome.ADOPTED);
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RecordedOutcome {
  /** The sources report the decision adopted (taken, signed or announced as taken). */
  ADOPTED,
  /**
   * The sources report the decision not adopted: put to the body, or sought, and not taken (for example
   * a draft that a member declined to sign, or an appointment the members did not agree on).
   */
  NOT_ADOPTED
}
