package io.github.cstokit.rules;

import static io.github.cstokit.rules.Check.finding;
import static io.github.cstokit.rules.Episodes.FACTS;
import static io.github.cstokit.rules.Episodes.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
    Finding early = finding(ArrearsRules.checkSuspension(
        suspension("2020-12-31", MemberRight.NOMINATION_TO_QUOTA_POSTS).build(), IN_ARREARS),
        Rule.CHARTER_25_ARREARS, Outcome.VIOLATED);
    assertTrue(early.reason().contains("less than two years"), early.reason());
    Finding paid = finding(ArrearsRules.checkSuspension(
        suspension("2024-03-01", MemberRight.NOMINATION_TO_QUOTA_POSTS).build(), IN_ARREARS),
        Rule.CHARTER_25_ARREARS, Outcome.VIOLATED);
    assertTrue(paid.reason().contains("owed the budget nothing on 2024-03-01"), paid.reason());
    Finding nonMember = finding(ArrearsRules.checkSuspension(
        suspension("2021-06-01", MemberRight.VOTE).state("US").build(), IN_ARREARS),
        Rule.CHARTER_25_ARREARS, Outcome.VIOLATED);
    assertTrue(nonMember.reason().contains("not a member"), nonMember.reason());
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
    Finding f = finding(v, Rule.CHARTER_25_ARREARS, Outcome.SATISFIED);
    assertTrue(f.reason().contains("no Council decision suspended its rights: it keeps them"), f.reason());
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
