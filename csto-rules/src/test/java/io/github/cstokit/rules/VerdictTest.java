package io.github.cstokit.rules;

import static io.github.cstokit.rules.Episodes.FACTS;
import static io.github.cstokit.rules.Episodes.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.Basis;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Position;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerdictTest {

  @Test
  void everyRuleHasAUniqueIdAndIsFoundById() {
    Set<String> ids = new HashSet<>();
    for (Rule r : Rule.values()) {
      assertTrue(ids.add(r.id()), r.id());
      assertEquals(r, Rule.byId(r.id()).orElseThrow());
      assertFalse(r.citations(d("2020-01-01")).isEmpty());
      assertFalse(r.summary().isBlank());
    }
    assertTrue(Rule.byId("NO-SUCH-RULE").isEmpty());
    assertEquals(Basis.SECONDARY, Rule.CHARTER_12_CONSENSUS.basis());
    assertEquals(Basis.TEXT, Rule.REGIONAL_FORCES_USE.basis());
  }

  @Test
  void citationsNameTheVersionInForce() {
    assertEquals(List.of(Citation.parse("Treaty Art. 4 [1992]")),
        Rule.TREATY_4_COLLECTIVE_DEFENCE.citations(d("2012-12-18"), FACTS));
    assertEquals(List.of(Citation.parse("Treaty Art. 4 [2010]")),
        Rule.TREATY_4_COLLECTIVE_DEFENCE.citations(d("2012-12-19"), FACTS));
    // Without facts no amending protocol is known to be in force: the text as signed.
    assertEquals(List.of(Citation.parse("Treaty Art. 4 [1992]")),
        Rule.TREATY_4_COLLECTIVE_DEFENCE.citations(d("2012-12-19")));
    assertEquals(List.of(Citation.parse("Charter Art. 13 [2002]")),
        Rule.CHARTER_13_CSC_COMPOSITION_AND_CHAIR.citations(d("2021-01-18"), FACTS));
    assertEquals(List.of(Citation.parse("Charter Art. 13 [2018]")),
        Rule.CHARTER_13_CSC_COMPOSITION_AND_CHAIR.citations(d("2021-01-19"), FACTS));
    assertEquals("Peacekeeping Agreement Art. 3 [2007]",
        Rule.PK_3_OPERATION_ON_MEMBER_TERRITORY.citations(d("2022-01-06")).get(0).text());
  }

  @Test
  void jsonIsDeterministicAndEscaped() {
    Verdict a = MandateRules.check(Episodes.KZ_2022, Episodes.AGREEMENTS_IN_FORCE);
    Verdict b = MandateRules.check(Episodes.KZ_2022, Episodes.AGREEMENTS_IN_FORCE);
    assertEquals(a, b);
    assertEquals(a.toJson(), b.toJson());
    String json = a.toJson();
    assertTrue(json.startsWith("{\"subject\":\"Mandate kz-2022 (COLLECTIVE_PEACEKEEPING_FORCES in KZ)\","
        + "\"date\":\"2022-01-06\",\"outcome\":\"SATISFIED\",\"findings\":[{\"rule\":"
        + "\"PK-3-OPERATION-ON-MEMBER-TERRITORY\",\"outcome\":\"SATISFIED\",\"basis\":\"OFFICIAL_SUMMARY\","
        + "\"citations\":[\"Peacekeeping Agreement Art. 3 [2007]\"],\"reason\":"), json);
    Verdict odd = Verdict.builder().subject("a \"q\" \\ b\n\u0001 \u2028 é").date(d("2020-01-01")).build();
    assertEquals("{\"subject\":\"a \\\"q\\\" \\\\ b\\n\\u0001 \\u2028 é\",\"date\":\"2020-01-01\","
        + "\"outcome\":\"NOT_APPLICABLE\",\"findings\":[]}", odd.toJson());
  }

  @Test
  void explainAndToString() {
    Verdict v = DecisionRules.check(Episodes.KZ_DECISION, FACTS);
    String text = v.explain();
    assertTrue(text.startsWith("Decision csc-2022-01-06: Deployment of the CSTO Collective Peacekeeping"
        + " Forces to Kazakhstan for a limited period on 2022-01-06: SATISFIED\n"), text);
    Check.assertContains(text,
        "  [SATISFIED] CHARTER-12-CONSENSUS (Charter Art. 12 [2010]; basis SECONDARY)\n",
        "      - members: AM, BY, KG, KZ, RU, TJ\n");
    assertTrue(v.toString().startsWith("Verdict[SATISFIED Decision csc-2022-01-06"), v.toString());
    assertTrue(v.toString().endsWith("2022-01-06, 3 findings]"), v.toString());
    assertEquals("Finding[CHARTER-12-CONSENSUS SATISFIED]", v.findings().get(0).toString());
  }

  @Test
  void whatIfReportsTheChangedFindings() {
    Verdict before = DecisionRules.check(Episodes.KZ_DECISION_UNANIMOUS, FACTS);
    Verdict after =
        DecisionRules.check(Episodes.KZ_DECISION_UNANIMOUS.withPosition("BY", Position.OBJECTS), FACTS);
    List<Finding> changed = after.changesFrom(before);
    assertEquals(List.of(Rule.CHARTER_12_CONSENSUS, Rule.CHARTER_2_BINDING_FORCE),
        List.of(changed.get(0).rule(), changed.get(1).rule()));
    assertEquals(2, changed.size());
    assertTrue(before.changesFrom(before).isEmpty());
    WhatIf w = WhatIf.between(before, after);
    assertTrue(w.outcomeChanged());
    assertTrue(w.removed().isEmpty());
    assertTrue(w.explain().contains("CHARTER-12-CONSENSUS: SATISFIED -> INDETERMINATE"), w.explain());
    assertTrue(w.toString().startsWith("WhatIf[SATISFIED -> INDETERMINATE, 2 changed: "), w.toString());
    assertTrue(w.explain().startsWith("Outcome SATISFIED -> INDETERMINATE\n  "), w.explain());
    WhatIf limited = WhatIf.between(
        DecisionRules.check(
            Episodes.KZ_DECISION_UNANIMOUS.withFormat(io.github.cstokit.model.DecisionFormat.LIMITED),
            FACTS),
        before);
    assertEquals(1, limited.removed().size());
    assertTrue(limited.toString().contains("1 removed: "), limited.toString());
    WhatIf same = WhatIf.between(before, before);
    assertFalse(same.outcomeChanged());
    assertEquals("Outcome SATISFIED, unchanged; no finding changed\n", same.explain());
    assertEquals("WhatIf[SATISFIED, unchanged, nothing changed]", same.toString());
  }

  @Test
  void emptyVerdictIsNotApplicable() {
    Verdict v = Verdict.builder().subject("nothing").date(d("2020-01-01")).build();
    assertEquals(Outcome.NOT_APPLICABLE, v.outcome());
    assertEquals("Verdict[NOT_APPLICABLE nothing 2020-01-01, 0 findings]", v.toString());
  }

  @Test
  void aCitationWithoutAnArticleIsExplainedAsSuch() {
    Finding f = Findings.of(Rule.ROP_QUORUM, Outcome.SATISFIED, LawInForce.of(Episodes.FACTS).on(d("2020-01-01")), "quorum", List.of());
    assertEquals(List.of(Citation.parse("Rules of Procedure [2004]")), f.citations());
    Verdict v = Verdict.builder().subject("s").date(d("2020-01-01")).addFindings(f).build();
    assertTrue(v.explain().contains("(Rules of Procedure (article not identified) [2004]; basis "),
        v.explain());
    assertTrue(v.toJson().contains("\"citations\":[\"Rules of Procedure [2004]\"]"), v.toJson());
  }

  /** Every verdict on the bundled dataset's decisions and mandates, as JSON, one per line. */
  static String datasetVerdicts() {
    io.github.cstokit.data.CstoDataset data = io.github.cstokit.data.CstoData.bundled();
    StringBuilder sb = new StringBuilder();
    for (io.github.cstokit.model.Decision d : data.decisions()) {
      sb.append(DecisionRules.check(d, data).toJson()).append('\n');
    }
    for (io.github.cstokit.model.Mandate m : data.mandates()) {
      sb.append(MandateRules.check(m, data).toJson()).append('\n');
    }
    return sb.toString();
  }

  @Test
  void jsonIsByteIdenticalAcrossRunsLocalesAndTimeZones() {
    java.util.Locale locale = java.util.Locale.getDefault();
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    String reference = datasetVerdicts();
    try {
      for (String tag : List.of("tr-TR", "ar-SA", "th-TH-u-nu-thai", "hi-IN", "ru-RU")) {
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag(tag));
        for (String id : List.of("Pacific/Kiritimati", "America/Adak", "Asia/Kathmandu")) {
          java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(id));
          assertEquals(reference, datasetVerdicts(), tag + " " + id);
        }
      }
    } finally {
      java.util.Locale.setDefault(locale);
      java.util.TimeZone.setDefault(zone);
    }
    assertTrue(reference.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 1000);
  }
}
