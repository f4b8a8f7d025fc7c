package io.github.cstokit.model;

/**
 * The place of an {@link Organ} in the CSTO structure.
 *
 * <pre>{@code
 * Organ.builder().kind(OrganKind.STATUTORY_BODY)   // ...
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum OrganKind {
  /** A statutory body of the Charter: the CSC, the foreign and defence ministers' councils, the CSSC. */
  STATUTORY_BODY,
  /** A body that coordinates between sessions, such as the Permanent Council. */
  COORDINATING_BODY,
  /** A permanent working body: the Secretariat or the Joint Staff. */
  PERMANENT_WORKING_BODY,
  /** An office held by one person, such as the Secretary General. */
  OFFICE,
  /** The Parliamentary Assembly. */
  PARLIAMENTARY_BODY,
  /** A working group, committee, commission or other subsidiary body. */
  SUBSIDIARY_BODY
}
