package io.github.cstokit.model;

/**
 * What kind of meeting a {@link Session} of a statutory body was.
 *
 * <pre>{@code
 * session.kind();   // REGULAR
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SessionKind {
  /** A regular (ordinary) session. */
  REGULAR,
  /** An extraordinary session, convened for one matter. */
  EXTRAORDINARY,
  /** An informal meeting (informal summit). */
  INFORMAL,
  /** A jubilee (anniversary) session. */
  JUBILEE,
  /** The sources do not say which kind of session it was. */
  UNSPECIFIED
}
