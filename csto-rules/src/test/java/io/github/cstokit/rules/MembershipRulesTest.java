package io.github.cstokit.rules;

import static io.github.cstokit.rules.Check.finding;
import static io.github.cstokit.rules.Episodes.FACTS;
import static io.github.cstokit.rules.Episodes.SIX;
import static io.github.cstokit.rules.Episodes.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.Basis;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.MembershipEventType;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.RecordedOutcome;
import io.github.cstokit.model.Settlement;
import io.github.cstokit.model.WithdrawalNotice;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipRulesTest {

  @Test
  void withdrawalTakesEffectSixCalendarMonthsAfterNotice() {
    assertEquals(d("2025-02-28"), MembershipRules.earliestWithdrawal(d("2024-08-31")));
    assertEquals(d("2026-09-01"), MembershipRules.earliestWithdrawal(d("2026-03-01")));
    Rule r = Rule.CHARTER_19_ADMISSION_AND_WITHDRAWAL;
    WithdrawalNotice n = WithdrawalNotice.builder().state("AM").date(d("2026-03-01")).build();
    Verdict v = MembershipRules.checkWithdrawal(n, FACTS);
    Finding f = finding(v, r, Outcome.SATISFIED);
    assertTrue(f.facts().contains("earliest effective: 2026-09-01 (notice date plus six calendar months)"));
    finding(v, Rule.CHARTER_19_OBLIGATIONS_SETTLED, Outcome.INDETERMINATE);
    finding(MembershipRules.checkWithdrawal(WithdrawalNotice.builder().from(n)
        .intendedEffective(d("2026-08-31")).build(), FACTS), r, Outcome.VIOLATED);
    finding(MembershipRules.checkWithdrawal(WithdrawalNotice.builder().state("GE").date(d("2026-03-01"))
        .build(), FACTS), r, Outcome.VIOLATED);
    Verdict early = MembershipRules.checkWithdrawal(WithdrawalNotice.builder().state("AM")
        .date(d("2001-01-01")).build(), FACTS);
    finding(early, r, Outcome.NOT_APPLICABLE);
    finding(early, Rule.CHARTER_19_OBLIGATIONS_SETTLED, Outcome.NOT_APPLICABLE);
    finding(MembershipRules.checkWithdrawal(WithdrawalNotice.builder().from(n).obligations(Settlement.SETTLED)
        .build(), FACTS), Rule.CHARTER_19_OBLIGATIONS_SETTLED, Outcome.SATISFIED);
    finding(MembershipRules.checkWithdrawal(WithdrawalNotice.builder().from(n).obligations(Settlement.NOT_SETTLED)
        .build(), FACTS), Rule.CHARTER_19_OBLIGATIONS_SETTLED, Outcome.VIOLATED);
  }

  @Test
  void admissionByCouncilConsensus() {
    Rule r = Rule.CHARTER_19_ADMISSION_AND_WITHDRAWAL;
    // Uzbekistan's restoration on 2006-06-23, as an admission by the Council.
    Decision restore = Episodes.unanimous("uz-2006", Body.COLLECTIVE_SECURITY_COUNCIL, "2006-06-23",
        Matter.MEMBERSHIP, "Restoration of Uzbekistan", SIX);
    finding(MembershipRules.checkAdmission("UZ", restore, FACTS), r, Outcome.SATISFIED);
    finding(MembershipRules.checkAdmission("UZ", restore.withPosition("BY", Position.OBJECTS), FACTS), r,
        Outcome.VIOLATED);
    Decision byCfm = Episodes.unanimous("x", Body.COUNCIL_OF_FOREIGN_MINISTERS, "2006-06-23",
        Matter.MEMBERSHIP, "x", SIX);
    finding(MembershipRules.checkAdmission("UZ", byCfm, FACTS), r, Outcome.VIOLATED);
    finding(MembershipRules.checkAdmission("RU", restore, FACTS), r, Outcome.NOT_APPLICABLE);
  }

  @Test
  void suspensionAndExpulsion() {
    Rule r = Rule.CHARTER_SUSPENSION_EXPULSION;
    finding(MembershipRules.checkSuspension("UZ", Episodes.UZ_SUSPENSION, FACTS), r, Outcome.SATISFIED);
    finding(MembershipRules.checkSuspension("UZ", Episodes.UZ_SUSPENSION.withPosition("UZ", Position.OBJECTS),
        FACTS), r, Outcome.INDETERMINATE);
    finding(MembershipRules.checkSuspension("UZ", Episodes.UZ_SUSPENSION.withPosition("KZ", Position.ABSENT)
        .withSignatures(List.of()), FACTS), r, Outcome.VIOLATED);
    Decision byPc = Episodes.unanimous("x", Body.PERMANENT_COUNCIL, "2012-12-19", Matter.MEMBERSHIP, "x", SIX);
    finding(MembershipRules.checkSuspension("UZ", byPc, FACTS), r, Outcome.VIOLATED);
    finding(MembershipRules.checkSuspension("GE", Episodes.UZ_SUSPENSION, FACTS), r, Outcome.VIOLATED);
    Decision expel = Episodes.unanimous("e", Body.COLLECTIVE_SECURITY_COUNCIL, "2014-01-01",
        Matter.MEMBERSHIP, "Expulsion", SIX);
    finding(MembershipRules.checkExpulsion("UZ", expel, FACTS), r, Outcome.SATISFIED);
  }

  @Test
  void suspensionOnTheRecordedOutcome() {
    Rule r = Rule.CHARTER_SUSPENSION_EXPULSION;
    Decision asRecorded = Episodes.UZ_SUSPENSION.withPositions(java.util.Map.of()).withSignatures(List.of());
    Finding adopted = finding(MembershipRules.checkSuspension("UZ",
        asRecorded.withRecordedOutcome(RecordedOutcome.ADOPTED), FACTS), r, Outcome.SATISFIED);
    assertTrue(adopted.reason().contains("reported adopted"), adopted.reason());
    assertFalse(adopted.basis().isFirmerThan(Basis.SECONDARY));
    finding(MembershipRules.checkSuspension("UZ", asRecorded.withRecordedOutcome(RecordedOutcome.NOT_ADOPTED),
        FACTS), r, Outcome.VIOLATED);
    finding(MembershipRules.checkSuspension("UZ", asRecorded.withoutRecordedOutcome(), FACTS), r,
        Outcome.INDETERMINATE);
  }

  @Test
  void nonRenewalAtTheEndOfATerm() {
    Rule r = Rule.TREATY_11_DURATION_EXTENSION;
    assertEquals(Period.of(d("2024-04-21"), d("2029-04-21")), MembershipRules.treatyTerm(d("2026-01-13")));
    assertEquals(Period.of(d("1994-04-20"), d("1999-04-21")), MembershipRules.treatyTerm(d("1999-04-20")));
    assertEquals(Period.of(d("2004-04-21"), d("2009-04-21")), MembershipRules.treatyTerm(d("2009-04-20")));
    assertThrows(IllegalArgumentException.class, () -> MembershipRules.treatyTerm(d("1993-01-01")));
    finding(MembershipRules.checkNonRenewal(Episodes.event("UZ", MembershipEventType.NON_RENEWAL, "1999-04-21"),
        FACTS), r, Outcome.SATISFIED);
    finding(MembershipRules.checkNonRenewal(Episodes.event("UZ", MembershipEventType.NON_RENEWAL, "2001-06-01"),
        FACTS), r, Outcome.VIOLATED);
    finding(MembershipRules.checkNonRenewal(Episodes.event("UZ", MembershipEventType.NON_RENEWAL, "1999-04"),
        FACTS), r, Outcome.INDETERMINATE);
    finding(MembershipRules.checkNonRenewal(Episodes.event("UZ", MembershipEventType.NON_RENEWAL, "2001-06"),
        FACTS), r, Outcome.VIOLATED);
    finding(MembershipRules.checkNonRenewal(Episodes.event("UZ", MembershipEventType.NON_RENEWAL, "1993-01-01"),
        FACTS), r, Outcome.NOT_APPLICABLE);
    assertThrows(IllegalArgumentException.class, () -> MembershipRules.checkNonRenewal(
        Episodes.event("UZ", MembershipEventType.EXTENSION, "1999-04-02"), FACTS));
  }

  @Test
  void aDeclaredFreezeChangesNoLegalStatus() {
    Rule r = Rule.MEMBERSHIP_FREEZE_NO_LEGAL_EFFECT;
    Finding f = finding(MembershipRules.checkFreeze("AM", d("2025-01-01"), FACTS), r, Outcome.SATISFIED);
    assertTrue(f.facts().contains("status: MEMBER"));
    assertEquals(MembershipStatus.MEMBER, FACTS.status("AM", d("2025-01-01")));
    finding(MembershipRules.checkFreeze("AM", d("2023-01-01"), FACTS), r, Outcome.NOT_APPLICABLE);
  }
}
