package io.github.cstokit.rules;

import io.github.cstokit.model.Citation;
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
  static final String BASES_PROTOCOL_ID = "third-state-bases-protocol-2011";

  /** Instrument id of the 2015 CSC decision on rotation of the Secretary General post. */
  static final String SG_ROTATION_DECISION_ID = "sg-rotation-decision-2015";

  /**
   * Short names that rule citations use although the bundled dataset has no instrument of that short name,
   * each with the reason. Every other short name a rule cites is the {@code shortName} of an instrument of
   * the dataset, so that a citation can be resolved against {@code CstoFacts.instruments()}. Nothing looks
   * these instruments up.
   */
  static final Map<String, String> CITED_BUT_NOT_IN_DATASET =
      Map.of(
          "CRDF Agreement",
          "the agreement on the Collective Rapid Deployment Forces of the Central Asian region is cited by"
              + " Art. 3, but the dataset records no instrument for it");

  /** The amending protocols the catalogue knows, each by the id of its instrument in the facts. */
  enum Amendment {
    /** Protocol on amendments to the Treaty, 2010-12-10. */
    TREATY_2010("treaty-protocol-2010"),
    /** Protocol on amendments to the Charter, 2010-12-10. */
    CHARTER_2010("charter-protocol-2010"),
    /** Charter Protocol No. 2, 2018-11-08. */
    CHARTER_2018("charter-protocol-2018-2");

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

  /** The provisions rules cite, each with its base text version and the amendment that changed it. */
  enum Provision {
    /** Charter Art. 21 (Chapter VII, observers), 2002 wording, until Protocol No. 3 replaced Chapter VII. */
    CHARTER_21("Charter", "21", null, "2002", null, null),
    /** Charter Art. 25 (arrears). */
    CHARTER_25("Charter", "25", null, "2002", null, null),
    /** The Charter's entry-into-force clause (article number not visible in the copy read). */
    CHARTER_ENTRY_INTO_FORCE("Charter", null, null, "2002", null, null),
    /** Charter Protocol No. 3, which sets out Chapter VII (observers) anew; the new wording was not read. */
    CHARTER_PROTOCOL_3("Charter Protocol No. 3", null, null, "2018", null, null),
    /** Observer Regulations para 1.3 (the applicant's criteria), cited as Art. 1(3). */
    OBSERVER_REGULATIONS_1_3("Observer Regulations", "1", "3", "2018", null, null),
    /** Partner Regulations para 1.3 (the applicant's criteria), cited as Art. 1(3). */
    PARTNER_REGULATIONS_1_3("Partner Regulations", "1", "3", "2018", null, null),
    /** Treaty Art. 2 para 2. */
    TREATY_2_2("Treaty", "2", "2", "1992", Amendment.TREATY_2010, "2010"),
    /** Treaty Art. 4. */
    TREATY_4("Treaty", "4", null, "1992", Amendment.TREATY_2010, "2010"),
    /** Treaty Art. 6. */
    TREATY_6("Treaty", "6", null, "1992", Amendment.TREATY_2010, "2010"),
    /** Treaty Art. 7. */
    TREATY_7("Treaty", "7", null, "1992", null, null),
    /** Treaty Art. 11. */
    TREATY_11("Treaty", "11", null, "1992", null, null),
    /** The 1999 Protocol on Extension. */
    EXTENSION_PROTOCOL("Extension Protocol", null, null, "1999", null, null),
    /** The 2011 protocol on third-state military infrastructure. */
    BASES_PROTOCOL("Third-State Bases Protocol", null, null, "2011", null, null),
    /** Charter Art. 2. */
    CHARTER_2("Charter", "2", null, "2002", null, null),
    /** Charter Art. 12. */
    CHARTER_12("Charter", "12", null, "2002", Amendment.CHARTER_2010, "2010"),
    /** Charter Art. 13. */
    CHARTER_13("Charter", "13", null, "2002", Amendment.CHARTER_2018, "2018"),
    /** Charter Art. 19. */
    CHARTER_19("Charter", "19", null, "2002", null, null),
    /** The Charter article on the Secretary General (number not given by the sources). */
    CHARTER_SG("Charter", null, null, "2002", null, null),
    /** The 2015 CSC decision on rotation of the Secretary General post. */
    SG_ROTATION_DECISION("SG Rotation Decision", null, null, "2015", null, null),
    /** The 2004 Rules of Procedure of the CSTO bodies (Appendix 1). */
    RULES_OF_PROCEDURE("Rules of Procedure", null, null, "2004", null, null),
    /** The 2004 Regulations on suspension and expulsion (Appendix 3). */
    SUSPENSION_REGULATIONS("Suspension Regulations", null, null, "2004", null, null),
    /** Peacekeeping Agreement Art. 3. */
    PK_3("Peacekeeping Agreement", "3", null, "2007", null, null),
    /** The Peacekeeping Agreement provisions on command and completion (not read). */
    PK_COMMAND("Peacekeeping Agreement", null, null, "2007", null, null),
    /** The CRRF Agreement article on use (not read). */
    CRRF("CRRF Agreement", null, null, "2009", null, null),
    /** Art. 3 of the agreement on the Collective Rapid Deployment Forces of the Central Asian region. */
    CRDF_3("CRDF Agreement", "3", null, null, null, null);

    private final Citation base;
    private final Citation amended;
    private final Amendment amendment;

    Provision(
        String shortName,
        String article,
        String paragraph,
        String baseVersion,
        Amendment amendment,
        String amendedVersion) {
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
