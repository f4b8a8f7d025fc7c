package io.github.cstokit.model;

/**
 * What the sources say of an instrument's entry into force where they give no date for it
 * ({@link Instrument#entryIntoForce()} is empty), as the data files record it.
 *
 * <pre>{@code
 * data.instrument("observer-regulations-2018").orElseThrow().inForceStatus();   // Optional[NOT_ESTABLISHED]
 * data.instrument("rules-of-procedure-2004").orElseThrow().inForceStatus();     // Optional[PRESUMED_ON_SIGNATURE]
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum InForceStatus {
  /**
   * Presumed in force from its signature or adoption, though no source confirms it: the usual case of a
   * Council's decision or regulations that name no other date.
   */
  PRESUMED_ON_SIGNATURE,
  /** Not subject to entry into force: a decision that takes effect when it is taken. */
  NOT_SUBJECT,
  /** The sources do not establish whether, or from when, it is in force. */
  NOT_ESTABLISHED
}
