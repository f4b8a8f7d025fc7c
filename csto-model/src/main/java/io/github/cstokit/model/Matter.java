package io.github.cstokit.model;

/**
 * The kind of matter a {@link Decision} is about; procedure checks pick their rules by it. The set is
 * closed: anything not listed is {@link #GENERAL}.
 *
 * <pre>{@code
 * Decision.builder().matter(Matter.DEPLOYMENT)   // ...
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Matter {
  /** Any substantive matter not listed below. */
  GENERAL,
  /** A procedural matter: agenda, date and place of sessions, rules of procedure. */
  PROCEDURAL,
  /** The budget and the members' contributions. */
  BUDGET,
  /** Admission, restoration, suspension or expulsion of a member, or observer or partner status. */
  MEMBERSHIP,
  /** Appointment, extension or release of the Secretary General. */
  APPOINTMENT_SECRETARY_GENERAL,
  /** Any other appointment, such as the Chief of the Joint Staff. */
  APPOINTMENT_OTHER,
  /** Who chairs the Organization, where the CSC departs from the host rule of Charter Art. 13. */
  CHAIRMANSHIP,
  /** A joint statement or declaration. */
  STATEMENT,
  /** Assistance to a member state under Treaty Art. 4, other than a deployment of forces. */
  ASSISTANCE,
  /** Deployment of the Collective Peacekeeping Forces or other collective forces. */
  DEPLOYMENT,
  /** Deployment of the Collective Rapid Reaction Forces. */
  CRRF_DEPLOYMENT
}
