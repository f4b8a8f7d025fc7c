package io.github.cstokit.model;

/**
 * How an {@link Organ} takes its decisions.
 *
 * <pre>{@code
 * CstoDataset data = CstoData.bundled();            // csto-data
 * data.organ("csc").orElseThrow().decisionMode();   // CONSENSUS (Charter Art. 12)
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
