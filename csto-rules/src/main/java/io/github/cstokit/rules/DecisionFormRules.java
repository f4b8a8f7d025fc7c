package io.github.cstokit.rules;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionForm;
import io.github.cstokit.model.Head;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks of how a decision was made out and kept ({@link Rule#DECISION_FORM_DEPOSITARY}): a decision of
 * the Collective Security Council is made in one authentic copy in Russian, kept by the Secretariat, which
 * sends certified copies to the signatory states. What the record does not give is left open.
 *
 * <p><b>Who signed</b> ({@link Rule#CSC_DECISION_SIGNATORIES}): where the form records which head signed
 * for a state ({@link DecisionForm#signedBy()}), the signature is judged by the Council's composition in the
 * text in force on the decision's date. A head of state sits on the Council throughout (Treaty Art. 3); a
 * head of government from Charter Protocol No. 2's entry into force (2021-01-19). Before it, a head of
 * government's signature was not provided for, but no text read says who signs a decision for a state, so
 * the finding is {@link Outcome#INDETERMINATE} with that reason, not a violation. Whether a signature counts
 * as the state's consent for consensus is judged by {@link DecisionRules}, which counts signatures by state.
 * Where no signer is recorded the finding is {@link Outcome#NOT_APPLICABLE}.
 *
 * <pre>{@code
 * DecisionFormRules.check(form, facts).outcome();   // SATISFIED for one Russian original at the Secretariat
 * // a head of government signing before 2021-01-19: CSC-DECISION-SIGNATORIES INDETERMINATE
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
    LawInForce.On on = LawInForce.of(facts).onWithWords(d.date());
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
    return Verdict.builder().subject("Form of " + d.title()).date(d.date())
        .findings(List.of(finding, signatories(form, on))).build();
  }

  /**
   * Who signed for each state ({@link Rule#CSC_DECISION_SIGNATORIES}), judged by the Council's composition
   * in the text in force on the decision's date.
   */
  private static Finding signatories(DecisionForm form, LawInForce.On on) {
    Decision d = form.decision();
    Rule r = Rule.CSC_DECISION_SIGNATORIES;
    boolean protocol2 = on.has(Law.Amendment.CHARTER_2018);
    List<String> f = new ArrayList<>(5);
    f.add("decision: " + d.body().abbreviation() + " " + d.date());
    f.add("Charter Protocol No. 2 in force: " + protocol2);
    if (d.body() != Body.COLLECTIVE_SECURITY_COUNCIL) {
      return Findings.of(r, Outcome.NOT_APPLICABLE, on,
          "the composition judged is the Council's; a decision of the " + d.body().abbreviation()
              + " is not judged",
          f);
    }
    List<String> heads = new ArrayList<>(form.signedBy().size());
    List<String> government = new ArrayList<>(2);
    for (Map.Entry<String, Head> e : form.signedBy().entrySet()) {
      heads.add(e.getKey() + " (" + (e.getValue() == Head.HEAD_OF_STATE ? "head of state" : "head of government")
          + ")");
      if (e.getValue() == Head.HEAD_OF_GOVERNMENT) {
        government.add(e.getKey());
      }
    }
    List<String> unrecorded = new ArrayList<>(d.signatures().size());
    for (String state : d.signatures()) {
      if (!form.signedBy().containsKey(state)) {
        unrecorded.add(state);
      }
    }
    f.add("signed by: " + Findings.join(heads));
    if (!unrecorded.isEmpty()) {
      f.add("signer not recorded: " + Findings.join(unrecorded));
    }
    if (heads.isEmpty()) {
      return Findings.of(r, Outcome.NOT_APPLICABLE, on,
          "the record does not say which head signed for any state; the signatures are counted as the states'",
          f);
    }
    if (!government.isEmpty() && !protocol2) {
      return Findings.of(r, Outcome.INDETERMINATE, on,
          "the head of government signed for " + Findings.join(government) + " before Charter Protocol No. 2"
              + " was in force, when the Council consisted of the heads of state (Treaty Art. 3) and no text read"
              + " then provided for a head of government; but none says who signs a decision for a state"
              + " or whether a head of state may be represented (the Documents Decision names signatory"
              + " states; the Rules of Procedure and the Regulations on the Council were not read), so"
              + " whether these signatures give the states' consent is open",
          f);
    }
    String scope = unrecorded.isEmpty() ? "every state" : "every state whose signer is recorded";
    return Findings.of(r, Outcome.SATISFIED, on, government.isEmpty()
        ? "signed for " + scope + " by its head of state, who sits on the Council (Treaty Art. 3)"
        : "signed for " + scope + " by a head of the Council: the heads of government of "
            + Findings.join(government) + " sit on it from Charter Protocol No. 2 (in force 2021-01-19; its"
            + " wording read only to its opening)",
        f);
  }
}
