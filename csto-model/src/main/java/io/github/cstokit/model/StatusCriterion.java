package io.github.cstokit.model;

/**
 * A criterion an applicant for observer or partner status must meet under para 1.3 of the 2018 Observer
 * and Partner Regulations, as far as their text was read (the unofficial CSTO translation breaks off after
 * para 1.3). An application records which criteria were found met and which not
 * ({@link StatusApplication#criteriaMet()}, {@link StatusApplication#criteriaNotMet()}); a criterion in
 * neither is not recorded.
 *
 * <pre>{@code
 * StatusCriterion.UN_MEMBER.status();                          // OBSERVER
 * StatusCriterion.NO_CONTRARY_SECURITY_OBLIGATIONS.status();   // PARTNER
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StatusCriterion {
  /** Observer: "be a Member State of the United Nations". */
  UN_MEMBER(StatusKind.OBSERVER),
  /** Observer: "have diplomatic relations with all Member States of the CSTO". */
  DIPLOMATIC_RELATIONS_WITH_ALL_MEMBERS(StatusKind.OBSERVER),
  /** Observer: "support settlement of international disputes and conflicts exclusively by peaceful means". */
  PEACEFUL_SETTLEMENT(StatusKind.OBSERVER),
  /**
   * Partner: "have no international obligations in the field of security contrary to relevant international
   * treaties and other documents signed within the CSTO".
   */
  NO_CONTRARY_SECURITY_OBLIGATIONS(StatusKind.PARTNER);

  private final StatusKind status;

  StatusCriterion(StatusKind status) {
    this.status = status;
  }

  /**
   * The status whose applicants must meet this criterion.
   *
   * @return the status, not null
   */
  public StatusKind status() {
    return status;
  }
}
