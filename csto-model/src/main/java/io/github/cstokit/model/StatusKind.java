package io.github.cstokit.model;

/**
 * The statuses a state or an international organization that is not a member may hold at the
 * Organization: observer (Charter Art. 21, Chapter VII; Observer Regulations 2018) and partner (Partner
 * Regulations 2018, made as a follow-up to Charter Art. 4).
 *
 * <pre>{@code
 * StatusApplication.builder().status(StatusKind.OBSERVER)   // ...
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StatusKind {
  /** Observer at the Organization. */
  OBSERVER,
  /** Partner of the Organization. */
  PARTNER
}
