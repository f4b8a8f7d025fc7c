package io.github.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.RecordedOutcome;
import io.github.cstokit.model.State;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Drives the public API as a user would, on the bundled dataset. */
class BundledDatasetTest {

  private static CstoDataset data;

  @BeforeAll
  static void load() {
    data = CstoData.bundled();
  }

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  private static String codes(SortedSet<State> states) {
    return states.stream().map(State::isoAlpha2).collect(Collectors.joining(","));
  }

  @Test
  void aFreshLoadOfTheBundledFilesIsQuick() throws Exception {
    java.util.Map<String, byte[]> files = new java.util.HashMap<>();
    for (String name : DatasetLoader.FILES) {
      try (InputStream in = CstoData.class.getResourceAsStream(name)) {
        files.put(name, in.readAllBytes());
      }
    }
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long t0 = System.nanoTime();
      CstoDataset fresh = DatasetLoader.load(files);
      best = Math.min(best, System.nanoTime() - t0);
      assertEquals(data.toString(), fresh.toString());
    }
    System.out.printf(java.util.Locale.ROOT,
        "fresh load of the bundled files, best of 5 in a warm JVM: %.1f ms (not a benchmark)%n",
        best / 1e6);
  }

  @Test
  void bundledIsLoadedOnce() {
    assertSame(data, CstoData.bundled());
  }

  @Test
  void readableToString() {
    assertEquals("CstoDataset[2026.12.0, data as of 2026-02-12, 9 states, 57 events]", data.toString());
  }

  @Test
  void versionMatchesThePomPropertyStampedInTheManifest() throws Exception {
    Properties p = new Properties();
    try (InputStream in = BundledDatasetTest.class.getResourceAsStream("/dataset-version.properties")) {
      p.load(in);
    }
    assertEquals(p.getProperty("version"), data.version());
    assertEquals(d("2026-02-12"), data.dataAsOf());
  }

  @Test
  void membersOnTheIssueDates() {
    assertEquals("AM,AZ,BY,GE,KG,KZ,RU,TJ,UZ", codes(data.members(d("1995-01-01"))));
    assertEquals("AM,BY,KG,KZ,RU,TJ", codes(data.members(d("2000-01-01"))));
    assertEquals("AM,BY,KG,KZ,RU,TJ", codes(data.members(d("2022-01-06"))));
    assertEquals("", codes(data.members(d("1993-01-01"))));
  }

  @Test
  void membersIsACachedSharedSet() {
    assertSame(data.members(d("2022-01-06")), data.members(d("2022-01-07")));
    assertThrows(UnsupportedOperationException.class, () -> data.members(d("2022-01-06")).clear());
  }

  /**
   * Armenia a frozen member from 2024-02-22; Uzbekistan's non-renewal in 1999, return in 2006, freeze
   * and suspension in 2012: the status on the days either side.
   */
  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
      "AM, 2025-01-01, MEMBER",
      "UZ, 1999-04-20, MEMBER",
      "UZ, 1999-04-21, CEASED",
      "UZ, 2006-06-22, CEASED",
      "UZ, 2006-06-23, MEMBER",
      "UZ, 2012-12-18, MEMBER",
      "UZ, 2012-12-19, SUSPENDED",
      "UZ, 2026-01-01, SUSPENDED"})
  void statusOnTheDaysOfAChange(String state, LocalDate date, MembershipStatus expected) {
    assertEquals(expected, data.status(state, date));
  }

  /** The participation on the same days: Armenia's freeze, Uzbekistan's freeze and suspension. */
  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
      "AM, 2025-01-01, FROZEN",
      "AM, 2024-02-21, NORMAL",
      "AM, 2024-02-22, FROZEN",
      "UZ, 2012-06-19, NORMAL",
      "UZ, 2012-06-20, FROZEN",
      "UZ, 2012-12-19, NORMAL"})
  void participationOnTheDaysOfAChange(String state, LocalDate date, Participation expected) {
    assertEquals(expected, data.participation(state, date));
  }

  @Test
  void azerbaijanAndGeorgiaCeasedIn1999() {
    for (String code : List.of("AZ", "GE")) {
      assertEquals(MembershipStatus.SIGNATORY, data.status(code, d("1994-01-01")));
      assertEquals(MembershipStatus.MEMBER, data.status(code, d("1999-04-20")));
      assertEquals(MembershipStatus.CEASED, data.status(code, d("1999-04-21")));
      assertEquals(MembershipStatus.CEASED, data.status(code, d("2010-01-01")));
    }
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> data.status("XX", d("2010-01-01")));
    assertEquals("unknown state code 'XX': the dataset knows AM, AZ, BY, GE, KG, KZ, RU, TJ, UZ",
        unknown.getMessage());
  }

  @Test
  void secretaryGeneralAndHandovers() {
    Appointment zas = data.secretaryGeneral(d("2021-06-01")).orElseThrow();
    assertEquals("Stanislav Zas", zas.personEn());
    assertEquals("Stanislav Zas", data.secretaryGeneral(d("2022-12-31")).orElseThrow().personEn());
    assertEquals("Imangali Tasmagambetov", data.secretaryGeneral(d("2023-01-01")).orElseThrow().personEn());
    // The handover day 2018-11-02 goes to the later start, the acting holder.
    Appointment handover = data.secretaryGeneral(d("2018-11-02")).orElseThrow();
    assertEquals("sg-semerikov-acting-2018", handover.id());
    assertTrue(handover.acting());
    assertEquals("sg-khachaturov", data.secretaryGeneral(d("2018-11-01")).orElseThrow().id());
    assertEquals("Taalatbek Masadykov", data.secretaryGeneral(d("2026-02-12")).orElseThrow().personEn());
    assertTrue(data.secretaryGeneral(d("2002-01-01")).isEmpty());
  }

  @Test
  void chairmanships() {
    Chairmanship armenia = data.chair(d("2022-01-06")).orElseThrow();
    assertEquals("AM", armenia.state());
    // Handover day: the later start chairs.
    assertEquals("RU", data.chair(d("2009-06-14")).orElseThrow().state());
    assertEquals("AM", data.chair(d("2009-06-13")).orElseThrow().state());
    // A record without an end lasts until the next start.
    assertEquals("BY", data.chair(d("2007-05-31")).orElseThrow().state());
    assertEquals("KG", data.chair(d("2007-06-01")).orElseThrow().state());
    // Kazakhstan chaired from Astana 2004-06-18 to the 2005 Moscow session (Kremlin transcript 23051).
    assertEquals("KZ", data.chair(d("2005-01-01")).orElseThrow().state());
    assertTrue(data.chair(d("2002-05-13")).isEmpty());
    assertEquals("KZ", data.chair(d("2024-12-31")).orElseThrow().state());
    assertEquals("KG", data.chair(d("2025-01-01")).orElseThrow().state());
  }

  @Test
  void decisionsCarryTheRecordedOutcomeAndTheKindOfMatter() {
    Decision kz = data.decision("csc-2022-01-06-kazakhstan-deployment").orElseThrow();
    assertEquals(Optional.of(RecordedOutcome.ADOPTED), kz.recordedOutcome());
    assertEquals(Matter.DEPLOYMENT, kz.matter());
    assertTrue(kz.positions().isEmpty() && kz.signatures().isEmpty());
    assertEquals(Optional.of(RecordedOutcome.NOT_ADOPTED),
        data.decision("csc-2022-11-23-armenia-assistance").orElseThrow().recordedOutcome());
    assertEquals(Matter.ASSISTANCE,
        data.decision("csc-2022-11-23-armenia-assistance").orElseThrow().matter());
    // UNKNOWN in the data: no recorded outcome.
    Decision kg = data.decision("cssc-2010-06-14-kyrgyzstan-measures").orElseThrow();
    assertTrue(kg.recordedOutcome().isEmpty());
    assertEquals(Matter.GENERAL, kg.matter());
    assertEquals(Matter.MEMBERSHIP,
        data.decision("csc-2012-12-19-uzbekistan-suspension").orElseThrow().matter());
    assertEquals(Matter.APPOINTMENT_SECRETARY_GENERAL,
        data.decision("csc-2019-11-28-zas").orElseThrow().matter());
    for (Decision d : data.decisions()) {
      assertTrue(d.recordedOutcome().isPresent() || d.id().orElseThrow().equals(kg.id().orElseThrow()),
          d.toString());
    }
  }

  @Test
  void lookupsAndCollections() {
    assertEquals(9, data.states().size());
    assertEquals("Kazakhstan", data.state("KZ").orElseThrow().nameEn());
    // 2026.12.0 adds Uzbekistan's three accession ratifications of 2008-03-28 (RIA Novosti via narodinfo.ru).
    assertEquals(57, data.events().size());
    assertFalse(data.instruments().isEmpty());
    assertTrue(data.instrument("treaty-1992").orElseThrow().isInForce(d("1994-04-20")));
    assertEquals(8, data.organs().size());
    assertTrue(data.organ("csc").orElseThrow().body().isPresent());
    assertEquals(5, data.forces().size());
    assertEquals(3, data.mandates().size());
    assertEquals(23, data.decisions().size());
    // 2026.12.0: sources of the corrections added, the invented chinagate-2016-10-15 address removed,
    // the two reports that name the participants of the 2023 and 2024 exercises, the six reports of the
    // sessions of the CFM, the CMD, the CSSC and the Permanent Council, and six of Interaction 2016-2018;
    // the four texts of the CRDF Agreement; the reports of the 2022-2024 ministerial sessions, of the
    // 2025-11-27 joint session and the 2026 meetings it announced, of Rubezh, Search and Echelon 2025, of
    // the 2022 mission to Armenia (in place of a shifting news list) and of Pashinyan's statements of 2026;
    // the two reports of the Joint Staff's plan for 2026 (TASS 2085999, Zakon.kz 6507818) and Putin's
    // announcement of the Moscow session of 2026-11-11 (Gazeta.ru).
    assertEquals(432, data.sources().size());
    assertTrue(data.source(data.sources().get(0).id()).isPresent());
    assertTrue(data.source("no-such-source").isEmpty());
    assertTrue(data.mandate("kz-2022-peacekeeping").orElseThrow().decision().isPresent());
    assertTrue(data.decision("csc-2022-01-06-kazakhstan-deployment").isPresent());
    assertThrows(UnsupportedOperationException.class, () -> data.events().clear());
  }

  @Test
  void whatIfLeavesTheOriginalAlone() {
    CstoDataset whatIf = data.withStatus("AM", d("2025-01-01"), MembershipStatus.CEASED);
    assertEquals(MembershipStatus.CEASED, whatIf.status("AM", d("2025-06-01")));
    assertEquals(MembershipStatus.MEMBER, data.status("AM", d("2025-06-01")));
    assertEquals("BY,KG,KZ,RU,TJ", codes(whatIf.members(d("2025-06-01"))));

    CstoDataset withoutRussia = data.withoutState("RU");
    assertEquals(8, withoutRussia.states().size());
    assertEquals(9, data.states().size());
    assertSame(data, data.withoutState("XX"));

    CstoFacts facts = data;
    assertEquals(MembershipStatus.MEMBER, facts.status("KZ", d("2022-01-06")));
    assertEquals(data.sources(), whatIf.sources());
  }
}
