package io.github.cstokit.model;

/**
 * A record on one applicant's observer or partner status at the Organization: a
 * {@link StatusApplication} or a {@link StatusDecision}. The applicant is a state, by its ISO alpha-2
 * code, or an international organization, by its id (such as {@code sco}).
 */
public interface StatusMatter extends Identified, Sourced {

  /**
   * The applicant: the ISO alpha-2 code of a state, or the id of an international organization.
   *
   * @return the code or id, not null
   */
  String applicant();

  /**
   * The status applied for or decided on.
   *
   * @return the status, not null
   */
  StatusKind status();

  /**
   * Whether the applicant is a state: its code is two upper-case Latin letters.
   *
   * @return true for a state, false for an international organization
   */
  default boolean isState() {
    return Checks.Form.ISO2.matches(applicant());
  }
}
