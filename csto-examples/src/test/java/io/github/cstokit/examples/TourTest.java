package io.github.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TourTest {

  static String text;

  @BeforeAll
  static void runTheTour() {
    StringWriter out = new StringWriter();
    Tour.print(new PrintWriter(out, true));
    text = out.toString();
  }

  private static void has(String part) {
    assertTrue(text.contains(part), "expected '" + part + "' in\n" + text);
  }

  @Test
  void namesTheNinePartiesOf1995() {
    has("On 1995-01-01 it had 9 parties: Armenia (AM), Azerbaijan (AZ), Belarus (BY), Georgia (GE),"
        + " Kyrgyzstan (KG), Kazakhstan (KZ), Russia (RU), Tajikistan (TJ), Uzbekistan (UZ).");
  }

  @Test
  void namesTheThreeWhoLeftIn1999() {
    has("Azerbaijan (AZ): CEASED from 1999-04-21");
    has("Georgia (GE): CEASED from 1999-04-21");
    has("Uzbekistan (UZ): CEASED from 1999-04-21");
  }

  @Test
  void tellsUzbekistansReturnAndSuspension() {
    has("from 2006-06-23  MEMBER    NORMAL  by restoration decision 2006-06-23");
    has("from 2012-12-19  SUSPENDED NORMAL  by suspension decision 2012-12-19");
  }

  @Test
  void listsTheMembersTodayWithArmeniaFrozen() {
    has("The members today (as of the data date 2026-02-12)");
    has("AM  Armenia  participation FROZEN since 2024-02-22");
    has("(UZ Uzbekistan: SUSPENDED)");
  }

  @Test
  void namesTheChairAndTheSecretaryGeneral() {
    has("Chairmanship: Russia since 2026-01-01");
    has("Secretary General: Taalatbek Masadykov (Kyrgyzstan) since 2026-01-01");
  }

  @Test
  void checksKazakhstan2022WithFindingsAndCitations() {
    // The Peacekeeping Agreement has no recorded entry into force: the findings resting on it are open.
    has("Mandate kz-2022-peacekeeping (COLLECTIVE_PEACEKEEPING_FORCES in KZ) on 2022-01-06: INDETERMINATE");
    has("[INDETERMINATE] PK-3-OPERATION-ON-MEMBER-TERRITORY (Peacekeeping Agreement Art. 3 [2007]");
    has("had it been in force: SATISFIED");
    has("[SATISFIED] CHARTER-12-CONSENSUS (Charter Art. 12 [2010]; basis SECONDARY)");
    // As recorded: no member's position is filled in; the reported adoption decides.
    has("The record lists no member's position on the decision, only that it was adopted");
    has("no member's position is recorded, and the decision is reported adopted, which under consensus"
        + " means no member objected");
    has("recorded outcome: ADOPTED");
    assertFalse(text.contains("consent of the members on"), text);
  }

  @Test
  void showsTheWhatIfWithoutARequest() {
    has("7. What if Kazakhstan had not asked?");
    has("Overall outcome: INDETERMINATE -> INDETERMINATE");
    has("PK-3-OPERATION-ON-MEMBER-TERRITORY: INDETERMINATE -> INDETERMINATE");
    has("had it been in force: VIOLATED");
    has("no official request of the host state KZ");
  }

  @Test
  void endsWithTheNextThingsToTry() {
    has("8. Next things to try");
    has("--startup csto-examples/csto.jsh");
    assertTrue(text.strip().endsWith("check(kazakhstan2022())"), text);
  }
}
