package io.github.cstokit.rules;

import static io.github.cstokit.rules.Episodes.FACTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.ProvisionText;
import io.github.cstokit.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** Findings carry the words of the provisions they cite, as the facts hold them, in explain() and JSON. */
class WordsTest {

  static final CstoDataset DATA = CstoData.bundled();
  /** The test facts with the bundled words. */
  static final Scenario WORDED = FACTS.toBuilder().addProvisions(DATA.provisions()).build();

  @Test
  void onTheBundledDatasetTheKazakhstanMandateShowsTheWordsOfCharterArt2() {
    Mandate kz = DATA.mandate("kz-2022-peacekeeping").orElseThrow();
    Verdict v = MandateRules.check(kz, DATA);
    Finding binding = v.finding(Rule.CHARTER_2_BINDING_FORCE).orElseThrow();
    assertEquals(1, binding.words().size());
    ProvisionText art2 = binding.words().get(0);
    assertEquals(Citation.parse("Charter Art. 2 [2002]"), art2.citation());
    assertEquals("en", art2.language());
    assertTrue(art2.passages().get(0).startsWith("Provisions of the Treaty and the international treaties"));
    // Peacekeeping Agreement Art. 3 is known from a summary only: no words.
    assertEquals(List.of(), v.finding(Rule.PK_3_OPERATION_ON_MEMBER_TERRITORY).orElseThrow().words());
    String explain = v.explain();
    Check.assertContains(explain,
        "      words of Charter Art. 2 [2002] (read in full, en; CSTO Secretariat, "
            + "https://en.odkb-csto.org/documents/documents/ustav_organizatsii_dogovora_o_kollektivnoy_bezopasnosti_/"
            + "):\n        \"Provisions of the Treaty",
        "        note: Official English text.\n");
  }

  @Test
  void theWordsFollowTheWordingInForceOnTheDate() {
    // Armenia, 2022: Treaty Art. 2(2) and Art. 4 in their 2010 wording.
    Verdict am = DefenceRules.check(Episodes.AM_2022, WORDED);
    Finding art4 = am.finding(Rule.TREATY_4_COLLECTIVE_DEFENCE).orElseThrow();
    assertEquals(List.of("treaty-art-4-2010"), art4.words().stream().map(ProvisionText::id).toList());
    Finding art22 = am.finding(Rule.TREATY_2_2_THREAT_CONSULTATION).orElseThrow();
    assertEquals(List.of("treaty-art-2-2-2010"), art22.words().stream().map(ProvisionText::id).toList());
    // Kyrgyzstan, 2010: the 1992 wording of Art. 4; no words of Art. 2(2) [1992] were read.
    Verdict kg = DefenceRules.check(Episodes.KG_2010, WORDED);
    assertEquals(List.of("treaty-art-4-1992"), kg.finding(Rule.TREATY_4_COLLECTIVE_DEFENCE).orElseThrow()
        .words().stream().map(ProvisionText::id).toList());
    assertEquals(List.of(), kg.finding(Rule.TREATY_2_2_THREAT_CONSULTATION).orElseThrow().words());
  }

  @Test
  void theJsonCarriesTheWordsAndIsTheSameInEveryLocaleAndTimeZone() {
    Verdict v = DefenceRules.check(Episodes.KG_2010, WORDED);
    String json = v.toJson();
    Check.assertContains(json,
        ",\"words\":[{\"citation\":\"Treaty Art. 4 [1992]\",\"instrument\":\"treaty-1992\","
            + "\"reading\":\"FULL\",\"language\":\"ru\",\"passages\":[\"Если одно из государств - участников",
        "\"source\":{\"id\":\"pavlodar-00542\",\"title\":\"Collective Security Treaty"
            + " (Russian text)\",\"publisher\":\"pavlodar.com legal texts\",\"url\":"
            + "\"https://pavlodar.com/zakon/?dok=00542&uro=080004\"},\"note\":");
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertEquals(json, DefenceRules.check(Episodes.KG_2010, WORDED).toJson());
      assertEquals(v.explain(), DefenceRules.check(Episodes.KG_2010, WORDED).explain());
      Locale.setDefault(Locale.forLanguageTag("ar-SA"));
      TimeZone.setDefault(TimeZone.getTimeZone("America/Adak"));
      assertEquals(json, DefenceRules.check(Episodes.KG_2010, Scenario.from(WORDED)).toJson());
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void aFindingWithoutWordsIsWrittenAsBefore() {
    Verdict plain = DefenceRules.check(Episodes.KG_2010, FACTS);
    for (Finding f : plain.findings()) {
      assertEquals(List.of(), f.words());
    }
    assertFalse(plain.toJson().contains("\"words\""), plain.toJson());
    assertFalse(plain.explain().contains("words of"), plain.explain());
    // Words change no outcome, reason or fact.
    Verdict worded = DefenceRules.check(Episodes.KG_2010, WORDED);
    assertEquals(plain.outcome(), worded.outcome());
    for (int i = 0; i < plain.findings().size(); i++) {
      assertEquals(plain.findings().get(i).outcome(), worded.findings().get(i).outcome());
      assertEquals(plain.findings().get(i).reason(), worded.findings().get(i).reason());
      assertEquals(plain.findings().get(i).facts(), worded.findings().get(i).facts());
    }
  }

  @Test
  void theWordsOfEveryRuleCitationComeFromTheBundledTextsOnly() {
    // Every text a finding can carry is one of the bundled texts, found by a citation a rule gives.
    List<String> found = new ArrayList<>();
    for (Rule r : Rule.values()) {
      for (int mask = 0; mask < Law.MASKS; mask++) {
        for (Citation c : r.citationsForMask(mask)) {
          Optional<ProvisionText> t = DATA.provision(c);
          t.ifPresent(p -> {
            assertTrue(DATA.provisions().contains(p));
            if (!found.contains(p.id())) {
              found.add(p.id());
            }
          });
        }
      }
    }
    // Texts no rule cites (Treaty Art. 6(2): the rule applies para 1, not read) are shown by none.
    assertFalse(found.contains("treaty-art-6-2-1992"), found.toString());
    assertTrue(found.containsAll(List.of("treaty-art-4-1992", "treaty-art-4-2010", "treaty-art-2-2-2010",
        "treaty-art-7-1992", "charter-art-2-2002", "charter-art-21-2002", "charter-art-25",
        "observer-regulations-1-3", "partner-regulations-1-3", "charter-protocol-3-opening",
        "crdf-agreement-art-3")), found.toString());
  }

  @Test
  void factsThatAnswerNullForWordsAreRefused() {
    CstoFacts broken = new CstoFacts() {
      @Override public Optional<io.github.cstokit.model.State> state(String a) { return FACTS.state(a); }
      @Override public java.util.SortedSet<io.github.cstokit.model.State> states() { return FACTS.states(); }
      @Override public io.github.cstokit.model.MembershipStatus status(String a, java.time.LocalDate d) {
        return FACTS.status(a, d);
      }
      @Override public io.github.cstokit.model.Participation participation(String a, java.time.LocalDate d) {
        return FACTS.participation(a, d);
      }
      @Override public java.util.SortedSet<io.github.cstokit.model.State> members(java.time.LocalDate d) {
        return FACTS.members(d);
      }
      @Override public Optional<io.github.cstokit.model.MembershipTimeline> timeline(String a) {
        return FACTS.timeline(a);
      }
      @Override public List<io.github.cstokit.model.MembershipEvent> events() { return FACTS.events(); }
      @Override public Optional<io.github.cstokit.model.Instrument> instrument(String id) {
        return FACTS.instrument(id);
      }
      @Override public List<io.github.cstokit.model.Instrument> instruments() { return FACTS.instruments(); }
      @Override public Optional<io.github.cstokit.model.Chairmanship> chair(java.time.LocalDate d) {
        return FACTS.chair(d);
      }
      @Override public List<io.github.cstokit.model.Chairmanship> chairmanships() {
        return FACTS.chairmanships();
      }
      @Override public Optional<io.github.cstokit.model.Appointment> holder(
          io.github.cstokit.model.Office o, java.time.LocalDate d) {
        return FACTS.holder(o, d);
      }
      @Override public List<io.github.cstokit.model.Appointment> appointments() { return FACTS.appointments(); }
      @Override public Optional<ProvisionText> provision(Citation c) { return null; }
    };
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DefenceRules.check(Episodes.KG_2010, broken));
    assertTrue(e.getMessage().contains("CstoFacts.provision("), e.getMessage());
  }

  @Test
  void explainShowsEachPassageTheRenderingAndTheSource() throws Exception {
    Verdict v = DefenceRules.check(Episodes.KG_2010, WORDED);
    String explain = v.explain();
    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "words-example.txt"), explain);
    Check.assertContains(explain,
        "      words of Treaty Art. 4 [1992] (read in full, ru; pavlodar.com legal texts,"
            + " https://pavlodar.com/zakon/?dok=00542&uro=080004):\n        \"Если одно из государств",
        "        English: \"If one of the States Parties is subjected to aggression");
  }

  /** Every finding of the verdict carries the words the facts hold for the provisions it cites. */
  static void everyFindingCarriesItsWords(Verdict v, CstoFacts facts) {
    for (Finding f : v.findings()) {
      List<ProvisionText> expected = new ArrayList<>();
      for (Citation c : f.citations()) {
        facts.provision(c).filter(t -> !expected.contains(t)).ifPresent(expected::add);
      }
      assertEquals(expected, f.words(), () -> f.ruleId() + " in " + v.subject());
    }
  }

  @Test
  void everyCheckThatJudgesADecisionGivesTheWordsOfCharterArt2() {
    // The Council's decisions that offices, budgets and designations rest on are judged with the rest of
    // the check: their binding force cites Charter Art. 2 [2002], read in full.
    List<Verdict> verdicts = new ArrayList<>();
    verdicts.add(OfficeRules.checkSecretaryGeneral(DATA.decision("csc-2019-11-28-zas").orElseThrow(),
        DATA.appointments().stream().filter(a -> a.id().equals("sg-zas")).findFirst().orElseThrow(), DATA));
    verdicts.add(OfficeRules.checkRecall(Episodes.KHACHATUROV, Episodes.unanimous("r",
        io.github.cstokit.model.Body.COLLECTIVE_SECURITY_COUNCIL, "2018-11-02",
        io.github.cstokit.model.Matter.APPOINTMENT_SECRETARY_GENERAL, "recall", Episodes.SIX), WORDED));
    verdicts.add(BudgetRules.check(LawTextsRulesTest.budget(io.github.cstokit.model.Body.COLLECTIVE_SECURITY_COUNCIL,
        "2024-11-28", "100", "100", true), WORDED));
    verdicts.add(MandateRules.checkCoordinatingState(Episodes.unanimous("c",
        io.github.cstokit.model.Body.COLLECTIVE_SECURITY_COUNCIL, "2024-11-28",
        io.github.cstokit.model.Matter.DEPLOYMENT, "coordinating state", Episodes.SIX), "KZ", WORDED));
    verdicts.add(MembershipRules.checkSuspension("UZ",
        DATA.decision("csc-2012-12-19-uzbekistan-suspension").orElseThrow(), DATA));
    for (Verdict v : verdicts) {
      everyFindingCarriesItsWords(v, v.subject().startsWith("Secretary") || v.subject().startsWith("Suspension")
          ? DATA : WORDED);
    }
    Finding binding = verdicts.get(0).finding(Rule.CHARTER_2_BINDING_FORCE).orElseThrow();
    assertEquals(List.of("charter-art-2-2002"), binding.words().stream().map(ProvisionText::id).toList());
  }
}
