package io.github.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library's rows of the bad-input catalogue ({@code docs/bad-input.md}): each test feeds one kind of
 * bad input to {@link CstoData#load(Path)} or {@link CstoData#load(InputStream)} and checks the exact
 * problem reported. After every test, the bundled dataset and a dataset loaded before are unchanged.
 */
class BadInputTest {

  @TempDir Path dir;

  /** A dataset loaded before any bad input, and what it looked like then. */
  private static CstoDataset loadedBefore;
  private static String loadedBeforeFingerprint;
  private static CstoDataset bundledBefore;
  private static String bundledFingerprint;

  @BeforeAll
  static void loadOnceBefore(@TempDir Path copy) throws IOException {
    copyBundled(copy);
    loadedBefore = CstoData.load(copy);
    loadedBeforeFingerprint = fingerprint(loadedBefore);
    bundledBefore = CstoData.bundled();
    bundledFingerprint = fingerprint(bundledBefore);
  }

  @BeforeEach
  void copyBundledFiles() throws IOException {
    copyBundled(dir);
  }

  /** Nothing is half-loaded: whatever failed, the bundled and the earlier dataset are as they were. */
  @AfterEach
  void nothingWasHalfLoaded() {
    assertSame(bundledBefore, CstoData.bundled());
    assertEquals(bundledFingerprint, fingerprint(CstoData.bundled()));
    assertEquals(loadedBeforeFingerprint, fingerprint(loadedBefore));
  }

  private static void copyBundled(Path to) throws IOException {
    for (String name : DatasetLoader.FILES) {
      try (InputStream in = CstoData.class.getResourceAsStream(name)) {
        Files.write(to.resolve(name), in.readAllBytes());
      }
    }
  }

  /** Every fact of a dataset, as text. */
  static String fingerprint(CstoDataset data) {
    StringWriter events = new StringWriter();
    try {
      Exports.writeEventLog(data, events);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return String.join("\n", data.toString(), data.events().toString(), data.instruments().toString(),
        data.chairmanships().toString(), data.appointments().toString(), data.sources().toString(),
        data.organs().toString(), data.forces().toString(), data.decisions().toString(),
        data.mandates().toString(), events.toString());
  }

  private String read(String file) throws IOException {
    return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
  }

  private void write(String file, String text) throws IOException {
    Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
  }

  /** Replaces the first occurrence of a text in a file; fails if it is not there. */
  private void edit(String file, String from, String to) throws IOException {
    String text = read(file);
    int i = text.indexOf(from);
    assertTrue(i >= 0, () -> "test setup: '" + from + "' not in " + file);
    write(file, text.substring(0, i) + to + text.substring(i + from.length()));
  }

  private static List<String> problems(Supplier<CstoDataset> load) {
    CstoDataException e = assertThrows(CstoDataException.class, load::get);
    for (String problem : e.problems()) {
      assertTrue(problem.matches("(?s)[a-z]+\\.json#(/.*?)?: .+|archive#: .+"),
          () -> "no file and pointer in '" + problem + "'");
    }
    return e.problems();
  }

  private List<String> problems() {
    return problems(() -> CstoData.load(dir));
  }

  /** What a reported problem must be: its whole text, its start, or a pattern it matches. */
  private record Expected(String what, Predicate<String> test) {}

  private static Expected is(String problem) {
    return new Expected("the problem '" + problem + "'", problem::equals);
  }

  /** A problem that starts with this text (the rest comes from the JSON parser). */
  private static Expected startingWith(String start) {
    return new Expected("a problem starting with '" + start + "'", p -> p.startsWith(start));
  }

  private static Expected matching(String regex) {
    return new Expected("a problem matching '" + regex + "'", p -> p.matches(regex));
  }

  private static Expected containing(String part) {
    return new Expected("a problem containing '" + part + "'", p -> p.contains(part));
  }

  /** The load fails, and each expected problem is among those reported. */
  private void assertProblems(Expected... expected) {
    List<String> problems = problems();
    for (Expected e : expected) {
      assertTrue(problems.stream().anyMatch(e.test()), () -> "expected " + e.what() + " but got " + problems);
    }
  }

  /** The load fails with exactly this problem among those reported. */
  private void assertProblem(String expected) {
    assertProblems(is(expected));
  }

  /** The load fails with a problem that starts with this text (the rest comes from the JSON parser). */
  private void assertProblemStartingWith(String expected) {
    assertProblems(startingWith(expected));
  }

  /** One change to the copied dataset files. */
  @FunctionalInterface
  private interface Change {
    void applyTo(BadInputTest test) throws IOException;
  }

  /** Replaces the first occurrence of a text in a file (see {@link #edit}). */
  private static Change replace(String file, String from, String to) {
    return test -> test.edit(file, from, to);
  }

  /** Writes a whole file. */
  private static Change overwrite(String file, String text) {
    return test -> test.write(file, text);
  }

  /** A row of the catalogue: changes to the files, and problems the load must report among others. */
  private record BadFile(String name, List<Change> changes, List<Expected> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static BadFile badFile(String name, List<Change> changes, Expected... expected) {
    return new BadFile(name, changes, List.of(expected));
  }

  /** The rows of the catalogue made by editing or writing files; each is named as in docs/bad-input.md. */
  static Stream<BadFile> badFiles() {
    return Stream.of(
        badFile("emptyFile", List.of(
            overwrite("forces.json", ""),
            overwrite("organs.json", " \n\t\n")),
            is("forces.json#: the file is empty"),
            is("organs.json#: the file is empty")),
        badFile("aFileThatIsNotAnObject", List.of(
            overwrite("forces.json", "[]"),
            overwrite("organs.json", "\"organs\"")),
            is("forces.json#: must be a JSON object, not array"),
            is("organs.json#: must be a JSON object, not string")),
        badFile("wrongJsonTypes", List.of(
            replace("states.json", "\"cowCode\": 371,", "\"cowCode\": 371.5,"),
            replace("events.json", "\"effective\": true,", "\"effective\": \"true\","),
            replace("forces.json", "\"legalBasis\": [", "\"legalBasis\": {\"x\": 1}, \"y\": ["),
            replace("offices.json", "{\n  \"format\"", "[{\n  \"format\"")),
            is("states.json#/states/0/cowCode: wrong type, expected an integer"),
            matching("events\\.json#/events/\\d+/effective: wrong type, expected true or false"),
            is("forces.json#/forces/0/legalBasis: wrong type, expected an array"),
            startingWith("offices.json#: malformed JSON")),
        badFile("missingRequiredFields", List.of(
            replace("events.json", "\"type\": \"SIGNATURE\",", ""),
            replace("forces.json", "\"format\": 1,", "")),
            is("events.json#/events/0/type: is required"),
            is("forces.json#/format: is required")),
        badFile("nullForARequiredField", List.of(
            replace("events.json", "\"type\": \"SIGNATURE\",", "\"type\": null,")),
            is("events.json#/events/0/type: is required")),
        badFile("unknownProperties", List.of(
            replace("events.json", "\"id\": \"am-treaty-signature\",",
                "\"id\": \"am-treaty-signature\", \"colour\": \"red\","),
            replace("forces.json", "\"format\": 1,", "\"format\": 1, \"extra\": true,")),
            is("events.json#/events/0/colour: unknown property"),
            is("forces.json#/extra: unknown property")),
        badFile("duplicateIds", List.of(
            replace("events.json", "\"id\": \"am-treaty-entry-into-force\",",
                "\"id\": \"am-treaty-signature\",")),
            is("events.json#/events/1/id: duplicate id 'am-treaty-signature' (first at /events/0)")),
        badFile("duplicateKeys", List.of(
            replace("states.json", "\"id\": \"AM\",", "\"id\": \"AM\", \"id\": \"AM\",")),
            startingWith("states.json#: malformed JSON at line 7, column 23: Duplicate field 'id'")),
        badFile("danglingReferences", List.of(
            replace("events.json", "\"odkb-25years\"", "\"no-such-source\""),
            replace("events.json", "\"instrument\": \"treaty-1992\",", "\"instrument\": \"treaty-1991\",")),
            is("events.json#/events/0/sources/0: unknown source 'no-such-source'"),
            is("events.json#/events/0/instrument: unknown instrument 'treaty-1991'")),
        badFile("aDateThatDoesNotExist", List.of(
            replace("events.json", "\"date\": \"2024-02-22\",", "\"date\": \"2023-02-30\",")),
            is("events.json#/events/6/date: 2023-02-30 is not a date")),
        badFile("aPartialDateWhereAFullOneIsRequired", List.of(
            replace("offices.json", "\"decisionDate\": \"2003-04-28\"", "\"decisionDate\": \"2003-04\""),
            replace("forces.json", "\"dataAsOf\": \"2026-02-12\",", "\"dataAsOf\": \"2026-02\",")),
            matching("offices\\.json#/appointments/\\d+/decisionDate: '2003-04' is not a full date of the"
                + " form YYYY-MM-DD"),
            is("forces.json#/dataAsOf: '2026-02' is not a full date of the form YYYY-MM-DD")),
        badFile("endBeforeStart", List.of(
            replace("offices.json", "\"end\": \"2022-12-31\",", "\"end\": \"2019-12-31\",")),
            is("offices.json#/appointments/4/end: 2019-12-31 is before the start 2020-01-01")),
        badFile("overlappingTerms", List.of(
            replace("chairmanships.json", "\"end\": \"2011-12-20\",", "\"end\": \"2012-01-20\","),
            replace("offices.json", "\"end\": \"2022-12-31\",", "\"end\": \"2023-06-30\",")),
            startingWith("chairmanships.json#/chairmanships/7: overlaps 'by-2010'"),
            is("offices.json#/appointments/5: overlaps 'sg-zas' (2020-01-01 to 2023-06-30)")),
        badFile("aFactWithoutASource", List.of(
            replace("events.json",
                "\"sources\": [\n        \"odkb-25years\",\n        \"cis-legislation-4144\"\n      ]",
                "\"sources\": []"),
            replace("forces.json", "\"sources\": [", "\"sourcez\": [")),
            is("events.json#/events/0/sources: a fact needs at least one source"),
            is("forces.json#/forces/0/sourcez: unknown property")),
        badFile("aStateCodeThatIsNotIsoOrNotInTheData", List.of(
            replace("events.json", "\"state\": \"AM\",", "\"state\": \"Armenia\","),
            replace("offices.json", "\"state\": \"AM\",", "\"state\": \"FR\",")),
            is("events.json#/events/0/state: unknown state 'Armenia'"),
            matching("offices\\.json#/appointments/\\d+/state: unknown state 'FR'")),
        badFile("anEventBeforeTheTreatyOrAfterTheDataDate", List.of(
            replace("events.json", "\"date\": \"1992-05-15\",", "\"date\": \"1992-05-14\","),
            replace("events.json", "\"date\": \"2024-02-22\",", "\"date\": \"2026-02-13\",")),
            is("events.json#/events/0/date: 1992-05-14 is before the Treaty was signed on 1992-05-15"),
            is("events.json#/events/6/date: 2026-02-13 is after the dataset's dataAsOf 2026-02-12")),
        badFile("aWrongFormatVersion", List.of(
            replace("organs.json", "\"format\": 1,", "\"format\": 2,"),
            replace("forces.json", "\"format\": 1,", "\"format\": \"1\",")),
            is("organs.json#/format: 2 is not a supported format (this library reads format 1)"),
            is("forces.json#/format: \"1\" is not a supported format (this library reads format 1)")),
        badFile("aDecisionOfABodyThatTakesNoDecisions", List.of(
            replace("mandates.json", "\"organ\": \"csc\",", "\"organ\": \"secretariat\",")),
            matching("mandates\\.json#/decisions/\\d+/organ: organ 'secretariat' takes no decisions \\(its"
                + " decides is false in organs\\.json\\)")),
        badFile("numbersOutOfRange", List.of(
            replace("states.json", "\"cowCode\": 371,", "\"cowCode\": 99999999999,"),
            replace("mandates.json", "\"personnel\": 2030", "\"personnel\": -2030"),
            replace("activities.json", "\"year\": 2004,", "\"year\": 1800,")),
            is("states.json#/states/0/cowCode: Numeric value (99999999999) out of range of int (-2147483648"
                + " - 2147483647)"),
            is("mandates.json#/mandates/0/strength/personnel: must be positive"),
            matching("activities\\.json#/activities/\\d+/occurrences/\\d+/year: 1800 is outside the"
                + " dataset's years")),
        badFile("aNumberTooLongToRead", List.of(
            replace("states.json", "\"cowCode\": 371,", "\"cowCode\": 371" + "0".repeat(30) + ",")),
            startingWith("states.json#: exceeds a safety limit: Number value length (33) exceeds the"
                + " maximum allowed (20")),
        badFile("extremelyDeepNesting", List.of(
            replace("forces.json", "\"format\": 1,",
                "\"format\": 1, \"deep\": " + "[".repeat(100_000) + "]".repeat(100_000) + ",")),
            startingWith("forces.json#: exceeds a safety limit: Document nesting depth (33) exceeds"
                + " the maximum allowed (32")),
        badFile("extremelyLongStrings", List.of(
            replace("forces.json", "\"nameEn\": \"", "\"nameEn\": \"" + "x".repeat(1_000_000))),
            startingWith("forces.json#: exceeds a safety limit: String value length")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void badFile(BadFile bad) throws IOException {
    for (Change change : bad.changes()) {
      change.applyTo(this);
    }
    assertProblems(bad.expected().toArray(Expected[]::new));
  }

  @Test
  void truncatedJson() throws IOException {
    String text = read("forces.json");
    write("forces.json", text.substring(0, text.length() / 2));
    assertProblemStartingWith("forces.json#: malformed JSON at line ");
    assertProblems(containing("Unexpected end-of-input"));
  }

  @Test
  void nonUtf8Bytes() throws IOException {
    byte[] latin1 = read("states.json").replace("\"nameEn\": \"Armenia\"", "\"nameEn\": \"Arm\u00e9nie\"")
        .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("states.json"), latin1);
    assertProblem("states.json#: is not UTF-8 text: byte 0xE9 at line 11, column 21");
  }

  @Test
  void aUtf8ByteOrderMarkIsAccepted() throws IOException {
    byte[] text = Files.readAllBytes(dir.resolve("states.json"));
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    Files.write(dir.resolve("states.json"), withBom);
    assertEquals(loadedBeforeFingerprint, fingerprint(CstoData.load(dir)));
  }

  @Test
  void otherByteOrderMarksAndUtf16AreRejected() throws IOException {
    Files.write(dir.resolve("states.json"), read("states.json").getBytes(StandardCharsets.UTF_16));
    Files.write(dir.resolve("forces.json"), read("forces.json").getBytes(StandardCharsets.UTF_16LE));
    assertProblems(
        is("states.json#: is not UTF-8 text: byte 0xFE at line 1, column 1"),
        startingWith("forces.json#: malformed JSON at line 1, column 3: Illegal character ((CTRL-CHAR,"
            + " code 0))"));
  }

  @Test
  void aHundredMegabyteFileInADirectory() throws IOException {
    writeHugeFile(dir.resolve("sources.json"));
    assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> assertProblem("sources.json#: the file is larger than 8388608 bytes"));
  }

  @Test
  void aHundredMegabyteFileInAZipArchive() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
      for (String name : DatasetLoader.FILES) {
        zip.putNextEntry(new ZipEntry(name));
        if (name.equals("sources.json")) {
          writeHuge(zip);
        } else {
          zip.write(Files.readAllBytes(dir.resolve(name)));
        }
        zip.closeEntry();
      }
    }
    // Deflated, 100 MB of blanks take a fraction of a megabyte: the archive is small, its entry is not.
    assertTrue(zipped.size() < 1_000_000, () -> "archive of " + zipped.size() + " bytes");
    List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> problems(() -> CstoData.load(new ByteArrayInputStream(zipped.toByteArray()))));
    assertEquals(List.of("sources.json#: the file is larger than 8388608 bytes"), problems);
  }

  /** A well-formed JSON file of 100 MB: the real sources, then blanks. */
  private void writeHugeFile(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      writeHuge(out);
    }
    assertEquals(HUGE, Files.size(file));
  }

  private static final long HUGE = 100L * 1024 * 1024;

  private void writeHuge(OutputStream out) throws IOException {
    byte[] start = read("sources.json").getBytes(StandardCharsets.UTF_8);
    out.write(start);
    byte[] blanks = new byte[1 << 20];
    Arrays.fill(blanks, (byte) ' ');
    long left = HUGE - start.length;
    while (left > 0) {
      int n = (int) Math.min(blanks.length, left);
      out.write(blanks, 0, n);
      left -= n;
    }
  }

  @Test
  void aFileThatIsADirectory() throws IOException {
    Files.delete(dir.resolve("forces.json"));
    Files.createDirectory(dir.resolve("forces.json"));
    assertProblem("forces.json#: is a directory, not a regular file; not opened");
  }

  @Test
  void aMissingFile() throws IOException {
    Files.delete(dir.resolve("forces.json"));
    assertProblem("forces.json#: the file is missing");
  }

  @Test
  void aDeviceThatNeverEnds() throws IOException {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "no /dev/zero here");
    Files.delete(dir.resolve("forces.json"));
    Path link = Files.createSymbolicLink(dir.resolve("forces.json"), zero);
    try {
      assertTimeoutPreemptively(Duration.ofSeconds(30),
          () -> assertProblem("forces.json#: is a named pipe or a device, not a regular file; not opened"));
    } finally {
      Files.delete(link); // the link only, not the device
    }
  }

  @Test
  void contingentFlagsAndTheSecurityCouncilDecisionAreReadAndChecked() throws IOException {
    edit("mandates.json", "\"sizeNote\": \"Largest", "\"underUnifiedCommand\": \"yes\", \"sizeNote\": \"Largest");
    assertProblem("mandates.json#/mandates/0/contingents/0/underUnifiedCommand: wrong type, expected true or false");
    copyBundledFiles();
    edit("mandates.json", "\"deployed\"", "\"unSecurityCouncilDecision\": \"2022\", \"deployed\"");
    assertProblem("mandates.json#/mandates/0/unSecurityCouncilDecision: '2022' is not a full date of the form YYYY-MM-DD");
  }

  @Test
  void aNullInsideTheSourcesOfAnAppointmentOrAChairmanship() throws IOException {
    edit("offices.json", "\"sources\": [", "\"sources\": [null, ");
    edit("chairmanships.json", "\"sources\": [", "\"sources\": [null, ");
    List<String> problems = problems();
    assertEquals(List.of("offices.json#/appointments/0/sources/0: must be a source id, not null",
        "chairmanships.json#/chairmanships/0/sources/0: must be a source id, not null"), problems);
  }

  @Test
  void aDataDateBeforeTheTreatyIsOneProblemAtDataAsOf() throws IOException {
    for (String file : DatasetLoader.FILES) {
      edit(file, "\"dataAsOf\": \"2026-02-12\"", "\"dataAsOf\": \"0000-01-01\"");
    }
    List<String> problems = problems();
    assertEquals(DatasetLoader.FILES.size(), problems.size(), problems::toString);
    assertEquals("sources.json#/dataAsOf: 0000-01-01 is before the Treaty was signed on 1992-05-15: not a"
        + " data date of this dataset", problems.get(0));
    assertTrue(problems.stream().allMatch(p -> p.contains("#/dataAsOf: ")), problems::toString);
  }
}
