package io.github.cstokit.rules;

import io.github.cstokit.model.Citation;
import io.github.cstokit.model.InstrumentIds;
import java.util.Map;

/**
 * The catalogue of the provisions rules cite and the amending protocols that change their text. It holds
 * no date: when an instrument was signed, entered into force or was amended comes from the facts'
 * instruments, judged in one place, {@link LawInForce}.
 *
 * <p>The amendments in force on a date form a bit mask with one bit per amendment, so that citations can be
 * precomputed per mask. Nothing here refers back to this class from a nested type: {@link Amendment} and
 * {@link Provision} initialise on their own, in any order, whichever public class is used first.
 */
final class Law {

  /** Instrument id of the 2011 protocol on third-state military infrastructure. */
  static final String BASES_PROTOCOL_ID = InstrumentIds.THIRD_STATE_BASES_PROTOCOL;

  /** Instrument id of the 2015 CSC decision on rotation of the Secretary General post. */
  static final String SG_ROTATION_DECISION_ID = InstrumentIds.SG_ROTATION_DECISION;

  /**
   * Short names that rule citations use although the bundled dataset has no instrument of that short name,
   * each with the reason. Every short name a rule cites is the {@code shortName} of an instrument of the
   * dataset, so that a citation can be resolved against {@code CstoFacts.instruments()}; since the dataset
   * records the CRDF Agreement ({@link #CRDF_AGREEMENT_ID}) this map is empty, and it stays for a citation
   * that may again precede its instrument's record.
   */
  static final Map<String, String> CITED_BUT_NOT_IN_DATASET = Map.of();

  /** The amending protocols the catalogue knows, each by the id of its instrument in the facts. */
  enum Amendment {
    /** Protocol on amendments to the Treaty, 2010-12-10. */
    TREATY_2010(InstrumentIds.TREATY_PROTOCOL_2010),
    /** Protocol on amendments to the Charter, 2010-12-10. */
    CHARTER_2010(InstrumentIds.CHARTER_PROTOCOL_2010),
    /** Charter Protocol No. 2, 2018-11-08. */
    CHARTER_2018(InstrumentIds.CHARTER_PROTOCOL_2018_2);

    private final String instrumentId;
    private final int bit;

    Amendment(String instrumentId) {
      this.instrumentId = instrumentId;
      this.bit = 1 << ordinal();
    }

    /** The instrument id the facts are asked about. */
    String instrumentId() {
      return instrumentId;
    }

    /** The bit of this amendment in a mask. */
    int bit() {
      return bit;
    }
  }

  /** Number of distinct masks: one bit per {@link Amendment}. */
  static final int MASKS = 1 << 3;

  private Law() {}

  /**
   * Whether an amendment is in a mask.
   *
   * @param mask the mask
   * @param amendment the amendment
   * @return true if present
   */
  static boolean has(int mask, Amendment amendment) {
    return (mask & amendment.bit) != 0;
  }

  /**
   * The amendments in force on a date, judged from the facts' instruments.
   *
   * @param facts the facts
   * @param date the date
   * @return the mask
   */
  static int mask(io.github.cstokit.model.CstoFacts facts, java.time.LocalDate date) {
    return LawInForce.of(facts).mask(date);
  }

  /** Instrument id of the Collective Security Treaty. */
  static final String TREATY_ID = InstrumentIds.TREATY;
  /** Instrument id of the 1999 Protocol on the extension of the Treaty. */
  static final String EXTENSION_PROTOCOL_ID = InstrumentIds.TREATY_EXTENSION_PROTOCOL;
  /** Instrument id of the Charter. */
  static final String CHARTER_ID = InstrumentIds.CHARTER;
  /** Instrument id of the Peacekeeping Agreement. */
  static final String PEACEKEEPING_AGREEMENT_ID = InstrumentIds.PEACEKEEPING_AGREEMENT;
  /** Instrument id of the CRRF Agreement. */
  static final String CRRF_AGREEMENT_ID = InstrumentIds.CRRF_AGREEMENT;
  /** Instrument id of the 2021 protocol on amendments to the Peacekeeping Agreement. */
  static final String PEACEKEEPING_PROTOCOL_2021_ID = InstrumentIds.PEACEKEEPING_PROTOCOL_2021;
  /** Instrument id of the agreement on the Central Asian rapid deployment forces (Minsk, 2006-06-23). */
  static final String CRDF_AGREEMENT_ID = InstrumentIds.CRDF_AGREEMENT;

  /**
   * The provisions rules cite, each with the instrument it belongs to (by id in the facts), its base text
   * version and the amendment that changed it. A provision that is a condition of its rules makes a rule
   * citing it apply only while its instrument is in force ({@link Findings}); the others are cited for
   * detail or are judged by the rule itself.
   */
  enum Provision {
    /** Charter Art. 21 (Chapter VII, observers), 2002 wording, until Protocol No. 3 replaced Chapter VII. */
    CHARTER_21(CHARTER_ID, true, "Charter", "21", null, "2002", null, null),
    /** Charter Art. 25 (arrears). */
    CHARTER_25(CHARTER_ID, true, "Charter", "25", null, "2002", null, null),
    /** The Charter's entry-into-force clause (article number not visible in the copy read). */
    CHARTER_ENTRY_INTO_FORCE(CHARTER_ID, true, "Charter", null, null, "2002", null, null),
    /** Charter Protocol No. 3, which sets out Chapter VII (observers) anew; the new wording was not read. */
    CHARTER_PROTOCOL_3(InstrumentIds.CHARTER_PROTOCOL_2018_3, false, "Charter Protocol No. 3", null, null,
        "2018", null, null),
    /** Observer Regulations para 1.3 (the applicant's criteria), cited as Art. 1(3). */
    OBSERVER_REGULATIONS_1_3(InstrumentIds.OBSERVER_REGULATIONS, true, "Observer Regulations", "1", "3",
        "2018", null, null),
    /** Partner Regulations para 1.3 (the applicant's criteria), cited as Art. 1(3). */
    PARTNER_REGULATIONS_1_3(InstrumentIds.PARTNER_REGULATIONS, true, "Partner Regulations", "1", "3",
        "2018", null, null),
    /** Treaty Art. 2 para 2. */
    TREATY_2_2(TREATY_ID, true, "Treaty", "2", "2", "1992", Amendment.TREATY_2010, "2010"),
    /**
     * Treaty Art. 3 (the Collective Security Council: the heads of the states parties, and until the 2010
     * protocol the Commander-in-Chief of the CIS Joint Armed Forces, whom it deleted).
     */
    TREATY_3(TREATY_ID, true, "Treaty", "3", null, "1992", Amendment.TREATY_2010, "2010"),
    /** Treaty Art. 4. */
    TREATY_4(TREATY_ID, true, "Treaty", "4", null, "1992", Amendment.TREATY_2010, "2010"),
    /** Treaty Art. 6. */
    TREATY_6(TREATY_ID, true, "Treaty", "6", null, "1992", Amendment.TREATY_2010, "2010"),
    /** Treaty Art. 7. */
    TREATY_7(TREATY_ID, true, "Treaty", "7", null, "1992", null, null),
    /** Treaty Art. 11, amended by the 2010 protocol (Kremlin summary). */
    TREATY_11(TREATY_ID, true, "Treaty", "11", null, "1992", Amendment.TREATY_2010, "2010"),
    /** The 1999 Protocol on Extension; the first term ran out under Art. 11 before it entered into force. */
    EXTENSION_PROTOCOL(EXTENSION_PROTOCOL_ID, false, "Extension Protocol", null, null, "1999", null, null),
    /** The 2011 protocol on third-state military infrastructure; its standing is judged by the rule. */
    BASES_PROTOCOL(BASES_PROTOCOL_ID, false, "Third-State Bases Protocol", null, null, "2011", null, null),
    /** Charter Art. 2. */
    CHARTER_2(CHARTER_ID, true, "Charter", "2", null, "2002", null, null),
    /** Charter Art. 12. */
    CHARTER_12(CHARTER_ID, true, "Charter", "12", null, "2002", Amendment.CHARTER_2010, "2010"),
    /** Charter Art. 13. */
    CHARTER_13(CHARTER_ID, true, "Charter", "13", null, "2002", Amendment.CHARTER_2018, "2018"),
    /**
     * Charter Art. 13 para 3 (the Council's composition), set out anew by Protocol No. 2; cited for detail,
     * the rules citing it resting on the Treaty.
     */
    CHARTER_13_3(CHARTER_ID, false, "Charter", "13", "3", "2002", Amendment.CHARTER_2018, "2018"),
    /** Charter Art. 19. */
    CHARTER_19(CHARTER_ID, true, "Charter", "19", null, "2002", null, null),
    /**
     * The Charter article on the Secretary General (number not given by the sources), amended by the 2010
     * protocol (Kremlin summary: it "specifies the tasks and functions" of the Secretary General).
     */
    CHARTER_SG(CHARTER_ID, true, "Charter", null, null, "2002", Amendment.CHARTER_2010, "2010"),
    /** The Charter provisions on suspension and expulsion (article not identified; not read). */
    CHARTER_MEMBERSHIP(CHARTER_ID, true, "Charter", null, null, "2002", null, null),
    /** The 2015 CSC decision on rotation of the Secretary General post. */
    SG_ROTATION_DECISION(SG_ROTATION_DECISION_ID, true, "SG Rotation Decision", null, null, "2015", null,
        null),
    /** The 2004 Rules of Procedure of the CSTO bodies (Appendix 1). */
    RULES_OF_PROCEDURE(InstrumentIds.RULES_OF_PROCEDURE, true, "Rules of Procedure", null, null,
        "2004", null, null),
    /** The 2004 Regulations on suspension and expulsion (Appendix 3), cited for detail. */
    SUSPENSION_REGULATIONS(InstrumentIds.SUSPENSION_REGULATIONS, false, "Suspension Regulations", null, null,
        "2004", null, null),
    /** Peacekeeping Agreement Art. 3. */
    PK_3(PEACEKEEPING_AGREEMENT_ID, true, "Peacekeeping Agreement", "3", null, "2007", null, null),
    /** The Peacekeeping Agreement provisions on command and completion (not read). */
    PK_COMMAND(PEACEKEEPING_AGREEMENT_ID, true, "Peacekeeping Agreement", null, null, "2007", null, null),
    /** The CRRF Agreement article on use (not read). */
    CRRF(CRRF_AGREEMENT_ID, true, "CRRF Agreement", null, null, "2009", null, null),
    /** Art. 3 of the agreement on the Collective Rapid Deployment Forces of the Central Asian region. */
    CRDF_3(CRDF_AGREEMENT_ID, true, "CRDF Agreement", "3", null, "2006", null, null),
    /**
     * The final article of the CRDF Agreement (duration and withdrawal; its number is not visible in the
     * copy read, and its being the CRDF Agreement's is inferred from place and date).
     */
    CRDF_FINAL(CRDF_AGREEMENT_ID, true, "CRDF Agreement", null, null, "2006", null, null),
    /**
     * The Charter article on the budget (its number is not visible in the copy read: Uzbek translation of
     * the consolidated 2010 wording; whether the 2010 protocol changed these sentences is not known).
     */
    CHARTER_BUDGET(CHARTER_ID, true, "Charter", null, null, "2002", null, null),
    /**
     * The final clause of the 2004 Council decision on the documents regulating the activity of the
     * Organization: one authentic copy in Russian, kept by the Secretariat, certified copies to the
     * signatories.
     */
    DOCUMENTS_DECISION(InstrumentIds.DOCUMENTS_DECISION, true, "Documents Decision", null, null,
        "2004", null, null),
    /** Peacekeeping Agreement Art. 1 (definitions), to which the 2021 protocol adds a ninth paragraph. */
    PK_1(PEACEKEEPING_AGREEMENT_ID, true, "Peacekeeping Agreement", "1", null, "2007", null, null),
    /** The 2021 protocol on amendments to the Peacekeeping Agreement (the coordinating state). */
    PK_PROTOCOL_2021(PEACEKEEPING_PROTOCOL_2021_ID, true, "Peacekeeping Protocol", null, null, "2021", null,
        null);

    private final String instrumentId;
    private final boolean condition;
    private final Citation base;
    private final Citation amended;
    private final Amendment amendment;

    Provision(
        String instrumentId,
        boolean condition,
        String shortName,
        String article,
        String paragraph,
        String baseVersion,
        Amendment amendment,
        String amendedVersion) {
      this.instrumentId = instrumentId;
      this.condition = condition;
      Citation.Builder b = Citation.builder().shortName(shortName);
      if (article != null) {
        b.article(article);
      }
      if (paragraph != null) {
        b.paragraph(paragraph);
      }
      if (baseVersion != null) {
        b.version(baseVersion);
      }
      this.base = b.build();
      this.amendment = amendment;
      this.amended = amendment == null ? base : base.withVersion(amendedVersion);
    }

    /** The id of the instrument the provision belongs to, in the facts. */
    String instrumentId() {
      return instrumentId;
    }

    /** Whether a rule citing this provision applies only while its instrument is in force. */
    boolean condition() {
      return condition;
    }

    /**
     * The citation of the text in force under a mask.
     *
     * @param mask the amendments in force
     * @return the citation
     */
    Citation cite(int mask) {
      return amendment != null && (mask & amendment.bit) != 0 ? amended : base;
    }
  }
}
