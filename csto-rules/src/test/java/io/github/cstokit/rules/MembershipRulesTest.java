package io.github.cstokit.rules;

import static io.github.cstokit.rules.Check.finding;
import static io.github.cstokit.rules.Check.findingSaying;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    // The six-month notice rests on secondary sources: departing from it is no final violation.
    MandateRulesTest.noFinalViolation(finding(MembershipRules.checkWithdrawal(WithdrawalNotice.builder().from(n)
        .intendedEffective(d("2026-08-31")).build(), FACTS), r, Outcome.INDETERMINATE), "less than six months");
    MandateRulesTest.noFinalViolation(finding(MembershipRules.checkWithdrawal(WithdrawalNotice.builder()
        .state("GE").date(d("2026-03-01")).build(), FACTS), r, Outcome.INDETERMINATE), "not a member");
    // A notice must precede the day it takes effect.
    for (String day : List.of("2026-03-01", "2026-02-01")) {
      MandateRulesTest.noFinalViolation(finding(MembershipRules.checkWithdrawal(WithdrawalNotice.builder()
          .from(n).intendedEffective(d(day)).build(), FACTS), r, Outcome.INDETERMINATE),
          "the intended day " + day + " does not come after the notice of 2026-03-01; a notice must precede"
              + " the day it takes effect");
    }
    Verdict early = MembershipRules.checkWithdrawal(WithdrawalNotice.builder().state("AM")
        .date(d("2001-01-01")).build(), FACTS);
    assertTrue(finding(early, r, Outcome.NOT_APPLICABLE).reason()
        .startsWith("the Charter did not yet exist on 2001-01-01: signed 2002-10-07"));
    finding(early, Rule.CHARTER_19_OBLIGATIONS_SETTLED, Outcome.NOT_APPLICABLE);
    // Signed, not yet in force (2003-09-18).
    Verdict signedOnly = MembershipRules.checkWithdrawal(WithdrawalNotice.builder().state("AM")
        .date(d("2003-01-01")).build(), FACTS);
    assertTrue(finding(signedOnly, r, Outcome.INDETERMINATE).reason()
        .startsWith("the Charter (signed 2002-10-07) is not shown to be in force on 2003-01-01: in force from"
            + " 2003-09-18"));
    finding(MembershipRules.checkWithdrawal(WithdrawalNotice.builder().from(n).obligations(Settlement.SETTLED)
        .build(), FACTS), Rule.CHARTER_19_OBLIGATIONS_SETTLED, Outcome.SATISFIED);
    finding(MembershipRules.checkWithdrawal(WithdrawalNotice.builder().from(n).obligations(Settlement.NOT_SETTLED)
        .build(), FACTS), Rule.CHARTER_19_OBLIGATIONS_SETTLED, Outcome.INDETERMINATE);
  }

  @Test
  void admissionByCouncilConsensus() {
    Rule r = Rule.CHARTER_19_ADMISSION_AND_WITHDRAWAL;
    // Uzbekistan's restoration on 2006-06-23, as an admission by the Council.
    Decision restore = Episodes.unanimous("uz-2006", Body.COLLECTIVE_SECURITY_COUNCIL, "2006-06-23",
        Matter.MEMBERSHIP, "Restoration of Uzbekistan", SIX);
    finding(MembershipRules.checkAdmission("UZ", restore, FACTS), r, Outcome.SATISFIED);
    finding(MembershipRules.checkAdmission("UZ", restore.withPosition("BY", Position.OBJECTS), FACTS), r,
        Outcome.INDETERMINATE);
    Decision byCfm = Episodes.unanimous("x", Body.COUNCIL_OF_FOREIGN_MINISTERS, "2006-06-23",
        Matter.MEMBERSHIP, "x", SIX);
    finding(MembershipRules.checkAdmission("UZ", byCfm, FACTS), r, Outcome.INDETERMINATE);
    finding(MembershipRules.checkAdmission("RU", restore, FACTS), r, Outcome.NOT_APPLICABLE);
  }

  @Test
  void suspensionAndExpulsion() {
    Rule r = Rule.CHARTER_SUSPENSION_EXPULSION;
    finding(MembershipRules.checkSuspension("UZ", Episodes.UZ_SUSPENSION, FACTS), r, Outcome.SATISFIED);
    finding(MembershipRules.checkSuspension("UZ", Episodes.UZ_SUSPENSION.withPosition("UZ", Position.OBJECTS),
        FACTS), r, Outcome.INDETERMINATE);
    finding(MembershipRules.checkSuspension("UZ", Episodes.UZ_SUSPENSION.withPosition("KZ", Position.ABSENT)
        .withSignatures(List.of()), FACTS), r, Outcome.INDETERMINATE);
    Decision byPc = Episodes.unanimous("x", Body.PERMANENT_COUNCIL, "2012-12-19", Matter.MEMBERSHIP, "x", SIX);
    finding(MembershipRules.checkSuspension("UZ", byPc, FACTS), r, Outcome.INDETERMINATE);
    finding(MembershipRules.checkSuspension("GE", Episodes.UZ_SUSPENSION, FACTS), r, Outcome.INDETERMINATE);
    // The citation is the Charter's membership provisions, with no article printed (not the SG article).
    assertEquals("Charter [2002]", finding(MembershipRules.checkSuspension("UZ", Episodes.UZ_SUSPENSION, FACTS),
        r, Outcome.SATISFIED).citations().get(0).text());
    assertEquals(Law.Provision.CHARTER_MEMBERSHIP.instrumentId(), Law.CHARTER_ID);
    Decision expel = Episodes.unanimous("e", Body.COLLECTIVE_SECURITY_COUNCIL, "2014-01-01",
        Matter.MEMBERSHIP, "Expulsion", SIX);
    finding(MembershipRules.checkExpulsion("UZ", expel, FACTS), r, Outcome.SATISFIED);
    // Before the Charter was signed (2002-10-07) its membership provisions did not exist; signed but not yet
    // in force (2003-09-18), they are not shown to apply (hypothetical decisions).
    Decision before = Episodes.unanimous("s", Body.COLLECTIVE_SECURITY_COUNCIL, "2002-05-14",
        Matter.MEMBERSHIP, "Suspension", SIX);
    assertTrue(finding(MembershipRules.checkSuspension("TJ", before, FACTS), r, Outcome.NOT_APPLICABLE).reason()
        .startsWith("the Charter did not yet exist on 2002-05-14: signed 2002-10-07"));
    Decision signed = Episodes.unanimous("s", Body.COLLECTIVE_SECURITY_COUNCIL, "2003-04-28",
        Matter.MEMBERSHIP, "Suspension", SIX);
    assertTrue(finding(MembershipRules.checkSuspension("TJ", signed, FACTS), r, Outcome.INDETERMINATE).reason()
        .startsWith("the Charter (signed 2002-10-07) is not shown to be in force on 2003-04-28"));
  }

  @Test
  void suspensionOnTheRecordedOutcome() {
    Rule r = Rule.CHARTER_SUSPENSION_EXPULSION;
    Decision asRecorded = Episodes.UZ_SUSPENSION.withPositions(java.util.Map.of()).withSignatures(List.of());
    Finding adopted = findingSaying(MembershipRules.checkSuspension("UZ",
        asRecorded.withRecordedOutcome(RecordedOutcome.ADOPTED), FACTS), r, Outcome.SATISFIED,
        "reported adopted");
    assertFalse(adopted.basis().isFirmerThan(Basis.SECONDARY));
    finding(MembershipRules.checkSuspension("UZ", asRecorded.withRecordedOutcome(RecordedOutcome.NOT_ADOPTED),
        FACTS), r, Outcome.INDETERMINATE);
    finding(MembershipRules.checkSuspension("UZ", asRecorded.withoutRecordedOutcome(), FACTS), r,
        Outcome.INDETERMINATE);
  }

  /** A non-renewal on a term's last day, within a term, dated to a month, or before the first term. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "1999-04-21, SATISFIED",
      "2001-06-01, VIOLATED",
      "2004-04-21, SATISFIED",
      "1999-04, INDETERMINATE",
      "2001-06, VIOLATED",
      "1993-01-01, NOT_APPLICABLE"})
  void aNonRenewalIsJudgedByTheTreatyTerm(String date, Outcome expected) {
    finding(MembershipRules.checkNonRenewal(Episodes.event("UZ", MembershipEventType.NON_RENEWAL, date), FACTS),
        Rule.TREATY_11_DURATION_EXTENSION, expected);
  }

  @Test
  void nonRenewalAtTheEndOfATerm() {
    Rule r = Rule.TREATY_11_DURATION_EXTENSION;
    assertEquals(Period.of(d("2024-04-21"), d("2029-04-21")), MembershipRules.treatyTerm(d("2026-01-13")));
    assertEquals(Period.of(d("1994-04-20"), d("1999-04-21")), MembershipRules.treatyTerm(d("1999-04-20")));
    assertEquals(Period.of(d("2004-04-21"), d("2009-04-21")), MembershipRules.treatyTerm(d("2009-04-20")));
    assertThrows(IllegalArgumentException.class, () -> MembershipRules.treatyTerm(d("1993-01-01")));
    assertThrows(IllegalArgumentException.class, () -> MembershipRules.checkNonRenewal(
        Episodes.event("UZ", MembershipEventType.EXTENSION, "1999-04-02"), FACTS));
    // The term arithmetic rests on the Extension Protocol (TEXT); Art. 11 was not read.
    Finding ok = finding(MembershipRules.checkNonRenewal(Episodes.event("UZ", MembershipEventType.NON_RENEWAL,
        "1999-04-21"), FACTS), r, Outcome.SATISFIED);
    assertEquals(Basis.TEXT, ok.basis());
    assertTrue(ok.facts().contains("Art. 11: not read; the terms are those of the Extension Protocol"));
    assertEquals("Treaty Art. 11 [1992]", ok.citations().get(0).text());
    // From the 2010 protocol's entry into force the Art. 11 citation names the 2010 text (Uzbekistan, a
    // party to the Extension Protocol by its ratification of 2008-03-28, could not leave by non-renewal).
    assertEquals("Treaty Art. 11 [2010]", finding(MembershipRules.checkNonRenewal(Episodes.event("UZ",
        MembershipEventType.NON_RENEWAL, "2014-04-21"), FACTS), r, Outcome.INDETERMINATE)
        .citations().get(0).text());
  }

  @Test
  void nonRenewalIsNoModeOfExitForAPartyToTheExtensionProtocol() {
    Rule r = Rule.TREATY_11_DURATION_EXTENSION;
    // Armenia signed the Extension Protocol on 1999-04-02 (the bundled dataset's events, which FACTS
    // carries): it leaves by withdrawal.
    io.github.cstokit.model.Scenario facts = FACTS;
    Finding f = finding(MembershipRules.checkNonRenewal(Episodes.event("AM", MembershipEventType.NON_RENEWAL,
        "2004-04-21"), facts), r, Outcome.INDETERMINATE);
    assertTrue(f.reason().startsWith("AM is a party to the Extension Protocol"), f.reason());
    assertTrue(f.facts().contains("party to the Extension Protocol: am-extension-protocol-signature"
        + " (1999-04-02)"), f.facts().toString());
    // On the bundled dataset, the same.
    finding(MembershipRules.checkNonRenewal(Episodes.event("AM", MembershipEventType.NON_RENEWAL,
        "2004-04-21"), io.github.cstokit.data.CstoData.bundled()), r, Outcome.INDETERMINATE);
    // Uzbekistan did not sign it: its 1999 exit was a non-renewal at the end of the first term.
    finding(MembershipRules.checkNonRenewal(Episodes.event("UZ", MembershipEventType.NON_RENEWAL,
        "1999-04-21"), io.github.cstokit.data.CstoData.bundled()), r, Outcome.SATISFIED);
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
