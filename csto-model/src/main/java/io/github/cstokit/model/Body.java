package io.github.cstokit.model;

import java.util.Optional;

/**
 * The bodies that take or prepare the decisions a {@link Decision} records, each linked to its
 * {@link Organ} record in the dataset by {@link #organId()}.
 *
 * <pre>{@code
 * Body.COLLECTIVE_SECURITY_COUNCIL.abbreviation();   // CSC
 * Body.byOrganId("cfm");                           // Optional[COUNCIL_OF_FOREIGN_MINISTERS]
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Body {
  /** The Collective Security Council, the highest body: heads of state (Charter Art. 13). */
  COLLECTIVE_SECURITY_COUNCIL("csc", "Collective Security Council", "CSC", true),
  /** The Council of Ministers of Foreign Affairs. */
  COUNCIL_OF_FOREIGN_MINISTERS("cfm", "Council of Ministers of Foreign Affairs", "CMFA", true),
  /** The Council of Ministers of Defence. */
  COUNCIL_OF_DEFENCE_MINISTERS("cdm", "Council of Ministers of Defence", "CMD", true),
  /** The Committee of Secretaries of Security Councils. */
  COMMITTEE_OF_SECRETARIES_OF_SECURITY_COUNCILS(
      "cssc", "Committee of Secretaries of Security Councils", "CSSC", true),
  /** The Permanent Council of plenipotentiary representatives; coordinates between sessions. */
  PERMANENT_COUNCIL("permanent-council", "Permanent Council", "PC", false),
  /** The Secretariat, headed by the Secretary General. */
  SECRETARIAT("secretariat", "Secretariat", "SEC", false),
  /** The Joint Staff, the permanent working body for the military component. */
  JOINT_STAFF("joint-staff", "Joint Staff", "JS", false),
  /** The Parliamentary Assembly; its acts (model laws, recommendations) do not bind member states. */
  PARLIAMENTARY_ASSEMBLY("parliamentary-assembly", "Parliamentary Assembly", "PA", false);

  private final String organId;
  private final String nameEn;
  private final String abbreviation;
  private final boolean bindingDecisions;

  Body(String organId, String nameEn, String abbreviation, boolean bindingDecisions) {
    this.organId = organId;
    this.nameEn = nameEn;
    this.abbreviation = abbreviation;
    this.bindingDecisions = bindingDecisions;
  }

  /**
   * Finds the body with the given dataset organ id.
   *
   * @param organId an organ id such as {@code csc}, not null
   * @return the body, or empty if no body has that id
   */
  public static Optional<Body> byOrganId(String organId) {
    java.util.Objects.requireNonNull(organId, "organId");
    for (Body body : values()) {
      if (body.organId.equals(organId)) {
        return Optional.of(body);
      }
    }
    return Optional.empty();
  }

  /**
   * The id of this body's {@link Organ} in the dataset, such as {@code csc}.
   *
   * @return the organ id, not null
   */
  public String organId() {
    return organId;
  }

  /**
   * The official English name, such as {@code Collective Security Council}.
   *
   * @return the name, not null
   */
  public String nameEn() {
    return nameEn;
  }

  /**
   * The usual English abbreviation, such as {@code CSC}.
   *
   * @return the abbreviation, not null
   */
  public String abbreviation() {
    return abbreviation;
  }

  /**
   * Whether the body's decisions bind the member states (Charter Art. 12: the CSC, the foreign and
   * defence ministers' councils and the CSSC).
   *
   * @return true for the four statutory decision-making bodies
   */
  public boolean takesBindingDecisions() {
    return bindingDecisions;
  }
}
