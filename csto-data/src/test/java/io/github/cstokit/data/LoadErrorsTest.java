package io.github.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.Attacker;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.Confidence;
import io.github.cstokit.model.Head;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per kind of load error, each on a copy of the bundled files with one thing changed. */
class LoadErrorsTest {

  @TempDir Path dir;

  @BeforeEach
  void copyBundledFiles() throws IOException {
    for (String name : DatasetLoader.FILES) {
      try (InputStream in = CstoData.class.getResourceAsStream(name)) {
        Files.write(dir.resolve(name), in.readAllBytes());
      }
    }
  }

  /** Replaces the first occurrence of a text in a file; fails if it is not there. */
  private void edit(String file, String from, String to) throws IOException {
    Path path = dir.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    int i = text.indexOf(from);
    assertTrue(i >= 0, () -> "test setup: '" + from + "' not in " + file);
    Files.writeString(path, text.substring(0, i) + to + text.substring(i + from.length()),
        StandardCharsets.UTF_8);
  }

  private List<String> problems() {
    CstoDataException e = assertThrows(CstoDataException.class, () -> CstoData.load(dir));
    assertTrue(e.getMessage().contains(e.problems().get(0)));
    return e.problems();
  }

  private void assertProblem(String expected) {
    List<String> problems = problems();
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)),
        () -> "expected a problem starting with '" + expected + "' but got " + problems);
  }

  @Test
  void theUnchangedCopyLoads() {
    CstoDataset copy = CstoData.load(dir);
    assertEquals(CstoData.bundled().toString(), copy.toString());
    assertEquals(CstoData.bundled().events(), copy.events());
  }

  @Test
  void anotherRussianNameOfAStateIsReadAsAnAlias() throws IOException {
    assertEquals(List.of("Беларусь"), CstoData.bundled().state("BY").orElseThrow().nameRuAliases());
    assertEquals(List.of("Кыргызстан"), CstoData.bundled().state("KG").orElseThrow().nameRuAliases());
    edit("states.json", "\"nameRuAliases\": [\"Беларусь\"],",
        "\"nameRuAliases\": [\"Беларусь\", \"Республика Беларусь\"],");
    CstoDataset copy = CstoData.load(dir);
    assertEquals(List.of("Беларусь", "Республика Беларусь"), copy.state("BY").orElseThrow().nameRuAliases());
    assertEquals(List.of(), copy.state("KZ").orElseThrow().nameRuAliases());
  }

  @Test
  void anAliasThatRepeatsTheRecordedName() throws IOException {
    edit("states.json", "\"nameRuAliases\": [\"Беларусь\"],",
        "\"nameRuAliases\": [\"Беларусь\", \"Белоруссия\"],");
    assertProblem("states.json#/states/");
    assertTrue(problems().stream().anyMatch(p -> p.endsWith(
        "/nameRuAliases/1: 'Белоруссия' is already a Russian name of the state")), () -> "" + problems());
  }

  @Test
  void aZipOfTheFilesLoads() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : DatasetLoader.FILES) {
        zip.putNextEntry(new ZipEntry("data/" + name));
        zip.write(Files.readAllBytes(dir.resolve(name)));
        zip.closeEntry();
      }
    }
    CstoDataset fromZip = CstoData.load(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(CstoData.bundled().toString(), fromZip.toString());
    Path zipFile = Files.write(dir.resolve("data.zip"), bytes.toByteArray());
    assertEquals(CstoData.bundled().toString(), CstoData.load(zipFile).toString());
  }

  @Test
  void anArchiveThatCannotBeRead() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("device error");
      }
    };
    CstoDataException e = assertThrows(CstoDataException.class, () -> CstoData.load(failing));
    assertEquals(List.of("archive#: cannot be read: device error"), e.problems());
  }

  @Test
  void aFileThatIsNotAZipArchive() throws IOException {
    Path notZip = Files.writeString(dir.resolve("data.zip"), "not a zip");
    CstoDataException e = assertThrows(CstoDataException.class, () -> CstoData.load(notZip));
    assertEquals(List.of("archive#: not a ZIP archive, or an empty one"), e.problems());
  }

  @Test
  void notAZip() {
    CstoDataException e = assertThrows(CstoDataException.class,
        () -> CstoData.load(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.problems().get(0).startsWith("archive#:"), e.getMessage());
  }

  @Test
  void missingFile() throws IOException {
    Files.delete(dir.resolve("forces.json"));
    assertProblem("forces.json#: the file is missing");
  }

  @Test
  void aDatasetWithoutObserversJsonLoadsWithNoObserverStatuses() throws IOException {
    // Datasets older than observers.json (2026.11.0) do not have it; any other file is required.
    Files.delete(dir.resolve("observers.json"));
    CstoDataset copy = CstoData.load(dir);
    assertTrue(copy.observerStatuses().isEmpty());
    assertTrue(copy.observers(LocalDate.of(2020, 1, 1)).isEmpty());
    CstoDataset bundled = CstoData.bundled();
    assertEquals(3, bundled.observerStatuses().size());
    assertEquals(bundled.events(), copy.events());
    assertEquals(bundled.activities(), copy.activities());
    assertEquals(bundled.sources(), copy.sources());
  }

  @Test
  void anObserversJsonThatIsPresentIsCheckedLikeAnyFile() throws IOException {
    Files.writeString(dir.resolve("observers.json"), "{", StandardCharsets.UTF_8);
    assertProblem("observers.json#: malformed JSON at line");
  }

  @Test
  void malformedJson() throws IOException {
    edit("states.json", "\"id\": \"AM\",", "\"id\": \"AM\"");
    assertProblem("states.json#: malformed JSON at line");
  }

  @Test
  void trailingTokens() throws IOException {
    Files.writeString(dir.resolve("forces.json"),
        Files.readString(dir.resolve("forces.json")) + "\n{}\n");
    assertProblem("forces.json#: malformed JSON");
  }

  @Test
  void duplicateKey() throws IOException {
    edit("states.json", "\"id\": \"AM\",", "\"id\": \"AM\", \"id\": \"AM\",");
    assertProblem("states.json#: malformed JSON at line");
  }

  @Test
  void unknownProperty() throws IOException {
    edit("events.json", "\"id\": \"am-treaty-signature\",",
        "\"id\": \"am-treaty-signature\", \"colour\": \"red\",");
    assertProblem("events.json#/events/0/colour: unknown property");
  }

  @Test
  void unknownTopLevelProperty() throws IOException {
    edit("events.json", "\"format\": 1,", "\"format\": 1, \"extra\": true,");
    assertProblem("events.json#/extra: unknown property");
  }

  @Test
  void wrongType() throws IOException {
    edit("states.json", "\"cowCode\": 371,", "\"cowCode\": \"371\",");
    assertProblem("states.json#/states/0/cowCode: wrong type, expected an integer");
  }

  @Test
  void numberWhereTextIsExpected() throws IOException {
    edit("states.json", "\"nameEn\": \"Armenia\",", "\"nameEn\": 42,");
    assertProblem("states.json#/states/0/nameEn: wrong type, expected a string");
  }

  @Test
  void missingRequiredField() throws IOException {
    edit("events.json", "\"type\": \"SIGNATURE\",", "");
    assertProblem("events.json#/events/0/type: is required");
  }

  @Test
  void unknownVocabulary() throws IOException {
    edit("events.json", "\"type\": \"SIGNATURE\",", "\"type\": \"SIGNING\",");
    assertProblem("events.json#/events/0/type: 'SIGNING' is not one of");
  }

  @Test
  void unknownMatterKind() throws IOException {
    edit("mandates.json", "\"matterKind\": \"DEPLOYMENT\",", "\"matterKind\": \"INVASION\",");
    assertProblem("mandates.json#/decisions/12/matterKind: 'INVASION' is not one of");
  }

  @Test
  void unknownOutcome() throws IOException {
    edit("mandates.json", "\"outcome\": \"UNKNOWN\",", "\"outcome\": \"PENDING\",");
    assertProblem("mandates.json#/decisions/2/outcome: 'PENDING' is not one of");
  }

  @Test
  void duplicateId() throws IOException {
    edit("events.json", "\"id\": \"am-treaty-entry-into-force\",", "\"id\": \"am-treaty-signature\",");
    assertProblem("events.json#/events/1/id: duplicate id 'am-treaty-signature' (first at /events/0)");
  }

  @Test
  void danglingSource() throws IOException {
    edit("events.json", "\"odkb-25years\"", "\"no-such-source\"");
    assertProblem("events.json#/events/0/sources/0: unknown source 'no-such-source'");
  }

  @Test
  void danglingState() throws IOException {
    edit("events.json", "\"state\": \"AM\",", "\"state\": \"XX\",");
    assertProblem("events.json#/events/0/state: unknown state 'XX'");
  }

  @Test
  void danglingInstrument() throws IOException {
    edit("events.json", "\"instrument\": \"treaty-1992\",", "\"instrument\": \"treaty-1991\",");
    assertProblem("events.json#/events/0/instrument: unknown instrument 'treaty-1991'");
  }

  @Test
  void danglingOrgan() throws IOException {
    edit("offices.json", "\"appointedBy\": \"csc\",", "\"appointedBy\": \"politburo\",");
    assertProblem("offices.json#/appointments/0/appointedBy: unknown organ 'politburo'");
  }

  @Test
  void aSessionOfABodyThatHoldsNoSessions() throws IOException {
    edit("sessions.json", "\"organ\": \"csc\",", "\"organ\": \"secretariat\",");
    assertProblem("sessions.json#/sessions/0/organ: organ 'secretariat' holds no sessions in sessions.json:"
        + " a session is of cdm, cfm, csc, cssc, permanent-council");
  }

  @Test
  void aSessionOfAnUnknownOrgan() throws IOException {
    edit("sessions.json", "\"organ\": \"cssc\",", "\"organ\": \"politburo\",");
    assertProblem("sessions.json#/sessions/18/organ: unknown organ 'politburo'");
  }

  @Test
  void danglingDecision() throws IOException {
    edit("mandates.json", "\"decision\": \"csc-2022-01-06-kazakhstan-deployment\",",
        "\"decision\": \"csc-2022-01-07-nothing\",");
    assertProblem("mandates.json#/mandates/0/decision: unknown decision 'csc-2022-01-07-nothing'");
  }

  @Test
  void unresolvedCitation() throws IOException {
    edit("mandates.json", "\"Treaty Art. 4 [2010]\"", "\"Treaty Art. 4 [2031]\"");
    assertProblem("mandates.json#/mandates/0/legalBases/0: 'Treaty Art. 4 [2031]': no version 2031");
  }

  @Test
  void impossibleDate() throws IOException {
    edit("events.json", "\"date\": \"2024-02-22\",", "\"date\": \"2023-02-30\",");
    assertProblem("events.json#/events/6/date: 2023-02-30 is not a date");
  }

  @Test
  void malformedDate() throws IOException {
    edit("events.json", "\"date\": \"2024-02-22\",", "\"date\": \"22.02.2024\",");
    assertProblem("events.json#/events/6/date: '22.02.2024' is not a date");
  }

  @Test
  void endBeforeStart() throws IOException {
    edit("offices.json", "\"end\": \"2022-12-31\",", "\"end\": \"2019-12-31\",");
    assertProblem("offices.json#/appointments/4/end: 2019-12-31 is before the start 2020-01-01");
  }

  @Test
  void overlappingAppointments() throws IOException {
    edit("offices.json", "\"end\": \"2022-12-31\",", "\"end\": \"2023-06-30\",");
    assertProblem("offices.json#/appointments/5: overlaps 'sg-zas'");
  }

  @Test
  void overlappingChairmanships() throws IOException {
    edit("chairmanships.json", "\"end\": \"2011-12-20\",", "\"end\": \"2012-01-20\",");
    assertProblem("chairmanships.json#/chairmanships/7: overlaps 'by-2010'");
  }

  @Test
  void whichHeadChairedIsReadWhereRecorded() throws IOException {
    assertTrue(CstoData.bundled().chairmanships().stream().allMatch(c -> c.chairedBy().isEmpty()),
        "the bundled dataset records no head");
    edit("chairmanships.json", "\"id\": \"ru-2002\",",
        "\"id\": \"ru-2002\", \"chairedBy\": \"HEAD_OF_STATE\",");
    CstoDataset copy = CstoData.load(dir);
    Chairmanship ru = copy.chairmanships().stream().filter(c -> c.id().equals("ru-2002")).findFirst()
        .orElseThrow();
    assertEquals(Optional.of(Head.HEAD_OF_STATE), ru.chairedBy());
    assertTrue(copy.chairmanships().stream().filter(c -> !c.id().equals("ru-2002"))
        .allMatch(c -> c.chairedBy().isEmpty()));
  }

  @Test
  void whoAttackedIsReadWhereRecorded() throws IOException {
    CstoDataset bundled = CstoData.bundled();
    assertEquals(Optional.of(Attacker.STATE), bundled.mandate("am-2022-assessment-mission").orElseThrow()
        .request().orElseThrow().attacker());
    assertEquals(Optional.empty(), bundled.mandate("kz-2022-peacekeeping").orElseThrow()
        .request().orElseThrow().attacker(), "the sources read do not say who attacked");
    edit("mandates.json", "\"attacker\": \"STATE\",", "\"attacker\": \"ALIENS\",");
    assertProblem("mandates.json#/mandates/1/request/attacker: 'ALIENS' is not one of");
  }

  @Test
  void anUnknownHeadInTheChair() throws IOException {
    edit("chairmanships.json", "\"id\": \"ru-2002\",", "\"id\": \"ru-2002\", \"chairedBy\": \"KING\",");
    assertProblem("chairmanships.json#/chairmanships/0/chairedBy: 'KING' is not one of");
  }

  @Test
  void factWithoutSource() throws IOException {
    edit("events.json", "\"sources\": [\n        \"odkb-25years\",\n        \"cis-legislation-4144\"\n      ]",
        "\"sources\": []");
    assertProblem("events.json#/events/0/sources: a fact needs at least one source");
  }

  @Test
  void uncitedSource() throws IOException {
    edit("sources.json", "\"sources\": [", "\"sources\": [{\"id\": \"never-cited\", \"title\": \"T\","
        + " \"publisher\": \"P\", \"url\": \"https://example.org/never\", \"kind\": \"PRESS\"},");
    assertProblem("sources.json#/sources/0/id: source 'never-cited' is never cited");
  }

  @Test
  void wrongFormatVersion() throws IOException {
    edit("organs.json", "\"format\": 1,", "\"format\": 2,");
    assertProblem("organs.json#/format: 2 is not a supported format");
  }

  @Test
  void differentDatasetVersions() throws IOException {
    edit("forces.json", "\"version\": \"2026.12.0\",", "\"version\": \"2026.11.0\",");
    assertProblem("forces.json#/version: 2026.11.0 differs from 2026.12.0 in sources.json");
  }

  @Test
  void differentDataDates() throws IOException {
    edit("forces.json", "\"dataAsOf\": \"2026-02-12\",", "\"dataAsOf\": \"2026-02-13\",");
    assertProblem("forces.json#/dataAsOf: 2026-02-13 differs from 2026-02-12 in sources.json");
  }

  @Test
  void eventBeforeTheTreaty() throws IOException {
    edit("events.json", "\"date\": \"1992-05-15\",", "\"date\": \"1992-05-14\",");
    assertProblem("events.json#/events/0/date: 1992-05-14 is before the Treaty was signed on 1992-05-15");
  }

  @Test
  void eventAfterDataAsOf() throws IOException {
    edit("events.json", "\"date\": \"2024-02-22\",", "\"date\": \"2026-02-13\",");
    assertProblem("events.json#/events/6/date: 2026-02-13 is after the dataset's dataAsOf 2026-02-12");
  }

  @Test
  void everyProblemIsReportedAtOnceAndTheBundledDatasetIsUntouched() throws IOException {
    CstoDataset before = CstoData.bundled();
    edit("events.json", "\"date\": \"2024-02-22\",", "\"date\": \"2023-02-30\",");
    edit("states.json", "\"cowCode\": 371,", "\"cowCode\": true,");
    edit("offices.json", "\"end\": \"2022-12-31\",", "\"end\": \"2023-06-30\",");
    edit("mandates.json", "\"decision\": \"csc-2022-01-06-kazakhstan-deployment\",",
        "\"decision\": \"nothing\",");
    List<String> problems = problems();
    assertEquals(4, problems.size(), problems::toString);
    assertSame(before, CstoData.bundled());
    assertEquals(io.github.cstokit.model.Participation.FROZEN,
        CstoData.bundled().participation("AM", LocalDate.of(2025, 1, 1)));
  }

  @Test
  void anObserversHolderStateMustBeAnIsoCode() throws IOException {
    edit("observers.json", "\"holderState\": \"RS\"", "\"holderState\": \"XX\"");
    assertEquals(List.of("observers.json#/observers/0/holderState: 'XX' is not an ISO 3166-1 alpha-2"
        + " country code"), problems());
  }

  @Test
  void anObserverStatusThatEndsBeforeItBegins() throws IOException {
    edit("observers.json", "\"since\": \"2013\",", "\"since\": \"2013\", \"until\": \"2012\",");
    assertProblem("observers.json#/observers/0/until: 2012 is not after since 2013");
  }

  /** West Barrier's own source, which the two tests below take away. */
  private static final String WEST_BARRIER_SOURCES =
      "\"note\": \"Brest.\",\n          \"sources\": [\n            \"ksopn-west-barrier\"\n          ]\n";

  @Test
  void anEditionWithNeitherItsOwnSourceNorAConfidenceIsReadAsUnverified() throws IOException {
    // As in the files of 2026.11.0, which predate the mark: the edition is unsourced, so UNVERIFIED.
    edit("activities.json", WEST_BARRIER_SOURCES, "\"note\": \"Brest.\"\n");
    CstoDataset copy = CstoData.load(dir);
    io.github.cstokit.model.ActivityEdition edition =
        copy.activities().get(0).editions().get(2);
    assertEquals("Channel - West Barrier", edition.name().orElseThrow());
    assertFalse(edition.sourced(), edition.toString());
    assertEquals(java.util.Optional.of(io.github.cstokit.model.Confidence.UNVERIFIED),
        edition.confidence());
    assertEquals(CstoData.bundled().activities().get(1), copy.activities().get(1));
  }

  @Test
  void anEditionWithItsOwnSourceAndNoConfidenceHasNone() {
    io.github.cstokit.model.ActivityEdition westBarrier =
        CstoData.load(dir).activities().get(0).editions().get(2);
    assertEquals("Channel - West Barrier", westBarrier.name().orElseThrow());
    assertTrue(westBarrier.confidence().isEmpty(), westBarrier.toString());
  }

  /** Each file whose records may carry a confidence mark accepts only the model's names for it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "chairmanships.json, chairmanships/\\d+",
      "offices.json, appointments/\\d+",
      "instruments.json, instruments/\\d+",
      "observers.json, observers/\\d+",
      "activities.json, activities/\\d+/occurrences/\\d+"})
  void aConfidenceMarkOutsideTheModelsNames(String file, String place) throws IOException {
    Matcher mark = Pattern.compile("\"confidence\": \"[A-Z]+\"").matcher(Files.readString(dir.resolve(file)));
    assertTrue(mark.find(), () -> "test setup: no confidence mark in " + file);
    edit(file, mark.group(), "\"confidence\": \"CERTAIN\"");
    Set<String> names = new TreeSet<>();
    for (Confidence c : Confidence.values()) {
      names.add(c.name());
    }
    Pattern expected = Pattern.compile(Pattern.quote(file + "#/") + place
        + Pattern.quote("/confidence: 'CERTAIN' is not one of " + names));
    List<String> problems = problems();
    assertTrue(problems.stream().anyMatch(p -> expected.matcher(p).matches()),
        () -> "expected a problem matching " + expected + " but got " + problems);
  }

  @Test
  void anEditionWithoutItsOwnSourceMustBeMarkedUnverified() throws IOException {
    edit("activities.json", WEST_BARRIER_SOURCES,
        "\"note\": \"Brest.\",\n          \"confidence\": \"GOOD\"\n");
    assertProblem("activities.json#/activities/0/occurrences/2/confidence: must be UNVERIFIED");
  }

  @Test
  void aSessionsKindOutsideTheVocabulary() throws IOException {
    edit("sessions.json", "\"kind\": \"UNSPECIFIED\"", "\"kind\": \"SECRET\"");
    assertProblem("sessions.json#/sessions/0/kind: 'SECRET' is not one of");
  }

  @Test
  void anEditionsYearMustBeTheYearOfItsDays() throws IOException {
    edit("activities.json", "\"year\": 2004,", "\"year\": 2005,");
    assertProblem("activities.json#/activities/0/occurrences/0");
  }
}
