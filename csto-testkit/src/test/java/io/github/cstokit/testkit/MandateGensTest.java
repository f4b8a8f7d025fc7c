package io.github.cstokit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.Contingent;
import io.github.cstokit.model.ForceKind;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.Territory;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MandateGensTest {

  private static final int N = 10_000;
  private static final Scenario FACTS = RealFacts.FACTS;

  private static void assertValid(Mandate m) {
    assertEquals(Set.of(), RuleCheck.broken(FACTS, m), m.toString());
    LocalDate day = m.decision().orElseThrow().date();
    for (Contingent c : m.contingents()) {
      assertEquals(Participation.NORMAL, FACTS.participation(c.state(), day));
      assertTrue(c.voluntary());
    }
    assertTrue(m.deployed());
    assertEquals(day, m.period().orElseThrow().start());
    assertTrue(m.command().orElseThrow().appointingBody() == Body.COLLECTIVE_SECURITY_COUNCIL
        || m.command().get().appointingBody() == Body.COUNCIL_OF_DEFENCE_MINISTERS);
    // A successor, if any, is appointed by a competent body on a later exact day: one after another.
    LocalDate previous = m.command().get().date().orElseThrow().firstDay();
    for (io.github.cstokit.model.Command c : m.otherCommands()) {
      assertTrue(c.date().orElseThrow().isExact());
      assertTrue(c.date().get().firstDay().isAfter(previous), m.toString());
      previous = c.date().get().firstDay();
    }
    // A request, a UN Security Council decision: strictly before the decision.
    m.request().ifPresent(r -> assertTrue(r.date().lastDay().isBefore(day), m.toString()));
    m.unSecurityCouncilDecision().ifPresent(u -> assertTrue(u.isBefore(day), m.toString()));
  }

  @Test
  void someValidMandatesRecordASuccessorAndSomeRequestsTwoStates() {
    int[] successors = {0};
    PropertyCheck.forAll(MandateGens.valid(FACTS), 21L, N, m -> {
      if (!m.otherCommands().isEmpty()) {
        successors[0]++;
      }
    });
    assertTrue(successors[0] > N / 20, "mandates with a successor: " + successors[0]);
    int[] joint = {0};
    PropertyCheck.forAll(MandateGens.hostRequests(), 22L, N, r -> {
      if (!r.alsoRequestedBy().isEmpty()) {
        joint[0]++;
        assertFalse(r.alsoRequestedBy().contains(r.state()));
      }
    });
    assertTrue(joint[0] > N / 8, "requests by two states: " + joint[0]);
  }

  @Test
  void partsAreValidValues() {
    PropertyCheck.forAll(MandateGens.hostRequests(), 1L, N, r -> {
      assertTrue(r.author().contains(r.state()));
      assertFalse(r.date().firstDay().isAfter(CstoGens.HISTORY_END));
    });
    PropertyCheck.forAll(MandateGens.contingents(), 2L, N, c -> {
      assertTrue(c.underUnifiedCommand() && c.voluntary());
      c.size().ifPresent(size -> assertTrue(size >= 1 && size <= 5000));
    });
    PropertyCheck.forAll(MandateGens.commands(), 3L, N, c -> {
      assertFalse(c.commander().isBlank());
      assertTrue(c.commanderState().isPresent());
    });
  }

  @Test
  void peacekeepingOnMemberTerritoryIsValid() {
    PropertyCheck.forAll(MandateGens.peacekeeping(FACTS), 4L, N, m -> {
      assertValid(m);
      assertEquals(ForceKind.COLLECTIVE_PEACEKEEPING_FORCES, m.forceKind());
      assertEquals(Territory.MEMBER_STATE, m.territory());
      LocalDate day = m.decision().get().date();
      assertFalse(day.isBefore(MandateGens.PEACEKEEPING_FROM));
      assertEquals(MembershipStatus.MEMBER, FACTS.status(m.hostState(), day));
      assertFalse(m.request().orElseThrow().date().firstDay().isAfter(day));
      assertTrue(m.unSecurityCouncilInformed().isPresent());
    });
  }

  @Test
  void peacekeepingOutsideHasAUnDecision() {
    PropertyCheck.forAll(MandateGens.peacekeepingOutside(FACTS), 5L, N, m -> {
      assertValid(m);
      assertEquals(Territory.OUTSIDE_MEMBER_STATES, m.territory());
      LocalDate day = m.decision().get().date();
      MembershipStatus host = FACTS.status(m.hostState(), day);
      assertTrue(host == MembershipStatus.NOT_PARTY || host == MembershipStatus.CEASED, host.toString());
      assertFalse(m.unSecurityCouncilDecision().orElseThrow().isAfter(day));
    });
  }

  @Test
  void crrfIsUsedOnMemberTerritory() {
    PropertyCheck.forAll(MandateGens.crrf(FACTS), 6L, N, m -> {
      assertValid(m);
      assertEquals(ForceKind.COLLECTIVE_RAPID_REACTION_FORCES, m.forceKind());
      assertFalse(m.decision().get().date().isBefore(MandateGens.CRRF_FROM));
    });
  }

  @Test
  void validMandatesMixTheKindsAndOfferEmptyContingents() {
    Set<ForceKind> kinds = EnumSet.noneOf(ForceKind.class);
    Set<Territory> territories = EnumSet.noneOf(Territory.class);
    PropertyCheck.forAll(MandateGens.valid(FACTS), 7L, N, m -> {
      assertValid(m);
      kinds.add(m.forceKind());
      territories.add(m.territory());
    });
    assertEquals(2, kinds.size());
    assertEquals(2, territories.size());
    List<Mandate> edges = MandateGens.peacekeeping(FACTS).edgeCases();
    assertTrue(edges.get(0).contingents().isEmpty());
    assertTrue(edges.stream().anyMatch(m -> m.decision().get().date().equals(CstoGens.UZ_SUSPENSION)
        && m.contingents().stream().noneMatch(c -> c.state().equals("UZ"))
        && !m.contingents().isEmpty()));
  }

  private static void assertBreaksOnly(Gen<Invalid<Mandate>> gen, String rule, long seed) {
    PropertyCheck.forAll(gen, seed, N, inv -> {
      assertEquals(rule, inv.ruleId());
      assertEquals(Set.of(rule), RuleCheck.broken(FACTS, inv.value()), inv.toString());
    });
  }

  @Test
  void withoutHostRequestBreaksOnlyPk3OnMemberTerritory() {
    assertBreaksOnly(MandateGens.withoutHostRequest(FACTS),
        RuleIds.PK_3_OPERATION_ON_MEMBER_TERRITORY, 8L);
  }

  @Test
  void outsideWithoutUnDecisionBreaksOnlyPk3Outside() {
    assertBreaksOnly(MandateGens.outsideWithoutUnDecision(FACTS), RuleIds.PK_3_OPERATION_OUTSIDE_CSTO, 9L);
  }

  @Test
  void aContingentFromASuspendedMemberBreaksOnlyTheCommandRule() {
    assertBreaksOnly(MandateGens.contingentFromSuspendedMember(FACTS),
        RuleIds.PK_COMMAND_COMPOSITION_COMPLETION, 10L);
    PropertyCheck.forAll(MandateGens.contingentFromSuspendedMember(FACTS), 10L, N, inv -> {
      Mandate m = inv.value();
      long suspended = m.contingents().stream()
          .filter(c -> FACTS.status(c.state(), m.decision().get().date()) == MembershipStatus.SUSPENDED)
          .count();
      assertEquals(1, suspended);
    });
    Scenario noSuspension = CstoGens.scenarios().edgeCases().get(0);
    assertThrows(IllegalArgumentException.class,
        () -> MandateGens.contingentFromSuspendedMember(noSuspension));
    Scenario suspension = CstoGens.scenarios().edgeCases().get(1);
    PropertyCheck.forAll(MandateGens.contingentFromSuspendedMember(suspension), 10L, N,
        inv -> assertEquals(Set.of(inv.ruleId()), RuleCheck.broken(suspension, inv.value())));
  }

  @Test
  void aContingentOutsideTheUnifiedCommandBreaksOnlyTheCommandRule() {
    assertBreaksOnly(MandateGens.contingentOutsideUnifiedCommand(FACTS),
        RuleIds.PK_COMMAND_COMPOSITION_COMPLETION, 11L);
    PropertyCheck.forAll(MandateGens.contingentOutsideUnifiedCommand(FACTS), 11L, N, inv ->
        assertEquals(1, inv.value().contingents().stream().filter(c -> !c.underUnifiedCommand()).count()));
  }

  @Test
  void noCommanderBreaksOnlyTheCommandRule() {
    assertBreaksOnly(MandateGens.withoutCommander(FACTS), RuleIds.PK_COMMAND_COMPOSITION_COMPLETION, 12L);
  }

  @Test
  void crrfOutsideMembersBreaksOnlyTheCrrfRule() {
    assertBreaksOnly(MandateGens.crrfOutsideMembers(FACTS), RuleIds.CRRF_USE_DECISION, 13L);
    PropertyCheck.forAll(MandateGens.crrfOutsideMembers(FACTS), 13L, N, inv -> {
      assertTrue(inv.value().unSecurityCouncilDecision().isPresent());
      assertTrue(inv.value().request().isPresent());
    });
  }

  @Test
  void invalidMandatesEachBreakExactlyTheirRule() {
    Set<String> rules = new TreeSet<>();
    PropertyCheck.forAll(MandateGens.invalid(FACTS), 14L, N, inv -> {
      assertEquals(Set.of(inv.ruleId()), RuleCheck.broken(FACTS, inv.value()), inv.toString());
      rules.add(inv.ruleId());
    });
    assertEquals(Set.of(RuleIds.PK_3_OPERATION_ON_MEMBER_TERRITORY, RuleIds.PK_3_OPERATION_OUTSIDE_CSTO,
        RuleIds.PK_COMMAND_COMPOSITION_COMPLETION, RuleIds.CRRF_USE_DECISION), rules);
    PropertyCheck.forAll(CstoGens.cases(MandateGens::invalid), 14L, N,
        in -> assertEquals(Set.of(in.subject().ruleId()),
            RuleCheck.broken(in.facts(), in.subject().value())));
    PropertyCheck.forAll(CstoGens.cases(MandateGens::valid), 15L, N,
        in -> assertEquals(Set.of(), RuleCheck.broken(in.facts(), in.subject())));
  }

  @Test
  void aSeedReplaysTheSameMandates() {
    assertEquals(Samples.of(MandateGens.invalid(FACTS), 16L, 2_000),
        Samples.of(MandateGens.invalid(FACTS), 16L, 2_000));
  }
}
