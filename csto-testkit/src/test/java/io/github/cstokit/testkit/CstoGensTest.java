package io.github.cstokit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.MembershipTimeline;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.State;
import io.github.cstokit.model.StatusPeriod;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CstoGensTest {

  private static final int N = 10_000;
  private static final Scenario FACTS = RealFacts.FACTS;

  @Test
  void realStatesAreTheNine() {
    Set<String> seen = new HashSet<>();
    PropertyCheck.forAll(CstoGens.realStates(), 1L, N, s -> {
      assertTrue(CstoGens.REAL_STATE_CODES.contains(s.isoAlpha2()), s.toString());
      seen.add(s.isoAlpha2());
    });
    assertEquals(Set.copyOf(CstoGens.REAL_STATE_CODES), seen);
    assertEquals(CstoGens.REAL_STATE_CODES.size(), CstoGens.realStateList().size());
  }

  @Test
  void hypotheticalStatesUseUserAssignedCodesOnly() {
    PropertyCheck.forAll(CstoGens.hypotheticalStates(), 2L, N, s -> {
      String a2 = s.isoAlpha2();
      boolean userAssigned = (a2.charAt(0) == 'Q' && a2.charAt(1) >= 'M')
          || (a2.charAt(0) == 'X' && a2.charAt(1) != 'K');
      assertTrue(userAssigned, a2);
      assertFalse(CstoGens.REAL_STATE_CODES.contains(a2));
      assertEquals(a2 + "X", s.isoAlpha3());
      assertTrue(s.cowCode() > 9000);
      assertTrue(s.nameEn().startsWith("Hypothetical State "));
    });
  }

  @Test
  void statesMixRealAndHypothetical() {
    Set<Boolean> kinds = new HashSet<>();
    PropertyCheck.forAll(CstoGens.states(), 3L, N,
        s -> kinds.add(CstoGens.REAL_STATE_CODES.contains(s.isoAlpha2())));
    assertEquals(Set.of(true, false), kinds);
    PropertyCheck.holds(CstoGens.stateOf(FACTS), 3L, N, s -> FACTS.state(s.isoAlpha2()).isPresent());
    assertThrows(IllegalArgumentException.class, () -> CstoGens.stateOf(Scenario.builder().build()));
  }

  @Test
  void datesStayInTheHistoryWithTheKeyDaysAsEdgeCases() {
    PropertyCheck.holds(CstoGens.dates(), 4L, N,
        d -> !d.isBefore(CstoGens.TREATY_SIGNED) && !d.isAfter(CstoGens.HISTORY_END));
    List<LocalDate> edges = CstoGens.dates().edgeCases();
    assertTrue(edges.contains(LocalDate.of(1994, 4, 20)));
    assertTrue(edges.contains(LocalDate.of(1994, 4, 19)));
    assertTrue(edges.contains(LocalDate.of(2012, 12, 19)));
    assertTrue(edges.contains(LocalDate.of(2003, 9, 18)));
  }

  @Test
  void partialDatesStayInTheHistory() {
    PropertyCheck.holds(CstoGens.partialDates(), 5L, N,
        p -> !p.firstDay().isBefore(LocalDate.of(1992, 1, 1)) && !p.firstDay().isAfter(CstoGens.HISTORY_END)
            && io.github.cstokit.model.PartialDate.parse(p.toString()).equals(p));
  }

  @Test
  void periodsStartInTheHistory() {
    PropertyCheck.forAll(CstoGens.periods(), 6L, N, p -> {
      assertFalse(p.start().isBefore(CstoGens.TREATY_SIGNED));
      assertFalse(p.start().isAfter(CstoGens.HISTORY_END));
      assertTrue(p.contains(p.start()));
      p.end().ifPresent(end -> assertTrue(end.isAfter(p.start())));
    });
  }

  @Test
  void citationsRoundTrip() {
    PropertyCheck.forAll(CstoGens.citations(), 7L, N,
        c -> assertEquals(c, Citation.parse(c.text())));
    PropertyCheck.forAll(CstoGens.citationOf(FACTS), 7L, N, c -> {
      assertTrue(FACTS.instruments().stream().anyMatch(i -> i.shortName().equals(c.shortName())
          && c.version().equals(java.util.Optional.of(i.version()))), c.toString());
      assertEquals(c, Citation.parse(c.text()));
    });
  }

  @Test
  void instrumentsComeFromTheFacts() {
    PropertyCheck.holds(CstoGens.instrumentOf(FACTS), 8L, N, i -> FACTS.instrument(i.id()).isPresent());
    assertThrows(IllegalArgumentException.class,
        () -> CstoGens.instrumentOf(Scenario.builder().build()));
    assertTrue(FACTS.isInForce("charter-protocol-2010", CstoGens.LIMITED_FORMAT_IN_FORCE));
    assertFalse(FACTS.isInForce("charter-protocol-2010", CstoGens.LIMITED_FORMAT_IN_FORCE.minusDays(1)));
  }

  @Test
  void memberOnDrawsAMemberOfTheDay() {
    PropertyCheck.forAll(CstoGens.memberOn(FACTS, CstoGens.dates()), 9L, N, m -> {
      assertEquals(MembershipStatus.MEMBER, FACTS.status(m.value().isoAlpha2(), m.date()));
      assertTrue(FACTS.members(m.date()).contains(m.value()));
    });
    // the day before the Treaty's entry into force has no member: it is not an edge case here
    assertTrue(CstoGens.memberOn(FACTS, CstoGens.dates()).edgeCases().stream()
        .noneMatch(m -> m.date().isBefore(CstoGens.TREATY_IN_FORCE)));
    Gen<io.github.cstokit.testkit.Dated<State>> never =
        CstoGens.memberOn(FACTS, Gen.constant(LocalDate.of(1993, 1, 1)));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> never.next(Samples.random(1L)));
    assertTrue(e.getMessage().contains("1000 days"), e.getMessage());
  }

  @Test
  void membershipEventsAreValidEvents() {
    PropertyCheck.forAll(CstoGens.membershipEvents(), 10L, N, e -> {
      assertEquals(Scenario.WHAT_IF_SOURCE, e.sources().get(0));
      assertEquals(e.framework(), io.github.cstokit.model.Framework.on(e.date().firstDay()));
      assertFalse(e.date().firstDay().isAfter(CstoGens.HISTORY_END));
    });
  }

  /** Every status change the record intends happens, on its day, with the status its type gives. */
  static void assertConsistent(List<MembershipEvent> events) {
    MembershipTimeline timeline = MembershipTimeline.of(events.get(0).state(), events);
    int changes = 0;
    LocalDate previous = null;
    for (MembershipEvent e : events) {
      LocalDate day = e.date().firstDay();
      assertTrue(previous == null || day.isAfter(previous), "days must increase: " + events);
      previous = day;
      if (e.type().changesStatus() || e.type().freezesParticipation()) {
        changes++;
        StatusPeriod period = timeline.periodOn(day).orElseThrow();
        assertEquals(day, period.period().start(), "no period opened by " + e + " in " + timeline);
        if (e.type().freezesParticipation()) {
          assertEquals(MembershipStatus.MEMBER, period.status());
          assertEquals(Participation.FROZEN, period.participation());
        } else {
          assertEquals(e.type().statusEffect().orElseThrow(), period.status());
          assertEquals(Participation.NORMAL, period.participation());
        }
      }
    }
    assertEquals(changes, timeline.periods().size(), timeline.toString());
  }

  @Test
  void eventSequencesAreConsistent() {
    PropertyCheck.forAll(CstoGens.eventSequences("QZ"), 11L, N, CstoGensTest::assertConsistent);
    assertThrows(IllegalArgumentException.class, () -> CstoGens.eventSequences("Qz"));
    assertThrows(IllegalArgumentException.class, () -> CstoGens.eventSequences("QZZ"));
  }

  @Test
  void timelinesAreConsistent() {
    PropertyCheck.forAll(CstoGens.timelines(), 12L, N, t -> {
      assertConsistent(t.events());
      assertEquals(MembershipStatus.SIGNATORY, t.periods().get(0).status());
      assertEquals(MembershipStatus.MEMBER, t.periods().get(1).status());
    });
  }

  @Test
  void scenariosAlwaysHaveAMemberFromTheTreatysEntryIntoForce() {
    PropertyCheck.forAll(CstoGens.scenarios(), 13L, N, s -> {
      assertFalse(s.states().isEmpty());
      assertTrue(s.states().size() <= 5);
      assertFalse(s.members(CstoGens.TREATY_IN_FORCE).isEmpty());
      assertFalse(s.members(CstoGens.HISTORY_END).isEmpty());
      for (State state : s.states()) {
        assertTrue(state.isoAlpha2().startsWith("Q") || state.isoAlpha2().startsWith("X"));
        assertConsistent(s.timeline(state.isoAlpha2()).orElseThrow().events());
      }
      assertEquals(CstoGens.referenceInstruments().size(), s.instruments().size());
    });
    Scenario single = CstoGens.scenarios().edgeCases().get(0);
    assertEquals(1, single.members(CstoGens.TREATY_IN_FORCE).size());
    assertTrue(single.members(CstoGens.TREATY_IN_FORCE.minusDays(1)).isEmpty());
  }

  @Test
  void casesAreJudgedUnderTheirOwnFacts() {
    PropertyCheck.forAll(CstoGens.cases(DecisionGens::consensus), 14L, N, in -> {
      Decision d = in.subject();
      assertEquals(Set.of(), RuleCheck.broken(in.facts(), d), d.toString());
    });
  }
}
