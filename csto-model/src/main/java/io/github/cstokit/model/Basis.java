package io.github.cstokit.model;

/**
 * How firm the legal footing of a rule or finding is: what the reading of the law rests on.
 *
 * <p>Constants are declared from the firmest to the weakest, so {@code compareTo} orders by firmness
 * and the weakest basis of several findings is their maximum.
 *
 * <pre>{@code
 * Basis.TEXT.isFirmerThan(Basis.SECONDARY);   // true
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Basis {
  /** The wording of the instrument itself was read. The firmest basis. */
  TEXT,
  /**
   * A summary published by the CSTO Secretariat, a member state's government or the Kremlin; reliable on
   * what the rule is, not on its exact words.
   */
  OFFICIAL_SUMMARY,
  /** Established practice of the bodies, shown by recorded episodes; the text itself was not read. */
  PRACTICE,
  /** A scholarly or press reading, or officials' statements reported by media. The weakest basis. */
  SECONDARY;

  /**
   * Whether this basis is firmer than another.
   *
   * @param other the basis to compare with, not null
   * @return true if this basis is declared before the other
   */
  public boolean isFirmerThan(Basis other) {
    return compareTo(other) < 0;
  }
}
