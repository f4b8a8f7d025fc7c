package io.github.cstokit.model;

/**
 * The ids of the instruments that code names: the rules, the generators and the examples take an
 * instrument's days and standing from the facts ({@link CstoFacts#instrument(String)}), by one of these
 * ids, and spell none of their own. Each is the id of a record of the bundled {@code instruments.json};
 * facts built by hand use the same ids for the same instruments.
 *
 * <pre>{@code
 * Optional<Instrument> charter = facts.instrument(InstrumentIds.CHARTER);
 * }</pre>
 */
public final class InstrumentIds {

  /** The Collective Security Treaty (1992). */
  public static final String TREATY = "treaty-1992";

  /** The Protocol on the Extension of the Collective Security Treaty (1999). */
  public static final String TREATY_EXTENSION_PROTOCOL = "treaty-protocol-1999";

  /** The Protocol on Amendments to the Collective Security Treaty (2010). */
  public static final String TREATY_PROTOCOL_2010 = "treaty-protocol-2010";

  /** The Charter of the Collective Security Treaty Organization (2002). */
  public static final String CHARTER = "charter-2002";

  /** The Protocol on Amendments to the Charter (2010). */
  public static final String CHARTER_PROTOCOL_2010 = "charter-protocol-2010";

  /** The Second Protocol on Amendments to the Charter (2018). */
  public static final String CHARTER_PROTOCOL_2018_2 = "charter-protocol-2018-2";

  /** The Third Protocol on Amendments to the Charter (2018). */
  public static final String CHARTER_PROTOCOL_2018_3 = "charter-protocol-2018-3";

  /** The Rules of Procedure of the bodies of the Organization (2004). */
  public static final String RULES_OF_PROCEDURE = "rules-of-procedure-2004";

  /**
   * The Regulations on the suspension of a member state's participation in the bodies, or its expulsion
   * (2004).
   */
  public static final String SUSPENSION_REGULATIONS = "suspension-regulations-2004";

  /** The Council's decision on the documents regulating the Organization's activity (2004). */
  public static final String DOCUMENTS_DECISION = "documents-decision-2004";

  /** The Agreement on the Collective Rapid Deployment Forces of the Central Asian region (2006). */
  public static final String CRDF_AGREEMENT = "crdf-agreement-2006";

  /** The Agreement on Peacekeeping Activities (2007). */
  public static final String PEACEKEEPING_AGREEMENT = "peacekeeping-agreement-2007";

  /** The Protocol on Amendments to the Agreement on Peacekeeping Activities (2021). */
  public static final String PEACEKEEPING_PROTOCOL_2021 = "peacekeeping-protocol-2021";

  /** The Agreement on the Collective Rapid Reaction Forces (2009). */
  public static final String CRRF_AGREEMENT = "crrf-agreement-2009";

  /** The Protocol on the placement of military infrastructure on the members' territories (2011). */
  public static final String THIRD_STATE_BASES_PROTOCOL = "third-state-bases-protocol-2011";

  /** The Council's decision on the rotation of the officials of the permanent bodies (2015). */
  public static final String SG_ROTATION_DECISION = "sg-rotation-decision-2015";

  /** The Regulation on the Status of Observer (2018). */
  public static final String OBSERVER_REGULATIONS = "observer-regulations-2018";

  /** The Regulation on the Status of Partner (2018). */
  public static final String PARTNER_REGULATIONS = "partner-regulations-2018";

  private InstrumentIds() {}
}
