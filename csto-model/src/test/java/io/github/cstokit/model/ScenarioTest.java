package io.github.cstokit.model;

import static io.github.cstokit.model.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScenarioTest {

  private final Scenario facts = Fixtures.scenario();

  private static String codes(SortedSet<State> states) {
    return states.stream().map(State::isoAlpha2).collect(Collectors.joining(","));
  }

  @Test
  void membersOnReferenceDates() {
    assertEquals("", codes(facts.members(LocalDate.of(1994, 4, 19))));
    assertEquals("AM,AZ,BY,GE,KG,KZ,RU,TJ,UZ", codes(facts.members(LocalDate.of(1995, 1, 1))));
    assertEquals("AM,AZ,BY,GE,KG,KZ,RU,TJ,UZ", codes(facts.members(LocalDate.of(1999, 4, 20))));
    assertEquals("AM,BY,KG,KZ,RU,TJ", codes(facts.members(NON_RENEWAL)));
    assertEquals("AM,BY,KG,KZ,RU,TJ", codes(facts.members(LocalDate.of(2000, 1, 1))));
    assertEquals("AM,BY,KG,KZ,RU,TJ,UZ", codes(facts.members(LocalDate.of(2012, 12, 18))));
    assertEquals("AM,BY,KG,KZ,RU,TJ", codes(facts.members(UZ_SUSPENDED)));
    assertEquals("AM,BY,KG,KZ,RU,TJ", codes(facts.members(LocalDate.of(2022, 1, 6))));
  }

  @Test
  void membersReturnsSharedSetBetweenChanges() {
    assertSame(facts.members(LocalDate.of(2000, 1, 1)), facts.members(LocalDate.of(2001, 1, 1)));
    assertThrows(UnsupportedOperationException.class,
        () -> facts.members(LocalDate.of(2000, 1, 1)).clear());
  }

  @Test
  void uzbekistanLeftRestoredFrozenSuspended() {
    assertEquals(MembershipStatus.SIGNATORY, facts.status("UZ", LocalDate.of(1993, 1, 1)));
    assertEquals(MembershipStatus.MEMBER, facts.status("UZ", LocalDate.of(1999, 4, 20)));
    assertEquals(MembershipStatus.CEASED, facts.status("UZ", NON_RENEWAL));
    assertEquals(MembershipStatus.CEASED, facts.status("UZ", UZ_RESTORED.minusDays(1)));
    assertEquals(MembershipStatus.MEMBER, facts.status("UZ", UZ_RESTORED));
    assertEquals(Participation.NORMAL, facts.participation("UZ", UZ_FROZEN.minusDays(1)));
    assertEquals(Participation.FROZEN, facts.participation("UZ", UZ_FROZEN));
    assertEquals(MembershipStatus.MEMBER, facts.status("UZ", UZ_SUSPENDED.minusDays(1)));
    assertEquals(MembershipStatus.SUSPENDED, facts.status("UZ", UZ_SUSPENDED));
    assertEquals(Participation.NORMAL, facts.participation("UZ", UZ_SUSPENDED));
  }

  @Test
  void armeniaMemberAndFrozenFrom2024() {
    assertEquals(Participation.NORMAL, facts.participation("AM", AM_FROZEN.minusDays(1)));
    assertEquals(MembershipStatus.MEMBER, facts.status("AM", AM_FROZEN));
    assertEquals(Participation.FROZEN, facts.participation("AM", AM_FROZEN));
    assertEquals(MembershipStatus.MEMBER, facts.status("AM", LocalDate.of(2025, 1, 1)));
    assertEquals(Participation.FROZEN, facts.participation("AM", LocalDate.of(2025, 1, 1)));
    assertTrue(codes(facts.members(LocalDate.of(2025, 1, 1))).contains("AM"));
  }

  @Test
  void unknownStateIsNotParty() {
    assertEquals(MembershipStatus.NOT_PARTY, facts.status("RS", LocalDate.of(2025, 1, 1)));
    assertEquals(Participation.NORMAL, facts.participation("RS", LocalDate.of(2025, 1, 1)));
    assertTrue(facts.state("RS").isEmpty());
    assertEquals("Kazakhstan", facts.state("KZ").orElseThrow().nameEn());
  }

  @Test
  void instrumentsInForceAndAmendments() {
    assertFalse(facts.isInForce("cst", TREATY_IN_FORCE.minusDays(1)));
    assertTrue(facts.isInForce("cst", TREATY_IN_FORCE));
    assertFalse(facts.isInForce("charter-protocol-2010", LocalDate.of(2012, 12, 18)));
    assertTrue(facts.isInForce("charter-protocol-2010", LocalDate.of(2012, 12, 19)));
    assertFalse(facts.isInForce("no-such-instrument", LocalDate.of(2020, 1, 1)));
    assertEquals(List.of("cst", "charter", "charter-protocol-2010"),
        facts.instruments().stream().map(Instrument::id).collect(Collectors.toList()));
    assertEquals(List.of(charterProtocol2010()), facts.amendmentsOf("charter"));
    assertEquals(Framework.TREATY, facts.framework(CHARTER_IN_FORCE.minusDays(1)));
    assertEquals(Framework.ORGANIZATION, facts.framework(CHARTER_IN_FORCE));
  }

  @Test
  void withInstrumentReplacesOrAddsAnInstrument() {
    Instrument later = Instrument.builder().from(charterProtocol2010())
        .entryIntoForce(PartialDate.parse("2024-01-01")).build();
    Scenario changed = facts.withInstrument(later);
    assertFalse(changed.isInForce("charter-protocol-2010", LocalDate.of(2012, 12, 19)));
    assertTrue(facts.isInForce("charter-protocol-2010", LocalDate.of(2012, 12, 19)));
    assertEquals(facts.instruments().size(), changed.instruments().size());
    assertEquals(facts.states(), changed.states());
    assertEquals(facts.events(), changed.events());
    assertEquals(facts.version(), changed.version());
    Instrument extra = Instrument.builder().from(later).id("extra-protocol").build();
    assertEquals(facts.instruments().size() + 1, changed.withInstrument(extra).instruments().size());
    assertThrows(IllegalArgumentException.class, () -> facts.withInstrument(
        Instrument.builder().from(later).id("orphan").amendedId("no-such-instrument").build()));
  }

  @Test
  void chairAndSecretaryGeneralAreHalfOpen() {
    assertEquals("KZ", facts.chair(LocalDate.of(2024, 12, 31)).orElseThrow().state());
    assertEquals("KG", facts.chair(LocalDate.of(2025, 1, 1)).orElseThrow().state());
    assertTrue(facts.chair(LocalDate.of(2026, 1, 1)).isEmpty());
    assertTrue(facts.chair(LocalDate.of(2023, 12, 31)).isEmpty());
    assertEquals("sg-khachaturov",
        facts.secretaryGeneral(LocalDate.of(2018, 11, 1)).orElseThrow().id());
    Appointment acting = facts.secretaryGeneral(LocalDate.of(2018, 11, 2)).orElseThrow();
    assertEquals("sg-semerikov-2", acting.id());
    assertTrue(acting.acting());
    assertTrue(facts.secretaryGeneral(LocalDate.of(2017, 5, 1)).isEmpty());
    assertTrue(facts.holder(Office.CHIEF_OF_JOINT_STAFF, LocalDate.of(2020, 1, 1)).isEmpty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> facts.holder(Office.DEPUTY_SECRETARY_GENERAL, LocalDate.of(2020, 1, 1)));
    assertEquals("office DEPUTY_SECRETARY_GENERAL has several holders at once;"
        + " use holders(office, date)", e.getMessage());
  }

  @Test
  void holdersListsEveryHolder() {
    assertEquals(List.of(facts.secretaryGeneral(LocalDate.of(2018, 11, 2)).orElseThrow()),
        facts.holders(Office.SECRETARY_GENERAL, LocalDate.of(2018, 11, 2)));
    assertTrue(facts.holders(Office.SECRETARY_GENERAL, LocalDate.of(2017, 5, 1)).isEmpty());
    Appointment deputy1 = Appointment.builder().id("dsg-1").office(Office.DEPUTY_SECRETARY_GENERAL)
        .personEn("A").state("RU").period(Period.startingOn(LocalDate.of(2019, 1, 1))).addSource("src")
        .build();
    Appointment deputy2 = Appointment.builder().from(deputy1).id("dsg-2").personEn("B").state("KZ")
        .period(Period.startingOn(LocalDate.of(2019, 6, 1))).build();
    Scenario withDeputies = facts.toBuilder().addAppointments(List.of(deputy1, deputy2)).build();
    assertEquals(List.of(deputy1), withDeputies.holders(Office.DEPUTY_SECRETARY_GENERAL,
        LocalDate.of(2019, 5, 31)));
    assertEquals(List.of(deputy1, deputy2), withDeputies.holders(Office.DEPUTY_SECRETARY_GENERAL,
        LocalDate.of(2020, 1, 1)));
  }

  @Test
  void withStatusLeavesOriginalUntouched() {
    LocalDate day = LocalDate.of(2025, 1, 1);
    Scenario whatIf = facts.withStatus("AM", day, MembershipStatus.CEASED);
    assertEquals(MembershipStatus.CEASED, whatIf.status("AM", day));
    assertEquals(MembershipStatus.MEMBER, whatIf.status("AM", day.minusDays(1)));
    assertEquals(Participation.NORMAL, whatIf.participation("AM", day));
    assertFalse(codes(whatIf.members(day)).contains("AM"));
    assertEquals(MembershipStatus.MEMBER, facts.status("AM", day));
    assertTrue(codes(facts.members(day)).contains("AM"));
    assertEquals(facts.events().size() + 1, whatIf.events().size());
    assertEquals(Fixtures.scenario(), facts);
    assertFalse(whatIf.equals(facts));
  }

  @Test
  void withStatusRejectsWhatTheRulesForbid() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> facts.withStatus("KZ", LocalDate.of(2020, 1, 1), MembershipStatus.SIGNATORY));
    assertEquals("status SIGNATORY cannot be set for KZ on 2020-01-01 by the timeline rules;"
        + " the status that day would be MEMBER", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> facts.withStatus("KZ", LocalDate.of(2020, 1, 1), MembershipStatus.NOT_PARTY));
    e = assertThrows(IllegalArgumentException.class,
        () -> facts.withStatus("XX", LocalDate.of(2020, 1, 1), MembershipStatus.MEMBER));
    assertEquals("state XX is not among states", e.getMessage());
  }

  @Test
  void withStatusTwiceOnTheSameDayGetsDistinctIds() {
    LocalDate day = LocalDate.of(2025, 1, 1);
    Scenario twice = facts.withStatus("AM", day, MembershipStatus.SUSPENDED)
        .withStatus("AM", day, MembershipStatus.SUSPENDED);
    assertEquals(facts.events().size() + 2, twice.events().size());
  }

  @Test
  void withEventAndWithoutStateLeaveOriginalUntouched() {
    MembershipEvent expelled = event("BY", MembershipEventType.EXPULSION, "2030-01-01");
    Scenario whatIf = facts.withEvent(expelled);
    assertEquals(MembershipStatus.CEASED, whatIf.status("BY", LocalDate.of(2030, 1, 1)));
    assertEquals(MembershipStatus.MEMBER, facts.status("BY", LocalDate.of(2030, 1, 1)));
    assertThrows(IllegalArgumentException.class, () -> whatIf.withEvent(expelled));

    Scenario withoutRussia = facts.withoutState("RU");
    assertTrue(withoutRussia.state("RU").isEmpty());
    assertEquals("AM,BY,KG,KZ,TJ", codes(withoutRussia.members(LocalDate.of(2022, 1, 6))));
    assertEquals("AM,BY,KG,KZ,RU,TJ", codes(facts.members(LocalDate.of(2022, 1, 6))));
    assertSame(facts, facts.withoutState("RS"));
  }

  @Test
  void fromCopiesOtherFactsAndReturnsScenariosAsIs() {
    assertSame(facts, Scenario.from(facts));
    assertEquals(facts, facts.toBuilder().build());
    assertEquals(facts.hashCode(), facts.toBuilder().build().hashCode());
  }

  @Test
  void rejectsInconsistentFacts() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Scenario.builder().addEvent(event("KZ", MembershipEventType.SIGNATURE, "1992-05-15"))
            .build());
    assertEquals("event 'kz-signature-1992-05-15' concerns KZ, which is not among states",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Scenario.builder().addStates(states()).addState(states().get(0)).build());
    assertEquals("states must not repeat 'AM'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> facts.toBuilder().addChairmanship(
            chair("chair-x", "RU", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 1))).build());
    assertEquals("chairmanships must not overlap but 'chair-2024-kz' [2024-01-01, 2025-01-01)"
        + " and 'chair-x' [2024-06-01, 2024-07-01) do", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> facts.toBuilder().addAppointment(sg("sg-x", "X", "RU", LocalDate.of(2022, 12, 31),
            LocalDate.of(2023, 6, 1), false)).build());
    assertEquals("appointments to SECRETARY_GENERAL must not overlap but 'sg-zas'"
        + " [2020-01-01, 2023-01-01) and 'sg-x' [2022-12-31, 2023-06-01) do", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Scenario.builder().addInstrument(charterProtocol2010()).build());
    assertEquals("instrument 'charter-protocol-2010' amends unknown instrument 'charter'",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Scenario.builder().addInstrument(treaty()).addInstrument(treaty()).build());
    assertEquals("instrument ids must not repeat 'cst'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> facts.toBuilder().addEvent(event("KZ", MembershipEventType.SIGNATURE, "1992-05-15"))
            .build());
    assertEquals("event ids must not repeat 'kz-signature-1992-05-15'", e.getMessage());
  }

  @Test
  void aNullStateOrDateIsRejectedByName() {
    LocalDate d = LocalDate.of(2022, 1, 6);
    assertEquals("isoAlpha2", assertThrows(NullPointerException.class, () -> facts.status(null, d))
        .getMessage());
    assertEquals("date", assertThrows(NullPointerException.class, () -> facts.status("AM", null))
        .getMessage());
    assertEquals("isoAlpha2", assertThrows(NullPointerException.class,
        () -> facts.participation(null, d)).getMessage());
  }
}
