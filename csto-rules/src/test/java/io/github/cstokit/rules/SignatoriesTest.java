package io.github.cstokit.rules;

import static io.github.cstokit.rules.Check.finding;
import static io.github.cstokit.rules.Episodes.FACTS;
import static io.github.cstokit.rules.Episodes.SIX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.DecisionForm;
import io.github.cstokit.model.Head;
import io.github.cstokit.model.Matter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who signed a Council decision for a state, judged by the Council's composition in the text in force. */
class SignatoriesTest {

  private static final Rule R = Rule.CSC_DECISION_SIGNATORIES;

  /** A Council decision every member of 2021 supports and signs, each by its head of state. */
  private static DecisionForm.Builder signedByHeadsOfState(String date) {
    DecisionForm.Builder b = LawTextsRulesTest.form(Body.COLLECTIVE_SECURITY_COUNCIL, date);
    for (String s : SIX) {
      b.putSignedBy(s, Head.HEAD_OF_STATE);
    }
    return b;
  }

  private static Finding judge(DecisionForm form, CstoFacts facts, Outcome expected) {
    return finding(DecisionFormRules.check(form, facts), R, expected);
  }

  private static List<String> citations(Finding f) {
    return f.citations().stream().map(c -> c.text()).collect(Collectors.toList());
  }

  /** The head of government signing for Kazakhstan, either side of the 2010 protocol and of Protocol No. 2. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "2012-12-18, INDETERMINATE, Treaty Art. 3 [1992], Charter Art. 13(3) [2002]",
      "2012-12-19, INDETERMINATE, Treaty Art. 3 [2010], Charter Art. 13(3) [2002]",
      "2021-01-18, INDETERMINATE, Treaty Art. 3 [2010], Charter Art. 13(3) [2002]",
      "2021-01-19, SATISFIED, Treaty Art. 3 [2010], Charter Art. 13(3) [2018]",
      "2024-11-28, SATISFIED, Treaty Art. 3 [2010], Charter Art. 13(3) [2018]"})
  void aHeadOfGovernmentSignsOnlyUnderProtocolNo2(String date, Outcome expected, String treaty, String charter) {
    DecisionForm form = signedByHeadsOfState(date).putSignedBy("KZ", Head.HEAD_OF_GOVERNMENT).build();
    Finding f = judge(form, FACTS, expected);
    assertEquals(List.of(treaty, charter), citations(f));
    assertTrue(f.facts().contains("signed by: AM (head of state), BY (head of state), KG (head of state), KZ"
        + " (head of government), RU (head of state), TJ (head of state)"), f.facts().toString());
    if (expected == Outcome.INDETERMINATE) {
      assertTrue(f.reason().startsWith("the head of government signed for KZ before Charter Protocol No. 2 was"
          + " in force, when the Council consisted of the heads of state (Treaty Art. 3) and no text read then"
          + " provided for a head of government; but none says who signs a decision for a state"), f.reason());
      assertTrue(f.facts().contains("Charter Protocol No. 2 in force: false"), f.facts().toString());
    } else {
      assertTrue(f.reason().startsWith("signed for every state by a head of the Council: the heads of"
          + " government of KZ sit on it from Charter Protocol No. 2"), f.reason());
    }
  }

  @Test
  void headsOfStateSignAtAnyDate() {
    for (String date : List.of("2004-06-18", "2012-12-18", "2021-01-18", "2021-01-19")) {
      Finding f = judge(signedByHeadsOfState(date).build(), FACTS, Outcome.SATISFIED);
      assertEquals("signed for every state by its head of state, who sits on the Council (Treaty Art. 3)",
          f.reason());
    }
    // Part of the signers recorded: judged for those, the others listed.
    DecisionForm partial = LawTextsRulesTest.form(Body.COLLECTIVE_SECURITY_COUNCIL, "2019-11-28")
        .putSignedBy("RU", Head.HEAD_OF_STATE).build();
    Finding f = judge(partial, FACTS, Outcome.SATISFIED);
    assertTrue(f.reason().startsWith("signed for every state whose signer is recorded"), f.reason());
    assertTrue(f.facts().contains("signer not recorded: AM, BY, KG, KZ, TJ"), f.facts().toString());
  }

  @Test
  void nothingToJudgeWithoutASignerOrForAnotherBody() {
    Finding none = judge(LawTextsRulesTest.form(Body.COLLECTIVE_SECURITY_COUNCIL, "2019-11-28").build(), FACTS,
        Outcome.NOT_APPLICABLE);
    assertEquals("the record does not say which head signed for any state; the signatures are counted as the"
        + " states'", none.reason());
    DecisionForm cfm = LawTextsRulesTest.form(Body.COUNCIL_OF_FOREIGN_MINISTERS, "2019-11-28")
        .putSignedBy("KZ", Head.HEAD_OF_GOVERNMENT).build();
    judge(cfm, FACTS, Outcome.NOT_APPLICABLE);
    // The form's own finding stays as it was.
    finding(DecisionFormRules.check(cfm, FACTS), Rule.DECISION_FORM_DEPOSITARY, Outcome.NOT_APPLICABLE);
  }

  @Test
  void factsThatDoNotKnowProtocolNo2KeepTheTextAsSigned() {
    DecisionForm form = signedByHeadsOfState("2024-11-28").putSignedBy("AM", Head.HEAD_OF_GOVERNMENT).build();
    Finding f = judge(form, Episodes.FACTS_WITHOUT_PROTOCOLS, Outcome.INDETERMINATE);
    assertEquals(List.of("Treaty Art. 3 [1992]", "Charter Art. 13(3) [2002]"), citations(f));
  }

  @Test
  void aSignerIsRecordedOnlyForAStateThatSigned() {
    DecisionForm.Builder b = DecisionForm.builder().decision(Episodes.decision("x",
        Body.COLLECTIVE_SECURITY_COUNCIL, "2019-11-28", Matter.GENERAL, "x").addSignatures("RU").build())
        .putSignedBy("KZ", Head.HEAD_OF_STATE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("signedBy names KZ, which is not among the decision's signatures [RU]; a head can sign only for"
        + " a state that signed", e.getMessage());
    assertEquals(Rule.CSC_DECISION_SIGNATORIES, Rule.byId("CSC-DECISION-SIGNATORIES").orElseThrow());
    assertEquals(io.github.cstokit.model.Basis.SECONDARY, R.basis());
  }
}
