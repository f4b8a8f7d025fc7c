package io.github.cstokit.model;

/**
 * The format in which a {@link Decision} was taken.
 *
 * <pre>{@code
 * decision.withFormat(DecisionFormat.LIMITED);
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DecisionFormat {
  /** Taken by all member states (consensus of all). */
  STANDARD,
  /**
   * Taken in a limited format: without the states that declared they do not take part, which then bear
   * no obligations from it (Charter Art. 12 as amended by the 2010 protocol).
   */
  LIMITED
}
