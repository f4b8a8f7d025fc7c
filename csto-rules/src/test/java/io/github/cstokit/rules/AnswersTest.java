package io.github.cstokit.rules;

import static io.github.cstokit.rules.Episodes.FACTS;
import static io.github.cstokit.rules.Episodes.SIX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.WithdrawalNotice;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The rules reject facts that break CstoFacts' promise of no nulls, and dates they cannot compute with,
 * instead of turning them into verdicts or raw exceptions.
 */
class AnswersTest {

  private static final Decision RESTORE = Episodes.unanimous("uz-2006", Body.COLLECTIVE_SECURITY_COUNCIL,
      "2006-06-23", Matter.MEMBERSHIP, "Restoration of Uzbekistan", SIX);

  /** The real facts, except that one query answers null. */
  private static CstoFacts answeringNull(String query) {
    InvocationHandler h = (proxy, method, args) -> method.getName().equals(query) ? null
        : method.invoke(FACTS, args);
    return (CstoFacts) Proxy.newProxyInstance(CstoFacts.class.getClassLoader(),
        new Class<?>[] {CstoFacts.class}, h);
  }

  @Test
  void aStatusOfNullIsRejectedNotJudged() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> MembershipRules.checkAdmission("UZ", RESTORE, answeringNull("status")));
    assertEquals("CstoFacts.status(\"UZ\", 2006-06-22) answered null; CstoFacts never answers null",
        e.getMessage());
  }

  @Test
  void everyEntryPointSeesTheCheckedFacts() {
    CstoFacts members = answeringNull("members");
    assertThrows(IllegalStateException.class, () -> DecisionRules.check(RESTORE, members));
    CstoFacts participation = answeringNull("participation");
    assertThrows(IllegalStateException.class,
        () -> MembershipRules.checkFreeze("AM", LocalDate.of(2024, 3, 1), participation));
    CstoFacts status = answeringNull("status");
    assertThrows(IllegalStateException.class, () -> MembershipRules.checkWithdrawal(
        WithdrawalNotice.of("AM", LocalDate.of(2026, 3, 1)), status));
    assertThrows(IllegalStateException.class, () -> StatusRules.checkApplication(
        StatusRulesTest.observer("a", "AM", "2019-06-01").build(), status));
  }

  @Test
  void theCheckedViewAnswersAsTheFacts() {
    CstoFacts checked = Answers.checked(FACTS);
    assertEquals(FACTS.members(LocalDate.of(2020, 1, 1)), checked.members(LocalDate.of(2020, 1, 1)));
    assertEquals(FACTS.events(), checked.events());
    assertEquals(checked, Answers.checked(checked) == checked ? checked : null);
    assertEquals(MembershipRules.checkAdmission("UZ", RESTORE, FACTS).toString(),
        MembershipRules.checkAdmission("UZ", RESTORE, checked).toString());
  }

  @Test
  void datesARuleCannotComputeWithAreIllegalArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MembershipRules.earliestWithdrawal(LocalDate.MAX));
    assertEquals("notice must be before +999999999-06-30 but was +999999999-12-31: later dates are"
        + " outside what the rule can compute", e.getMessage());
    assertEquals(LocalDate.of(2025, 2, 28), MembershipRules.earliestWithdrawal(LocalDate.of(2024, 8, 31)));
    assertThrows(IllegalArgumentException.class, () -> MembershipRules.treatyTerm(LocalDate.MAX));
    assertThrows(IllegalArgumentException.class, () -> MembershipRules.checkAdmission("UZ",
        RESTORE.withDate(LocalDate.MIN), FACTS));
  }

  @Test
  void aNullStateIsRejectedByItsName() {
    assertEquals("state", assertThrows(NullPointerException.class,
        () -> MembershipRules.checkAdmission(null, RESTORE, FACTS)).getMessage());
    assertEquals("facts", assertThrows(NullPointerException.class,
        () -> MembershipRules.checkAdmission("UZ", RESTORE, null)).getMessage());
  }
}
