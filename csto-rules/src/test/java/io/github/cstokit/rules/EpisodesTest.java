package io.github.cstokit.rules;

import static io.github.cstokit.rules.Check.finding;
import static io.github.cstokit.rules.Episodes.FACTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked cases of the rule catalogue, with the outcomes the record supports. */
class EpisodesTest {

  @Test
  void kazakhstan2022IsAValidPeacekeepingOperationIfTheAgreementIsInForce() {
    // On the record the Peacekeeping Agreement (signed 2007-10-06) has no entry into force: not shown to bind.
    Verdict record = MandateRules.check(Episodes.KZ_2022, FACTS);
    assertEquals(Outcome.INDETERMINATE, record.outcome(), record.explain());
    Finding pk = finding(record, Rule.PK_3_OPERATION_ON_MEMBER_TERRITORY, Outcome.INDETERMINATE);
    assertEquals("the Peacekeeping Agreement (signed 2007-10-06) is not shown to be in force on 2022-01-06: no"
        + " entry into force is recorded; had it been in force: SATISFIED (official request of KZ, then a"
        + " Council decision, adopted)", pk.reason());
    assertTrue(pk.facts().contains("instrument peacekeeping-agreement-2007: not shown to be in force"));
    finding(record, Rule.PK_3_UNSC_NOTICE, Outcome.INDETERMINATE);
    finding(record, Rule.PK_COMMAND_COMPOSITION_COMPLETION, Outcome.INDETERMINATE);
    finding(record, Rule.TREATY_6_USE_OF_FORCES, Outcome.SATISFIED);
    // Were it in force, the operation satisfies every rule.
    Verdict v = MandateRules.check(Episodes.KZ_2022, Episodes.AGREEMENTS_IN_FORCE);
    assertEquals(Outcome.SATISFIED, v.outcome(), v.explain());
    finding(v, Rule.PK_3_UNSC_NOTICE, Outcome.SATISFIED);
    assertEquals(Episodes.d("2022-01-06"), v.date());
    finding(v, Rule.PK_3_OPERATION_ON_MEMBER_TERRITORY, Outcome.SATISFIED);
    Finding t6 = finding(v, Rule.TREATY_6_USE_OF_FORCES, Outcome.SATISFIED);
    assertEquals("Treaty Art. 6 [2010]", t6.citations().get(0).text());
    Finding cmd = finding(v, Rule.PK_COMMAND_COMPOSITION_COMPLETION, Outcome.SATISFIED);
    assertTrue(cmd.facts().contains("completion decision date: not recorded"), cmd.facts().toString());
    assertTrue(cmd.facts().contains("contingents: RU, BY, AM, TJ, KG"));
    assertTrue(cmd.reason().contains("decision date not recorded"));
    finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
  }

  @Test
  void kazakhstanWithoutTheRequestWouldViolateTheAgreement() {
    Verdict real = MandateRules.check(Episodes.KZ_2022, Episodes.AGREEMENTS_IN_FORCE);
    Verdict whatIf = MandateRules.check(Episodes.KZ_2022.withoutRequest(), Episodes.KZ_DECISION.date(),
        Episodes.AGREEMENTS_IN_FORCE);
    WhatIf w = WhatIf.between(real, whatIf);
    assertTrue(w.outcomeChanged());
    assertEquals(1, w.changed().size(), w.explain());
    assertEquals(Rule.PK_3_OPERATION_ON_MEMBER_TERRITORY, w.changed().get(0).rule());
    assertEquals(Outcome.VIOLATED, w.changed().get(0).outcome());
  }

  @Test
  void armenia2022MissionDecidedAssistanceNotAdopted() {
    finding(DecisionRules.check(Episodes.AM_MISSION, FACTS), Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
    Verdict v = DefenceRules.check(Episodes.AM_2022, FACTS);
    finding(v, Rule.TREATY_2_2_THREAT_CONSULTATION, Outcome.SATISFIED);
    Finding art4 = finding(v, Rule.TREATY_4_COLLECTIVE_DEFENCE, Outcome.INDETERMINATE);
    assertEquals("Treaty Art. 4 [2010]", art4.citations().get(0).text());
    Finding c = finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE);
    assertTrue(c.reason().startsWith("no consensus yet: no consent from AM (ABSTAINS, not signed)"),
        c.reason());
    assertEquals(Outcome.INDETERMINATE, v.outcome());
  }

  @Test
  void kyrgyzstan2010HadNoRequestAndNoMandate() {
    Verdict appeal = DefenceRules.check(Episodes.KG_2010, FACTS);
    finding(appeal, Rule.TREATY_2_2_THREAT_CONSULTATION, Outcome.SATISFIED);
    Finding art4 = finding(appeal, Rule.TREATY_4_COLLECTIVE_DEFENCE, Outcome.NOT_APPLICABLE);
    assertEquals("Treaty Art. 4 [1992]", art4.citations().get(0).text());
    Verdict mandate = MandateRules.check(Episodes.KG_2010_MANDATE, Episodes.d("2010-06-14"), FACTS);
    assertEquals(Outcome.NOT_APPLICABLE, mandate.outcome(), mandate.explain());
    // Had the Council deployed forces anyway, without a request, the Agreement would be violated.
    Decision d = Episodes.unanimous("hyp", Body.COLLECTIVE_SECURITY_COUNCIL, "2010-06-14",
        Matter.DEPLOYMENT, "hypothetical deployment", List.of("AM", "BY", "KG", "KZ", "RU", "TJ", "UZ"));
    Mandate hyp = Episodes.KG_2010_MANDATE.withDecision(d);
    finding(MandateRules.check(hyp, Episodes.AGREEMENTS_IN_FORCE), Rule.PK_3_OPERATION_ON_MEMBER_TERRITORY,
        Outcome.VIOLATED);
    finding(MandateRules.check(hyp, FACTS), Rule.PK_3_OPERATION_ON_MEMBER_TERRITORY, Outcome.INDETERMINATE);
  }

  @Test
  void uzbekistan2012SuspendedByCouncilDecision() {
    Verdict v = MembershipRules.checkSuspension("UZ", Episodes.UZ_SUSPENSION, FACTS);
    assertEquals(Outcome.SATISFIED, v.outcome(), v.explain());
    assertEquals(io.github.cstokit.model.MembershipStatus.SUSPENDED,
        FACTS.status("UZ", Episodes.d("2012-12-19")));
    finding(MembershipRules.checkFreeze("UZ", Episodes.d("2012-07-01"), FACTS),
        Rule.MEMBERSHIP_FREEZE_NO_LEGAL_EFFECT, Outcome.SATISFIED);
  }

  @Test
  void secretaryGeneralDeadlock2018To2019() {
    Verdict v2018 = OfficeRules.checkSecretaryGeneral(Episodes.SG_2018, "BY", FACTS);
    MandateRulesTest.noFinalViolation(finding(v2018, Rule.CHARTER_SG_APPOINTMENT_ROTATION_RECALL,
        Outcome.INDETERMINATE), "not appointed");
    assertTrue(finding(v2018, Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE).reason()
        .startsWith("no consensus yet: no consent from AM"));
    finding(v2018, Rule.CHARTER_SG_ROTATION_2015, Outcome.SATISFIED);
    finding(v2018, Rule.CHARTER_SG_TERM, Outcome.INDETERMINATE);
    Verdict v2019 = OfficeRules.checkSecretaryGeneral(Episodes.SG_2019, Episodes.ZAS, FACTS);
    assertEquals(Outcome.SATISFIED, v2019.outcome(), v2019.explain());
    // Semerikov acted in between.
    finding(OfficeRules.checkSecretaryGeneral(Episodes.SG_2018, Episodes.SEMERIKOV, FACTS),
        Rule.CHARTER_SG_APPOINTMENT_ROTATION_RECALL, Outcome.INDETERMINATE);
  }

  @Test
  void belarusBoycott2009LeftConsensusPendingItsSignature() {
    // Belarus stayed away and signed nothing at the session; no deadline bars a later signature.
    Verdict v = DecisionRules.check(Episodes.BY_BOYCOTT_2009, FACTS);
    Finding f = finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE);
    assertTrue(f.reason().startsWith("no consensus yet"), f.reason());
    assertTrue(f.reason().contains("BY (ABSENT, not signed)"), f.reason());
    assertTrue(f.reason().contains("UZ (no position, not signed)"), f.reason());
    finding(v, Rule.ROP_QUORUM, Outcome.INDETERMINATE);
    assertTrue(DecisionRules.isAdopted(Episodes.BY_BOYCOTT_2009
        .withPosition("BY", Position.JOINED_LATER).withPosition("UZ", Position.SUPPORTS), FACTS));
  }
}
