package io.github.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.cstokit.model.Attacker;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Contingent;
import io.github.cstokit.model.DatePrecision;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.ForceKind;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.RecordedOutcome;
import io.github.cstokit.model.Territory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Documents}: every bundled decision and mandate written validates against the published schema
 * and reads back equal; what the model keeps and the dataset form once lost (a month date, an unknown
 * format) survives; bad documents are a {@link CstoDataException} naming the place, {@code name:line:col}
 * for malformed JSON and {@code name#/pointer} for a value, with the dataset loader's limits.
 */
class DocumentsTest {

  private static CstoDataset data;
  private static Schema schema;

  @BeforeAll
  static void setUp() {
    data = CstoData.bundled();
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Documents.schema(), InputFormat.JSON);
  }

  static Stream<Decision> decisions() {
    return CstoData.bundled().decisions().stream();
  }

  static Stream<Mandate> mandates() {
    return CstoData.bundled().mandates().stream();
  }

  /** A way to write a document of a value, such as {@link Documents#writeDecision}. */
  @FunctionalInterface
  private interface Writing<T> {
    void write(T value, Writer out) throws IOException;
  }

  private static <T> String written(T value, Writing<T> writing) {
    StringWriter out = new StringWriter();
    try {
      writing.write(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String write(Decision d) {
    return written(d, Documents::writeDecision);
  }

  private static String write(Mandate m) {
    return written(m, Documents::writeMandate);
  }

  private static void assertValid(String json) {
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList(), json);
  }

  private static Decision decision(String json) throws IOException {
    return Documents.readDecision(new StringReader(json), "doc.json", data);
  }

  private static Mandate mandate(String json) throws IOException {
    return Documents.readMandate(new StringReader(json), "doc.json", data);
  }

  /** The problems of a document read as either kind, from its UTF-8 bytes. */
  private static List<String> problems(String json) {
    return problems(json.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> problems(byte[] bytes) {
    return assertThrows(CstoDataException.class,
        () -> Documents.read(new ByteArrayInputStream(bytes), "doc.json", data)).problems();
  }

  private static void assertProblem(String json, String expected) {
    List<String> problems = problems(json);
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)),
        () -> "expected a problem starting with\n  " + expected + "\nin\n  " + problems);
  }

  // Round trip

  @ParameterizedTest
  @MethodSource("decisions")
  void everyBundledDecisionValidatesAndReadsBackEqual(Decision d) throws IOException {
    String json = write(d);
    assertValid(json);
    assertEquals(d, decision(json));
    assertEquals(json, write(decision(json)), "writing is deterministic");
  }

  @ParameterizedTest
  @MethodSource("mandates")
  void everyBundledMandateValidatesAndReadsBackEqual(Mandate m) throws IOException {
    String json = write(m);
    assertValid(json);
    assertEquals(m, mandate(json));
    assertEquals(m, Documents.read(new StringReader(json), "doc.json", data).mandate().get());
  }

  @Test
  void aHypotheticalMandateReadsBackEqual() throws IOException {
    Decision decision = Decision.builder().body(Body.COLLECTIVE_SECURITY_COUNCIL)
        .date(PartialDate.of(2030, 5)).title("A what-if deployment").matter(Matter.DEPLOYMENT)
        .format(DecisionFormat.LIMITED).recordedOutcome(RecordedOutcome.ADOPTED)
        .putPosition("XK", Position.SUPPORTS).putPosition("BY", Position.ABSTAINS)
        .addSignature("BY").build();
    Mandate m = Mandate.builder().id("what-if").forceKind(ForceKind.OTHER).hostState("XK")
        .territory(Territory.OUTSIDE_MEMBER_STATES).decision(decision)
        .addLegalBasis(Citation.parse("Treaty Art. 4 [2010]"))
        .addContingent(Contingent.builder().state("RU").size(10).underUnifiedCommand(false)
            .voluntary(false).build())
        .period(Period.ofClosed(LocalDate.of(2030, 6, 1), LocalDate.of(2030, 6, 30)))
        .unSecurityCouncilDecision(LocalDate.of(2030, 5, 30)).deployed(false).build();
    String json = write(m);
    assertValid(json);
    Mandate r = mandate(json);
    if (!m.equals(r)) {
      for (java.lang.reflect.Method x : Mandate.class.getMethods()) {
        if (x.getParameterCount() == 0 && java.lang.reflect.Modifier.isAbstract(x.getModifiers())) {
          try {
            Object a = x.invoke(m);
            Object b = x.invoke(r);
            if (!a.equals(b)) {
              System.err.println("DIFF " + x.getName() + "\n  " + a + "\n  " + b);
            }
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
          }
        }
      }
      System.err.println(json);
    }
    assertEquals(m, mandate(json));
    assertTrue(json.startsWith("{\n  \"mandate\": {\n    \"id\": \"what-if\",\n"), json);
    assertFalse(json.contains("\"force\""), "OTHER is a force left out: " + json);
    assertTrue(json.contains("\"date\": \"2030-05\""), json);
  }

  @Test
  void aMonthDateAndAnUnknownFormatAreKept() throws IOException {
    Decision month = data.decision("cfm-2021-05-armenia-consultations").get();
    assertEquals(DatePrecision.MONTH, month.datePrecision());
    assertEquals(LocalDate.of(2021, 5, 1), month.date());
    assertTrue(write(month).contains("\"date\": \"2021-05\""));
    Decision unknown = data.decision("csc-2023-11-23-budget-2024").get();
    assertFalse(unknown.formatKnown());
    assertEquals(DecisionFormat.STANDARD, unknown.format());
    assertTrue(write(unknown).contains("\"format\": \"UNKNOWN\""));
    Decision read = decision("{\"decision\": {\"organ\": \"csc\", \"date\": \"2021\", \"matter\": \"x\","
        + " \"format\": \"UNKNOWN\"}}");
    assertEquals(DatePrecision.YEAR, read.datePrecision());
    assertEquals(java.util.Optional.empty(), read.recordedFormat());
    assertEquals(java.util.Optional.empty(), read.recordedOutcome());
  }

  @Test
  void theMinimalFormsTakeTheDefaults() throws IOException {
    Decision d = Documents.readDecision(new StringReader(
        "{\"decision\": {\"organ\": \"csc\", \"date\": \"2025-03-01\", \"matter\": \"x\"}}"));
    assertEquals(Decision.builder().body(Body.COLLECTIVE_SECURITY_COUNCIL)
        .date(LocalDate.of(2025, 3, 1)).title("x").build(), d);
    Mandate m = mandate("{\"mandate\": {\"id\": \"kz\", \"host\": \"KZ\", \"territory\": \"MEMBER\","
        + " \"force\": \"collective-peacekeeping-forces\","
        + " \"decision\": \"csc-2022-01-06-kazakhstan-deployment\"}}");
    assertEquals(ForceKind.COLLECTIVE_PEACEKEEPING_FORCES, m.forceKind());
    assertEquals(data.decision("csc-2022-01-06-kazakhstan-deployment"), m.decision());
    assertTrue(m.deployed());
  }

  @Test
  void aBomIsSkippedAndTheWriterIsNotClosed() throws IOException {
    byte[] bom = ("\uFEFF{\"decision\": {\"organ\": \"csc\", \"date\": \"2025\", \"matter\": \"x\"}}")
        .getBytes(StandardCharsets.UTF_8);
    assertEquals("x", Documents.readDecision(new ByteArrayInputStream(bom), "d", data).title());
    boolean[] closed = new boolean[1];
    Writer out = new StringWriter() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    Documents.writeDecision(data.decisions().get(0), out);
    assertFalse(closed[0]);
  }

  // Located errors: syntax (what the hand-written reader of csto check once checked, now Jackson's)

  @Test
  void malformedJsonIsPlacedByLineAndColumn() {
    assertEquals(List.of("doc.json:1:9: Invalid numeric value: Leading zeroes not allowed (malformed JSON)"),
        problems("[1, 2, 01]"));
    assertProblem("['a']", "doc.json:1:2: Unexpected character (''' (code 39))");
    assertProblem("{\"decision\": {\"organ\": \"csc\",}}", "doc.json:1:30: Unexpected character ('}'");
    assertProblem("{\"decision\":\n {", "doc.json:2:3: Unexpected end-of-input");
    assertProblem("{}  // comment", "doc.json:1:5: Unexpected character ('/' (code 47)): maybe a"
        + " (non-standard) comment?");
    assertProblem("{} {}", "doc.json:1:4: unexpected '{' after the end of the JSON value");
    assertProblem("{} 1", "doc.json:1:4: unexpected value after the end of the JSON value");
    assertProblem("[\"\t\"]", "doc.json:1:3: Illegal unquoted character ((CTRL-CHAR, code 9))");
    assertProblem("[\"\\x\"]", "doc.json:1:4: Unrecognized character escape 'x'");
    assertProblem("{\"decision\": {\"organ\": \"csc\", \"organ\": \"cfm\"}}",
        "doc.json:1:38: Duplicate field 'organ'");
    assertEquals(List.of("doc.json:1:1: the document is empty"), problems("  "));
    for (String p : problems("{\"x\": {\"y\" 1}}")) {
      assertFalse(p.contains("Jackson") || p.contains("Feature") || p.contains("`"), p);
    }
  }

  @Test
  void theDatasetLimitsHold() {
    assertProblem("{\"decision\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}",
        "doc.json:1:46: exceeds a safety limit: Document nesting depth (33) exceeds the maximum allowed"
            + " (32)");
    assertProblem("{\"decision\": {\"matter\": \"" + "x".repeat(70_000) + "\"}}",
        "doc.json:1:70027: exceeds a safety limit: String value length (70000) exceeds the maximum"
            + " allowed (65536)");
    assertProblem("{\"mandate\": {\"contingents\": [{\"size\": 1" + "0".repeat(30) + "}]}}",
        "doc.json:1:70: exceeds a safety limit: Number value length (31) exceeds the maximum allowed"
            + " (20)");
  }

  @Test
  void aLimitIsPlacedAlikeWhateverWasReadBefore() {
    String tooLong = "{\"decision\": {\"matter\": \"" + "x".repeat(100_000) + "\"}}";
    List<String> first = problems(tooLong);
    // A long string within the limit, read before, must not move where the next document's limit is found.
    problems("{\"decision\": {\"matter\": \"" + "y".repeat(60_000) + "\"}}");
    assertEquals(first, problems(tooLong));
    assertTrue(first.get(0).startsWith("doc.json:1:"), first::toString);
  }

  @Test
  void bytesThatAreNotUtf8ArePlaced() {
    assertEquals(List.of("doc.json:2:2: not UTF-8 text (byte 0xE9)"),
        problems(new byte[] {'{', '\n', '"', (byte) 0xE9, '"', '}'}));
    assertEquals(List.of("doc.json:1:1: not UTF-8 text (byte 0xFE)"),
        problems(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{'}));
  }

  @Test
  void aDocumentBeyondTheLengthLimitIsRefused() {
    String huge = " ".repeat((int) Documents.MAX_LENGTH) + "{}";
    assertEquals(List.of("doc.json#: the document is longer than 8388608 characters"),
        assertThrows(CstoDataException.class,
            () -> Documents.read(new StringReader(huge), "doc.json", data)).problems());
  }

  // Located errors: values, by JSON pointer

  @Test
  void valuesArePlacedByPointer() {
    assertProblem("{\"decision\": {\"organ\": \"csc\", \"date\": \"2025-03-01\", \"matter\": 42}}",
        "doc.json#/decision/matter: wrong type, expected a string");
    assertProblem("{\"decision\": {\"organ\": \"csc\", \"date\": \"2023-02-30\", \"matter\": \"x\"}}",
        "doc.json#/decision/date: 2023-02-30 is not a date");
    assertProblem("{\"decision\": {\"organ\": \"csc\", \"date\": \"01.02.2023\", \"matter\": \"x\"}}",
        "doc.json#/decision/date: '01.02.2023' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
    assertProblem("{\"decision\": {\"organ\": \"nato\", \"date\": \"2023\", \"matter\": \"x\"}}",
        "doc.json#/decision/organ: unknown organ 'nato'");
    assertProblem("{\"decision\": {\"organ\": \"csc\", \"date\": \"2023\", \"matter\": \"x\","
        + " \"positions\": {\"Armenia\": \"SUPPORTS\"}}}",
        "doc.json#/decision/positions/Armenia: 'Armenia' is not an ISO 3166-1 alpha-2 code");
    assertProblem("{\"decision\": {\"organ\": \"csc\", \"date\": \"2023\", \"matter\": \"x\","
        + " \"positions\": {\"AM\": \"MAYBE\"}}}",
        "doc.json#/decision/positions/AM: 'MAYBE' is not one of [ABSENT, ABSTAINS");
    assertProblem("{\"decision\": {\"organ\": \"csc\", \"date\": \"2023\", \"matter\": \"x\","
        + " \"colour\": \"blue\"}}", "doc.json#/decision/colour: unknown property");
    assertProblem("{\"decision\": {\"organ\": \"csc\", \"matter\": \"x\"}}",
        "doc.json#/decision/date: is required");
    assertProblem("{\"decision\": {\"organ\": \"csc\", \"date\": \"2023\", \"matter\": \"x\","
        + " \"sources\": [\"Not An Id\"]}}", "doc.json#/decision/sources/0: 'Not An Id' is not a source id");
    assertProblem("{}", "doc.json#: the document must hold a \"decision\" or a \"mandate\"");
    assertProblem("{\"decision\": {\"organ\": \"csc\", \"date\": \"2031-01-01\", \"matter\": \"x\","
        + " \"session\": \"csc-2031-01-01\"}}", "doc.json#/decision/session: unknown session 'csc-2031-01-01'");
    assertProblem("{\"decision\": {\"organ\": \"csc\", \"date\": \"2022-01-07\", \"matter\": \"x\","
        + " \"session\": \"csc-2022-01-06\"}}",
        "doc.json#/decision/session: session 'csc-2022-01-06' is dated 2022-01-06, not on the decision's day");
    assertProblem("{\"decision\": {\"organ\": \"cfm\", \"date\": \"2022-01-06\", \"matter\": \"x\","
        + " \"session\": \"csc-2022-01-06\"}}",
        "doc.json#/decision/session: session 'csc-2022-01-06' is of csc, not of the decision's organ cfm");
  }

  @Test
  void joiningDaysReadWriteAndReadBack() throws IOException {
    Decision d = Decision.builder().body(Body.COLLECTIVE_SECURITY_COUNCIL).date(LocalDate.of(2030, 5, 6))
        .title("A what-if decision joined later").putPosition("RU", Position.SUPPORTS)
        .putPosition("AM", Position.JOINED_LATER).addSignature("BY")
        .putJoiningDate("AM", LocalDate.of(2030, 6, 1)).putJoiningDate("BY", LocalDate.of(2030, 5, 6))
        .build();
    String json = write(d);
    assertValid(json);
    assertTrue(json.contains("\"joiningDates\": {\n      \"AM\": \"2030-06-01\",\n      \"BY\": \"2030-05-06\"\n"
        + "    }"), json);
    assertEquals(d, decision(json));
    assertFalse(write(d.withJoiningDates(Map.of())).contains("joiningDates"), "none recorded, none written");
  }

  @Test
  void badJoiningDaysArePlaced() {
    String head = "{\"decision\": {\"organ\": \"csc\", \"date\": \"2030-05-06\", \"matter\": \"x\","
        + " \"positions\": {\"AM\": \"JOINED_LATER\", \"RU\": \"SUPPORTS\"}, \"joiningDates\": ";
    assertProblem(head + "{\"RU\": \"2030-06-01\"}}}",
        "doc.json#/decision/joiningDates/RU: RU neither signed nor has the position JOINED_LATER");
    assertProblem(head + "{\"AM\": \"2030-05-05\"}}}",
        "doc.json#/decision/joiningDates/AM: 2030-05-05 is before the decision's date 2030-05-06");
    assertProblem(head + "{\"AM\": \"2030-06\"}}}",
        "doc.json#/decision/joiningDates/AM: '2030-06' is not a full date of the form YYYY-MM-DD");
    assertProblem(head + "{\"Armenia\": \"2030-06-01\"}}}",
        "doc.json#/decision/joiningDates/Armenia: 'Armenia' is not an ISO 3166-1 alpha-2 code");
  }

  @Test
  void aDecisionKeepsItsSession() throws IOException {
    Decision d = data.decisions().stream()
        .filter(x -> x.id().equals(Optional.of("csc-2022-01-06-kazakhstan-deployment"))).findFirst()
        .orElseThrow();
    assertEquals(Optional.of("csc-2022-01-06"), d.sessionId());
    String json = write(d);
    assertTrue(json.contains("\"session\": \"csc-2022-01-06\""), json);
    assertEquals(d.sessionId(), decision(json).sessionId());
    assertEquals(Optional.empty(), decision(json.replace("\"session\": \"csc-2022-01-06\",", ""))
        .sessionId(), "a document without a session names none");
  }

  @Test
  void mandatesJsonNamesNoSession(@TempDir Path dir) throws IOException {
    for (String file : DatasetLoader.FILES) {
      try (InputStream in = CstoData.class.getResourceAsStream(file)) {
        Files.write(dir.resolve(file), in.readAllBytes());
      }
    }
    Path mandates = dir.resolve("mandates.json");
    String text = Files.readString(mandates, StandardCharsets.UTF_8);
    String kz = "\"id\": \"csc-2022-01-06-kazakhstan-deployment\",";
    assertTrue(text.contains(kz));
    Files.writeString(mandates, text.replace(kz, kz + " \"session\": \"csc-2022-01-06\","),
        StandardCharsets.UTF_8);
    List<String> problems =
        assertThrows(CstoDataException.class, () -> CstoData.load(dir)).problems();
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("mandates.json#/decisions/")
        && p.contains("/session: is not given in mandates.json: the dataset links")), problems::toString);
  }

  @Test
  void requestingStatesCommandsAndStrengthAlternativesReadWriteAndReadBack() throws IOException {
    String json = "{\"mandate\": {\"id\": \"x\", \"host\": \"KZ\", \"territory\": \"MEMBER\","
        + " \"request\": {\"state\": \"KZ\", \"alsoRequestedBy\": [\"TJ\", \"KG\"], \"author\": \"a\","
        + " \"date\": \"2030-01-05\"},"
        + " \"strength\": {\"personnel\": 100, \"alternatives\": [{\"field\": \"personnel\","
        + " \"value\": \"about 120\", \"sources\": [\"s-1\"]}, {\"field\": \"equipment\","
        + " \"value\": \"20\", \"sources\": [\"s-2\"], \"note\": \"n\"}], \"choice\": \"official\"},"
        + " \"command\": {\"commander\": \"First\", \"appointingBody\": \"cdm\"},"
        + " \"otherCommands\": [{\"commander\": \"Second\", \"appointingBody\": \"csc\","
        + " \"date\": \"2030-02\"}]}}";
    assertValid(json);
    Mandate m = mandate(json);
    assertEquals(java.util.Set.of("KG", "TJ"), m.request().orElseThrow().alsoRequestedBy());
    assertEquals(List.of("KG", "KZ", "TJ"), List.copyOf(m.request().orElseThrow().requestingStates()));
    assertEquals(List.of("First", "Second"),
        m.commands().stream().map(io.github.cstokit.model.Command::commander).toList());
    var strength = m.strength().orElseThrow();
    assertEquals(List.of("about 120"),
        strength.personnelAlternatives().stream().map(a -> a.value()).toList());
    assertEquals(List.of("20"), strength.equipmentAlternatives().stream().map(a -> a.value()).toList());
    assertEquals(Optional.of("official"), strength.choice());
    String written = write(m);
    assertValid(written);
    assertTrue(written.contains("\"alsoRequestedBy\": [\n        \"KG\",\n        \"TJ\"\n      ]"),
        written);
    assertTrue(written.contains("\"otherCommands\": ["), written);
    assertEquals(m, mandate(written));
  }

  @Test
  void badRequestingStatesCommandsAndStrengthFiguresArePlaced() {
    String kz = "{\"mandate\": {\"id\": \"x\", \"host\": \"KZ\", \"territory\": \"MEMBER\"";
    String request = ", \"request\": {\"state\": \"KZ\", \"author\": \"a\", \"date\": \"2030\","
        + " \"alsoRequestedBy\": ";
    assertProblem(kz + request + "[\"TJ\", \"kg\"]}}}",
        "doc.json#/mandate/request/alsoRequestedBy/1: 'kg' is not an ISO 3166-1 alpha-2 code");
    assertProblem(kz + request + "[\"TJ\", \"KZ\"]}}}",
        "doc.json#/mandate/request/alsoRequestedBy/1: repeats the requesting state 'KZ'");
    assertProblem(kz + request + "[\"TJ\", \"TJ\"]}}}",
        "doc.json#/mandate/request/alsoRequestedBy/1: repeats 'TJ'");
    assertProblem(kz + ", \"otherCommands\": [{\"commander\": \"x\", \"appointingBody\": \"cdm\"}]}}",
        "doc.json#/mandate/otherCommands: is given only together with a command");
    assertProblem(kz + ", \"command\": {\"commander\": \"x\", \"appointingBody\": \"cdm\"},"
        + " \"otherCommands\": [{\"commander\": \"y\", \"appointingBody\": \"nato\"}]}}",
        "doc.json#/mandate/otherCommands/0/appointingBody:");
    assertProblem(kz + ", \"command\": {\"commander\": \"x\", \"appointingBody\": \"cdm\"},"
        + " \"otherCommands\": [null]}}", "doc.json#/mandate/otherCommands/0: must be an object, not null");
    assertProblem(kz + ", \"strength\": {\"alternatives\": [{\"field\": \"tanks\", \"value\": \"9\","
        + " \"sources\": [\"s\"]}], \"choice\": \"c\"}}}",
        "doc.json#/mandate/strength/alternatives/0/field: 'tanks' is not one of equipment, personnel");
  }

  @Test
  void aRequestsAttackerReadsWritesAndReadsBack() throws IOException {
    String kz = "{\"mandate\": {\"id\": \"x\", \"host\": \"KZ\", \"territory\": \"MEMBER\","
        + " \"request\": {\"state\": \"KZ\", \"author\": \"a\", \"date\": \"2030\"";
    for (Attacker a : Attacker.values()) {
      Mandate m = mandate(kz + ", \"attacker\": \"" + a.name() + "\"}}}");
      assertEquals(Optional.of(a), m.request().orElseThrow().attacker());
      String json = write(m);
      assertValid(json);
      assertTrue(json.contains("\"attacker\": \"" + a.name() + "\""), json);
      assertEquals(m, mandate(json));
    }
    Mandate none = mandate(kz + "}}}");
    assertEquals(Optional.empty(), none.request().orElseThrow().attacker());
    assertFalse(write(none).contains("attacker"), "none recorded, none written");
    assertProblem(kz + ", \"attacker\": \"state\"}}}",
        "doc.json#/mandate/request/attacker: 'state' is not one of");
    assertProblem(kz + ", \"attacker\": 4}}}", "doc.json#/mandate/request/attacker:");
  }

  @Test
  void mandateValuesArePlacedByPointer() {
    String kz = "{\"mandate\": {\"id\": \"x\", \"host\": \"KZ\", \"territory\": \"MEMBER\"";
    assertProblem(kz + ", \"legalBases\": [\"Article 4\"]}}",
        "doc.json#/mandate/legalBases/0: 'Article 4' names no instrument");
    assertProblem(kz + ", \"decision\": \"no-such-decision\"}}",
        "doc.json#/mandate/decision: unknown decision 'no-such-decision'");
    assertProblem(kz + ", \"force\": \"nato-response-force\"}}",
        "doc.json#/mandate/force: unknown force 'nato-response-force'");
    assertProblem(kz + ", \"contingents\": [{\"state\": \"RU\", \"size\": 99999999999}]}}",
        "doc.json#/mandate/contingents/0/size: Numeric value (99999999999) out of range of int");
    assertProblem(kz + ", \"contingents\": [{\"state\": \"RU\", \"size\": -5}]}}",
        "doc.json#/mandate/contingents/0: size must be positive but was -5");
    assertProblem(kz + ", \"period\": {\"start\": \"2022-01-06\", \"end\": \"2022-01-01\"}}}",
        "doc.json#/mandate/period/end: 2022-01-01 is before the start 2022-01-06");
    assertProblem(kz + ", \"request\": {\"state\": \"KZ\", \"author\": \"x\"}}}",
        "doc.json#/mandate/request/date: is required");
    assertProblem(kz + ", \"decision\": \"other\"}, \"decision\": {\"id\": \"mine\", \"organ\": \"csc\","
        + " \"date\": \"2023\", \"matter\": \"x\"}}",
        "doc.json#/mandate/decision: 'other' is not the id of the document's decision 'mine'");
    assertProblem(kz + "}, \"decision\": {\"organ\": \"csc\", \"date\": \"2023\", \"matter\": 1}}",
        "doc.json#/decision/matter: wrong type, expected a string");
  }

  @Test
  void eachReaderTakesItsOwnKind() {
    String decision = "{\"decision\": {\"organ\": \"csc\", \"date\": \"2023\", \"matter\": \"x\"}}";
    String mandate = "{\"mandate\": {\"id\": \"x\", \"host\": \"KZ\", \"territory\": \"MEMBER\"}}";
    assertEquals(List.of("doc.json#: the document must hold a \"mandate\""),
        assertThrows(CstoDataException.class, () -> mandate(decision)).problems());
    assertEquals(List.of("doc.json#/mandate: a decision document holds no mandate"),
        assertThrows(CstoDataException.class, () -> decision(mandate)).problems());
  }

  @Test
  void everyProblemIsReported() {
    CstoDataException e = assertThrows(CstoDataException.class, () -> decision(
        "{\"decision\": {\"organ\": \"nato\", \"date\": \"2023-13\", \"matter\": \" \"}}"));
    assertEquals(3, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().startsWith("3 problems in doc.json:\n  doc.json#/decision/organ:"),
        e.getMessage());
  }

  @Test
  void nullsAreRejectedByName() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Documents.readDecision((java.io.Reader) null, "d", data));
    assertEquals("reader", e.getMessage());
    assertEquals("data", assertThrows(NullPointerException.class,
        () -> Documents.readMandate(new StringReader("{}"), "d", null)).getMessage());
    assertEquals("decision", assertThrows(NullPointerException.class,
        () -> Documents.writeDecision(null, new StringWriter())).getMessage());
  }
}
