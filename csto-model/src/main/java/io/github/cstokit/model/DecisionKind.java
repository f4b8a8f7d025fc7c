package io.github.cstokit.model;

/**
 * What kind of act a recorded {@link Decision} is: a decision of its own, one recorded only in a session's
 * protocol, a draft put to the body, or an episode without one identifiable decision. It is the
 * {@code kind} of the decision records of {@code mandates.json}.
 *
 * <pre>{@code
 * decision.kind();   // Optional[DRAFT_DECISION]
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DecisionKind {
  /** A decision of the body, as a document of its own. */
  DECISION,
  /** A decision recorded in the session's protocol, with no separate signed document. */
  PROTOCOL_DECISION,
  /** A draft decision put to the body. */
  DRAFT_DECISION,
  /**
   * A procedural episode without one identifiable decision, such as the body's handling of Kyrgyzstan's
   * request in 2010.
   */
  EPISODE
}
