package io.github.cstokit.model;

import static io.github.cstokit.model.Fixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MembershipTimelineTest {

  private static MembershipTimeline of(String state) {
    return MembershipTimeline.of(state, Fixtures.events().stream()
        .filter(e -> e.state().equals(state)).collect(Collectors.toList()));
  }

  @Test
  void uzbekistanPeriodsWithOpeningEvents() {
    MembershipTimeline uz = of("UZ");
    assertEquals("MembershipTimeline[UZ SIGNATORY from 1992-05-15, MEMBER from 1994-04-20,"
        + " CEASED from 1999-04-21, MEMBER from 2006-06-23, MEMBER FROZEN from 2012-06-20,"
        + " SUSPENDED from 2012-12-19]", uz.toString());
    List<StatusPeriod> periods = uz.periods();
    assertEquals(6, periods.size());
    assertEquals(Period.of(LocalDate.of(1994, 4, 20), LocalDate.of(1999, 4, 21)),
        periods.get(1).period());
    assertEquals(MembershipEventType.NON_RENEWAL, periods.get(2).openedBy().type());
    assertTrue(periods.get(5).period().isOpen());
    assertEquals(MembershipEventType.SUSPENSION_DECISION,
        uz.periodOn(LocalDate.of(2020, 1, 1)).orElseThrow().openedBy().type());
    assertTrue(uz.periodOn(LocalDate.of(1990, 1, 1)).isEmpty());
  }

  @Test
  void signatureByAMemberChangesNothing() {
    MembershipTimeline kz = of("KZ");
    assertEquals("MembershipTimeline[KZ SIGNATORY from 1992-05-15, MEMBER from 1994-04-20]",
        kz.toString());
  }

  @Test
  void sameDayEventsApplyInTypeOrder() {
    MembershipTimeline t = MembershipTimeline.of("AZ", List.of(
        event("AZ", MembershipEventType.ENTRY_INTO_FORCE, "1994-04-20"),
        event("AZ", MembershipEventType.SIGNATURE, "1994-04-20")));
    assertEquals(MembershipStatus.MEMBER, t.status(LocalDate.of(1994, 4, 20)));
    assertEquals(1, t.periods().size());
    assertEquals(MembershipEventType.ENTRY_INTO_FORCE, t.periods().get(0).openedBy().type());
  }

  @Test
  void ineffectiveEventsAndFreezesOfNonMembersChangeNothing() {
    MembershipTimeline t = MembershipTimeline.of("UZ", List.of(
        event("UZ", MembershipEventType.FREEZE_DECLARED, "1993-01-01"),
        event("UZ", MembershipEventType.ENTRY_INTO_FORCE, "1994-04-20"),
        event("UZ", MembershipEventType.NON_RENEWAL, "1999-04-21"),
        event("UZ", MembershipEventType.RESTORATION_DECISION, "2006-06-23").withEffective(false),
        event("UZ", MembershipEventType.PROTOCOL, "2006-08-16")));
    assertEquals(Participation.NORMAL, t.participation(LocalDate.of(1993, 6, 1)));
    assertEquals(MembershipStatus.CEASED, t.status(LocalDate.of(2007, 1, 1)));
    assertEquals(5, t.events().size());
  }

  @Test
  void partialDatesTakeEffectOnTheirFirstDay() {
    MembershipTimeline t = MembershipTimeline.of("GE", List.of(
        event("GE", MembershipEventType.ACCESSION, "1993-12"),
        event("GE", MembershipEventType.ENTRY_INTO_FORCE, "1994")));
    assertEquals(MembershipStatus.NOT_PARTY, t.status(LocalDate.of(1993, 11, 30)));
    assertEquals(MembershipStatus.SIGNATORY, t.status(LocalDate.of(1993, 12, 1)));
    assertEquals(MembershipStatus.MEMBER, t.status(LocalDate.of(1994, 1, 1)));
  }

  @Test
  void emptyTimelineIsNotParty() {
    MembershipTimeline t = MembershipTimeline.of("RS", List.of());
    assertEquals(MembershipStatus.NOT_PARTY, t.status(LocalDate.of(2020, 1, 1)));
    assertTrue(t.periods().isEmpty());
  }

  @Test
  void rejectsForeignAndRepeatedEvents() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MembershipTimeline.of("UZ", List.of(event("AZ", MembershipEventType.SIGNATURE, "1993"))));
    assertEquals("events must all concern UZ but az-signature-1993 concerns AZ", e.getMessage());
    MembershipEvent e1 = event("UZ", MembershipEventType.SIGNATURE, "1993");
    e = assertThrows(IllegalArgumentException.class,
        () -> MembershipTimeline.of("UZ", List.of(e1, e1)));
    assertEquals("events must not repeat 'uz-signature-1993'", e.getMessage());
  }

  @Test
  void equalTimelinesForEqualEventsInAnyOrder() {
    List<MembershipEvent> events = Fixtures.events().stream()
        .filter(e -> e.state().equals("AM")).collect(Collectors.toList());
    List<MembershipEvent> reversed = new java.util.ArrayList<>(events);
    java.util.Collections.reverse(reversed);
    assertEquals(MembershipTimeline.of("AM", events), MembershipTimeline.of("AM", reversed));
    assertEquals(MembershipTimeline.of("AM", events).hashCode(),
        MembershipTimeline.of("AM", reversed).hashCode());
  }
}
