package io.github.cstokit.testkit.internal;

import io.github.cstokit.model.Framework;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.InstrumentIds;
import io.github.cstokit.model.InstrumentKind;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.State;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed copy of real facts behind the deprecated no-argument methods ({@code CstoGens.realStates()},
 * {@code referenceInstruments()}, {@code KEY_DATES}, {@code states()} and the generators drawing from
 * them), kept for compatibility with 0.1.0. Every other generator takes its real facts from the facts it
 * is given. The Treaty's and the Charter's days come from the model's {@link Framework}.
 */
public final class FixedFacts {

  /** Azerbaijan, Georgia and Uzbekistan were no longer parties from 1999-04-21 (non-renewal). */
  public static final LocalDate NON_RENEWAL = LocalDate.of(1999, 4, 21);

  /** The Collective Security Council suspended Uzbekistan on 2012-12-19. */
  public static final LocalDate UZ_SUSPENSION = LocalDate.of(2012, 12, 19);

  /** Armenia declared its participation frozen on 2024-02-22. */
  public static final LocalDate AM_FREEZE = LocalDate.of(2024, 2, 22);

  private static final LocalDate TREATY_SIGNED = Framework.TREATY.signed();
  private static final LocalDate TREATY_IN_FORCE = Framework.TREATY.entryIntoForce();
  private static final LocalDate CHARTER_SIGNED = Framework.ORGANIZATION.signed();
  private static final LocalDate CHARTER_IN_FORCE = Framework.ORGANIZATION.entryIntoForce();

  /** The key days of {@code CstoGens.KEY_DATES}, as in 0.1.0. */
  public static final List<LocalDate> KEY_DATES =
      List.of(
          TREATY_SIGNED,
          TREATY_IN_FORCE.minusDays(1),
          TREATY_IN_FORCE,
          NON_RENEWAL.minusDays(1),
          NON_RENEWAL,
          CHARTER_SIGNED,
          CHARTER_IN_FORCE.minusDays(1),
          CHARTER_IN_FORCE,
          UZ_SUSPENSION.minusDays(1),
          UZ_SUSPENSION,
          AM_FREEZE,
          LawDates.HISTORY_END);

  /** The ISO alpha-2 codes of the nine states that have been parties to the Treaty. */
  public static final List<String> REAL_STATE_CODES =
      List.of("AM", "AZ", "BY", "GE", "KG", "KZ", "RU", "TJ", "UZ");

  private static final String[][] REAL = {
    {"AM", "ARM", "371", "ARM", "Armenia", "Армения"},
    {"AZ", "AZE", "373", "AZE", "Azerbaijan", "Азербайджан"},
    {"BY", "BLR", "370", "BLR", "Belarus", "Белоруссия"},
    {"GE", "GEO", "372", "GRG", "Georgia", "Грузия"},
    {"KG", "KGZ", "703", "KYR", "Kyrgyzstan", "Киргизия"},
    {"KZ", "KAZ", "705", "KZK", "Kazakhstan", "Казахстан"},
    {"RU", "RUS", "365", "RUS", "Russia", "Россия"},
    {"TJ", "TJK", "702", "TAJ", "Tajikistan", "Таджикистан"},
    {"UZ", "UZB", "704", "UZB", "Uzbekistan", "Узбекистан"},
  };

  /** The nine real states. */
  public static final List<State> REAL_STATES;

  static {
    List<State> real = new ArrayList<>();
    for (String[] r : REAL) {
      real.add(State.builder().isoAlpha2(r[0]).isoAlpha3(r[1]).cowCode(Integer.parseInt(r[2]))
          .cowAbbreviation(r[3]).nameEn(r[4]).nameRu(r[5]).build());
    }
    REAL_STATES = List.copyOf(real);
  }

  /** The reference instruments, with the dataset's ids, short names and dates. */
  public static final List<Instrument> INSTRUMENTS =
      List.of(
          instrument(InstrumentIds.TREATY, InstrumentKind.TREATY, "Treaty", "Collective Security Treaty",
              TREATY_SIGNED.toString(), TREATY_IN_FORCE.toString(), "1992", null),
          instrument(InstrumentIds.CHARTER, InstrumentKind.CHARTER, "Charter",
              "Charter of the Collective Security Treaty Organization", CHARTER_SIGNED.toString(),
              CHARTER_IN_FORCE.toString(), "2002", null),
          instrument(InstrumentIds.PEACEKEEPING_AGREEMENT, InstrumentKind.AGREEMENT, "Peacekeeping Agreement",
              "Agreement on the Peacekeeping Activities of the CSTO", "2007-10-06", null, "2007", null),
          instrument(InstrumentIds.CRRF_AGREEMENT, InstrumentKind.AGREEMENT, "CRRF Agreement",
              "Agreement on the Collective Rapid Reaction Forces of the CSTO", "2009-06-14",
              "2010-09-10", "2009", null),
          instrument(InstrumentIds.CHARTER_PROTOCOL_2010, InstrumentKind.PROTOCOL, "Charter Amending Protocol",
              "Protocol on Amendments to the Charter of the CSTO", "2010-12-10", "2012-12-19", "2010",
              InstrumentIds.CHARTER));

  /** The real states and the reference instruments, without events: the facts of the deprecated methods. */
  public static final Scenario LAW =
      Scenario.builder().addStates(REAL_STATES).addInstruments(INSTRUMENTS).version("fixed").build();

  private FixedFacts() {}

  private static Instrument instrument(String id, InstrumentKind kind, String shortName, String title,
      String signed, String inForce, String version, String amends) {
    Instrument.Builder b = Instrument.builder();
    b.id(id).kind(kind).shortName(shortName).titleEn(title).signed(PartialDate.parse(signed))
        .version(version).addSource(Scenario.WHAT_IF_SOURCE);
    if (inForce != null) {
      b.entryIntoForce(PartialDate.parse(inForce));
    }
    if (amends != null) {
      b.amendedId(amends);
    }
    return b.build();
  }
}
