package io.github.cstokit.model;

/**
 * Offices of the Organization, recorded as {@link Appointment}s. Each is held by one person at a time,
 * except {@link #DEPUTY_SECRETARY_GENERAL}, which several people hold at once (see {@link #isSingleHolder()}
 * and {@link CstoFacts#holders(Office, java.time.LocalDate)}).
 *
 * <pre>{@code
 * Appointment.builder().office(Office.SECRETARY_GENERAL)   // ...
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Office {
  /** The Secretary General, the highest administrative official; three-year terms, rotating. */
  SECRETARY_GENERAL,
  /** A Deputy Secretary General (several may hold office at once). */
  DEPUTY_SECRETARY_GENERAL,
  /** The Chief of the Joint Staff. */
  CHIEF_OF_JOINT_STAFF,
  /** The Chairman of the Parliamentary Assembly. */
  CHAIR_OF_PARLIAMENTARY_ASSEMBLY;

  /**
   * Whether the office has a single holder at any time, so that appointments to it must not overlap.
   *
   * @return false only for {@link #DEPUTY_SECRETARY_GENERAL}
   */
  public boolean isSingleHolder() {
    return this != DEPUTY_SECRETARY_GENERAL;
  }
}
