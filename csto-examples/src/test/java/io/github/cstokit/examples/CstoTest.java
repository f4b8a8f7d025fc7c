package io.github.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CstoTest {

  @TempDir Path tmp;

  /** Bad input: exit code 2, nothing on standard output, one line naming the problem, no stack trace. */
  private static final io.github.cstokit.data.CstoDataset DATA = io.github.cstokit.data.CstoData.bundled();

  private static void assertBadInput(Cli cli, String... expected) {
    assertEquals(Csto.BAD_INPUT, cli.code, cli.toString());
    assertEquals("", cli.out, cli.toString());
    String first = cli.err.lines().findFirst().orElse("");
    for (String part : expected) {
      assertTrue(first.contains(part), "expected '" + part + "' in the first line of\n" + cli);
    }
    assertFalse(cli.err.contains("\tat "), "stack trace in\n" + cli);
    assertFalse(cli.err.contains("Exception"), "exception name in\n" + cli);
  }

  private Path file(String name, String text) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  // members

  @Test
  void membersIn1995AreTheNineParties() {
    Cli cli = Cli.run("members", "--on", "1995-01-01").exits(Csto.OK);
    assertTrue(cli.out.startsWith("9 parties to the Collective Security Treaty on 1995-01-01:"), cli.out);
    for (String code : new String[] {"AM", "AZ", "BY", "GE", "KG", "KZ", "RU", "TJ", "UZ"}) {
      assertTrue(cli.out.contains("  " + code + "  "), code + " in " + cli.out);
    }
  }

  @Test
  void membersIn2025MarkArmeniaFrozen() {
    Cli cli = Cli.run("members", "--on", "2025-01-01").exits(Csto.OK);
    assertTrue(cli.out.startsWith("6 members of the Organization on 2025-01-01:"), cli.out);
    cli.prints("AM  Armenia  (participation frozen)");
    assertFalse(cli.out.contains("UZ"), cli.out);
  }

  @Test
  void membersRejectsAnImpossibleDate() {
    assertBadInput(Cli.run("members", "--on", "2023-02-30"),
        "csto members:", "'2023-02-30' is not a date: that day does not exist");
  }

  @Test
  void membersRejectsAMalformedDate() {
    assertBadInput(Cli.run("members", "--on", "1.1.2020"), "csto members:", "YYYY-MM-DD");
  }

  @Test
  void membersBeforeTheTreatySaysSoInWords() {
    Cli before = Cli.run("members", "--on", "1990-01-01").exits(Csto.OK);
    assertEquals("No state is a party to the Collective Security Treaty on 1990-01-01: the Treaty was signed on"
        + " 1992-05-15 and entered into force on 1994-04-20.", before.out.strip());
    Cli signed = Cli.run("members", "--on", "1993-01-01");
    assertTrue(signed.out.startsWith("No state is yet a party to the Collective Security Treaty on 1993-01-01:"
        + " the Treaty was signed on 1992-05-15 and entered into force on 1994-04-20."), signed.out);
    signed.prints(
        "By then 6 states had signed it or acceded to it:",
        "  UZ  Uzbekistan");
    assertFalse(signed.out.contains("AZ"), "Azerbaijan acceded on 1993-09-24: " + signed.out);
    assertFalse(before.out.contains("0 parties") || signed.out.contains("0 parties"), "no count of zero");
  }

  @Test
  void membersNeedsADate() {
    assertBadInput(Cli.run("members"), "csto members:", "--on");
  }

  // status

  @Test
  void statusOfArmeniaIn2025() {
    Cli cli = Cli.run("status", "AM", "--on", "2025-01-01").exits(Csto.OK);
    assertEquals("Armenia (AM) on 2025-01-01: MEMBER, participation FROZEN since 2024-02-22"
        + " (freeze declared 2024-02-22)", cli.out.strip());
  }

  @Test
  void statusAcceptsLowerCaseCodes() {
    Cli cli = Cli.run("status", "uz", "--on", "2013-01-01").exits(Csto.OK);
    assertTrue(cli.out.startsWith("Uzbekistan (UZ) on 2013-01-01: SUSPENDED"), cli.out);
  }

  @Test
  void statusRejectsAnUnknownStateCode() {
    assertBadInput(Cli.run("status", "XX", "--on", "2020-01-01"),
        "csto status:", "unknown state code 'XX'", "AM, AZ, BY");
  }

  @Test
  void statusRejectsAnImpossibleDate() {
    assertBadInput(Cli.run("status", "AM", "--on", "2023-02-30"), "csto status:", "'2023-02-30'");
  }

  // timeline

  @Test
  void timelineOfUzbekistan() {
    Cli cli = Cli.run("timeline", "UZ").exits(Csto.OK);
    cli.prints(
        "1999-04-21 .. 2006-06-22  CEASED",
        "2006-06-23 .. 2012-06-19  MEMBER",
        "MEMBER (frozen)",
        "suspension decision 2012-12-19");
  }

  @Test
  void timelineRejectsAnUnknownStateCode() {
    assertBadInput(Cli.run("timeline", "QQ"), "csto timeline:", "unknown state code 'QQ'");
  }

  // check

  @Test
  void checkOfKazakhstanIsIndeterminateWhileThePeacekeepingAgreementIsNotShownInForce() {
    Cli cli = Cli.run("check", "samples/kz-2022.json").exits(Csto.OK);
    assertTrue(cli.out.startsWith("Mandate kz-2022 (COLLECTIVE_PEACEKEEPING_FORCES in KZ) on 2022-01-06:"
        + " INDETERMINATE"), cli.out);
    cli.prints(
        "[INDETERMINATE] PK-3-OPERATION-ON-MEMBER-TERRITORY"
            + " (Peacekeeping Agreement Art. 3 [2007]",
        "had it been in force: SATISFIED");
  }

  @Test
  void checkWithoutARequestWouldBeViolatedWereTheAgreementInForce() {
    Cli cli = Cli.run("check", "samples/kz-2022-without-request.json").exits(Csto.OK);
    cli.prints(
        "[INDETERMINATE] PK-3-OPERATION-ON-MEMBER-TERRITORY",
        "had it been in force: VIOLATED",
        "no official request of the host state KZ");
  }

  @Test
  void checkPrintsDeterministicJson() {
    Cli first = Cli.run("check", "--json", "samples/decision-2025-limited.json");
    Cli second = Cli.run("check", "samples/decision-2025-limited.json", "--json");
    assertEquals(Csto.OK, first.code, first.toString());
    assertTrue(first.out.startsWith("{\"subject\":\"Decision CSC 2025-03-01: A statement of the Council\","
        + "\"date\":\"2025-03-01\",\"outcome\":\"INDETERMINATE\",\"findings\":["), first.out);
    assertEquals(first.out, second.out);
  }

  @Test
  void checkOfADecisionWithoutConsensusYet() {
    Cli cli = Cli.run("check", "samples/decision-2025-standard.json").exits(Csto.OK);
    cli.prints(
        "[INDETERMINATE] CHARTER-12-CONSENSUS",
        "no consensus yet");
  }

  @Test
  void checkAcceptsTheIdOfARecordedDecision() throws IOException {
    Path doc = file("recorded.json", "{\"mandate\": {\"id\": \"kz\", \"force\": \"collective-peacekeeping-forces\","
        + " \"host\": \"KZ\", \"territory\": \"MEMBER\","
        + " \"decision\": \"csc-2022-01-06-kazakhstan-deployment\"}}");
    Cli cli = Cli.run("check", doc.toString());
    assertTrue(cli.out.startsWith("Mandate kz (COLLECTIVE_PEACEKEEPING_FORCES in KZ) on 2022-01-06:"), cli.toString());
  }

  @Test
  void checkReportsAMissingFile() {
    Path missing = tmp.resolve("nothing.json");
    assertBadInput(Cli.run("check", missing.toString()), "csto check:", missing + ": no such file");
  }

  @Test
  void checkReportsADirectory() {
    assertBadInput(Cli.run("check", tmp.toString()), "csto check:", tmp + ": is a directory");
  }

  @Test
  void checkReportsAnUnreadableFile() throws IOException {
    Path doc = file("secret.json", "{}");
    Files.setPosixFilePermissions(doc, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(doc), "the file stays readable (running as root)");
    assertBadInput(Cli.run("check", doc.toString()), "csto check:", doc + ": cannot be read");
  }

  @Test
  void checkReportsMalformedJsonWithLineAndColumn() throws IOException {
    Path doc = file("broken.json", "{\"decision\": {\n  \"organ\": \"csc\",\n  \"date\" \"2022-01-06\"\n}}\n");
    assertBadInput(Cli.run("check", doc.toString()), "csto check:", doc + ":3:10: Unexpected character"
        + " ('\"'", "was expecting a colon", "(malformed JSON)");
  }

  /**
   * Documents that {@code csto check} refuses, each with the start of the one line it reports after the
   * document's path: malformed JSON with its line and column, bad values with their JSON pointer.
   */
  static Stream<Arguments> refusedDocuments() {
    return Stream.of(
        Arguments.of("comma.json", "{\"decision\": {\"organ\": \"csc\",}}", ":1:30: Unexpected character ('}'"),
        Arguments.of("twice.json", "{\"decision\": {\"organ\": \"csc\", \"organ\": \"cfm\"}}",
            ":1:38: Duplicate field 'organ'"),
        Arguments.of("empty.json", "", ":1:1: the document is empty"),
        Arguments.of("date.json", "{\"decision\": {\"organ\": \"csc\", \"date\": \"2023-02-30\","
            + " \"matter\": \"x\"}}", "#/decision/date: 2023-02-30 is not a date"),
        Arguments.of("state.json", "{\"decision\": {\"organ\": \"csc\", \"date\": \"2023-02-01\","
            + " \"matter\": \"x\", \"positions\": {\"Armenia\": \"SUPPORTS\"}}}",
            "#/decision/positions/Armenia: 'Armenia' is not an ISO 3166-1 alpha-2 code"),
        Arguments.of("extra.json", "{\"decision\": {\"organ\": \"csc\", \"date\": \"2023-02-01\","
            + " \"matter\": \"x\", \"colour\": \"blue\"}}", "#/decision/colour: unknown property"),
        Arguments.of("body.json", "{\"decision\": {\"organ\": \"nato\", \"date\": \"2023-02-01\","
            + " \"matter\": \"x\"}}", "#/decision/organ: unknown organ 'nato'"),
        Arguments.of("position.json", "{\"decision\": {\"organ\": \"csc\", \"date\": \"2023-02-01\","
            + " \"matter\": \"x\", \"positions\": {\"AM\": \"MAYBE\"}}}",
            "#/decision/positions/AM: 'MAYBE' is not one of [ABSENT, ABSTAINS"),
        Arguments.of("neither.json", "{}", "#: the document must hold a \"decision\" or a \"mandate\""),
        Arguments.of("citation.json", "{\"mandate\": {\"id\": \"x\", \"host\": \"KZ\","
            + " \"territory\": \"MEMBER\", \"legalBases\": [\"Article 4\"]}}",
            "#/mandate/legalBases/0: 'Article 4' names no instrument"),
        Arguments.of("missing.json", "{\"decision\": {\"organ\": \"csc\", \"matter\": \"x\"}}",
            "#/decision/date: is required"),
        Arguments.of("undated.json", "{\"mandate\": {\"id\": \"x\", \"host\": \"KZ\","
            + " \"territory\": \"MEMBER\"}}", "#/mandate: "),
        Arguments.of("id.json", "{\"mandate\": {\"id\": \"x\", \"host\": \"KZ\","
            + " \"territory\": \"MEMBER\", \"decision\": \"no-such-decision\"}}",
            "#/mandate/decision: unknown decision 'no-such-decision'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedDocuments")
  void checkReportsABadDocumentAtItsPlace(String name, String text, String expected) throws IOException {
    Path doc = file(name, text);
    assertBadInput(Cli.run("check", doc.toString()), doc + expected);
  }

  @Test
  void checkReportsANonUtf8File() throws IOException {
    Path latin = tmp.resolve("latin.json");
    Files.write(latin, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
    assertBadInput(Cli.run("check", latin.toString()), latin + ":1:3: not UTF-8 text (byte 0xE9)");
  }

  // export

  @Test
  void exportWritesEachTableToStandardOutputAfterTheProvenanceLine() {
    String provenance = "# csto-kit dataset " + DATA.version() + ", data as of " + DATA.dataAsOf() + "\n";
    Cli atop = Cli.run("export", "--format", "atop").exits(Csto.OK);
    assertTrue(atop.out.startsWith(provenance + "atopid,"), atop.out);
    Cli cow = Cli.run("export", "COW");
    assertTrue(cow.out.startsWith(provenance + "version4id,ccode,state_name,"), cow.out);
    Cli events = Cli.run("export", "events");
    assertTrue(events.out.startsWith(provenance + "id,state,ccode,type,date,"), events.out);
    events.prints("SUSPENSION_DECISION");
    Cli years = Cli.run("export", "state-year");
    assertTrue(years.out.startsWith(provenance + "ccode,stateabb,iso2,year,status_mid,"), years.out);
    years.prints("\n704,UZB,UZ,2012,MEMBER,FROZEN,SUSPENDED,NORMAL,ORGANIZATION,0,");
    Cli sources = Cli.run("export", "sources", "--no-comment");
    assertTrue(sources.out.startsWith("id,title,publisher,url,document,kind,date,cited_by\n"), sources.out);
  }

  @Test
  void exportWritesAFile() throws IOException {
    Path out = tmp.resolve("cow.csv");
    Cli cli = Cli.run("export", "--format", "cow", "--out", out.toString()).exits(Csto.OK);
    assertTrue(cli.out.startsWith("Wrote " + out + ": 10 rows (cow), dataset " + DATA.version()), cli.out);
    assertEquals(Cli.run("export", "--format", "cow").out.replace(System.lineSeparator(), "\n"),
        Files.readString(out).replace(System.lineSeparator(), "\n"));
  }

  @Test
  void exportWritesTheDataPackage() throws IOException {
    Path dir = tmp.resolve("package");
    Cli cli = Cli.run("export", "--package", dir.toString()).exits(Csto.OK);
    assertTrue(cli.out.startsWith("Wrote the data package " + dir + ", dataset " + DATA.version()), cli.out);
    for (String name : new String[] {"csto-atop-members.csv", "csto-cow-members.csv", "csto-events.csv",
        "csto-state-years.csv", "csto-sources.csv", "datapackage.json"}) {
      assertTrue(Files.isRegularFile(dir.resolve(name)), name);
      assertTrue(cli.out.contains("  " + name + "\n") || cli.out.contains("  " + name + System.lineSeparator()),
          cli.out);
    }
    String descriptor = Files.readString(dir.resolve("datapackage.json"));
    Cli.assertContains(descriptor,
        "\"version\": \"" + DATA.version() + "\"",
        "\"dataAsOf\": \"" + DATA.dataAsOf() + "\"");
    assertEquals(Cli.run("export", "state-year", "--no-comment").out.replace(System.lineSeparator(), "\n"),
        Files.readString(dir.resolve("csto-state-years.csv")));
  }

  @Test
  void exportRejectsAnUnknownTableAndBadOutputs() {
    assertBadInput(Cli.run("export", "--format", "xlsx"), "csto export:",
        "'xlsx' is not a table; expected atop, cow, events, state-year or sources");
    assertBadInput(Cli.run("export", "dyads"), "csto export:", "'dyads' is not a table");
    assertBadInput(Cli.run("export"), "csto export:", "name a table");
    assertBadInput(Cli.run("export", "cow", "--format", "atop"), "csto export:", "give the table once");
    assertBadInput(Cli.run("export", "cow", "--package", tmp.toString()), "csto export:",
        "--package writes every table");
    assertBadInput(Cli.run("export", "--format", "cow", "--out", tmp.toString()),
        "csto export:", tmp + ": is a directory");
    Path nowhere = tmp.resolve("no/such/dir/out.csv");
    assertBadInput(Cli.run("export", "--format", "cow", "--out", nowhere.toString()),
        "csto export:", nowhere + ": the directory");
    Path deep = tmp.resolve("no/such/package");
    assertBadInput(Cli.run("export", "--package", deep.toString()), "csto export:", deep + ": the directory");
    Path file = tmp.resolve("plain-file");
    try {
      Files.writeString(file, "x");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertBadInput(Cli.run("export", "--package", file.toString()), "csto export:", file + ": not a directory");
  }

  // validate

  @Test
  void validateAcceptsTheBundledData() {
    Cli cli = Cli.run("validate", DataSources.dir().toString()).exits(Csto.OK);
    cli.prints(": valid, CstoDataset[2026.");
  }

  @Test
  void validateReportsEveryProblemWithFileAndPointer() throws IOException {
    Path copy = DataSources.copyInto(tmp, "edited");
    Path events = copy.resolve("events.json");
    String text = Files.readString(events);
    int at = text.indexOf("\"date\": \"") + "\"date\": \"".length();
    Files.writeString(events, text.substring(0, at) + "2023-02-30" + text.substring(at + 10));
    Cli cli = Cli.run("validate", copy.toString()).exits(Csto.BAD_INPUT);
    assertTrue(cli.err.contains("events.json#/events/"), cli.toString());
    assertTrue(cli.err.contains("2023-02-30"), cli.toString());
    assertTrue(cli.err.strip().endsWith("; nothing was loaded"), cli.toString());
    assertFalse(cli.err.contains("\tat "), cli.toString());
  }

  @Test
  void validateReportsAMissingDirectoryAndANonZipFile() throws IOException {
    Path missing = tmp.resolve("missing");
    assertBadInput(Cli.run("validate", missing.toString()), "csto validate:", missing + ": no such");
    Path notZip = file("data.zip", "not a zip");
    assertBadInput(Cli.run("validate", notZip.toString()), "csto validate: " + notZip + ": archive#:");
  }

  // --data

  @Test
  void everyFactCommandReadsAnEditedDatasetGivenWithData() throws IOException {
    Path copy = DataSources.copyInto(tmp, "renamed");
    DataSources.replace(copy.resolve("states.json"), "\"Armenia\"", "\"Armenia (edited)\"");
    Cli status = Cli.run("status", "AM", "--on", "2000-01-01", "--data", copy.toString()).exits(Csto.OK);
    assertTrue(status.out.startsWith("Armenia (edited) (AM) on 2000-01-01: "), status.toString());
    Cli members = Cli.run("members", "--on", "2000-01-01", "--data", copy.toString());
    members.prints("AM  Armenia (edited)");
    Cli bundled = Cli.run("status", "AM", "--on", "2000-01-01");
    assertTrue(bundled.out.startsWith("Armenia (AM) on 2000-01-01: "), bundled.toString());
  }

  @Test
  void dataThatDoesNotLoadIsBadInputNamingThePath() {
    Path missing = tmp.resolve("missing");
    assertBadInput(Cli.run("members", "--on", "2000-01-01", "--data", missing.toString()),
        "csto members:", missing + ": no such");
    assertBadInput(Cli.run("timeline", "AM", "--data", missing.toString()), "csto timeline:", missing + ": no such");
  }

  // the root command

  @Test
  void helpAndVersion() {
    Cli help = Cli.run("--help").exits(Csto.OK);
    for (String command : new String[] {"members", "status", "timeline", "check", "export", "validate", "tour"}) {
      assertTrue(help.out.contains("  " + command + " "), command + " in " + help.out);
    }
    help.prints("Exit codes:");
    Cli version = Cli.run("--version").exits(Csto.OK);
    version.prints("dataset 2026.");
  }

  @Test
  void noCommandOrAnUnknownOneIsBadInput() {
    Cli none = Cli.run().exits(Csto.BAD_INPUT);
    assertTrue(none.err.startsWith("Usage: csto"), none.toString());
    assertBadInput(Cli.run("memberz"), "csto:", "memberz");
  }

  @Test
  void tourCommandPrintsTheTour() {
    Cli cli = Cli.run("tour").exits(Csto.OK);
    cli.prints("8. Next things to try");
  }
}
