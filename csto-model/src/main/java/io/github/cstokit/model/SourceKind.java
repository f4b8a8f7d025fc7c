package io.github.cstokit.model;

/**
 * What kind of document a {@link Source} is; it tells a reader how much weight the source carries.
 *
 * <pre>{@code
 * Source.builder().kind(SourceKind.OFFICIAL_TEXT)   // ...
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SourceKind {
  /** The text of an instrument or decision itself, in any language or translation. */
  OFFICIAL_TEXT,
  /** A statement, summary or press release of the CSTO, a member state's government or its officials. */
  OFFICIAL_STATEMENT,
  /** A news report. */
  PRESS,
  /** A scholarly or analytical publication. */
  SCHOLARLY,
  /** A data file, such as the ISO 3166 or Correlates of War country codes. */
  DATASET,
  /** An encyclopedia, dictionary or similar reference work, including Wikipedia and its mirrors. */
  REFERENCE_WORK
}
