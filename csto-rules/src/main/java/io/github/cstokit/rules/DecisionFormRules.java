package io.github.cstokit.rules;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks of how a decision was made out and kept ({@link Rule#DECISION_FORM_DEPOSITARY}): a decision of
 * the Collective Security Council is made in one authentic copy in Russian, kept by the Secretariat, which
 * sends certified copies to the signatory states. What the record does not give is left open.
 *
 * <pre>{@code
 * DecisionFormRules.check(form, facts).outcome();   // SATISFIED for one Russian original at the Secretariat
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DecisionFormRules {

  private static final Set<String> RUSSIAN = Set.of("ru");

  private DecisionFormRules() {}

  /**
   * Checks the form of a decision on the day it was taken.
   *
   * @param form the decision's form, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict check(DecisionForm form, CstoFacts facts) {
    Objects.requireNonNull(form, "form");
    facts = Answers.checked(facts);
    Decision d = form.decision();
    LawInForce.On on = LawInForce.of(facts).on(d.date());
    Rule r = Rule.DECISION_FORM_DEPOSITARY;
    List<String> f = new ArrayList<>(5);
    f.add("decision: " + d.body().abbreviation() + " " + d.date());
    f.add("originals: " + form.originals().map(Object::toString).orElse("not recorded"));
    f.add("languages: " + (form.languages().isEmpty() ? "not recorded" : String.join(", ", form.languages())));
    f.add("kept by: " + form.depositary().map(Body::abbreviation).orElse("not recorded"));
    f.add("certified copies to the signatories: "
        + form.certifiedCopiesSent().map(Object::toString).orElse("not recorded"));
    Finding finding;
    if (d.body() != Body.COLLECTIVE_SECURITY_COUNCIL) {
      finding = Findings.of(r, Outcome.NOT_APPLICABLE, on,
          "the form read is that of the Council's decisions; a decision of the " + d.body().abbreviation()
              + " is not judged",
          f);
    } else if (form.originals().isPresent() && form.originals().get() != 1) {
      finding = Findings.of(r, Outcome.VIOLATED, on,
          form.originals().get() + " authentic copies; a Council decision is made in one", f);
    } else if (!form.languages().isEmpty() && !form.languages().equals(RUSSIAN)) {
      finding = Findings.of(r, Outcome.VIOLATED, on, "authentic text in " + String.join(", ", form.languages())
          + "; a Council decision is made in Russian", f);
    } else if (form.depositary().isPresent() && form.depositary().get() != Body.SECRETARIAT) {
      finding = Findings.of(r, Outcome.VIOLATED, on, "the original is kept by the "
          + form.depositary().get().abbreviation() + "; the Secretariat keeps it", f);
    } else if (form.certifiedCopiesSent().isPresent() && !form.certifiedCopiesSent().get()) {
      finding = Findings.of(r, Outcome.VIOLATED, on,
          "no certified copies were sent to the signatory states, as the Secretariat does", f);
    } else if (form.originals().isEmpty() || form.languages().isEmpty() || form.depositary().isEmpty()
        || form.certifiedCopiesSent().isEmpty()) {
      finding = Findings.of(r, Outcome.INDETERMINATE, on,
          "the record does not give every part of the form: the number of originals, their language, the body"
              + " keeping the original and the certified copies",
          f);
    } else {
      finding = Findings.of(r, Outcome.SATISFIED, on,
          "one authentic copy in Russian, kept by the Secretariat, with certified copies to the signatories", f);
    }
    return Verdict.builder().subject("Form of " + d.title()).date(d.date()).findings(List.of(finding)).build();
  }
}
