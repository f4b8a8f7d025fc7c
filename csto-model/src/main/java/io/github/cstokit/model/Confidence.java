package io.github.cstokit.model;

/**
 * How firmly the sources establish a recorded fact, as the data files grade it.
 *
 * <pre>{@code
 * edition.confidence();   // Optional[UNVERIFIED] for an edition without a source of its own
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Confidence {
  /** Stated by a source that is in a position to know it. */
  GOOD,
  /** Stated by a weaker source (a copy, a sidebar, a dictionary entry) or with some doubt. */
  MEDIUM,
  /** Not stated by a source but inferred from what the sources state. */
  INFERRED,
  /** Not verified against any source: recorded as reported, to be checked. */
  UNVERIFIED
}
