package io.github.cstokit.model;

/**
 * What kind of recurring {@link Activity} the Organization conducts.
 *
 * <pre>{@code
 * activity.kind();   // EXERCISE for Interaction
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ActivityKind {
  /** A standing or recurring operation, such as the anti-drug operation Channel. */
  RECURRING_OPERATION,
  /** A joint military or special-forces exercise, such as Interaction. */
  EXERCISE
}
