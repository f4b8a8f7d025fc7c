package io.github.cstokit.rules;

/**
 * The outcome of a rule, or of a whole verdict.
 *
 * <p>Outcomes are ordered from the least to the most serious, so that the outcome of a verdict is the most
 * serious outcome among its findings: {@code NOT_APPLICABLE < SATISFIED < INDETERMINATE < VIOLATED}.
 *
 * <pre>{@code
 * Outcome.SATISFIED.and(Outcome.INDETERMINATE);   // INDETERMINATE
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Outcome {
  /** The rule does not apply to the case on its date. */
  NOT_APPLICABLE,
  /** The procedure the rule describes was followed. */
  SATISFIED,
  /** The texts or the facts leave the answer open; the finding says why. */
  INDETERMINATE,
  /** The procedure the rule describes was not followed. */
  VIOLATED;

  /**
   * Combines two outcomes into the more serious one.
   *
   * @param other the other outcome, not null
   * @return the more serious of this and {@code other}, not null
   */
  public Outcome and(Outcome other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
