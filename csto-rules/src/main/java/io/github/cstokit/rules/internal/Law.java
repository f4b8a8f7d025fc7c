package io.github.cstokit.rules.internal;

import io.github.cstokit.model.Citation;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Instrument;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Which text of a provision is in force on a date: a small table of amending protocols with the articles
 * they changed and their entry-into-force dates.
 *
 * <p>An amendment is in force on a date if the facts know its instrument (by id) and say it is in force;
 * if the facts do not know the instrument, the date of the rule catalogue is used. The result is a bit
 * mask with one bit per amendment, so that citations can be precomputed per mask.
 */
public final class Law {

  /** The day the 2010 Treaty and Charter amendment protocols entered into force (KZ treaty bulletin). */
  public static final LocalDate AMENDMENTS_2010_IN_FORCE = LocalDate.of(2012, 12, 19);

  /** The day Charter Protocols No. 2 and No. 3 of 2018 entered into force. */
  public static final LocalDate CHARTER_PROTOCOLS_2018_IN_FORCE = LocalDate.of(2021, 1, 19);

  /** The day the 2011 protocol on third-state military infrastructure was signed. */
  public static final LocalDate BASES_PROTOCOL_SIGNED = LocalDate.of(2011, 12, 20);

  /** The day the Charter entered into force. */
  public static final LocalDate CHARTER_IN_FORCE = LocalDate.of(2003, 9, 18);

  /** The date of the CSC decision adopting rotation of the Secretary General post (2015-12-21 session). */
  public static final LocalDate SG_ROTATION_DECISION = LocalDate.of(2015, 12, 21);

  /** Instrument id of the 2011 protocol on third-state military infrastructure. */
  public static final String BASES_PROTOCOL_ID = "third-state-bases-protocol-2011";

  /**
   * Short names that rule citations use although the bundled dataset has no instrument of that short name,
   * each with the reason. Every other short name a rule cites is the {@code shortName} of an instrument of
   * the dataset, so that a citation can be resolved against {@code CstoFacts.instruments()}. Nothing looks
   * these instruments up.
   */
  public static final Map<String, String> CITED_BUT_NOT_IN_DATASET =
      Map.of(
          "CRDF Agreement",
          "the agreement on the Collective Rapid Deployment Forces of the Central Asian region is cited by"
              + " Art. 3, but its date is unverified, so the dataset records no instrument for it");

  /** The amending protocols the table knows. */
  public enum Amendment {
    /** Protocol on amendments to the Treaty, 2010-12-10. */
    TREATY_2010("treaty-protocol-2010", AMENDMENTS_2010_IN_FORCE),
    /** Protocol on amendments to the Charter, 2010-12-10. */
    CHARTER_2010("charter-protocol-2010", AMENDMENTS_2010_IN_FORCE),
    /** Charter Protocol No. 2, 2018-11-08. */
    CHARTER_2018("charter-protocol-2018-2", CHARTER_PROTOCOLS_2018_IN_FORCE);

    private final String instrumentId;
    private final LocalDate catalogueInForce;
    private final int bit;

    Amendment(String instrumentId, LocalDate catalogueInForce) {
      this.instrumentId = instrumentId;
      this.catalogueInForce = catalogueInForce;
      this.bit = 1 << ordinal();
    }

    /**
     * The instrument id the facts are asked about.
     *
     * @return the id
     */
    public String instrumentId() {
      return instrumentId;
    }

    /**
     * The entry-into-force date of the rule catalogue, used when the facts do not know the instrument.
     *
     * @return the date
     */
    public LocalDate catalogueInForce() {
      return catalogueInForce;
    }

    /**
     * The bit of this amendment in a mask.
     *
     * @return the bit
     */
    public int bit() {
      return bit;
    }

    /**
     * Whether the amendment is in force on a date by the facts, or by the catalogue date if the facts do
     * not know the instrument.
     *
     * @param facts the facts
     * @param date the date
     * @return true if in force
     */
    public boolean inForce(CstoFacts facts, LocalDate date) {
      Optional<Instrument> known = facts.instrument(instrumentId);
      return known.isPresent() ? known.get().isInForce(date) : !date.isBefore(catalogueInForce);
    }
  }

  /** Number of distinct masks. */
  public static final int MASKS = 1 << Amendment.values().length;

  private static final Amendment[] AMENDMENTS = Amendment.values();

  private Law() {}

  /**
   * The amendments in force on a date, judged from the facts.
   *
   * @param facts the facts
   * @param date the date
   * @return the mask
   */
  public static int mask(CstoFacts facts, LocalDate date) {
    InForceDays days = lastDays;
    if (days == null || days.facts != facts) {
      days = new InForceDays(facts);
      lastDays = days;
    }
    long day = date.toEpochDay();
    int mask = 0;
    for (int i = 0; i < days.from.length; i++) {
      if (day >= days.from[i]) {
        mask |= AMENDMENTS[i].bit;
      }
    }
    return mask;
  }

  /**
   * The facts last asked about, with the first day each amendment is in force under them. Facts are
   * immutable ({@link CstoFacts}), so the days stay right for the same instance; the holder's fields are
   * final, so a racing read sees either a complete holder or another one.
   */
  private static volatile InForceDays lastDays;

  /** The first day each amendment is in force under one instance of facts. */
  private static final class InForceDays {
    final CstoFacts facts;
    final long[] from;

    InForceDays(CstoFacts facts) {
      this.facts = facts;
      this.from = new long[AMENDMENTS.length];
      for (int i = 0; i < AMENDMENTS.length; i++) {
        Amendment a = AMENDMENTS[i];
        Optional<Instrument> known = facts.instrument(a.instrumentId);
        if (known.isEmpty()) {
          from[i] = a.catalogueInForce.toEpochDay();
        } else if (known.get().entryIntoForce().isPresent()) {
          from[i] = known.get().entryIntoForce().get().firstDay().toEpochDay();
        } else {
          from[i] = Long.MAX_VALUE;
        }
      }
    }
  }

  /**
   * The amendments in force on a date by the catalogue dates alone.
   *
   * @param date the date
   * @return the mask
   */
  public static int mask(LocalDate date) {
    int mask = 0;
    for (Amendment a : AMENDMENTS) {
      if (!date.isBefore(a.catalogueInForce)) {
        mask |= a.bit;
      }
    }
    return mask;
  }

  /**
   * Whether an amendment is in a mask.
   *
   * @param mask the mask
   * @param amendment the amendment
   * @return true if present
   */
  public static boolean has(int mask, Amendment amendment) {
    return (mask & amendment.bit) != 0;
  }

  /** The provisions rules cite, each with its base text version and the amendment that changed it. */
  public enum Provision {
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
    public Citation cite(int mask) {
      return amendment != null && (mask & amendment.bit) != 0 ? amended : base;
    }
  }
}
