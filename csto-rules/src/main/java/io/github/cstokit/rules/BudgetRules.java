package io.github.cstokit.rules;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.Budget;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks of the Organization's budget under the Charter's budget article ({@link Rule#CHARTER_BUDGET}):
 * the budget is approved by the Collective Security Council and may not be in deficit. The approving
 * decision is also judged as a decision of its body ({@link DecisionRules}).
 *
 * <pre>{@code
 * Verdict v = BudgetRules.check(budget, facts);
 * v.finding(Rule.CHARTER_BUDGET).orElseThrow().outcome();   // VIOLATED for a budget in deficit
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetRules {

  private BudgetRules() {}

  /**
   * Checks a budget on the day of the decision that approved it.
   *
   * @param budget the budget, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict check(Budget budget, CstoFacts facts) {
    Objects.requireNonNull(budget, "budget");
    facts = Answers.checked(facts);
    Decision d = budget.approval();
    LocalDate date = d.date();
    LawInForce.On on = LawInForce.of(facts).onWithWords(date);
    Rule r = Rule.CHARTER_BUDGET;
    List<String> f = new ArrayList<>(4);
    f.add("approved by: " + d.body().abbreviation() + " " + date);
    f.add("contributions: " + budget.contributions().map(BigDecimal::toPlainString).orElse("not recorded"));
    f.add("expenditure: " + budget.expenditure().map(BigDecimal::toPlainString).orElse("not recorded"));
    List<Finding> out = new ArrayList<>(6);
    if (d.body() != Body.COLLECTIVE_SECURITY_COUNCIL) {
      out.add(Findings.of(r, Outcome.VIOLATED, on,
          "the budget is approved by the " + d.body().abbreviation() + "; the Charter has the Council approve it",
          f));
    } else if (budget.deficit().isPresent() && budget.deficit().get()) {
      out.add(Findings.of(r, Outcome.VIOLATED, on,
          "the budget plans " + budget.expenditure().get().toPlainString() + " of expenditure against "
              + budget.contributions().get().toPlainString() + " of contributions; the budget may not be in"
              + " deficit",
          f));
    } else if (!DecisionRules.isAdopted(d, facts, on)) {
      out.add(Findings.of(r, Outcome.INDETERMINATE, on,
          "the Council's decision approving the budget is not shown to be adopted", f));
    } else if (budget.deficit().isEmpty()) {
      out.add(Findings.of(r, Outcome.INDETERMINATE, on,
          "approved by the Council; whether it is in deficit is open: contributions or expenditure not recorded",
          f));
    } else {
      out.add(Findings.of(r, Outcome.SATISFIED, on,
          "approved by the Council and not in deficit: expenditure within the contributions", f));
    }
    DecisionRules.appendFindings(out, d, facts, on);
    return Verdict.builder().subject("Budget " + budget.id()).date(date).findings(out).build();
  }
}
