package io.github.cstokit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The facts the procedure checks judge: appeals, basing requests and withdrawal notices. */
class RuleInputsTest {

  private static final LocalDate SEP_13 = LocalDate.of(2022, 9, 13);

  private static void fails(String message, Executable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertEquals(message, e.getMessage());
  }

  private static HostRequest request(String state) {
    return HostRequest.builder().state(state).author("Prime Minister Nikol Pashinyan")
        .date(PartialDate.parse("2022-09-13")).build();
  }

  @Test
  void appeal() {
    Appeal a = Appeal.of("AM", SEP_13, ThreatKind.ARMED_ATTACK_DISPUTED);
    assertEquals("Appeal[AM 2022-09-13 ARMED_ATTACK_DISPUTED]", a.toString());
    assertEquals(Optional.empty(), a.request());
    assertEquals(Optional.empty(), a.consultationsStarted());
    assertEquals(Optional.empty(), a.assistanceDecision());
    assertFalse(a.measuresTaken());
    assertEquals(Optional.empty(), a.unSecurityCouncilInformed());
    Appeal full = Appeal.builder().from(a).request(request("AM"))
        .consultationsStarted(PartialDate.parse("2022-09-13")).measuresTaken(true).build();
    assertTrue(full.measuresTaken());
    assertEquals(a, Appeal.builder().state("AM").date(SEP_13).threat(ThreatKind.ARMED_ATTACK_DISPUTED).build());
    assertEquals(a.hashCode(), Appeal.of("AM", SEP_13, ThreatKind.ARMED_ATTACK_DISPUTED).hashCode());
  }

  @Test
  void appealInvariants() {
    fails("state must match [A-Z]{2} but was 'am'", () -> Appeal.of("am", SEP_13, ThreatKind.THREAT));
    fails("state must match [A-Z]{2} but was 'ARM'", () -> Appeal.of("ARM", SEP_13, ThreatKind.THREAT));
    fails("request.state (KZ) must be the state (AM)",
        () -> Appeal.builder().state("AM").date(SEP_13).threat(ThreatKind.THREAT).request(request("KZ")).build());
    assertThrows(IllegalStateException.class, () -> Appeal.builder().state("AM").date(SEP_13).build());
    // A request the attacked state made together with others is its request.
    Appeal joint = Appeal.builder().state("AM").date(SEP_13).threat(ThreatKind.THREAT)
        .request(HostRequest.builder().from(request("KZ")).addAlsoRequestedBy("AM").build()).build();
    assertTrue(joint.request().isPresent());
    // Who attacked, as the record says.
    assertEquals(Optional.empty(), Appeal.of("AM", SEP_13, ThreatKind.ARMED_ATTACK).attacker());
    assertEquals(Optional.of(Attacker.STATE), Appeal.builder().from(Appeal.of("AM", SEP_13,
        ThreatKind.ARMED_ATTACK)).attacker(Attacker.STATE).build().attacker());
    assertEquals(List.of(Attacker.STATE, Attacker.GROUP_OF_STATES, Attacker.NON_STATE_ACTOR, Attacker.UNKNOWN),
        List.of(Attacker.values()));
    assertTrue(Attacker.STATE.isStateOrGroupOfStates());
    assertTrue(Attacker.GROUP_OF_STATES.isStateOrGroupOfStates());
    assertFalse(Attacker.NON_STATE_ACTOR.isStateOrGroupOfStates());
    assertFalse(Attacker.UNKNOWN.isStateOrGroupOfStates());
    assertThrows(NullPointerException.class, () -> Appeal.of("AM", null, ThreatKind.THREAT));
  }

  @Test
  void basingRequest() {
    LocalDate day = LocalDate.of(2013, 1, 10);
    BasingRequest b = BasingRequest.of("KG", "US", day);
    assertEquals("BasingRequest[KG US 2013-01-10]", b.toString());
    assertEquals(Optional.empty(), b.consultationsHeld());
    assertTrue(b.objections().isEmpty());
    BasingRequest objected = BasingRequest.builder().from(b).addObjection("RU").addObjection("BY").build();
    assertEquals(List.of("BY", "RU"), List.copyOf(objected.objections()));
    assertThrows(UnsupportedOperationException.class, () -> objected.objections().add("KZ"));
    fails("hostState must match [A-Z]{2} but was 'Kg'", () -> BasingRequest.of("Kg", "US", day));
    fails("thirdState must match [A-Z]{2} but was 'USA'", () -> BasingRequest.of("KG", "USA", day));
    fails("thirdState must differ from hostState but both were 'KG'", () -> BasingRequest.of("KG", "KG", day));
    fails("objections must match [A-Z]{2} but was 'ru'",
        () -> BasingRequest.builder().from(b).addObjection("ru").build());
    assertThrows(IllegalStateException.class, () -> BasingRequest.builder().hostState("KG").date(day).build());
  }

  @Test
  void withdrawalNotice() {
    LocalDate day = LocalDate.of(2026, 3, 1);
    WithdrawalNotice n = WithdrawalNotice.of("AM", day);
    assertEquals("WithdrawalNotice[AM 2026-03-01]", n.toString());
    assertEquals(Optional.empty(), n.obligations());
    assertEquals(Optional.empty(), n.addressee());
    assertEquals(Optional.empty(), n.intendedEffective());
    WithdrawalNotice settled = WithdrawalNotice.builder().from(n).obligations(Settlement.SETTLED)
        .intendedEffective(day.plusMonths(6)).addressee("Secretary General").build();
    assertEquals(Optional.of(Settlement.SETTLED), settled.obligations());
    assertEquals(Optional.of(Settlement.NOT_SETTLED),
        WithdrawalNotice.builder().from(n).obligations(Settlement.NOT_SETTLED).build().obligations());
    fails("state must match [A-Z]{2} but was 'A1'", () -> WithdrawalNotice.of("A1", day));
    fails("addressee must not be blank", () -> WithdrawalNotice.builder().from(n).addressee(" ").build());
    assertThrows(IllegalStateException.class, () -> WithdrawalNotice.builder().state("AM").build());
  }

  @Test
  void enums() {
    assertEquals(List.of(ThreatKind.THREAT, ThreatKind.INTERNAL_UNREST, ThreatKind.ARMED_ATTACK,
        ThreatKind.ARMED_ATTACK_DISPUTED), List.of(ThreatKind.values()));
    assertEquals(List.of(Settlement.SETTLED, Settlement.NOT_SETTLED), List.of(Settlement.values()));
  }
}
