package io.github.cstokit.rules;

import static io.github.cstokit.rules.Check.finding;
import static io.github.cstokit.rules.Check.findingSaying;
import static io.github.cstokit.rules.Episodes.FACTS;
import static io.github.cstokit.rules.Episodes.SIX;
import static io.github.cstokit.rules.Episodes.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.Appeal;
import io.github.cstokit.model.Attacker;
import io.github.cstokit.model.Basis;
import io.github.cstokit.model.BasingRequest;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.HostRequest;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.ThreatKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefenceRulesTest {

  static Appeal.Builder appeal(String state, String date, ThreatKind threat) {
    return Appeal.builder().state(state).date(d(date)).threat(threat);
  }

  static HostRequest request(String state, String date) {
    return HostRequest.builder().state(state).author("head of state").date(PartialDate.parse(date)).build();
  }

  @Test
  void consultationOutcomes() {
    Rule r = Rule.TREATY_2_2_THREAT_CONSULTATION;
    Finding f = finding(DefenceRules.check(appeal("AM", "2021-05-12", ThreatKind.THREAT)
        .consultationsStarted(PartialDate.parse("2021-05")).build(), FACTS), r, Outcome.SATISFIED);
    assertEquals("Treaty Art. 2(2) [2010]", f.citations().get(0).text());
    finding(DefenceRules.check(appeal("AM", "2021-05-12", ThreatKind.THREAT).build(), FACTS), r,
        Outcome.INDETERMINATE);
    finding(DefenceRules.check(appeal("GE", "2008-08-08", ThreatKind.ARMED_ATTACK).build(), FACTS), r,
        Outcome.NOT_APPLICABLE);
  }

  @Test
  void article4ByTextInForce() {
    Rule r = Rule.TREATY_4_COLLECTIVE_DEFENCE;
    Decision help2005 = Episodes.unanimous("h", Body.COLLECTIVE_SECURITY_COUNCIL, "2005-01-02",
        Matter.ASSISTANCE, "assistance", SIX);
    // 1992 text: aggression by a state or group of states; no request needed.
    Finding given = finding(DefenceRules.check(appeal("TJ", "2005-01-01", ThreatKind.ARMED_ATTACK)
        .attacker(Attacker.STATE).assistanceDecision(help2005).build(), FACTS), r, Outcome.SATISFIED);
    assertEquals(Basis.TEXT, given.basis());
    assertEquals("Treaty Art. 4 [1992]", given.citations().get(0).text());
    finding(DefenceRules.check(appeal("TJ", "2005-01-01", ThreatKind.ARMED_ATTACK)
        .attacker(Attacker.GROUP_OF_STATES).assistanceDecision(help2005).build(), FACTS), r, Outcome.SATISFIED);
    // Art. 4 binds each state: no collective decision is no violation by the Council.
    findingSaying(DefenceRules.check(appeal("TJ", "2005-01-01", ThreatKind.ARMED_ATTACK)
        .attacker(Attacker.STATE).build(), FACTS), r, Outcome.INDETERMINATE,
        "binds each other State Party",
        "assistance by each state is not assessed");
    // Under the 1992 text a non-state attacker does not trigger Art. 4; an unknown one leaves it open.
    finding(DefenceRules.check(appeal("TJ", "2005-01-01", ThreatKind.ARMED_ATTACK)
        .attacker(Attacker.NON_STATE_ACTOR).assistanceDecision(help2005).build(), FACTS), r,
        Outcome.NOT_APPLICABLE);
    findingSaying(DefenceRules.check(appeal("TJ", "2005-01-01", ThreatKind.ARMED_ATTACK)
        .assistanceDecision(help2005).build(), FACTS), r, Outcome.INDETERMINATE,
        "who attacked is not recorded");
    finding(DefenceRules.check(appeal("TJ", "2005-01-01", ThreatKind.ARMED_ATTACK).attacker(Attacker.UNKNOWN)
        .assistanceDecision(help2005).build(), FACTS), r, Outcome.INDETERMINATE);
    // An appeal that gives no attacker takes its request's; one of its own prevails.
    HostRequest byState = HostRequest.builder().from(request("TJ", "2004-12-31")).attacker(Attacker.STATE).build();
    Finding fromRequest = finding(DefenceRules.check(appeal("TJ", "2005-01-01", ThreatKind.ARMED_ATTACK)
        .request(byState).assistanceDecision(help2005).build(), FACTS), r, Outcome.SATISFIED);
    assertTrue(fromRequest.facts().contains("attacker: STATE (as its request records)"),
        fromRequest.facts().toString());
    finding(DefenceRules.check(appeal("TJ", "2005-01-01", ThreatKind.ARMED_ATTACK)
        .request(HostRequest.builder().from(byState).attacker(Attacker.NON_STATE_ACTOR).build()).assistanceDecision(help2005).build(), FACTS),
        r, Outcome.NOT_APPLICABLE);
    Finding own = finding(DefenceRules.check(appeal("TJ", "2005-01-01", ThreatKind.ARMED_ATTACK)
        .attacker(Attacker.UNKNOWN).request(byState).assistanceDecision(help2005).build(), FACTS), r,
        Outcome.INDETERMINATE);
    assertTrue(own.facts().contains("attacker: UNKNOWN"), own.facts().toString());
    // 2010 text (from 2012-12-19): the qualifier is gone; the request clause rests on a press quotation.
    Finding nonState2015 = finding(DefenceRules.check(appeal("TJ", "2015-01-01", ThreatKind.ARMED_ATTACK)
        .attacker(Attacker.NON_STATE_ACTOR).request(request("TJ", "2014-12-31"))
        .assistanceDecision(Episodes.unanimous("h", Body.COLLECTIVE_SECURITY_COUNCIL, "2015-01-02",
            Matter.ASSISTANCE, "assistance", SIX)).build(), FACTS), r, Outcome.SATISFIED);
    assertEquals(Basis.SECONDARY, nonState2015.basis());
    assertEquals("Treaty Art. 4 [2010]", nonState2015.citations().get(0).text());
    // No request under the 2010 text: open, since the request condition was not read.
    Finding noRequest = finding(DefenceRules.check(appeal("TJ", "2015-01-01", ThreatKind.ARMED_ATTACK).build(),
        FACTS), r, Outcome.INDETERMINATE);
    assertTrue(noRequest.reason().startsWith("no request of the attacked member is recorded"),
        noRequest.reason());
    finding(DefenceRules.check(appeal("TJ", "2015-01-01", ThreatKind.ARMED_ATTACK)
        .request(request("TJ", "2015-01-01")).build(), FACTS), r, Outcome.INDETERMINATE);
    // An assistance decision taken before the request: would violate the 2010 text, on a secondary basis.
    Finding early = finding(DefenceRules.check(appeal("TJ", "2015-01-01", ThreatKind.ARMED_ATTACK)
        .request(request("TJ", "2015-01-05")).assistanceDecision(Episodes.unanimous("h",
            Body.COLLECTIVE_SECURITY_COUNCIL, "2015-01-02", Matter.ASSISTANCE, "assistance", SIX)).build(),
        FACTS), r, Outcome.INDETERMINATE);
    assertTrue(early.reason().startsWith("the assistance decision (2015-01-02) came before the request"),
        early.reason());
    finding(DefenceRules.check(appeal("AM", "2022-09-13", ThreatKind.ARMED_ATTACK_DISPUTED)
        .request(request("AM", "2022-09-13")).build(), FACTS), r, Outcome.INDETERMINATE);
    finding(DefenceRules.check(appeal("KG", "2010-06-11", ThreatKind.INTERNAL_UNREST).build(), FACTS), r,
        Outcome.NOT_APPLICABLE);
    finding(DefenceRules.check(appeal("GE", "2008-08-08", ThreatKind.ARMED_ATTACK).build(), FACTS), r,
        Outcome.NOT_APPLICABLE);
    // Before the Treaty was signed it did not exist; signed but not yet in force, it is not shown to bind.
    Finding before = finding(DefenceRules.check(appeal("TJ", "1992-01-01", ThreatKind.ARMED_ATTACK)
        .attacker(Attacker.STATE).build(), FACTS), r, Outcome.NOT_APPLICABLE);
    assertTrue(before.reason().startsWith("the Treaty did not yet exist on 1992-01-01: signed 1992-05-15"),
        before.reason());
    // Signed but not yet in force (1994-04-20): no state was yet a member, so the rule does not apply.
    finding(DefenceRules.check(appeal("TJ", "1993-06-01", ThreatKind.ARMED_ATTACK).attacker(Attacker.STATE)
        .build(), FACTS), r, Outcome.NOT_APPLICABLE);
  }

  @Test
  void reportToTheSecurityCouncil() {
    Rule r = Rule.TREATY_4_UNSC_REPORT;
    finding(DefenceRules.check(appeal("TJ", "2005-01-01", ThreatKind.ARMED_ATTACK).build(), FACTS), r,
        Outcome.NOT_APPLICABLE);
    finding(DefenceRules.check(appeal("TJ", "2005-01-01", ThreatKind.ARMED_ATTACK).measuresTaken(true)
        .build(), FACTS), r, Outcome.INDETERMINATE);
    finding(DefenceRules.check(appeal("TJ", "2005-01-01", ThreatKind.ARMED_ATTACK).measuresTaken(true)
        .unSecurityCouncilInformed(d("2005-01-03")).build(), FACTS), r, Outcome.SATISFIED);
  }

  @Test
  void thirdStateBases() {
    Rule r = Rule.TREATY_7_STATIONING_AND_THIRD_STATE_BASES;
    BasingRequest ok = BasingRequest.builder().hostState("KG").thirdState("US").date(d("2013-01-10"))
        .consultationsHeld(d("2013-01-05")).build();
    // The bundled protocol is signed, with no entry into force recorded: not shown to bind.
    finding(DefenceRules.checkThirdStateBasing(ok, FACTS), r, Outcome.INDETERMINATE);
    finding(DefenceRules.checkThirdStateBasing(BasingRequest.builder().from(ok).date(d("2011-12-19")).build(),
        FACTS), r, Outcome.NOT_APPLICABLE);
    // A hypothetical entry into force, so that the protocol's conditions are judged.
    io.github.cstokit.model.Scenario inForce = io.github.cstokit.model.Scenario.builder()
        .addStates(Episodes.states()).addEvents(Episodes.events())
        .addInstruments(Episodes.instruments().stream()
            .filter(i -> !i.id().equals(Law.BASES_PROTOCOL_ID)).collect(java.util.stream.Collectors.toList()))
        .addInstrument(
        io.github.cstokit.model.Instrument.builder().from(Episodes.realInstrument(Law.BASES_PROTOCOL_ID))
            .entryIntoForce(io.github.cstokit.model.PartialDate.parse("2012-12-01")).build()).build();
    finding(DefenceRules.checkThirdStateBasing(ok, inForce), r, Outcome.SATISFIED);
    finding(DefenceRules.checkThirdStateBasing(BasingRequest.builder().from(ok).addObjection("RU").build(),
         inForce), r, Outcome.INDETERMINATE);
    Finding notCounted = finding(DefenceRules.checkThirdStateBasing(BasingRequest.builder().from(ok)
        .addObjection("UZ").build(), inForce), r, Outcome.SATISFIED);
    assertEquals("objections not counted (host or non-members): UZ", notCounted.facts().get(4));
    MandateRulesTest.noFinalViolation(finding(DefenceRules.checkThirdStateBasing(BasingRequest.builder()
        .from(ok).consultationsHeld(Optional.empty()).build(), inForce), r, Outcome.INDETERMINATE),
        "no urgent consultations");
    finding(DefenceRules.checkThirdStateBasing(BasingRequest.builder().from(ok).date(d("2010-01-01")).build(),
         inForce), r, Outcome.NOT_APPLICABLE);
    finding(DefenceRules.checkThirdStateBasing(BasingRequest.builder().from(ok).hostState("GE").build(),
         inForce), r, Outcome.NOT_APPLICABLE);
    finding(DefenceRules.checkThirdStateBasing(BasingRequest.builder().from(ok).thirdState("RU").build(),
         inForce), r, Outcome.NOT_APPLICABLE);
  }
}
