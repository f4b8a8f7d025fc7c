package io.github.cstokit.model;

/**
 * How an {@link Organ} takes its decisions.
 *
 * <pre>{@code
 * Body.COLLECTIVE_SECURITY_COUNCIL   // decides by CONSENSUS (Charter Art. 12)
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DecisionMode {
  /** By consensus of the member states (Charter Art. 12), with procedural questions as the rules allow. */
  CONSENSUS,
  /** The organ takes no decisions binding on member states (working bodies, offices). */
  NONE
}
