package io.github.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.State;
import io.github.cstokit.model.AlternativeValue;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The state-year and source exports and the Data Package that describes all five tables. */
class DataPackageTest {

  private final CstoDataset data = CstoData.bundled();

  /** Reads a CSV text into rows of strings, the header row first. */
  private static List<List<String>> csv(String text) throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    }
    return rows;
  }

  private List<Map<String, String>> stateYears() throws IOException {
    StringWriter out = new StringWriter();
    Exports.writeStateYears(data, data.dataAsOf(), out);
    List<List<String>> rows = csv(out.toString());
    assertEquals(Exports.STATE_YEAR_COLUMNS, rows.get(0));
    List<Map<String, String>> maps = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < row.size(); i++) {
        m.put(rows.get(0).get(i), row.get(i));
      }
      maps.add(m);
    }
    return maps;
  }

  private static Map<String, String> row(List<Map<String, String>> rows, String iso2, int year) {
    for (Map<String, String> r : rows) {
      if (r.get("iso2").equals(iso2) && r.get("year").equals(Integer.toString(year))) {
        return r;
      }
    }
    throw new AssertionError("no row " + iso2 + " " + year);
  }

  @Test
  void stateYearsFormABalancedPanelFromTheFirstEventToTheDataDate() throws IOException {
    List<Map<String, String>> rows = stateYears();
    int first = 1992; // the Treaty's signature, the earliest event
    int last = data.dataAsOf().getYear();
    assertEquals(data.states().size() * (last - first + 1), rows.size());
    Map<String, String> end = row(rows, "RU", last);
    assertEquals(data.dataAsOf().toString(), end.get("last_observed"));
    assertEquals(data.dataAsOf().equals(LocalDate.of(last, 12, 31)) ? "0" : "1", end.get("right_censor"));
    if (data.dataAsOf().isBefore(LocalDate.of(last, 7, 1))) {
      assertEquals("", end.get("status_mid"), "1 July of the data year is not observed");
    }
  }

  @Test
  void stateYearDaysAgreeWithTheDayByDayQueries() throws IOException {
    for (Map<String, String> r : stateYears()) {
      String code = r.get("iso2");
      int year = Integer.parseInt(r.get("year"));
      LocalDate lastObserved = LocalDate.parse(r.get("last_observed"));
      Map<MembershipStatus, Integer> days = new HashMap<>();
      int frozen = 0;
      int observed = 0;
      for (LocalDate d = LocalDate.of(year, 1, 1); !d.isAfter(lastObserved); d = d.plusDays(1)) {
        MembershipStatus s = data.status(code, d);
        days.merge(s, 1, Integer::sum);
        if (s == MembershipStatus.MEMBER && data.participation(code, d) == Participation.FROZEN) {
          frozen++;
        }
        observed++;
      }
      String where = code + " " + year;
      assertEquals(Integer.toString(observed), r.get("days_observed"), where);
      // One column of days per status: days_not_party, days_signatory, days_member, ...
      for (MembershipStatus status : MembershipStatus.values()) {
        String column = "days_" + status.name().toLowerCase(Locale.ROOT);
        assertEquals(days.getOrDefault(status, 0).toString(), r.get(column), where + " " + column);
      }
      assertEquals(Integer.toString(frozen), r.get("days_member_frozen"), where);
      assertEquals(Integer.toString(days.getOrDefault(MembershipStatus.MEMBER, 0) - frozen),
          r.get("days_member_normal"), where);
      assertEquals(data.status(code, lastObserved).name(), r.get("status_end"), where);
      assertEquals(r.get("status_end").equals("MEMBER") ? "1" : "0", r.get("member_end"), where);
    }
  }

  /** Rows of known years: Armenia's entry into force, Uzbekistan's freeze and suspension, before the Treaty. */
  @ParameterizedTest(name = "{0} {1}: {2} = {3}")
  @CsvSource(textBlock = """
      # Armenia 1994: signatory until the Treaty entered into force on 1994-04-20, a member from then.
      AM, 1994, days_signatory,     109
      AM, 1994, days_member,        256
      AM, 1994, status_mid,         MEMBER
      AM, 1994, framework_end,      TREATY
      # Uzbekistan 2012 (a leap year): frozen from 2012-06-20, suspended from 2012-12-19.
      UZ, 2012, status_mid,         MEMBER
      UZ, 2012, participation_mid,  FROZEN
      UZ, 2012, status_end,         SUSPENDED
      UZ, 2012, member_end,         0
      UZ, 2012, days_member,        353
      UZ, 2012, days_member_frozen, 182
      UZ, 2012, days_member_normal, 171
      UZ, 2012, days_suspended,     13
      UZ, 2012, days_observed,      366
      # Before the Treaty was signed on 1992-05-15 no state is a party.
      RU, 1992, days_not_party,     135
      RU, 1992, status_end,         SIGNATORY
      """)
  void stateYearRowsOfKnownYears(String state, int year, String column, String expected) throws IOException {
    assertEquals(expected, row(stateYears(), state, year).get(column));
  }

  @Test
  void stateYearsOfAWhatIfAndOfNothing() throws IOException {
    CstoDataset whatIf = data.withStatus("AM", LocalDate.of(2025, 1, 1), MembershipStatus.CEASED);
    StringWriter out = new StringWriter();
    Exports.writeStateYears(whatIf, LocalDate.of(2025, 12, 31), out);
    assertTrue(out.toString().contains(",AM,2025,CEASED,NORMAL,CEASED,"), out.toString());
    StringWriter before = new StringWriter();
    Exports.writeStateYears(data, LocalDate.of(1991, 1, 1), before);
    assertEquals(String.join(",", Exports.STATE_YEAR_COLUMNS) + "\n", before.toString(),
        "a date before the first event gives the header only");
  }

  @Test
  void sourcesHaveOneRowPerCitedIdAndNameTheirRows() throws IOException {
    StringWriter out = new StringWriter();
    Exports.writeSources(data, out);
    List<List<String>> rows = csv(out.toString());
    assertEquals(Exports.SOURCE_COLUMNS, rows.get(0));
    Map<String, Set<String>> citing = new java.util.HashMap<>();
    for (MembershipEvent e : data.events()) {
      Set<String> cites = new TreeSet<>(e.sources());
      for (AlternativeValue a : e.alternatives()) {
        cites.addAll(a.sources());
      }
      citing.put(e.id(), cites);
    }
    data.sessions().forEach(s -> citing.put(s.id(), new TreeSet<>(s.sources())));
    for (var o : data.observerStatuses()) {
      citing.put(o.id() + ":granted", new TreeSet<>(o.sources()));
      o.until().ifPresent(u -> citing.put(o.id() + ":ended", new TreeSet<>(o.sources())));
    }
    Set<String> cited = new TreeSet<>();
    citing.values().forEach(cited::addAll);
    List<String> ids = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      ids.add(row.get(0));
      var source = data.source(row.get(0)).orElseThrow(() -> new AssertionError(row.get(0)));
      assertEquals(source.title(), row.get(1));
      assertEquals(source.kind().name(), row.get(5));
      for (String by : row.get(7).split(";")) {
        assertTrue(citing.getOrDefault(by, Set.of()).contains(row.get(0)), by + " cites " + row.get(0));
      }
    }
    assertEquals(new ArrayList<>(cited), ids, "every cited id once, sorted");
  }

  @Test
  void anUnknownCitedSourceKeepsItsRow() throws IOException {
    CstoDataset whatIf = data.withStatus("AM", LocalDate.of(2025, 1, 1), MembershipStatus.CEASED);
    StringWriter out = new StringWriter();
    Exports.writeSources(whatIf, out);
    assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("what-if,,,,,,,")), out.toString());
  }

  @Test
  void theDataPackageDescribesEveryFileAndItsValues(@TempDir Path dir) throws IOException {
    List<Path> written = Exports.writeDataPackage(data, dir.resolve("pkg"));
    assertEquals(6, written.size());
    JsonNode descriptor = new ObjectMapper().readTree(
        Files.readString(dir.resolve("pkg").resolve(Exports.DATA_PACKAGE_DESCRIPTOR)));
    assertEquals("tabular-data-package", descriptor.get("profile").asText());
    assertEquals(data.version(), descriptor.get("version").asText());
    assertEquals(data.dataAsOf().toString(), descriptor.get("dataAsOf").asText());
    assertEquals(ExportTable.values().length, descriptor.get("resources").size());
    Map<String, List<String>> constants = Map.of(
        "atop-members", Exports.ATOP_COLUMNS, "cow-members", Exports.COW_COLUMNS,
        "events", Exports.EVENT_COLUMNS, "state-years", Exports.STATE_YEAR_COLUMNS,
        "sources", Exports.SOURCE_COLUMNS);
    for (JsonNode resource : descriptor.get("resources")) {
      String name = resource.get("name").asText();
      Path file = dir.resolve("pkg").resolve(resource.get("path").asText());
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertFalse(text.startsWith("#"), "package files have no comment line");
      List<List<String>> rows = csv(text);
      List<String> fields = new ArrayList<>();
      for (JsonNode f : resource.get("schema").get("fields")) {
        fields.add(f.get("name").asText());
      }
      assertEquals(constants.get(name), fields, name);
      assertEquals(fields, rows.get(0), name + ": the header row is the schema");
      assertTrue(rows.size() > 1, name + " has rows");
      Set<List<String>> keys = new HashSet<>();
      for (List<String> row : rows.subList(1, rows.size())) {
        assertEquals(fields.size(), row.size(), name + ": " + row);
        int i = 0;
        for (JsonNode f : resource.get("schema").get("fields")) {
          check(name, f, row.get(i++));
        }
        List<String> key = new ArrayList<>();
        for (JsonNode k : resource.get("schema").get("primaryKey")) {
          key.add(row.get(fields.indexOf(k.asText())));
        }
        assertTrue(keys.add(key), name + ": primary key " + key + " repeats");
      }
    }
  }

  /** Checks one value against its Table Schema field, as a Frictionless validator would. */
  private static void check(String resource, JsonNode field, String value) {
    String where = resource + "." + field.get("name").asText() + " = '" + value + "'";
    if (value.isEmpty()) {
      return; // missingValues [""]
    }
    switch (field.get("type").asText()) {
      case "integer":
        assertDoesNotThrow(() -> Long.parseLong(value), where + " is not an integer");
        break;
      case "date":
        assertDoesNotThrow(() -> LocalDate.parse(value), where + " is not a date");
        break;
      case "boolean":
        assertTrue(value.equals("true") || value.equals("false"), where);
        break;
      case "string":
        break;
      default:
        fail(where + ": unexpected type");
    }
    JsonNode constraints = field.get("constraints");
    if (constraints != null) {
      boolean allowed = false;
      for (JsonNode v : constraints.get("enum")) {
        allowed |= v.asText().equals(value);
      }
      assertTrue(allowed, where + " is not one of " + constraints.get("enum"));
    }
  }

  @Test
  void theDescriptorIsDeterministic(@TempDir Path dir) throws IOException {
    Exports.writeDataPackage(data, dir.resolve("a"));
    Exports.writeDataPackage(data, dir.resolve("b"));
    for (String name : List.of(Exports.DATA_PACKAGE_DESCRIPTOR, "csto-state-years.csv")) {
      assertEquals(Files.readString(dir.resolve("a").resolve(name)), Files.readString(dir.resolve("b").resolve(name)));
    }
    assertFalse(Files.readString(dir.resolve("a").resolve(Exports.DATA_PACKAGE_DESCRIPTOR)).contains("\r"));
  }

  @Test
  void provenanceNamesVersionAndDataDate() {
    assertEquals("# csto-kit dataset " + data.version() + ", data as of " + data.dataAsOf(),
        Exports.provenance(data));
  }

  @Test
  void everyColumnIsDocumented() throws IOException {
    Path doc = Path.of("").toAbsolutePath().getParent().resolve("docs").resolve("exports.md");
    String text = Files.readString(doc);
    for (ExportTable table : ExportTable.values()) {
      assertTrue(text.contains("`" + table.fileName + "`"), table.fileName + " in " + doc);
      for (String column : table.names()) {
        assertTrue(text.contains("| `" + column + "` |"), column + " of " + table.fileName + " in " + doc);
      }
    }
  }

  @Test
  void stateCodesAreThoseOfTheDataset() throws IOException {
    Set<String> codes = new TreeSet<>();
    for (Map<String, String> r : stateYears()) {
      codes.add(r.get("iso2"));
    }
    Set<String> expected = new TreeSet<>();
    for (State s : data.states()) {
      expected.add(s.isoAlpha2());
    }
    assertEquals(expected, codes);
  }
}
