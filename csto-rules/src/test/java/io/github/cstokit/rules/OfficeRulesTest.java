package io.github.cstokit.rules;

import static io.github.cstokit.rules.Check.finding;
import static io.github.cstokit.rules.Episodes.FACTS;
import static io.github.cstokit.rules.Episodes.SIX;
import static io.github.cstokit.rules.Episodes.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertEquals(Optional.of("BY"), OfficeRules.nextInRussianOrder("AM", d("2019-11-28"), FACTS));
    assertEquals(Optional.of("KG"), OfficeRules.nextInRussianOrder("KZ", d("2024-11-28"), FACTS));
    assertEquals(Optional.of("AM"), OfficeRules.nextInRussianOrder("TJ", d("2024-11-28"), FACTS));
    assertEquals(Optional.of("AM"), OfficeRules.firstInRussianOrder(d("2024-11-28"), FACTS));
    assertEquals(Optional.empty(), OfficeRules.nextInRussianOrder("AM", d("1993-01-01"), FACTS));
    assertEquals(Optional.empty(), OfficeRules.firstInRussianOrder(d("1993-01-01"), FACTS));
    assertThrows(NullPointerException.class, () -> OfficeRules.nextInRussianOrder(null, d("2024-11-28"), FACTS));
  }

  @Test
  void secretaryGeneralOutcomes() {
    Decision sg2022 = Episodes.unanimous("sg22", Body.COLLECTIVE_SECURITY_COUNCIL, "2022-11-23",
        Matter.APPOINTMENT_SECRETARY_GENERAL, "Tasmagambetov", SIX);
    Verdict ok = OfficeRules.checkSecretaryGeneral(sg2022, Episodes.TASMAGAMBETOV, FACTS);
    assertEquals(Outcome.SATISFIED, ok.outcome(), ok.explain());
    Verdict outOfTurn = OfficeRules.checkSecretaryGeneral(sg2022, "TJ",
        Period.of(d("2023-01-01"), d("2026-01-01")), FACTS);
    MandateRulesTest.noFinalViolation(finding(outOfTurn, Rule.CHARTER_SG_ROTATION_2015, Outcome.INDETERMINATE),
        "TJ is out of turn; next in the rotation is KZ");
    Verdict fourYears = OfficeRules.checkSecretaryGeneral(sg2022, "KZ",
        Period.of(d("2023-01-01"), d("2027-01-01")), FACTS);
    // The three-year term is SECONDARY: a term the Council set otherwise is no final violation.
    MandateRulesTest.noFinalViolation(finding(fourYears, Rule.CHARTER_SG_TERM, Outcome.INDETERMINATE),
        "a term the Council set by consensus may depart from it");
    assertEquals("Charter [2010]", fourYears.finding(Rule.CHARTER_SG_TERM).get().citations().get(0).text());
    Decision byCfm = Episodes.unanimous("x", Body.COUNCIL_OF_FOREIGN_MINISTERS, "2022-11-23",
        Matter.APPOINTMENT_SECRETARY_GENERAL, "x", SIX);
    finding(OfficeRules.checkSecretaryGeneral(byCfm, "KZ", FACTS), Rule.CHARTER_SG_APPOINTMENT_ROTATION_RECALL,
        Outcome.INDETERMINATE);
    finding(OfficeRules.checkSecretaryGeneral(sg2022, "GE", FACTS), Rule.CHARTER_SG_APPOINTMENT_ROTATION_RECALL,
        Outcome.INDETERMINATE);
    Verdict acting = OfficeRules.checkSecretaryGeneral(Episodes.SG_2018, Episodes.SEMERIKOV, FACTS);
    finding(acting, Rule.CHARTER_SG_TERM, Outcome.NOT_APPLICABLE);
    finding(acting, Rule.CHARTER_SG_ROTATION_2015, Outcome.NOT_APPLICABLE);
    Decision sg2003 = Episodes.unanimous("b", Body.COLLECTIVE_SECURITY_COUNCIL, "2003-04-28",
        Matter.APPOINTMENT_SECRETARY_GENERAL, "Bordyuzha", SIX);
    Verdict v2003 = OfficeRules.checkSecretaryGeneral(sg2003, Episodes.BORDYUZHA, FACTS);
    assertTrue(finding(v2003, Rule.CHARTER_SG_ROTATION_2015, Outcome.NOT_APPLICABLE).reason()
        .startsWith("the SG Rotation Decision did not yet exist on 2003-04-28: signed 2015-12-21"));
    // The Charter (signed 2002-10-07) entered into force on 2003-09-18: not shown in force on 2003-04-28.
    assertTrue(finding(v2003, Rule.CHARTER_SG_APPOINTMENT_ROTATION_RECALL, Outcome.INDETERMINATE).reason()
        .startsWith("the Charter (signed 2002-10-07) is not shown to be in force on 2003-04-28: in force from"
            + " 2003-09-18; had it been in force: SATISFIED"));
    assertEquals("Charter [2002]", v2003.finding(Rule.CHARTER_SG_TERM).get().citations().get(0).text());
    Appointment deputy = Appointment.builder().id("dsg").office(Office.DEPUTY_SECRETARY_GENERAL)
        .personEn("x").state("RU").period(Period.startingOn(d("2020-01-01"))).addSource("s").build();
    assertThrows(IllegalArgumentException.class,
        () -> OfficeRules.checkSecretaryGeneral(sg2022, deputy, FACTS));
  }

  @Test
  void recallOfTheSecretaryGeneral() {
    Rule r = Rule.CHARTER_SG_APPOINTMENT_ROTATION_RECALL;
    Decision recall = Episodes.unanimous("r", Body.COLLECTIVE_SECURITY_COUNCIL, "2018-11-02",
        Matter.APPOINTMENT_SECRETARY_GENERAL, "Release of Khachaturov", SIX);
    finding(OfficeRules.checkRecall(Episodes.KHACHATUROV, recall, FACTS), r, Outcome.SATISFIED);
    finding(OfficeRules.checkRecall(Episodes.KHACHATUROV, Episodes.SG_2018.withDate(d("2018-11-01")), FACTS),
        r, Outcome.INDETERMINATE);
    finding(OfficeRules.checkRecall(Episodes.ZAS, recall, FACTS), r, Outcome.NOT_APPLICABLE);
  }

  @Test
  void secretaryGeneralOnTheRecordedOutcome() {
    Rule r = Rule.CHARTER_SG_APPOINTMENT_ROTATION_RECALL;
    Decision asRecorded = Episodes.decision("sg22", Body.COLLECTIVE_SECURITY_COUNCIL, "2022-11-23",
        Matter.APPOINTMENT_SECRETARY_GENERAL, "Tasmagambetov").build();
    Verdict adopted = OfficeRules.checkSecretaryGeneral(asRecorded.withRecordedOutcome(RecordedOutcome.ADOPTED),
        Episodes.TASMAGAMBETOV, FACTS);
    assertEquals(Outcome.SATISFIED, adopted.outcome(), adopted.explain());
    finding(OfficeRules.checkSecretaryGeneral(asRecorded.withRecordedOutcome(RecordedOutcome.NOT_ADOPTED),
        Episodes.TASMAGAMBETOV, FACTS), r, Outcome.INDETERMINATE);
    finding(OfficeRules.checkSecretaryGeneral(asRecorded, Episodes.TASMAGAMBETOV, FACTS), r,
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
    // Before the Charter was signed (2002-10-07) its Art. 13 did not exist; signed but not yet in force
    // (2003-09-18), it is not shown to apply (hypothetical chairmanships).
    Chairmanship early = Episodes.chair("chair-2002-ru", "RU", "2002-05-14", "2003-04-28");
    assertTrue(finding(OfficeRules.checkChairmanship(early, "RU", FACTS), r, Outcome.NOT_APPLICABLE).reason()
        .startsWith("the Charter did not yet exist on 2002-05-14: signed 2002-10-07"));
    Chairmanship signed = Episodes.chair("chair-2003-tj", "TJ", "2003-04-28", "2004-06-18");
    assertTrue(finding(OfficeRules.checkChairmanship(signed, "TJ", FACTS), r, Outcome.INDETERMINATE).reason()
        .startsWith("the Charter (signed 2002-10-07) is not shown to be in force on 2003-04-28"));
  }

  @Test
  void rotationIsKeyedOnTheStartOfTheTerm() {
    Rule o = Rule.CHARTER_SG_ROTATION_2015;
    // 2015-12-21: the session that decided rotation also extended the holder in office to 2016-12-31.
    Decision extension = Episodes.unanimous("ext", Body.COLLECTIVE_SECURITY_COUNCIL, "2015-12-21",
        Matter.APPOINTMENT_SECRETARY_GENERAL, "Extension of Bordyuzha", SIX);
    Finding transitional = finding(OfficeRules.checkSecretaryGeneral(extension, "RU",
        Period.of(d("2016-01-01"), d("2017-01-01")), FACTS), o, Outcome.NOT_APPLICABLE);
    assertTrue(transitional.reason().startsWith("a transitional extension for the holder in office"),
        transitional.reason());
    // A term that started before the rotation decision is outside it, whatever the decision's date.
    finding(OfficeRules.checkSecretaryGeneral(extension.withDate(d("2016-02-01")), "RU",
        Period.of(d("2015-12-01"), d("2017-01-01")), FACTS), o, Outcome.NOT_APPLICABLE);
    // The first term under rotation (from 2017) is judged: Armenia, first in the Russian order.
    Decision sg2017 = Episodes.unanimous("k", Body.COLLECTIVE_SECURITY_COUNCIL, "2017-04-14",
        Matter.APPOINTMENT_SECRETARY_GENERAL, "Khachaturov", SIX);
    finding(OfficeRules.checkSecretaryGeneral(sg2017, Episodes.KHACHATUROV, FACTS), o, Outcome.SATISFIED);
    // Another state than the holder in office, on the rotation decision's day: judged by the rotation.
    finding(OfficeRules.checkSecretaryGeneral(extension, "AM", Period.of(d("2017-01-01"), d("2020-01-01")),
        FACTS), o, Outcome.SATISFIED);
  }
}
