package io.github.cstokit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Real facts for the model's own tests, hand-built because csto-model cannot read the bundled dataset (it
 * depends on this module). They follow the dataset's {@code states.json} and {@code events.json} in
 * csto-data, the one home of these facts; the tests of every other module read the dataset itself. Also
 * the assertions the model's tests share.
 */
final class Fixtures {

  private Fixtures() {}

  /**
   * Asserts that the values are in strictly ascending order: {@code compareTo} of any two agrees with
   * their places in the list, and {@code equals} holds only for a value and itself.
   */
  static <T extends Comparable<? super T>> void assertStrictlyOrdered(List<T> sorted) {
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = 0; j < sorted.size(); j++) {
        assertEquals(Integer.signum(Integer.compare(i, j)),
            Integer.signum(sorted.get(i).compareTo(sorted.get(j))), i + " vs " + j);
        assertEquals(i == j, sorted.get(i).equals(sorted.get(j)));
      }
    }
  }

  static final LocalDate TREATY_SIGNED = LocalDate.of(1992, 5, 15);
  static final LocalDate TREATY_IN_FORCE = LocalDate.of(1994, 4, 20);
  static final LocalDate NON_RENEWAL = LocalDate.of(1999, 4, 21);
  static final LocalDate CHARTER_IN_FORCE = LocalDate.of(2003, 9, 18);
  static final LocalDate UZ_RESTORED = LocalDate.of(2006, 6, 23);
  static final LocalDate UZ_FROZEN = LocalDate.of(2012, 6, 20);
  static final LocalDate UZ_SUSPENDED = LocalDate.of(2012, 12, 19);
  static final LocalDate AM_FROZEN = LocalDate.of(2024, 2, 22);

  static State state(String a2, String a3, int cow, String cowAbbr, String en, String ru) {
    return State.builder().isoAlpha2(a2).isoAlpha3(a3).cowCode(cow).cowAbbreviation(cowAbbr)
        .nameEn(en).nameRu(ru).build();
  }

  static List<State> states() {
    return List.of(
        state("AM", "ARM", 371, "ARM", "Armenia", "Армения"),
        state("AZ", "AZE", 373, "AZE", "Azerbaijan", "Азербайджан"),
        state("BY", "BLR", 370, "BLR", "Belarus", "Белоруссия"),
        state("GE", "GEO", 372, "GRG", "Georgia", "Грузия"),
        state("KG", "KGZ", 703, "KYR", "Kyrgyzstan", "Киргизия"),
        state("KZ", "KAZ", 705, "KZK", "Kazakhstan", "Казахстан"),
        state("RU", "RUS", 365, "RUS", "Russia", "Россия"),
        state("TJ", "TJK", 702, "TAJ", "Tajikistan", "Таджикистан"),
        state("UZ", "UZB", 704, "UZB", "Uzbekistan", "Узбекистан"));
  }

  static MembershipEvent event(String state, MembershipEventType type, String date) {
    PartialDate d = PartialDate.parse(date);
    return MembershipEvent.builder()
        .id(state.toLowerCase() + "-" + type.name().toLowerCase() + "-" + date)
        .state(state).type(type).date(d).framework(Framework.on(d.firstDay()))
        .addSource("odkb-25years")
        .build();
  }

  static List<MembershipEvent> events() {
    List<MembershipEvent> list = new ArrayList<>();
    for (String s : List.of("AM", "KZ", "KG", "RU", "TJ", "UZ")) {
      list.add(event(s, MembershipEventType.SIGNATURE, "1992-05-15"));
    }
    list.add(event("AZ", MembershipEventType.ACCESSION, "1993-09-24"));
    list.add(event("GE", MembershipEventType.ACCESSION, "1993-12-09"));
    list.add(event("BY", MembershipEventType.ACCESSION, "1993-12-31"));
    for (State s : states()) {
      list.add(event(s.isoAlpha2(), MembershipEventType.ENTRY_INTO_FORCE, "1994-04-20"));
    }
    for (String s : List.of("AZ", "GE", "UZ")) {
      list.add(event(s, MembershipEventType.NON_RENEWAL, "1999-04-21"));
    }
    for (String s : List.of("AM", "BY", "KZ", "KG", "RU", "TJ")) {
      list.add(event(s, MembershipEventType.PROTOCOL, "1999-04-02"));
      list.add(event(s, MembershipEventType.EXTENSION, "1999-04-21"));
      list.add(event(s, MembershipEventType.SIGNATURE, "2002-10-07"));
      list.add(event(s, MembershipEventType.ENTRY_INTO_FORCE, "2003-09-18"));
    }
    list.add(event("UZ", MembershipEventType.RESTORATION_DECISION, "2006-06-23"));
    list.add(event("UZ", MembershipEventType.PROTOCOL, "2006-08-16"));
    list.add(event("UZ", MembershipEventType.RATIFICATION, "2006-12"));
    list.add(event("UZ", MembershipEventType.FREEZE_DECLARED, "2012-06-20"));
    list.add(event("UZ", MembershipEventType.NOTIFICATION, "2012-06-28"));
    list.add(event("UZ", MembershipEventType.SUSPENSION_DECISION, "2012-12-19"));
    list.add(event("AM", MembershipEventType.FREEZE_DECLARED, "2024-02-22"));
    return list;
  }

  static Instrument treaty() {
    return Instrument.builder().id("cst").kind(InstrumentKind.TREATY).shortName("Treaty")
        .titleEn("Collective Security Treaty").signed(PartialDate.parse("1992-05-15"))
        .entryIntoForce(PartialDate.parse("1994-04-20")).version("1992").addSource("odkb-25years").build();
  }

  static Instrument charter() {
    return Instrument.builder().id("charter").kind(InstrumentKind.CHARTER).shortName("Charter")
        .titleEn("Charter of the Collective Security Treaty Organization")
        .signed(PartialDate.parse("2002-10-07")).entryIntoForce(PartialDate.parse("2003-09-18"))
        .version("2002").addSource("kremlin-3506").build();
  }

  static Instrument charterProtocol2010() {
    return Instrument.builder().id("charter-protocol-2010").kind(InstrumentKind.PROTOCOL)
        .shortName("Charter").titleEn("Protocol on amendments to the Charter")
        .signed(PartialDate.parse("2010-12-10")).entryIntoForce(PartialDate.parse("2012-12-19"))
        .amendedId("charter").version("2010").addSource("zakonpravo-charter-2010").build();
  }

  static Appointment sg(String id, String person, String state, LocalDate start, LocalDate end,
      boolean acting) {
    return Appointment.builder().id(id).office(Office.SECRETARY_GENERAL).personEn(person).state(state)
        .period(Period.of(start, end)).acting(acting).addSource("src").build();
  }

  static Chairmanship chair(String id, String state, LocalDate start, LocalDate end) {
    return Chairmanship.builder().id(id).state(state).period(Period.of(start, end)).addSource("src")
        .build();
  }

  static Scenario scenario() {
    return Scenario.builder()
        .addStates(states())
        .addEvents(events())
        .addInstruments(List.of(charterProtocol2010(), treaty(), charter()))
        .addChairmanship(chair("chair-2024-kz", "KZ", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)))
        .addChairmanship(chair("chair-2025-kg", "KG", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))
        .addAppointment(sg("sg-khachaturov", "Yuri Khachaturov", "AM", LocalDate.of(2017, 5, 2),
            LocalDate.of(2018, 11, 2), false))
        .addAppointment(sg("sg-semerikov-2", "Valery Semerikov", "RU", LocalDate.of(2018, 11, 2),
            LocalDate.of(2020, 1, 1), true))
        .addAppointment(sg("sg-zas", "Stanislav Zas", "BY", LocalDate.of(2020, 1, 1),
            LocalDate.of(2023, 1, 1), false))
        .version("test")
        .build();
  }
}
