package io.github.cstokit.model;

/**
 * Which head of a member state holds a seat or a chair: its head of state or its head of government.
 * Charter Protocol No. 2 (in force 2021-01-19) let the Collective Security Council include heads of
 * government; before it the Council was made up of the heads of state.
 *
 * <pre>{@code
 * chair.chairedBy();   // Optional[HEAD_OF_GOVERNMENT] where the record says so
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Head {
  /** The head of state. */
  HEAD_OF_STATE,
  /** The head of government. */
  HEAD_OF_GOVERNMENT
}
