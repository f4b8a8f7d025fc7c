package io.github.cstokit.model;

import java.time.LocalDate;

/**
 * The legal framework that makes a state a member on a date: the 1992 Collective Security Treaty alone, or
 * the Organization founded by the 2002 Charter.
 *
 * <p>Before the Charter entered into force on 2003-09-18 a "member" is a party to the Treaty; from that
 * day on, a member of the Organization (which remains bound by the Treaty too).
 *
 * <pre>{@code
 * Framework.on(LocalDate.of(1995, 1, 1));   // TREATY
 * Framework.on(LocalDate.of(2003, 9, 18));  // ORGANIZATION
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Framework {
  /** The Collective Security Treaty, signed in Tashkent on 1992-05-15, in force since 1994-04-20. */
  TREATY(LocalDate.of(1992, 5, 15), LocalDate.of(1994, 4, 20)),
  /** The Organization under its Charter, signed in Chisinau on 2002-10-07, in force since 2003-09-18. */
  ORGANIZATION(LocalDate.of(2002, 10, 7), LocalDate.of(2003, 9, 18));

  private final LocalDate signed;
  private final LocalDate inForce;

  Framework(LocalDate signed, LocalDate inForce) {
    this.signed = signed;
    this.inForce = inForce;
  }

  /**
   * The framework that applies on a date: {@link #ORGANIZATION} from 2003-09-18, {@link #TREATY} before
   * (including the days before the Treaty itself entered into force, when nobody was yet a member).
   *
   * @param date the date, not null
   * @return the framework, not null
   */
  public static Framework on(LocalDate date) {
    return date.isBefore(ORGANIZATION.inForce) ? TREATY : ORGANIZATION;
  }

  /**
   * The day the founding instrument (Treaty or Charter) was signed.
   *
   * @return the date of signature, not null
   */
  public LocalDate signed() {
    return signed;
  }

  /**
   * The day the founding instrument (Treaty or Charter) entered into force.
   *
   * @return the date of entry into force, not null
   */
  public LocalDate entryIntoForce() {
    return inForce;
  }
}
