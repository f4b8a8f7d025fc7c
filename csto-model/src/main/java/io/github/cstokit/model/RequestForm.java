package io.github.cstokit.model;

/**
 * The form of an application for observer or partner status: Charter Art. 21 (2002 wording) asks for an
 * «официальным письменным обращением» ("official written request"). When the record does not say, the
 * application has no form: {@link StatusApplication#form()} is empty.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RequestForm {
  /** An official written request. */
  OFFICIAL_WRITTEN,
  /** Any other form: oral, informal, a statement of intent. */
  OTHER
}
