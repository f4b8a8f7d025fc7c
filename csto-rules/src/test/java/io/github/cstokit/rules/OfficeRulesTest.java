package io.github.cstokit.rules;

import static io.github.cstokit.rules.Check.finding;
import static io.github.cstokit.rules.Episodes.FACTS;
import static io.github.cstokit.rules.Episodes.SIX;
import static io.github.cstokit.rules.Episodes.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.Office;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.RecordedOutcome;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfficeRulesTest {

  @Test
  void russianAlphabeticalOrder() {
    assertEquals(Optional.of("BY"), OfficeRules.nextInRussianOrder("AM", FACTS, d("2019-11-28")));
    assertEquals(Optional.of("KG"), OfficeRules.nextInRussianOrder("KZ", FACTS, d("2024-11-28")));
    assertEquals(Optional.of("AM"), OfficeRules.nextInRussianOrder("TJ", FACTS, d("2024-11-28")));
    assertEquals(Optional.of("AM"), OfficeRules.nextInRussianOrder(null, FACTS, d("2024-11-28")));
    assertEquals(Optional.empty(), OfficeRules.nextInRussianOrder("AM", FACTS, d("1993-01-01")));
  }

  @Test
  void secretaryGeneralOutcomes() {
    Decision sg2022 = Episodes.unanimous("sg22", Body.COLLECTIVE_SECURITY_COUNCIL, "2022-11-23",
        Matter.APPOINTMENT_SECRETARY_GENERAL, "Tasmagambetov", SIX);
    Verdict ok = OfficeRules.checkSecretaryGeneral(Episodes.TASMAGAMBETOV, sg2022, FACTS);
    assertEquals(Outcome.SATISFIED, ok.outcome(), ok.explain());
    Verdict outOfTurn = OfficeRules.checkSecretaryGeneral(sg2022, "TJ",
        Period.of(d("2023-01-01"), d("2026-01-01")), FACTS);
    finding(outOfTurn, Rule.CHARTER_SG_ROTATION_2015, Outcome.VIOLATED);
    Verdict fourYears = OfficeRules.checkSecretaryGeneral(sg2022, "KZ",
        Period.of(d("2023-01-01"), d("2027-01-01")), FACTS);
    finding(fourYears, Rule.CHARTER_SG_TERM, Outcome.VIOLATED);
    Decision byCfm = Episodes.unanimous("x", Body.COUNCIL_OF_FOREIGN_MINISTERS, "2022-11-23",
        Matter.APPOINTMENT_SECRETARY_GENERAL, "x", SIX);
    finding(OfficeRules.checkSecretaryGeneral(byCfm, "KZ", FACTS), Rule.CHARTER_SG_APPOINTMENT_ROTATION_RECALL,
        Outcome.VIOLATED);
    finding(OfficeRules.checkSecretaryGeneral(sg2022, "GE", FACTS), Rule.CHARTER_SG_APPOINTMENT_ROTATION_RECALL,
        Outcome.VIOLATED);
    Verdict acting = OfficeRules.checkSecretaryGeneral(Episodes.SEMERIKOV, Episodes.SG_2018, FACTS);
    finding(acting, Rule.CHARTER_SG_TERM, Outcome.NOT_APPLICABLE);
    finding(acting, Rule.CHARTER_SG_ROTATION_2015, Outcome.NOT_APPLICABLE);
    Decision sg2003 = Episodes.unanimous("b", Body.COLLECTIVE_SECURITY_COUNCIL, "2003-04-28",
        Matter.APPOINTMENT_SECRETARY_GENERAL, "Bordyuzha", SIX);
    finding(OfficeRules.checkSecretaryGeneral(Episodes.BORDYUZHA, sg2003, FACTS),
        Rule.CHARTER_SG_ROTATION_2015, Outcome.NOT_APPLICABLE);
    Appointment deputy = Appointment.builder().id("dsg").office(Office.DEPUTY_SECRETARY_GENERAL)
        .person("x").state("RU").period(Period.from(d("2020-01-01"))).addSource("s").build();
    assertThrows(IllegalArgumentException.class,
        () -> OfficeRules.checkSecretaryGeneral(deputy, sg2022, FACTS));
  }

  @Test
  void recallOfTheSecretaryGeneral() {
    Rule r = Rule.CHARTER_SG_APPOINTMENT_ROTATION_RECALL;
    Decision recall = Episodes.unanimous("r", Body.COLLECTIVE_SECURITY_COUNCIL, "2018-11-02",
        Matter.APPOINTMENT_SECRETARY_GENERAL, "Release of Khachaturov", SIX);
    finding(OfficeRules.checkRecall(Episodes.KHACHATUROV, recall, FACTS), r, Outcome.SATISFIED);
    finding(OfficeRules.checkRecall(Episodes.KHACHATUROV, Episodes.SG_2018.withDate(d("2018-11-01")), FACTS),
        r, Outcome.VIOLATED);
    finding(OfficeRules.checkRecall(Episodes.ZAS, recall, FACTS), r, Outcome.NOT_APPLICABLE);
  }

  @Test
  void secretaryGeneralOnTheRecordedOutcome() {
    Rule r = Rule.CHARTER_SG_APPOINTMENT_ROTATION_RECALL;
    Decision asRecorded = Episodes.decision("sg22", Body.COLLECTIVE_SECURITY_COUNCIL, "2022-11-23",
        Matter.APPOINTMENT_SECRETARY_GENERAL, "Tasmagambetov").build();
    Verdict adopted = OfficeRules.checkSecretaryGeneral(Episodes.TASMAGAMBETOV,
        asRecorded.withRecordedOutcome(RecordedOutcome.ADOPTED), FACTS);
    assertEquals(Outcome.SATISFIED, adopted.outcome(), adopted.explain());
    finding(OfficeRules.checkSecretaryGeneral(Episodes.TASMAGAMBETOV,
        asRecorded.withRecordedOutcome(RecordedOutcome.NOT_ADOPTED), FACTS), r, Outcome.VIOLATED);
    finding(OfficeRules.checkSecretaryGeneral(Episodes.TASMAGAMBETOV, asRecorded, FACTS), r,
        Outcome.INDETERMINATE);
    Decision recall = Episodes.decision("r", Body.COLLECTIVE_SECURITY_COUNCIL, "2018-11-02",
        Matter.APPOINTMENT_SECRETARY_GENERAL, "Release of Khachaturov").build();
    finding(OfficeRules.checkRecall(Episodes.KHACHATUROV, recall.withRecordedOutcome(RecordedOutcome.ADOPTED),
        FACTS), r, Outcome.SATISFIED);
    finding(OfficeRules.checkRecall(Episodes.KHACHATUROV, recall, FACTS), r, Outcome.INDETERMINATE);
  }

  @Test
  void chairmanshipOutcomes() {
    Rule r = Rule.CHARTER_13_CSC_COMPOSITION_AND_CHAIR;
    Rule p = Rule.CHAIRMANSHIP_ROTATION_PRACTICE;
    Verdict kg = OfficeRules.checkChairmanship(Episodes.CHAIR_2025_KG, "KG", FACTS);
    finding(kg, r, Outcome.SATISFIED);
    finding(kg, p, Outcome.SATISFIED);
    // 2026: the Bishkek session was hosted by Kyrgyzstan, the Council decided Russia chairs.
    Verdict ru = OfficeRules.checkChairmanship(Episodes.CHAIR_2026_RU, "KG", Episodes.CHAIR_2026_DECISION,
        FACTS);
    Finding f = finding(ru, r, Outcome.SATISFIED);
    assertEquals("Charter Art. 13 [2018]", f.citations().get(0).text());
    finding(OfficeRules.checkChairmanship(Episodes.CHAIR_2026_RU, "KG", FACTS), r, Outcome.VIOLATED);
    finding(OfficeRules.checkChairmanship(Episodes.CHAIR_2026_RU, FACTS), r, Outcome.INDETERMINATE);
    finding(OfficeRules.checkChairmanship(Episodes.CHAIR_2024_KZ, "KZ", FACTS), p, Outcome.NOT_APPLICABLE);
    Chairmanship tj = Episodes.chair("chair-2026-tj", "TJ", "2026-01-01", "2027-01-01");
    finding(OfficeRules.checkChairmanship(tj, "TJ", FACTS), p, Outcome.INDETERMINATE);
    Chairmanship ge = Episodes.chair("chair-2026-ge", "GE", "2026-01-01", "2027-01-01");
    finding(OfficeRules.checkChairmanship(ge, "GE", FACTS), r, Outcome.VIOLATED);
  }

  @Test
  void thirdStateBases() {
    Rule r = Rule.TREATY_7_STATIONING_AND_THIRD_STATE_BASES;
    BasingRequest ok = BasingRequest.builder().hostState("KG").thirdState("US").date(d("2013-01-10"))
        .consultationsHeld(d("2013-01-05")).build();
    finding(OfficeRules.checkThirdStateBasing(ok, FACTS), r, Outcome.SATISFIED);
    finding(OfficeRules.checkThirdStateBasing(BasingRequest.builder().from(ok).addObjection("RU").build(),
        FACTS), r, Outcome.VIOLATED);
    Finding notCounted = finding(OfficeRules.checkThirdStateBasing(BasingRequest.builder().from(ok)
        .addObjection("UZ").build(), FACTS), r, Outcome.SATISFIED);
    assertEquals("objections not counted (host or non-members): UZ", notCounted.facts().get(4));
    finding(OfficeRules.checkThirdStateBasing(BasingRequest.builder().from(ok)
        .consultationsHeld(Optional.empty()).build(), FACTS), r, Outcome.VIOLATED);
    finding(OfficeRules.checkThirdStateBasing(BasingRequest.builder().from(ok).date(d("2010-01-01")).build(),
        FACTS), r, Outcome.NOT_APPLICABLE);
    finding(OfficeRules.checkThirdStateBasing(BasingRequest.builder().from(ok).hostState("GE").build(),
        FACTS), r, Outcome.NOT_APPLICABLE);
    finding(OfficeRules.checkThirdStateBasing(BasingRequest.builder().from(ok).thirdState("RU").build(),
        FACTS), r, Outcome.NOT_APPLICABLE);
  }
}
