package io.github.cstokit.model;

/**
 * How the members met at a {@link Session}: in one place or by video link.
 *
 * <pre>{@code
 * session.format();   // VIDEO for the session of 2020-12-02
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SessionFormat {
  /** The participants met in person. */
  IN_PERSON,
  /** The session was held by video conference. */
  VIDEO,
  /** The sources do not say. */
  UNKNOWN
}
