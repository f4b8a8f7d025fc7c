package io.github.cstokit.model;

/**
 * The kinds of legal instrument in the CSTO's legal framework.
 *
 * <pre>{@code
 * Instrument.builder().kind(InstrumentKind.CHARTER)   // ...
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum InstrumentKind {
  /** The 1992 Collective Security Treaty. */
  TREATY,
  /** The 2002 Charter of the Organization. */
  CHARTER,
  /** An international agreement between the member states, such as the 2007 Peacekeeping Agreement. */
  AGREEMENT,
  /** A protocol, usually amending or extending another instrument. */
  PROTOCOL,
  /** Regulations or rules of procedure approved by a body, such as the 2004 Rules of Procedure. */
  REGULATIONS,
  /** A decision of a body that is itself a source of law, such as a CSC decision on the CRRF. */
  DECISION
}
