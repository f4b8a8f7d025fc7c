package io.github.cstokit.rules;

import static io.github.cstokit.rules.Check.finding;
import static io.github.cstokit.rules.Episodes.FACTS;
import static io.github.cstokit.rules.Episodes.SIX;
import static io.github.cstokit.rules.Episodes.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cstokit.model.Appeal;
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
    // 1992 text: no request needed.
    finding(DefenceRules.check(appeal("TJ", "2005-01-01", ThreatKind.ARMED_ATTACK)
        .assistanceDecision(help2005).build(), FACTS), r, Outcome.SATISFIED);
    finding(DefenceRules.check(appeal("TJ", "2005-01-01", ThreatKind.ARMED_ATTACK).build(), FACTS), r,
        Outcome.VIOLATED);
    // 2010 text: no request, not triggered; with a request and no decision, violated.
    finding(DefenceRules.check(appeal("TJ", "2015-01-01", ThreatKind.ARMED_ATTACK).build(), FACTS), r,
        Outcome.NOT_APPLICABLE);
    finding(DefenceRules.check(appeal("TJ", "2015-01-01", ThreatKind.ARMED_ATTACK)
        .request(request("TJ", "2015-01-01")).build(), FACTS), r, Outcome.VIOLATED);
    finding(DefenceRules.check(appeal("AM", "2022-09-13", ThreatKind.ARMED_ATTACK_DISPUTED)
        .request(request("AM", "2022-09-13")).build(), FACTS), r, Outcome.INDETERMINATE);
    finding(DefenceRules.check(appeal("KG", "2010-06-11", ThreatKind.INTERNAL_UNREST).build(), FACTS), r,
        Outcome.NOT_APPLICABLE);
    finding(DefenceRules.check(appeal("GE", "2008-08-08", ThreatKind.ARMED_ATTACK).build(), FACTS), r,
        Outcome.NOT_APPLICABLE);
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
         inForce), r, Outcome.VIOLATED);
    Finding notCounted = finding(DefenceRules.checkThirdStateBasing(BasingRequest.builder().from(ok)
        .addObjection("UZ").build(), inForce), r, Outcome.SATISFIED);
    assertEquals("objections not counted (host or non-members): UZ", notCounted.facts().get(4));
    finding(DefenceRules.checkThirdStateBasing(BasingRequest.builder().from(ok)
        .consultationsHeld(Optional.empty()).build(), inForce), r, Outcome.VIOLATED);
    finding(DefenceRules.checkThirdStateBasing(BasingRequest.builder().from(ok).date(d("2010-01-01")).build(),
         inForce), r, Outcome.NOT_APPLICABLE);
    finding(DefenceRules.checkThirdStateBasing(BasingRequest.builder().from(ok).hostState("GE").build(),
         inForce), r, Outcome.NOT_APPLICABLE);
    finding(DefenceRules.checkThirdStateBasing(BasingRequest.builder().from(ok).thirdState("RU").build(),
         inForce), r, Outcome.NOT_APPLICABLE);
  }
}
