package io.github.cstokit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.Command;
import io.github.cstokit.model.Contingent;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.ForceKind;
import io.github.cstokit.model.HostRequest;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MandateGensTest {

  private static final int N = 10_000;
  private static final Scenario FACTS = RealFacts.FACTS;

  private static final Set<Body> APPOINTING =
      EnumSet.of(Body.COLLECTIVE_SECURITY_COUNCIL, Body.COUNCIL_OF_DEFENCE_MINISTERS);

  private static LocalDate day(Mandate m) {
    return m.decision().orElseThrow().date();
  }

  /**
   * What every generated mandate has, valid or not: a hypothetical id and no source, a CSC consensus
   * decision of the members of its day D about a deployment, D from the kind's first day to the end of
   * the history, deployed from D for an open period or up to a year.
   */
  private static void assertCommon(CstoFacts facts, Mandate m) {
    LocalDate day = day(m);
    Decision d = m.decision().orElseThrow();
    DecisionGensTest.assertEveryMemberConsents(facts, d);
    assertEquals(Body.COLLECTIVE_SECURITY_COUNCIL, d.body());
    boolean crrf = m.forceKind() == ForceKind.COLLECTIVE_RAPID_REACTION_FORCES;
    assertTrue(crrf || m.forceKind() == ForceKind.COLLECTIVE_PEACEKEEPING_FORCES, m.toString());
    assertEquals(crrf ? Matter.CRRF_DEPLOYMENT : Matter.DEPLOYMENT, d.matter());
    assertFalse(day.isBefore(crrf ? RealFacts.CRRF_FROM : RealFacts.PEACEKEEPING_FROM), m.toString());
    assertFalse(day.isAfter(CstoGens.HISTORY_END), m.toString());
    assertTrue(m.id().startsWith("hypothetical-"), m.id());
    assertTrue(m.sources().isEmpty(), m.toString());
    assertTrue(m.deployed());
    Period period = m.period().orElseThrow();
    assertEquals(day, period.start());
    period.end().ifPresent(end -> assertTrue(end.isAfter(day) && !end.isAfter(day.plusDays(365)),
        m.toString()));
  }

  /** Contingents only from members of D of normal participation, one per state, voluntary, unified. */
  private static void assertContingents(CstoFacts facts, Mandate m) {
    LocalDate day = day(m);
    Set<String> states = new TreeSet<>();
    for (Contingent c : m.contingents()) {
      assertEquals(MembershipStatus.MEMBER, facts.status(c.state(), day), m.toString());
      assertEquals(Participation.NORMAL, facts.participation(c.state(), day), m.toString());
      assertTrue(c.voluntary() && c.underUnifiedCommand(), m.toString());
      assertTrue(states.add(c.state()), "two contingents of " + c.state() + ": " + m);
    }
  }

  /** A named commander appointed by the CSC or the CMD on D; successors appointed later, in turn. */
  private static void assertCommand(Mandate m) {
    Command c = m.command().orElseThrow();
    assertFalse(c.commander().isBlank());
    assertTrue(APPOINTING.contains(c.appointingBody()), m.toString());
    assertEquals(PartialDate.of(day(m)), c.date().orElseThrow());
    LocalDate previous = day(m);
    for (Command next : m.otherCommands()) {
      assertFalse(next.commander().isBlank());
      assertTrue(APPOINTING.contains(next.appointingBody()), m.toString());
      assertTrue(next.date().orElseThrow().isExact());
      LocalDate on = next.date().get().firstDay();
      assertTrue(on.isAfter(previous) && !on.isAfter(day(m).plusDays(30)), m.toString());
      previous = on;
    }
  }

  /** The host's own request, one to four days before D. */
  private static void assertRequest(Mandate m) {
    HostRequest r = m.request().orElseThrow();
    assertEquals(m.hostState(), r.state());
    assertTrue(r.date().isExact(), m.toString());
    LocalDate on = r.date().firstDay();
    assertTrue(on.isBefore(day(m)) && !on.isBefore(day(m).minusDays(4)), m.toString());
  }

  /** A host that is a member on D, its request, and the UN Security Council informed within two days. */
  private static void assertInside(CstoFacts facts, Mandate m) {
    assertEquals(Territory.MEMBER_STATE, m.territory());
    assertEquals(MembershipStatus.MEMBER, facts.status(m.hostState(), day(m)), m.toString());
    assertRequest(m);
    LocalDate informed = m.unSecurityCouncilInformed().orElseThrow();
    assertTrue(!informed.isBefore(day(m)) && !informed.isAfter(day(m).plusDays(2)), m.toString());
  }

  /** A host that is a former member or unknown to the facts: neither a member nor suspended on D. */
  private static void assertOutsideHost(CstoFacts facts, Mandate m) {
    assertEquals(Territory.OUTSIDE_MEMBER_STATES, m.territory());
    MembershipStatus host = facts.status(m.hostState(), day(m));
    assertTrue(host == MembershipStatus.NOT_PARTY || host == MembershipStatus.CEASED, m + " " + host);
  }

  /** A UN Security Council decision one to 30 days before D. */
  private static void assertUnDecision(Mandate m) {
    LocalDate un = m.unSecurityCouncilDecision().orElseThrow();
    assertTrue(un.isBefore(day(m)) && !un.isBefore(day(m).minusDays(30)), m.toString());
  }

  /** A valid mandate as {@link MandateGens} documents it. */
  static void assertValid(CstoFacts facts, Mandate m) {
    assertCommon(facts, m);
    assertContingents(facts, m);
    assertCommand(m);
    if (m.forceKind() == ForceKind.COLLECTIVE_RAPID_REACTION_FORCES
        || m.territory() == Territory.MEMBER_STATE) {
      assertInside(facts, m);
    } else {
      assertOutsideHost(facts, m);
      assertUnDecision(m);
    }
  }

  private static void assertValid(Mandate m) {
    assertValid(FACTS, m);
  }

  private static void assertPeacekeepingInside(Invalid<Mandate> inv) {
    assertEquals(ForceKind.COLLECTIVE_PEACEKEEPING_FORCES, inv.value().forceKind(), inv.toString());
    assertEquals(Territory.MEMBER_STATE, inv.value().territory(), inv.toString());
  }

  /** Kind: a valid peacekeeping mandate on a member's territory without the request, nothing else. */
  static void assertWithoutHostRequest(CstoFacts facts, Invalid<Mandate> inv) {
    assertEquals(RuleIds.PK_3_OPERATION_ON_MEMBER_TERRITORY, inv.ruleId());
    Mandate m = inv.value();
    assertPeacekeepingInside(inv);
    assertTrue(m.request().isEmpty(), inv.toString());
    assertValid(facts, m.withRequest(HostRequest.builder().state(m.hostState())
        .author("Head of state of " + m.hostState()).date(PartialDate.of(day(m).minusDays(1)))
        .addressee("Chairman of the Collective Security Council").build()));
  }

  /** Kind: a valid peacekeeping mandate outside without the UN Security Council decision. */
  static void assertOutsideWithoutUnDecision(CstoFacts facts, Invalid<Mandate> inv) {
    assertEquals(RuleIds.PK_3_OPERATION_OUTSIDE_CSTO, inv.ruleId());
    Mandate m = inv.value();
    assertEquals(ForceKind.COLLECTIVE_PEACEKEEPING_FORCES, m.forceKind());
    assertEquals(Territory.OUTSIDE_MEMBER_STATES, m.territory());
    assertTrue(m.unSecurityCouncilDecision().isEmpty(), inv.toString());
    assertValid(facts, Mandate.builder().from(m).unSecurityCouncilDecision(day(m).minusDays(1)).build());
  }

  /** Kind: a valid peacekeeping mandate with one more contingent, the last, from a suspended state. */
  static void assertSuspendedContingent(CstoFacts facts, Invalid<Mandate> inv) {
    assertEquals(RuleIds.PK_COMMAND_COMPOSITION_COMPLETION, inv.ruleId());
    Mandate m = inv.value();
    assertPeacekeepingInside(inv);
    List<Contingent> contingents = m.contingents();
    assertFalse(contingents.isEmpty(), inv.toString());
    Contingent last = contingents.get(contingents.size() - 1);
    assertEquals(MembershipStatus.SUSPENDED, facts.status(last.state(), day(m)), inv.toString());
    assertTrue(last.voluntary() && last.underUnifiedCommand(), inv.toString());
    assertValid(facts, m.withContingents(contingents.subList(0, contingents.size() - 1)));
  }

  /** Kind: a valid peacekeeping mandate of which exactly one contingent is outside the unified command. */
  static void assertContingentOutsideCommand(CstoFacts facts, Invalid<Mandate> inv) {
    assertEquals(RuleIds.PK_COMMAND_COMPOSITION_COMPLETION, inv.ruleId());
    Mandate m = inv.value();
    assertPeacekeepingInside(inv);
    List<Contingent> restored = new ArrayList<>();
    int outside = 0;
    for (Contingent c : m.contingents()) {
      if (!c.underUnifiedCommand()) {
        outside++;
      }
      restored.add(Contingent.builder().from(c).underUnifiedCommand(true).build());
    }
    assertEquals(1, outside, inv.toString());
    assertValid(facts, m.withContingents(restored));
  }

  /** Kind: a valid peacekeeping mandate whose commander was named by a body of no binding decisions. */
  static void assertWithoutCompetentCommander(CstoFacts facts, Invalid<Mandate> inv) {
    assertEquals(RuleIds.PK_COMMAND_COMPOSITION_COMPLETION, inv.ruleId());
    Mandate m = inv.value();
    assertPeacekeepingInside(inv);
    Command c = m.command().orElseThrow();
    assertFalse(c.appointingBody().takesBindingDecisions(), inv.toString());
    assertFalse(c.commander().isBlank());
    assertValid(facts, m.withCommand(
        Command.builder().from(c).appointingBody(Body.COLLECTIVE_SECURITY_COUNCIL).build()));
  }

  /** Kind: the CRRF outside the members' territory, with a UN decision and the host's request. */
  static void assertCrrfOutside(CstoFacts facts, Invalid<Mandate> inv) {
    assertEquals(RuleIds.CRRF_USE_DECISION, inv.ruleId());
    Mandate m = inv.value();
    assertEquals(ForceKind.COLLECTIVE_RAPID_REACTION_FORCES, m.forceKind());
    assertCommon(facts, m);
    assertContingents(facts, m);
    assertCommand(m);
    assertOutsideHost(facts, m);
    assertUnDecision(m);
    assertRequest(m);
  }

  /** Asserts the structure of the kind the value is of, and returns the kind's name. */
  static String assertInvalid(CstoFacts facts, Invalid<Mandate> inv) {
    DecisionGensTest.assertKnownRule(inv);
    Mandate m = inv.value();
    switch (inv.ruleId()) {
      case RuleIds.PK_3_OPERATION_ON_MEMBER_TERRITORY:
        assertWithoutHostRequest(facts, inv);
        return "withoutHostRequest";
      case RuleIds.PK_3_OPERATION_OUTSIDE_CSTO:
        assertOutsideWithoutUnDecision(facts, inv);
        return "outsideWithoutUnDecision";
      case RuleIds.CRRF_USE_DECISION:
        assertCrrfOutside(facts, inv);
        return "crrfOutsideMembers";
      case RuleIds.PK_COMMAND_COMPOSITION_COMPLETION:
        if (m.contingents().stream().anyMatch(c -> !c.underUnifiedCommand())) {
          assertContingentOutsideCommand(facts, inv);
          return "contingentOutsideUnifiedCommand";
        }
        if (!m.command().orElseThrow().appointingBody().takesBindingDecisions()) {
          assertWithoutCompetentCommander(facts, inv);
          return "withoutCommander";
        }
        assertSuspendedContingent(facts, inv);
        return "contingentFromSuspendedMember";
      default:
        throw new AssertionError("no invalid mandate breaks " + inv);
    }
  }

  /** Each value of the invalid generator is its valid source with the one documented change. */
  private static void assertDerived(Gen<Mandate> source, Gen<Invalid<Mandate>> gen, long seed,
      java.util.function.UnaryOperator<Mandate> change) {
    List<Mandate> valid = Samples.of(source, seed, 2_000);
    List<Invalid<Mandate>> invalid = Samples.of(gen, seed, 2_000);
    for (int i = 0; i < valid.size(); i++) {
      assertEquals(change.apply(valid.get(i)), invalid.get(i).value(), invalid.get(i).toString());
    }
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
    PropertyCheck.forAll(MandateGens.hostRequests(FACTS), 22L, N, r -> {
      if (!r.alsoRequestedBy().isEmpty()) {
        joint[0]++;
        assertFalse(r.alsoRequestedBy().contains(r.state()));
      }
    });
    assertTrue(joint[0] > N / 8, "requests by two states: " + joint[0]);
  }

  @Test
  void partsAreValidValues() {
    PropertyCheck.forAll(MandateGens.hostRequests(FACTS), 1L, N, r -> {
      assertTrue(r.author().contains(r.state()));
      assertFalse(r.date().firstDay().isAfter(CstoGens.HISTORY_END));
    });
    PropertyCheck.forAll(MandateGens.contingents(FACTS), 2L, N, c -> {
      assertTrue(c.underUnifiedCommand() && c.voluntary());
      c.size().ifPresent(size -> assertTrue(size >= 1 && size <= 5000));
    });
    PropertyCheck.forAll(MandateGens.commands(FACTS), 3L, N, c -> {
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
      assertFalse(day.isBefore(RealFacts.PEACEKEEPING_FROM));
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
      assertFalse(m.decision().get().date().isBefore(RealFacts.CRRF_FROM));
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
    assertTrue(edges.stream().anyMatch(m -> m.decision().get().date().equals(RealFacts.UZ_SUSPENSION)
        && m.contingents().stream().noneMatch(c -> c.state().equals("UZ"))
        && !m.contingents().isEmpty()));
  }

  @Test
  void withoutHostRequestIsAValidMandateWithoutTheRequest() {
    PropertyCheck.forAll(MandateGens.withoutHostRequest(FACTS), 8L, N,
        inv -> assertWithoutHostRequest(FACTS, inv));
    assertDerived(MandateGens.peacekeeping(FACTS), MandateGens.withoutHostRequest(FACTS), 8L,
        Mandate::withoutRequest);
  }

  @Test
  void outsideWithoutUnDecisionLacksOnlyTheUnDecision() {
    PropertyCheck.forAll(MandateGens.outsideWithoutUnDecision(FACTS), 9L, N,
        inv -> assertOutsideWithoutUnDecision(FACTS, inv));
  }

  @Test
  void aContingentFromASuspendedMemberIsTheOnlyDefect() {
    PropertyCheck.forAll(MandateGens.contingentFromSuspendedMember(FACTS), 10L, N, inv -> {
      assertSuspendedContingent(FACTS, inv);
      Mandate m = inv.value();
      long suspended = m.contingents().stream()
          .filter(c -> FACTS.status(c.state(), day(m)) == MembershipStatus.SUSPENDED)
          .count();
      assertEquals(1, suspended);
    });
    Scenario noSuspension = CstoGens.scenarios().edgeCases().get(0);
    assertThrows(IllegalArgumentException.class,
        () -> MandateGens.contingentFromSuspendedMember(noSuspension));
    Scenario suspension = CstoGens.scenarios().edgeCases().get(1);
    PropertyCheck.forAll(MandateGens.contingentFromSuspendedMember(suspension), 10L, N, inv -> {
      assertSuspendedContingent(suspension, inv);
      assertEquals("QN", inv.value().contingents().get(inv.value().contingents().size() - 1).state());
    });
  }

  @Test
  void aContingentOutsideTheUnifiedCommandIsTheOnlyDefect() {
    PropertyCheck.forAll(MandateGens.contingentOutsideUnifiedCommand(FACTS), 11L, N,
        inv -> assertContingentOutsideCommand(FACTS, inv));
  }

  @Test
  void noCompetentlyAppointedCommanderIsTheOnlyDefect() {
    PropertyCheck.forAll(MandateGens.withoutCommander(FACTS), 12L, N,
        inv -> assertWithoutCompetentCommander(FACTS, inv));
    List<Mandate> valid = Samples.of(MandateGens.peacekeeping(FACTS), 12L, 2_000);
    List<Invalid<Mandate>> invalid = Samples.of(MandateGens.withoutCommander(FACTS), 12L, 2_000);
    Set<Body> bodies = EnumSet.noneOf(Body.class);
    for (int i = 0; i < valid.size(); i++) {
      Command c = invalid.get(i).value().command().orElseThrow();
      bodies.add(c.appointingBody());
      assertEquals(valid.get(i), invalid.get(i).value().withCommand(Command.builder().from(c)
          .appointingBody(valid.get(i).command().orElseThrow().appointingBody()).build()));
    }
    assertEquals(EnumSet.of(Body.PERMANENT_COUNCIL, Body.SECRETARIAT, Body.JOINT_STAFF,
        Body.PARLIAMENTARY_ASSEMBLY), bodies);
  }

  @Test
  void crrfOutsideMembersHasEveryOtherBasis() {
    PropertyCheck.forAll(MandateGens.crrfOutsideMembers(FACTS), 13L, N,
        inv -> assertCrrfOutside(FACTS, inv));
  }

  @Test
  void invalidMandatesAreEachOfADocumentedKind() {
    Set<String> kinds = new TreeSet<>();
    Set<String> rules = new TreeSet<>();
    PropertyCheck.forAll(MandateGens.invalid(FACTS), 14L, N, inv -> {
      kinds.add(assertInvalid(FACTS, inv));
      rules.add(inv.ruleId());
    });
    assertEquals(Set.of("withoutHostRequest", "outsideWithoutUnDecision", "crrfOutsideMembers",
        "contingentOutsideUnifiedCommand", "withoutCommander", "contingentFromSuspendedMember"), kinds);
    assertEquals(Set.of(RuleIds.PK_3_OPERATION_ON_MEMBER_TERRITORY, RuleIds.PK_3_OPERATION_OUTSIDE_CSTO,
        RuleIds.PK_COMMAND_COMPOSITION_COMPLETION, RuleIds.CRRF_USE_DECISION), rules);
    PropertyCheck.forAll(CstoGens.cases(MandateGens::invalid), 14L, N,
        in -> assertInvalid(in.facts(), in.subject()));
    PropertyCheck.forAll(CstoGens.cases(MandateGens::valid), 15L, N,
        in -> assertValid(in.facts(), in.subject()));
  }

  @Test
  void aSeedReplaysTheSameMandates() {
    SeedReplay.assertReplays(MandateGens.invalid(FACTS), 16L);
    SeedReplay.assertReplays(MandateGens.valid(FACTS), 16L);
  }
}
