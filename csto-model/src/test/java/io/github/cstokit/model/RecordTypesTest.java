package io.github.cstokit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sessions, activities and their editions, observer statuses and strengths: invariants and queries. */
class RecordTypesTest {

  private static final Period YEAR_2022 = Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1));

  private static Session.Builder session() {
    return Session.builder().id("csc-2022-11-23").body(Body.COLLECTIVE_SECURITY_COUNCIL)
        .date(PartialDate.parse("2022-11-23")).place("Yerevan").kind(SessionKind.REGULAR)
        .format(SessionFormat.IN_PERSON).addSource("horizonweekly-2022-11-23");
  }

  private static ActivityEdition.Builder edition() {
    return ActivityEdition.builder().year(2019).start(PartialDate.parse("2019-10-16"))
        .end(PartialDate.parse("2019-10-18")).host("RU").addSource("tass-1083457");
  }

  private static ObserverStatus.Builder observer() {
    return ObserverStatus.builder().id("pa-observer-serbia").kind(ObserverKind.OBSERVER)
        .holder("National Assembly of Serbia").holderState("RS").body(Body.PARLIAMENTARY_ASSEMBLY)
        .since(PartialDate.ofYear(2013)).addSource("tass-1230317");
  }

  @Test
  void aSessionIsWithinAPeriodByItsFirstDay() {
    Session s = session().chairState("AM").addAbsent("BY").addDecisionId("csc-2022-11-23-declaration")
        .build();
    assertTrue(s.isWithin(YEAR_2022));
    assertFalse(s.isWithin(Period.startingOn(LocalDate.of(2022, 11, 24))));
    assertTrue(s.mayBeOn(LocalDate.of(2022, 11, 23)));
    assertEquals("Session[csc-2022-11-23 CSC 2022-11-23 Yerevan REGULAR IN_PERSON chair AM absent [BY]]",
        s.toString());
    Session moscow = session().id("csc-2005-moscow").date(PartialDate.ofYear(2005)).planned(true).build();
    assertTrue(moscow.mayBeOn(LocalDate.of(2005, 6, 23)));
    assertTrue(moscow.isWithin(Period.of(LocalDate.of(2005, 1, 1), LocalDate.of(2005, 1, 2))));
    assertTrue(moscow.toString().endsWith(" (planned)]"));
  }

  @Test
  void aSessionsInvariants() {
    assertThrows(IllegalArgumentException.class, () -> session().place(" ").build());
    assertThrows(IllegalArgumentException.class, () -> session().host("Armenia").build());
    assertThrows(IllegalArgumentException.class, () -> session().addAbsent("b").build());
    assertThrows(IllegalArgumentException.class,
        () -> session().addDecisionId("d-1").addDecisionId("d-1").build());
    assertThrows(IllegalArgumentException.class, () -> session().sources(List.of()).build());
    assertThrows(IllegalStateException.class, () -> Session.builder().id("x").build());
  }

  @Test
  void anEditionsDatesAndSources() {
    ActivityEdition mulino = edition().build();
    assertTrue(mulino.sourced());
    assertEquals(Optional.of(PartialDate.parse("2019-10-16")), mulino.date());
    assertTrue(mulino.isWithin(Period.of(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1))));
    assertFalse(mulino.isWithin(YEAR_2022));
    assertEquals("ActivityEdition[2019-10-16..2019-10-18 in RU]", mulino.toString());
    ActivityEdition yearOnly = ActivityEdition.builder().year(2021).host("KG")
        .confidence(Confidence.UNVERIFIED).build();
    assertFalse(yearOnly.sourced());
    assertEquals(Optional.of(PartialDate.ofYear(2021)), yearOnly.date());
    assertEquals("ActivityEdition[2021 in KG unsourced]", yearOnly.toString());
    ActivityEdition undated = ActivityEdition.builder().name("Channel - Granite Bastion")
        .confidence(Confidence.UNVERIFIED).build();
    assertEquals(Optional.empty(), undated.date());
    assertFalse(undated.isWithin(Period.startingOn(LocalDate.of(1992, 1, 1))));
    ActivityEdition endOnly = ActivityEdition.builder().end(PartialDate.parse("2010-04-26"))
        .addSource("asiaplus-20100426").build();
    assertEquals(Optional.of(PartialDate.parse("2010-04-26")), endOnly.date());
  }

  @Test
  void anEditionsInvariants() {
    IllegalArgumentException unsourced = assertThrows(IllegalArgumentException.class,
        () -> ActivityEdition.builder().year(2021).build());
    assertTrue(unsourced.getMessage().contains("UNVERIFIED"), unsourced.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ActivityEdition.builder().year(2021).confidence(Confidence.MEDIUM).build());
    assertThrows(IllegalArgumentException.class, () -> edition().year(2020).build());
    assertThrows(IllegalArgumentException.class,
        () -> edition().start(PartialDate.parse("2019-10-19")).build());
    assertThrows(IllegalArgumentException.class, () -> edition().personnel(0).build());
    assertThrows(IllegalArgumentException.class, () -> edition().addParticipant("Russia").build());
    // A month and a day of that month: the end's last day is not before the start.
    ActivityEdition grom = ActivityEdition.builder().start(PartialDate.parse("2013-08"))
        .end(PartialDate.parse("2013-08-15")).addSource("slovo-kg-28167").build();
    assertEquals(PartialDate.parse("2013-08"), grom.start().orElseThrow());
  }

  @Test
  void anActivitysEditionsInAPeriod() {
    Activity interaction = Activity.builder().id("ex-interaction").kind(ActivityKind.EXERCISE)
        .name("Interaction").addEdition(edition().build())
        .addEdition(ActivityEdition.builder().year(2022).host("KZ").addSource("s-1").build())
        .addSource("tass-1083457").build();
    assertEquals(1, interaction.editions(YEAR_2022).size());
    assertEquals(Optional.of("KZ"), interaction.editions(YEAR_2022).get(0).host());
    assertEquals("Activity[ex-interaction EXERCISE Interaction, 2 editions]", interaction.toString());
    assertThrows(UnsupportedOperationException.class, () -> interaction.editions(YEAR_2022).clear());
    assertThrows(IllegalArgumentException.class,
        () -> Activity.builder().id("x").kind(ActivityKind.EXERCISE).name("X").build());
  }

  @Test
  void anObserverStatusIsHeldFromItsFirstDayToItsEnd() {
    ObserverStatus serbia = observer().build();
    assertFalse(serbia.isHeldOn(LocalDate.of(2012, 12, 31)));
    assertTrue(serbia.isHeldOn(LocalDate.of(2013, 1, 1)));
    assertTrue(serbia.isHeldOn(LocalDate.of(2040, 1, 1)));
    assertEquals("ObserverStatus[pa-observer-serbia OBSERVER at PA: National Assembly of Serbia since 2013]",
        serbia.toString());
    ObserverStatus ended = observer().until(PartialDate.parse("2021-08")).build();
    assertTrue(ended.isHeldOn(LocalDate.of(2021, 7, 31)));
    assertFalse(ended.isHeldOn(LocalDate.of(2021, 8, 1)));
    assertTrue(ended.toString().endsWith(" until 2021-08]"));
    ObserverStatus atTheOrganization = observer().body(Optional.empty()).build();
    assertTrue(atTheOrganization.toString().contains(" at CSTO: "));
    assertThrows(IllegalArgumentException.class, () -> observer().until(PartialDate.ofYear(2013)).build());
    assertThrows(IllegalArgumentException.class, () -> observer().holderState("Serbia").build());
    assertThrows(IllegalArgumentException.class, () -> observer().sources(List.of()).build());
  }

  @Test
  void aStrengthsFigures() {
    Strength kz = Strength.builder().personnel(2030).equipment(250).addSource("rbc-ua-1641824977").build();
    assertEquals("Strength[2030 personnel, 250 equipment]", kz.toString());
    assertEquals("Strength[? personnel, 0 equipment]", Strength.builder().equipment(0).build().toString());
    assertThrows(IllegalArgumentException.class, () -> Strength.builder().personnel(0).build());
    assertThrows(IllegalArgumentException.class, () -> Strength.builder().equipment(-1).build());
  }

  @Test
  void theAttributesAddedToExistingTypesDefaultToEmpty() {
    Decision d = Decision.builder().body(Body.COLLECTIVE_SECURITY_COUNCIL).date(LocalDate.of(2022, 1, 6))
        .title("t").build();
    assertEquals(Optional.empty(), d.sessionId());
    assertEquals(Optional.of("csc-2022-01-06"), Decision.builder().from(d).sessionId("csc-2022-01-06").build()
        .sessionId());
    assertThrows(IllegalArgumentException.class, () -> Decision.builder().from(d).sessionId("a b").build());
    Mandate m = Mandate.builder().id("m").forceKind(ForceKind.OTHER).hostState("KZ")
        .territory(Territory.MEMBER_STATE).build();
    assertEquals(Optional.empty(), m.strength());
  }
}
