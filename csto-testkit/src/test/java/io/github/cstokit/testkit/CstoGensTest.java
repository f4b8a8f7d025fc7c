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
  @SuppressWarnings("deprecation") // the fixed copy behind the deprecated methods
  void deprecatedRealStatesAreTheNineOfTheDataset() {
    for (State fixed : CstoGens.realStateList()) {
      State real = FACTS.state(fixed.isoAlpha2()).orElseThrow();
      assertEquals(real.isoAlpha3(), fixed.isoAlpha3(), fixed.toString());
      assertEquals(real.cowCode(), fixed.cowCode(), fixed.toString());
      assertEquals(real.nameEn(), fixed.nameEn(), fixed.toString());
    }
    assertEquals(FACTS.states().stream().map(State::isoAlpha2).toList(), CstoGens.REAL_STATE_CODES);
    for (io.github.cstokit.model.Instrument i : CstoGens.referenceInstruments()) {
      io.github.cstokit.model.Instrument real = FACTS.instrument(i.id()).orElseThrow();
      assertEquals(real.signed(), i.signed(), i.id());
      assertEquals(real.entryIntoForce(), i.entryIntoForce(), i.id());
      assertEquals(real.shortName(), i.shortName(), i.id());
    }
    assertTrue(CstoGens.keyDates(FACTS).containsAll(CstoGens.KEY_DATES), CstoGens.KEY_DATES.toString());
    PropertyCheck.holds(CstoGens.states(), 3L, 1_000,
        s -> FACTS.state(s.isoAlpha2()).isPresent() || s.nameEn().startsWith("Hypothetical State "));
    PropertyCheck.holds(CstoGens.membershipEvents(), 10L, 1_000,
        e -> !e.date().firstDay().isAfter(CstoGens.HISTORY_END));
    PropertyCheck.holds(MandateGens.hostRequests(), 1L, 1_000, r -> r.author().contains(r.state()));
    PropertyCheck.holds(MandateGens.contingents(), 2L, 1_000, c -> c.underUnifiedCommand());
    PropertyCheck.holds(MandateGens.commands(), 3L, 1_000, c -> c.commanderState().isPresent());
    Set<String> seen = new HashSet<>();
    PropertyCheck.forAll(CstoGens.realStates(), 1L, 1_000, s -> {
      assertTrue(CstoGens.REAL_STATE_CODES.contains(s.isoAlpha2()), s.toString());
      seen.add(s.isoAlpha2());
    });
    assertEquals(Set.copyOf(CstoGens.REAL_STATE_CODES), seen);
  }

  @Test
  void hypotheticalStatesUseUserAssignedCodesOnly() {
    PropertyCheck.forAll(CstoGens.hypotheticalStates(), 2L, N, s -> {
      String a2 = s.isoAlpha2();
      boolean userAssigned = (a2.charAt(0) == 'Q' && a2.charAt(1) >= 'M')
          || (a2.charAt(0) == 'X' && a2.charAt(1) != 'K');
      assertTrue(userAssigned, a2);
      assertTrue(FACTS.state(a2).isEmpty(), a2);
      assertEquals(a2 + "X", s.isoAlpha3());
      assertTrue(s.cowCode() > 9000);
      assertTrue(s.nameEn().startsWith("Hypothetical State "));
    });
  }

  @Test
  void statesMixRealAndHypothetical() {
    Set<Boolean> kinds = new HashSet<>();
    PropertyCheck.forAll(CstoGens.states(FACTS), 3L, N,
        s -> kinds.add(FACTS.state(s.isoAlpha2()).isPresent()));
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
    assertTrue(FACTS.isInForce("charter-protocol-2010", RealFacts.LIMITED_FORMAT_IN_FORCE));
    assertFalse(FACTS.isInForce("charter-protocol-2010", RealFacts.LIMITED_FORMAT_IN_FORCE.minusDays(1)));
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
    PropertyCheck.forAll(CstoGens.membershipEvents(FACTS), 10L, N, e -> {
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
      assertEquals(5, s.instruments().size());
    });
    PropertyCheck.forAll(CstoGens.scenarios(FACTS), 13L, N, s -> {
      assertEquals(FACTS.instruments(), s.instruments());
      assertFalse(s.members(CstoGens.TREATY_IN_FORCE).isEmpty());
    });
    Scenario single = CstoGens.scenarios().edgeCases().get(0);
    assertEquals(1, single.members(CstoGens.TREATY_IN_FORCE).size());
    assertTrue(single.members(CstoGens.TREATY_IN_FORCE.minusDays(1)).isEmpty());
  }

  @Test
  void casesAreJudgedUnderTheirOwnFacts() {
    Set<Set<State>> scenarios = new HashSet<>();
    PropertyCheck.forAll(CstoGens.cases(DecisionGens::consensus), 14L, N, in -> {
      // The subject is a consensus of the members of its day in the case's own facts.
      DecisionGensTest.assertConsensus(in.facts(), in.subject());
      assertTrue(in.facts().states().stream().noneMatch(
          s -> FACTS.state(s.isoAlpha2()).isPresent()), in.facts().toString());
      scenarios.add(Set.copyOf(in.facts().states()));
    });
    assertTrue(scenarios.size() > 100, "distinct sets of states: " + scenarios.size());
    // The edge cases: the first edge case of the subject generator under each edge-case scenario.
    List<Case<Decision>> edges = CstoGens.cases(DecisionGens::consensus).edgeCases();
    assertEquals(CstoGens.scenarios().edgeCases().size(), edges.size());
    for (int i = 0; i < edges.size(); i++) {
      Scenario s = CstoGens.scenarios().edgeCases().get(i);
      assertEquals(s, edges.get(i).facts());
      assertEquals(DecisionGens.consensus(s).edgeCases().get(0), edges.get(i).subject());
    }
    // A scenario for which no subject generator can be made is drawn again.
    PropertyCheck.forAll(CstoGens.cases(MandateGens::contingentFromSuspendedMember), 14L, 1_000,
        in -> assertTrue(in.subject().value().contingents().stream().anyMatch(
            c -> in.facts().status(c.state(), in.subject().value().decision().orElseThrow().date())
                == MembershipStatus.SUSPENDED), in.toString()));
    assertEquals(Samples.of(CstoGens.cases(DecisionGens::consensus), 14L, 500),
        Samples.of(CstoGens.cases(DecisionGens::consensus), 14L, 500));
  }

  @Test
  void datesAndStatesShrinkTowardsTheFirst() {
    Gen<LocalDate> dates = CstoGens.dates();
    assertEquals(List.of(), dates.shrink(CstoGens.TREATY_SIGNED));
    PropertyCheck.forAll(dates, 15L, 1_000, d -> {
      List<LocalDate> candidates = dates.shrink(d);
      if (d.equals(CstoGens.TREATY_SIGNED)) {
        assertEquals(List.of(), candidates);
        return;
      }
      assertEquals(CstoGens.TREATY_SIGNED, candidates.get(0), d.toString());
      for (int i = 0; i < candidates.size(); i++) {
        assertTrue(candidates.get(i).isBefore(d), candidates.toString());
        assertTrue(i == 0 || candidates.get(i).isAfter(candidates.get(i - 1)), candidates.toString());
      }
    });
    Gen<State> states = CstoGens.stateOf(FACTS);
    List<State> real = List.copyOf(FACTS.states());
    State last = real.get(real.size() - 1);
    assertEquals(real.subList(0, real.size() - 1), states.shrink(last));
    assertEquals(List.of(), states.shrink(real.get(0)));
  }
}
