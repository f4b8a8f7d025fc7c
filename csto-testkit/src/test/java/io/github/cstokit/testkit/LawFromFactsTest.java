package io.github.cstokit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.Framework;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.InstrumentIds;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.State;
import io.github.cstokit.testkit.internal.LawDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The generators follow the law of the facts they are given: hypothetical facts whose instruments carry
 * other dates than the record give decisions, mandates, key days and scenarios on those other dates.
 */
class LawFromFactsTest {

  private static final int N = 2_000;

  /** What-if days of the law, each later than the record's, so no constant of the record can pass. */
  private static final LocalDate TREATY_SIGNED = LocalDate.of(1993, 1, 11);
  private static final LocalDate TREATY_IN_FORCE = LocalDate.of(1995, 2, 13);
  private static final LocalDate CHARTER_IN_FORCE = LocalDate.of(2005, 3, 14);
  private static final LocalDate PEACEKEEPING_SIGNED = LocalDate.of(2008, 4, 15);
  private static final LocalDate CRRF_IN_FORCE = LocalDate.of(2011, 5, 16);
  private static final LocalDate LIMITED_FORMAT = LocalDate.of(2015, 6, 17);

  /** Three hypothetical states, members from the what-if Treaty's entry into force, under what-if law. */
  private static final Scenario WHAT_IF = whatIf();

  private static Instrument moved(String id, LocalDate signed, Optional<LocalDate> inForce) {
    Instrument real = RealFacts.FACTS.instrument(id).orElseThrow();
    Instrument.Builder b = Instrument.builder().from(real).signed(PartialDate.of(signed))
        .sources(List.of(Scenario.WHAT_IF_SOURCE));
    inForce.ifPresentOrElse(day -> b.entryIntoForce(PartialDate.of(day)), () -> b.entryIntoForce(Optional.empty()));
    return b.build();
  }

  private static Scenario whatIf() {
    List<State> states = CstoGens.hypotheticalStates().edgeCases();
    Scenario.Builder b = Scenario.builder()
        .addInstrument(moved(InstrumentIds.TREATY, TREATY_SIGNED, Optional.of(TREATY_IN_FORCE)))
        .addInstrument(moved(InstrumentIds.CHARTER, CHARTER_IN_FORCE.minusMonths(11), Optional.of(CHARTER_IN_FORCE)))
        .addInstrument(moved(InstrumentIds.PEACEKEEPING_AGREEMENT, PEACEKEEPING_SIGNED, Optional.empty()))
        .addInstrument(moved(InstrumentIds.CRRF_AGREEMENT, CRRF_IN_FORCE.minusYears(1), Optional.of(CRRF_IN_FORCE)))
        .addInstrument(moved(InstrumentIds.CHARTER_PROTOCOL_2010, LIMITED_FORMAT.minusYears(2), Optional.of(LIMITED_FORMAT)));
    SplittableRandom random = new SplittableRandom(3);
    for (State s : states) {
      b.addState(s);
      List<MembershipEvent> record = new ArrayList<>(
          io.github.cstokit.testkit.internal.Reference.sequence(s.isoAlpha2(), random, true, TREATY_SIGNED,
              TREATY_IN_FORCE));
      b.addEvents(record);
    }
    return b.version("what-if").build();
  }

  @Test
  void keyDaysAndDatesAreTheFactsOwn() {
    List<LocalDate> days = CstoGens.keyDates(WHAT_IF);
    for (LocalDate day : List.of(TREATY_SIGNED, TREATY_IN_FORCE, CHARTER_IN_FORCE, PEACEKEEPING_SIGNED,
        CRRF_IN_FORCE, LIMITED_FORMAT, LIMITED_FORMAT.minusDays(1), CstoGens.HISTORY_END)) {
      assertTrue(days.contains(day), day + " in " + days);
    }
    assertEquals(TREATY_SIGNED, days.get(0));
    assertFalse(days.contains(LocalDate.of(2003, 9, 18)), days.toString());
    assertEquals(days, CstoGens.dates(WHAT_IF).edgeCases());
    PropertyCheck.holds(CstoGens.dates(WHAT_IF), 1L, N, d -> !d.isBefore(TREATY_SIGNED));
    assertEquals(List.of(), CstoGens.dates(WHAT_IF).shrink(TREATY_SIGNED));
  }

  @Test
  void decisionsFollowTheFactsCharterAndProtocol() {
    PropertyCheck.holds(DecisionGens.consensus(WHAT_IF), 2L, N, d -> !d.date().isBefore(CHARTER_IN_FORCE));
    assertTrue(DecisionGens.consensus(WHAT_IF).edgeCases().stream()
        .anyMatch(d -> d.date().equals(CHARTER_IN_FORCE)));
    PropertyCheck.forAll(DecisionGens.limitedFormat(WHAT_IF), 3L, N, d -> {
      assertEquals(DecisionFormat.LIMITED, d.format());
      assertFalse(d.date().isBefore(LIMITED_FORMAT), d.toString());
    });
    assertEquals(LIMITED_FORMAT, DecisionGens.limitedFormat(WHAT_IF).edgeCases().get(0).date());
    PropertyCheck.forAll(DecisionGens.limitedFormatTooEarly(WHAT_IF), 4L, N, inv -> {
      Decision d = inv.value();
      assertFalse(d.date().isBefore(CHARTER_IN_FORCE), inv.toString());
      assertTrue(d.date().isBefore(LIMITED_FORMAT), inv.toString());
      assertTrue(inv.description().contains(LIMITED_FORMAT.toString()), inv.description());
    });
    List<Invalid<Decision>> early = DecisionGens.limitedFormatTooEarly(WHAT_IF).edgeCases();
    assertEquals(CHARTER_IN_FORCE, early.get(0).value().date());
    assertEquals(LIMITED_FORMAT.minusDays(1), early.get(early.size() - 1).value().date());
    // Under the record the same draws fall on other days: the dates are the facts', not constants.
    assertTrue(DecisionGens.limitedFormatTooEarly(RealFacts.FACTS).edgeCases().stream()
        .noneMatch(inv -> inv.value().date().isAfter(RealFacts.LIMITED_FORMAT_IN_FORCE.minusDays(1))));
  }

  @Test
  void mandatesFollowTheFactsAgreements() {
    PropertyCheck.holds(MandateGens.peacekeeping(WHAT_IF), 5L, N,
        m -> !m.decision().orElseThrow().date().isBefore(PEACEKEEPING_SIGNED));
    PropertyCheck.holds(MandateGens.crrf(WHAT_IF), 6L, N,
        m -> !m.decision().orElseThrow().date().isBefore(CRRF_IN_FORCE));
    List<Mandate> crrf = MandateGens.crrf(WHAT_IF).edgeCases();
    assertEquals(CRRF_IN_FORCE, crrf.get(0).decision().orElseThrow().date());
    PropertyCheck.holds(MandateGens.invalid(WHAT_IF), 7L, N,
        inv -> !inv.value().decision().orElseThrow().date().isBefore(PEACEKEEPING_SIGNED));
  }

  @Test
  void scenariosCarryTheFactsLaw() {
    PropertyCheck.forAll(CstoGens.scenarios(WHAT_IF), 8L, N, s -> {
      assertEquals(WHAT_IF.instruments(), s.instruments());
      assertFalse(s.members(TREATY_IN_FORCE).isEmpty(), s.toString());
      for (MembershipEvent e : s.events()) {
        assertFalse(e.date().firstDay().isBefore(TREATY_SIGNED), e.toString());
      }
    });
    Scenario single = CstoGens.scenarios(WHAT_IF).edgeCases().get(0);
    assertTrue(single.members(TREATY_IN_FORCE.minusDays(1)).isEmpty());
    assertEquals(1, single.members(TREATY_IN_FORCE).size());
    Scenario suspension = CstoGens.scenarios(WHAT_IF).edgeCases().get(1);
    assertEquals(1, suspension.members(LIMITED_FORMAT).size());
    assertEquals(2, suspension.members(LIMITED_FORMAT.minusDays(1)).size());
    PropertyCheck.holds(CstoGens.cases(WHAT_IF, DecisionGens::limitedFormat), 9L, N,
        c -> !c.subject().date().isBefore(LIMITED_FORMAT));
  }

  @Test
  void statesAndPartsComeFromTheFacts() {
    PropertyCheck.holds(CstoGens.states(WHAT_IF), 10L, N,
        s -> s.nameEn().startsWith("Hypothetical State "));
    assertTrue(Samples.of(CstoGens.states(WHAT_IF), 10L, N).containsAll(WHAT_IF.states()));
    PropertyCheck.holds(CstoGens.membershipEvents(WHAT_IF), 11L, N,
        e -> !e.date().firstDay().isBefore(TREATY_SIGNED));
    String first = WHAT_IF.states().first().isoAlpha2();
    assertEquals(first, MandateGens.hostRequests(WHAT_IF).edgeCases().get(0).state());
    assertEquals(first, MandateGens.contingents(WHAT_IF).edgeCases().get(0).state());
    assertEquals(CHARTER_IN_FORCE,
        MandateGens.commands(WHAT_IF).edgeCases().get(0).date().orElseThrow().firstDay());
  }

  @Test
  void factsWithoutTheLawSayWhatIsMissing() {
    Scenario noProtocol = Scenario.builder().addStates(WHAT_IF.states()).addEvents(WHAT_IF.events())
        .addInstruments(WHAT_IF.instrument(InstrumentIds.CHARTER).stream().toList()).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DecisionGens.limitedFormat(noProtocol));
    assertTrue(e.getMessage().contains(InstrumentIds.CHARTER_PROTOCOL_2010), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> MandateGens.crrf(noProtocol));
    assertTrue(e.getMessage().contains(InstrumentIds.CRRF_AGREEMENT), e.getMessage());
    DecisionGens.consensus(noProtocol); // the Charter alone suffices
    Scenario noCharter = Scenario.builder().addStates(WHAT_IF.states()).addEvents(WHAT_IF.events()).build();
    e = assertThrows(IllegalArgumentException.class, () -> DecisionGens.consensus(noCharter));
    assertTrue(e.getMessage().contains(InstrumentIds.CHARTER), e.getMessage());
    // Without the Treaty in the facts the history starts at the model's Treaty signature.
    assertEquals(Framework.TREATY.signed(), CstoGens.dates(noCharter).shrink(LocalDate.of(2000, 1, 1)).get(0));
  }
}
