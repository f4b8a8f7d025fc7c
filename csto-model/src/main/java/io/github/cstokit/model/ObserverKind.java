package io.github.cstokit.model;

/**
 * The status an {@link ObserverStatus} grants: observer or partner (Charter Arts. 4 and 21 as amended;
 * the Observer Regulations of 2018).
 *
 * <pre>{@code
 * status.kind();   // OBSERVER
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ObserverKind {
  /** Observer status. */
  OBSERVER,
  /** Partner status. */
  PARTNER
}
