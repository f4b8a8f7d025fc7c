package io.github.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command-line rows of the bad-input catalogue ({@code docs/bad-input.md}) for {@code csto check}:
 * bad input gets exit code 2 and one line naming the file and the place; rules-level input (a body that
 * cannot decide, positions of non-members, a suspended member's contingent) gets a verdict.
 */
class CheckBadInputTest {

  @TempDir Path tmp;

  private static final String KZ = sample("kz-2022.json");
  private static final String DECISION = sample("decision-2025-standard.json");

  private static String sample(String name) {
    try {
      return Files.readString(Path.of("samples", name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Path file(String text) throws IOException {
    Path file = Files.createTempFile(tmp, "doc", ".json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static String replace(String text, String from, String to) {
    assertTrue(text.contains(from), () -> "test setup: '" + from + "' not in the sample");
    return text.replace(from, to);
  }

  /** Exit code 2, nothing on standard output, and exactly this one line on standard error. */
  private static void assertBadInput(Path doc, String expected) {
    Cli cli = Cli.run("check", doc.toString()).exits(Csto.BAD_INPUT);
    assertEquals("", cli.out, cli.toString());
    assertEquals("csto check: " + doc + expected, cli.err.strip(), cli.toString());
  }

  /** A verdict, with this outcome and a finding holding this text. */
  private static void assertVerdict(Path doc, int code, String outcome, String finding) {
    Cli cli = Cli.run("check", doc.toString());
    assertEquals(code, cli.code, cli.toString());
    assertTrue(cli.out.lines().findFirst().orElse("").endsWith(": " + outcome), cli.toString());
    cli.prints(finding);
    assertEquals("", cli.err, cli.toString());
  }

  /** A sample document edited: which, the text replaced and its replacement. */
  private record Edit(String name, String sample, String from, String to) {
    @Override
    public String toString() {
      return name;
    }

    String text() {
      return replace(sample, from, to);
    }
  }

  /** Edited samples that are bad input, each with the end of its one line; named as in docs/bad-input.md. */
  static Stream<Arguments> badInput() {
    return Stream.of(
        Arguments.of(new Edit("wrongJsonTypes", DECISION, "\"A statement of the Council\"", "42"),
            "#/decision/matter: wrong type, expected a string"),
        Arguments.of(new Edit("aPartialDateWhereAFullOneIsRequired", KZ, "\"withdrawalStart\": \"2022-01-13\"",
                "\"withdrawalStart\": \"2022-01\""),
            "#/mandate/completion/withdrawalStart: '2022-01' is not a full date of the form YYYY-MM-DD"),
        Arguments.of(new Edit("endBeforeStart", KZ, "\"end\": \"2022-01-19\"", "\"end\": \"2022-01-01\""),
            "#/mandate/period/end: 2022-01-01 is before the start 2022-01-06"),
        Arguments.of(new Edit("numbersOutOfRange: beyond an int", KZ, "\"state\": \"KG\"",
                "\"state\": \"KG\", \"size\": 99999999999"),
            "#/mandate/contingents/4/size: Numeric value (99999999999) out of range of int (-2147483648 -"
                + " 2147483647)"),
        Arguments.of(new Edit("numbersOutOfRange: not positive", KZ, "\"state\": \"KG\"",
                "\"state\": \"KG\", \"size\": -5"),
            "#/mandate/contingents/4: size must be positive but was -5"),
        Arguments.of(new Edit("numbersOutOfRange: too long to read", KZ, "\"state\": \"KG\"",
                "\"state\": \"KG\", \"size\": 1" + "0".repeat(50)),
            ":33:83: exceeds a safety limit: Number value length (51) exceeds the maximum allowed (20)"),
        Arguments.of(new Edit("extremelyLongStrings", DECISION, "\"A statement of the Council\"",
                "\"" + "x".repeat(100_000) + "\""),
            ":5:81486: exceeds a safety limit: String value length (81469) exceeds the maximum allowed (65536)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void badInput(Edit edit, String expected) throws IOException {
    assertBadInput(file(edit.text()), expected);
  }

  /**
   * Edited samples that the rules judge, with the exit code, the outcome and a finding's text; named as
   * in docs/bad-input.md.
   */
  static Stream<Arguments> judgedByTheRules() {
    Edit nonMember = new Edit("positionsFromANonMember", DECISION, "\"TJ\": \"SUPPORTS\"",
        "\"TJ\": \"SUPPORTS\", \"GE\": \"SUPPORTS\"");
    return Stream.of(
        Arguments.of(new Edit("aStateCodeNotInTheDataIsJudgedByTheRules", DECISION, "\"TJ\": \"SUPPORTS\"",
                "\"TJ\": \"SUPPORTS\", \"XX\": \"SUPPORTS\""),
            Csto.OK, "INDETERMINATE", "not entitled on 2025-03-01, not counted: XX (NOT_PARTY)"),
        Arguments.of(new Edit("aDecisionByABodyThatCannotDecideIt", KZ, "\"organ\": \"csc\"", "\"organ\": \"cfm\""),
            Csto.VIOLATED, "VIOLATED",
            "[VIOLATED] TREATY-6-USE-OF-FORCES (Treaty Art. 6 [2010]; basis OFFICIAL_SUMMARY)\n"
                + "      decided by the Council of Ministers of Foreign Affairs, not by the heads of state in the"
                + " Council"),
        Arguments.of(new Edit("aDecisionByABodyThatCannotDecideIt: the Secretariat", DECISION,
                "\"organ\": \"csc\"", "\"organ\": \"secretariat\""),
            Csto.OK, "NOT_APPLICABLE", "Secretariat takes no decisions binding on member states"),
        // A position of a state not entitled on the date is listed and counts neither for nor against.
        Arguments.of(nonMember, Csto.OK, "INDETERMINATE", "] CHARTER-12-CONSENSUS"),
        Arguments.of(nonMember, Csto.OK, "INDETERMINATE", "not entitled on 2025-03-01, not counted: GE (CEASED)"),
        Arguments.of(new Edit("aContingentFromASuspendedMember", KZ, "\"state\": \"KG\"", "\"state\": \"UZ\""),
            Csto.OK, "INDETERMINATE",
            "contingent from UZ, which is SUSPENDED on 2022-01-06, not a member in good standing"));
  }

  @ParameterizedTest(name = "{0}: {3}")
  @MethodSource("judgedByTheRules")
  void judgedByTheRules(Edit edit, int code, String outcome, String finding) throws IOException {
    assertVerdict(file(edit.text()), code, outcome, finding);
  }

  @Test
  void truncatedJson() throws IOException {
    assertBadInput(file(KZ.substring(0, 40)),
        ":4:3: Unexpected end-of-input within/between Object entries (malformed JSON)");
  }

  @Test
  void aByteOrderMarkIsAccepted() throws IOException {
    Path doc = file("\uFEFF" + KZ);
    // The Peacekeeping Agreement has no recorded entry into force: not shown to bind, so INDETERMINATE.
    assertVerdict(doc, Csto.OK, "INDETERMINATE", "[INDETERMINATE] PK-3-OPERATION-ON-MEMBER-TERRITORY");
  }

  @Test
  void extremelyDeepNesting() throws IOException {
    assertBadInput(file("{\"decision\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"),
        ":1:46: exceeds a safety limit: Document nesting depth (33) exceeds the maximum allowed (32)");
  }

  /** A file larger than a document may be is refused within half a minute, without being read to its end. */
  private static void assertTooLarge(Path file) {
    assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> assertBadInput(file, ": larger than 1048576 bytes; not a decision or mandate"));
  }

  @Test
  void aHundredMegabyteFile() throws IOException {
    Path doc = tmp.resolve("huge.json");
    byte[] blanks = new byte[1 << 20];
    Arrays.fill(blanks, (byte) ' ');
    try (OutputStream out = Files.newOutputStream(doc)) {
      out.write(KZ.getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 100; i++) {
        out.write(blanks);
      }
    }
    assertTrue(Files.size(doc) > 100L * 1024 * 1024);
    assertTooLarge(doc);
  }

  @Test
  void aDeviceThatNeverEnds() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "no /dev/zero here");
    assertTooLarge(zero);
  }

  @Test
  void aFileThatCannotBeReadEvenByRoot() {
    // chmod 000 does not stop root, but no one can read this process's memory from offset 0.
    Path memory = Path.of("/proc/self/mem");
    assumeTrue(Files.exists(memory), "no /proc here");
    Cli cli = Cli.run("check", memory.toString()).exits(Csto.BAD_INPUT);
    assertTrue(cli.err.startsWith("csto check: " + memory + ": cannot be read"), cli.toString());
    assertFalse(cli.err.contains("Exception"), cli.toString());
  }
}
