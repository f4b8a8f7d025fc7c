package io.github.cstokit.model;

/**
 * What a decision on observer or partner status does; Charter Art. 21 (2002 wording) names the three:
 * «о предоставлении, приостановке или аннулировании статуса» ("to grant, suspend or annul the status").
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StatusAction {
  /** The status is granted. */
  GRANT,
  /** The status is suspended. */
  SUSPEND,
  /** The status is annulled. */
  ANNUL
}
