package io.github.cstokit.rules;

import static io.github.cstokit.rules.Check.finding;
import static io.github.cstokit.rules.Check.findingSaying;
import static io.github.cstokit.rules.Episodes.FACTS;
import static io.github.cstokit.rules.Episodes.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.Arrears;
import io.github.cstokit.model.Basis;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.MemberRight;
import io.github.cstokit.model.RightsSuspension;
import io.github.cstokit.model.Scenario;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Charter Art. 25 on hypothetical arrears (the reference records none) of a real member, judged against
 * the real instruments: the Council decides a suspension of rights, arrears alone suspend nothing.
 */
class ArrearsRulesTest {

  /** KG owes since 2019-01-01 and pays in full on 2024-03-01 (hypothetical). */
  static final Arrears DEBT = Arrears.builder().id("kg-debt").state("KG").dueSince(d("2019-01-01"))
      .paidInFull(d("2024-03-01")).build();
  static final Scenario IN_ARREARS = FACTS.toBuilder().addArrears(DEBT).build();

  static RightsSuspension.Builder suspension(String date, MemberRight... rights) {
    return RightsSuspension.builder().id("s-" + date).state("KG").body(Body.COLLECTIVE_SECURITY_COUNCIL)
        .date(d(date)).addRights(rights);
  }

  @Test
  void aCouncilSuspensionAfterTwoYearsOfArrearsHasItsBasisInArt25() {
    Verdict v = ArrearsRules.checkSuspension(
        suspension("2021-06-01", MemberRight.NOMINATION_TO_QUOTA_POSTS).build(), IN_ARREARS);
    Finding f = finding(v, Rule.CHARTER_25_ARREARS, Outcome.SATISFIED);
    assertEquals(Basis.TEXT, f.basis());
    assertEquals(List.of(Citation.parse("Charter Art. 25 [2002]")), f.citations());
    assertTrue(f.facts().contains("unpaid on 2021-06-01: kg-debt due since 2019-01-01 (2 years)"),
        f.facts().toString());
    // Suspending the vote rests on the likely reading of a broken sentence: no firmer than SECONDARY.
    Finding vote = finding(ArrearsRules.checkSuspension(suspension("2021-06-01", MemberRight.VOTE,
        MemberRight.NOMINATION_TO_QUOTA_POSTS).build(), IN_ARREARS), Rule.CHARTER_25_ARREARS, Outcome.SATISFIED);
    assertEquals(Basis.SECONDARY, vote.basis());
  }

  @Test
  void aSuspensionByAnotherBodyOrWithoutTwoYearsOfArrearsHasNoBasis() {
    Finding body = finding(ArrearsRules.checkSuspension(suspension("2021-06-01", MemberRight.VOTE)
        .body(Body.SECRETARIAT).build(), IN_ARREARS), Rule.CHARTER_25_ARREARS, Outcome.VIOLATED);
    assertTrue(body.reason().startsWith("decided by the Secretariat; under Art. 25 the Council decides"),
        body.reason());
    findingSaying(ArrearsRules.checkSuspension(
        suspension("2020-12-31", MemberRight.NOMINATION_TO_QUOTA_POSTS).build(), IN_ARREARS),
        Rule.CHARTER_25_ARREARS, Outcome.VIOLATED, "less than two years");
    findingSaying(ArrearsRules.checkSuspension(
        suspension("2024-03-01", MemberRight.NOMINATION_TO_QUOTA_POSTS).build(), IN_ARREARS),
        Rule.CHARTER_25_ARREARS, Outcome.VIOLATED, "owed the budget nothing on 2024-03-01");
    findingSaying(ArrearsRules.checkSuspension(
        suspension("2021-06-01", MemberRight.VOTE).state("US").build(), IN_ARREARS),
        Rule.CHARTER_25_ARREARS, Outcome.VIOLATED, "not a member");
  }

  @Test
  void withoutArrearsOnRecordTheGroundIsOpen() {
    Finding f = finding(ArrearsRules.checkSuspension(
        suspension("2021-06-01", MemberRight.NOMINATION_TO_QUOTA_POSTS).build(), FACTS),
        Rule.CHARTER_25_ARREARS, Outcome.INDETERMINATE);
    assertTrue(f.reason().startsWith("no arrears of KG are recorded"), f.reason());
  }

  @Test
  void art25AppliesFromTheChartersEntryIntoForce() {
    finding(ArrearsRules.checkSuspension(suspension("2002-10-06", MemberRight.VOTE).build(), IN_ARREARS),
        Rule.CHARTER_25_ARREARS, Outcome.NOT_APPLICABLE);
    finding(ArrearsRules.checkSuspension(suspension("2003-01-01", MemberRight.VOTE).build(), IN_ARREARS),
        Rule.CHARTER_25_ARREARS, Outcome.INDETERMINATE);
    finding(ArrearsRules.checkRights("KG", d("2002-01-01"), IN_ARREARS), Rule.CHARTER_25_ARREARS,
        Outcome.NOT_APPLICABLE);
  }

  @Test
  void arrearsAloneSuspendNoRight() {
    Verdict v = ArrearsRules.checkRights("KG", d("2022-06-01"), IN_ARREARS);
    assertEquals(1, v.findings().size());
    findingSaying(v, Rule.CHARTER_25_ARREARS, Outcome.SATISFIED,
        "no Council decision suspended its rights: it keeps them");
    assertEquals(Set.of(), ArrearsRules.suspendedRights("KG", d("2022-06-01"), IN_ARREARS));
    // Nothing owed: nothing to say.
    finding(ArrearsRules.checkRights("KG", d("2024-03-01"), IN_ARREARS), Rule.CHARTER_25_ARREARS,
        Outcome.NOT_APPLICABLE);
  }

  @Test
  void aCouncilSuspensionLastsUntilTheDebtIsPaid() {
    Scenario facts = IN_ARREARS.toBuilder()
        .addRightsSuspension(suspension("2021-06-01", MemberRight.VOTE).build()).build();
    assertEquals(Set.of(), ArrearsRules.suspendedRights("KG", d("2021-05-31"), facts));
    assertEquals(Set.of(MemberRight.VOTE), ArrearsRules.suspendedRights("KG", d("2021-06-01"), facts));
    assertEquals(Set.of(MemberRight.VOTE), ArrearsRules.suspendedRights("KG", d("2024-02-29"), facts));
    assertEquals(Set.of(), ArrearsRules.suspendedRights("KG", d("2024-03-01"), facts));
    Verdict v = ArrearsRules.checkRights("KG", d("2022-06-01"), facts);
    assertEquals(2, v.findings().size(), "the suspension, then the rights");
    Finding rights = v.findings().get(1);
    assertEquals(Outcome.SATISFIED, rights.outcome());
    assertEquals(Basis.SECONDARY, rights.basis());
    assertTrue(rights.reason().startsWith("KG's [VOTE] stand suspended by a Council decision"), rights.reason());
  }

  @Test
  void withoutADebtOrARestorationOnRecordTheEndOfASuspensionIsNotKnown() {
    // No arrears of KG are recorded: the suspension holds on its day; after it, its end is open.
    Scenario facts = FACTS.toBuilder().addRightsSuspension(suspension("2021-06-01", MemberRight.VOTE).build())
        .build();
    finding(ArrearsRules.checkRights("KG", d("2021-05-31"), facts), Rule.CHARTER_25_ARREARS,
        Outcome.NOT_APPLICABLE);
    Finding onItsDay = ArrearsRules.checkRights("KG", d("2021-06-01"), facts).findings().get(1);
    assertEquals(Outcome.SATISFIED, onItsDay.outcome());
    assertTrue(onItsDay.reason().startsWith("KG's [VOTE] stand suspended by a Council decision"),
        onItsDay.reason());
    assertFalse(ArrearsRules.endNotRecorded("KG", MemberRight.VOTE, d("2021-06-01"), facts));
    for (String day : List.of("2021-06-02", "2030-01-01")) {
      Verdict v = ArrearsRules.checkRights("KG", d(day), facts);
      assertEquals(2, v.findings().size(), "the suspension, then the rights");
      Finding rights = v.findings().get(1);
      assertEquals(Outcome.INDETERMINATE, rights.outcome(), rights.reason());
      assertEquals(Basis.SECONDARY, rights.basis());
      assertEquals("KG's [VOTE] were suspended by the Council (s-2021-06-01 of 2021-06-01), and the record"
          + " shows neither a debt unpaid on that day, whose payment in full would end the suspension, nor a"
          + " Council decision restoring them: whether they stand suspended on " + day + " is not known",
          rights.reason());
      assertTrue(rights.facts().contains("rights suspended by the Council: none"), rights.facts().toString());
      assertTrue(rights.facts().contains("suspended by the Council, end not recorded: [VOTE] (s-2021-06-01 of"
          + " 2021-06-01)"), rights.facts().toString());
      assertTrue(ArrearsRules.endNotRecorded("KG", MemberRight.VOTE, d(day), facts));
      assertFalse(ArrearsRules.endNotRecorded("KG", MemberRight.NOMINATION_TO_QUOTA_POSTS, d(day), facts));
    }
    // The count for consensus keeps KG out, as the Council's decision stands, and says its end is open.
    Finding c = finding(DecisionRules.check(DecisionRulesTest.KG_OBJECTS, facts), Rule.CHARTER_12_CONSENSUS,
        Outcome.SATISFIED);
    assertTrue(c.facts().contains("not entitled on 2022-01-06, not counted: KG (vote suspended by a Council"
        + " decision under Charter Art. 25, its end not recorded, OBJECTS)"), c.facts().toString());
    // A suspension of nominations only leaves an open end for that right, on its own basis.
    Scenario quota = FACTS.toBuilder().addRightsSuspension(
        suspension("2021-06-01", MemberRight.NOMINATION_TO_QUOTA_POSTS).build()).build();
    Finding quotaRights = ArrearsRules.checkRights("KG", d("2022-01-01"), quota).findings().get(1);
    assertEquals(Outcome.INDETERMINATE, quotaRights.outcome());
    assertEquals(Basis.TEXT, quotaRights.basis());
    assertTrue(quotaRights.reason().startsWith("KG's [NOMINATION_TO_QUOTA_POSTS] were suspended"),
        quotaRights.reason());
  }

  @Test
  void aCouncilDecisionRestoringTheRightsEndsTheSuspension() {
    // Without arrears on record: suspended until the restoring decision, not from its day.
    Scenario noDebt = FACTS.toBuilder().addRightsSuspension(
        suspension("2021-06-01", MemberRight.VOTE).restoredOn(d("2023-01-01")).build()).build();
    assertEquals(Set.of(MemberRight.VOTE), ArrearsRules.suspendedRights("KG", d("2022-12-31"), noDebt));
    assertEquals(Set.of(), ArrearsRules.suspendedRights("KG", d("2023-01-01"), noDebt));
    assertFalse(ArrearsRules.endNotRecorded("KG", MemberRight.VOTE, d("2022-12-31"), noDebt));
    Finding before = ArrearsRules.checkRights("KG", d("2022-12-31"), noDebt).findings().get(1);
    assertEquals(Outcome.SATISFIED, before.outcome(), before.reason());
    Verdict after = ArrearsRules.checkRights("KG", d("2023-01-01"), noDebt);
    assertTrue(after.findings().get(0).facts().contains("restored by the Council on: 2023-01-01"),
        after.findings().get(0).facts().toString());
    Finding none = after.findings().get(1);
    assertEquals(Outcome.NOT_APPLICABLE, none.outcome(), none.reason());
    assertTrue(none.facts().contains("restored by the Council: s-2021-06-01 on 2023-01-01"),
        none.facts().toString());
    // In arrears: restored before the payment, KG keeps its rights while still owing.
    Scenario owing = IN_ARREARS.toBuilder().addRightsSuspension(
        suspension("2021-06-01", MemberRight.VOTE).restoredOn(d("2023-01-01")).build()).build();
    assertEquals(Set.of(), ArrearsRules.suspendedRights("KG", d("2023-06-01"), owing));
    Finding kept = ArrearsRules.checkRights("KG", d("2023-06-01"), owing).findings().get(1);
    assertEquals(Outcome.SATISFIED, kept.outcome());
    assertEquals("KG is in arrears, but the Council restored the rights it had suspended (s-2021-06-01 on"
        + " 2023-01-01): it keeps them, for the sanction is a Council decision", kept.reason());
    // Paid in full before a later restoration: the payment ends it.
    Scenario paidFirst = IN_ARREARS.toBuilder().addRightsSuspension(
        suspension("2021-06-01", MemberRight.VOTE).restoredOn(d("2025-01-01")).build()).build();
    assertEquals(Set.of(MemberRight.VOTE), ArrearsRules.suspendedRights("KG", d("2024-02-29"), paidFirst));
    assertEquals(Set.of(), ArrearsRules.suspendedRights("KG", d("2024-03-01"), paidFirst));
    assertEquals(Outcome.NOT_APPLICABLE,
        ArrearsRules.checkRights("KG", d("2024-06-01"), paidFirst).findings().get(1).outcome());
  }

  @Test
  void aSuspensionByAnotherBodySuspendsNothing() {
    Scenario facts = IN_ARREARS.toBuilder()
        .addRightsSuspension(suspension("2021-06-01", MemberRight.VOTE).body(Body.PERMANENT_COUNCIL).build())
        .build();
    assertEquals(Set.of(), ArrearsRules.suspendedRights("KG", d("2022-06-01"), facts));
    Verdict v = ArrearsRules.checkRights("KG", d("2022-06-01"), facts);
    assertEquals(Outcome.VIOLATED, v.findings().get(0).outcome());
    assertEquals(Outcome.SATISFIED, v.findings().get(1).outcome());
    assertTrue(v.findings().get(1).reason().contains("it keeps them"));
  }
}
