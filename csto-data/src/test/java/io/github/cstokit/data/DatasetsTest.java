package io.github.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cstokit.model.Framework;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipEventType;
import io.github.cstokit.model.PartialDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Datasets#diff} on the bundled dataset and what-if copies of it. */
class DatasetsTest {

  static final CstoDataset DATA = CstoData.bundled();

  @Test
  void aDatasetHasNoChangeWithItselfOrAFreshLoadOfItsFiles() {
    DatasetDiff diff = Datasets.diff(DATA, DATA);
    assertTrue(diff.changes().isEmpty());
    assertEquals("Dataset 2026.12.0 (data as of 2026-02-12) -> 2026.12.0 (data as of 2026-02-12): 0 added,"
        + " 0 removed, 0 changed\n", diff.text());
    assertEquals("DatasetDiff[2026.12.0 -> 2026.12.0: 0 added, 0 removed, 0 changed]", diff.toString());
  }

  @Test
  void aStateAndItsEventsRemovedAreListedWithTheirSources() {
    CstoDataset without = DATA.withoutState("UZ");
    DatasetDiff diff = Datasets.diff(DATA, without);
    long uzEvents = DATA.events().stream().filter(e -> e.state().equals("UZ")).count();
    assertEquals(1 + uzEvents, diff.count(DatasetDiff.Kind.REMOVED), diff.text());
    assertEquals(diff.changes().size(), diff.count(DatasetDiff.Kind.REMOVED));
    DatasetDiff.Change state = diff.changes().get(0);
    assertEquals("state", state.record());
    assertEquals("UZ", state.id());
    assertEquals("Uzbekistan", state.before().get("nameEn"));
    MembershipEvent first = DATA.events().stream().filter(e -> e.state().equals("UZ")).findFirst()
        .orElseThrow();
    DatasetDiff.Change event = diff.changes().stream().filter(c -> c.id().equals(first.id())).findFirst()
        .orElseThrow();
    assertEquals(first.sources(), event.sourceIds());
    assertEquals(first.sources().size(), event.sources().size());
    assertEquals(first.date().toString(), event.before().get("date"));
    // The reverse diff adds what this one removes.
    DatasetDiff back = Datasets.diff(without, DATA);
    assertEquals(diff.changes().size(), back.count(DatasetDiff.Kind.ADDED));
  }

  @Test
  void anAddedEventCitingAnUnrecordedSourceSaysSoAndKeepsItsNoteOnOneLine() {
    MembershipEvent event = MembershipEvent.builder().id("test-uz-2030").state("UZ")
        .type(MembershipEventType.RATIFICATION).date(PartialDate.parse("2025-06"))
        .framework(Framework.ORGANIZATION).addSource("tass-687141").addSource("no-such-source")
        .note("two\nlines").build();
    DatasetDiff diff = Datasets.diff(DATA, DATA.withEvent(event));
    assertEquals(1, diff.changes().size(), diff.text());
    DatasetDiff.Change added = diff.changes().get(0);
    assertEquals(DatasetDiff.Kind.ADDED, added.kind());
    assertEquals(List.of("tass-687141", "no-such-source"), added.sourceIds());
    assertEquals(List.of(DATA.source("tass-687141").orElseThrow()), added.sources());
    assertEquals("two\nlines", added.after().get("note"));
    String text = diff.text();
    assertTrue(text.contains("\n+ event test-uz-2030\n"), text);
    assertTrue(text.contains("\n    note: two\\nlines\n"), text);
    assertTrue(text.contains("\n    source no-such-source: not recorded in either dataset\n"), text);
    assertTrue(diff.json().contains("\"id\" : \"no-such-source\"\n"), diff.json());
    assertTrue(diff.changelog().endsWith("(sources: tass-687141, no-such-source)\n"), diff.changelog());
  }

  @Test
  void sessionsActivitiesWithTheirEditionsAndObserverStatusesAreCompared(@TempDir Path dir)
      throws IOException {
    copyFiles(dir);
    replace(dir.resolve("sessions.json"), "Signature of the Protocol on the Extension of the Treaty.",
        "The Protocol on the Extension of the Treaty signed.");
    replace(dir.resolve("activities.json"), "Subregional stage; international coordination headquarters",
        "Subregional stage; coordination headquarters");
    Files.delete(dir.resolve("observers.json"));
    DatasetDiff diff = Datasets.diff(DATA, CstoData.load(dir));

    DatasetDiff.Change session = diff.changes().stream().filter(c -> c.record().equals("session"))
        .findFirst().orElseThrow(() -> new AssertionError(diff.text()));
    assertEquals(DatasetDiff.Kind.CHANGED, session.kind());
    assertEquals(java.util.Set.of("note"), session.after().keySet());
    assertEquals(DATA.session(session.id()).orElseThrow().sources(), session.sourceIds());

    DatasetDiff.Change channel = diff.changes().stream().filter(c -> c.record().equals("activity"))
        .findFirst().orElseThrow(() -> new AssertionError(diff.text()));
    assertEquals("op-channel", channel.id());
    // Only the field of the edition that differs, by its path.
    assertEquals(java.util.Set.of("editions/3.note"), channel.before().keySet());
    assertTrue(channel.before().get("editions/3.note").startsWith("Subregional stage; international "),
        channel.before().toString());
    assertTrue(channel.after().get("editions/3.note").startsWith("Subregional stage; coordination "), channel.after().toString());
    // The activity's own sources, then its editions'.
    io.github.cstokit.model.Activity activity = DATA.activity("op-channel").orElseThrow();
    assertEquals(activity.sources(), channel.sourceIds().subList(0, activity.sources().size()));
    assertTrue(channel.sourceIds().containsAll(activity.editions().get(2).sources()));

    List<DatasetDiff.Change> observers = diff.changes().stream()
        .filter(c -> c.record().equals("observer")).collect(java.util.stream.Collectors.toList());
    assertEquals(DATA.observerStatuses().size(), observers.size(), diff.text());
    assertTrue(observers.stream().allMatch(c -> c.kind() == DatasetDiff.Kind.REMOVED));
    assertEquals("2013", observers.get(0).before().get("since"));
    // The files' order: sessions before activities, observer statuses last.
    assertEquals(List.of("session", "activity", "observer", "observer", "observer"),
        diff.changes().stream().map(DatasetDiff.Change::record)
            .collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void theEditionsOfAnActivityAreInTheirOrder() {
    io.github.cstokit.model.Activity rubezh = DATA.activity("ex-rubezh").orElseThrow();
    assertTrue(rubezh.editions().size() > 10, rubezh.toString());
    FactRecords<?> activities = FactRecords.KINDS.stream().filter(k -> k.kind.equals("activity"))
        .findFirst().orElseThrow();
    List<String> names = List.copyOf(fields(activities, rubezh).keySet());
    assertTrue(names.indexOf("editions/2.year") < names.indexOf("editions/10.year"), names.toString());
    assertTrue(names.indexOf("editions/10.year") < names.indexOf("kind"), names.toString());
  }

  @Test
  void aChangeToANestedValuesOwnFieldIsListedByItsPath(@TempDir Path dir) throws IOException {
    copyFiles(dir);
    Path mandates = dir.resolve("mandates.json");
    ObjectMapper json = new ObjectMapper();
    ObjectNode file = (ObjectNode) json.readTree(mandates.toFile());
    ObjectNode kz = (ObjectNode) file.get("mandates").get(0);
    assertEquals("kz-2022-peacekeeping", kz.get("id").asText());
    String note = kz.get("request").get("note").asText();
    ((ObjectNode) kz.get("request")).put("note", "Another note.");
    ((ObjectNode) kz.get("strength").get("alternatives").get(2)).put("value", "about 2,300");
    ArrayNode commandSources = (ArrayNode) kz.get("command").get("sources");
    assertEquals("tass-1384499", commandSources.get(2).asText());
    commandSources.remove(2); // still cited by the mandate's other parts
    json.writeValue(mandates.toFile(), file);

    DatasetDiff diff = Datasets.diff(DATA, CstoData.load(dir));
    assertEquals(1, diff.changes().size(), diff.text());
    DatasetDiff.Change change = diff.changes().get(0);
    assertEquals("mandate", change.record());
    assertEquals(java.util.Set.of("request.note", "strength.personnelAlternatives/2.value",
        "command.sources"), change.before().keySet(), change.toString());
    assertEquals(change.before().keySet(), change.after().keySet());
    assertEquals(note, change.before().get("request.note"));
    assertEquals("Another note.", change.after().get("request.note"));
    assertEquals("about 2,400", change.before().get("strength.personnelAlternatives/2.value"));
    assertEquals("about 2,300", change.after().get("strength.personnelAlternatives/2.value"));
    assertTrue(change.before().get("command.sources").contains("tass-1384499"), change.toString());
    assertFalse(change.after().get("command.sources").contains("tass-1384499"), change.toString());
    // The change carries the sources of the request, the strength and the command as well.
    Mandate mandate = DATA.mandate("kz-2022-peacekeeping").orElseThrow();
    assertTrue(change.sourceIds().containsAll(mandate.request().orElseThrow().sources()));
    assertTrue(change.sourceIds().containsAll(mandate.strength().orElseThrow().sources()));
    assertTrue(change.sourceIds().contains("tass-1384499"));
    assertTrue(diff.text().contains("\n    request.note: " + note + " -> Another note.\n"), diff.text());
    assertTrue(diff.changelog().contains("\n- Changed mandate `kz-2022-peacekeeping`: command.sources: "),
        diff.changelog());
    assertTrue(diff.changelog().contains("; request.note: " + note + " -> Another note.; "
        + "strength.personnelAlternatives/2.value: about 2,400 -> about 2,300 (sources: "), diff.changelog());
  }

  @Test
  void aNestedValueOnOneSideOnlyIsOneFieldAndANestedRecordIsItsId() {
    Mandate kz = DATA.mandate("kz-2022-peacekeeping").orElseThrow();
    FactRecords<?> mandates = FactRecords.KINDS.stream().filter(k -> k.kind.equals("mandate"))
        .findFirst().orElseThrow();
    java.util.SortedMap<String, String> fields = fields(mandates, kz);
    assertEquals("csc-2022-01-06-kazakhstan-deployment", fields.get("decision"));
    assertEquals(kz.request().orElseThrow().note().orElseThrow(), fields.get("request.note"));
    assertEquals("RU", fields.get("contingents/0.state"));
    // What a type computes from its attributes is not listed again.
    assertFalse(fields.containsKey("commands/0.commander"), fields.keySet().toString());
    assertFalse(fields.containsKey("request.requestingStates"), fields.keySet().toString());

    java.util.SortedMap<String, String> was = new TreeMap<>(FactRecords.FIELD_ORDER);
    was.putAll(Map.of("request.note", "a", "request.state", "KZ", "area", "x"));
    java.util.SortedMap<String, String> is = new TreeMap<>(FactRecords.FIELD_ORDER);
    is.putAll(Map.of("area", "y", "contingents/0.state", "RU", "contingents/0.size", "5"));
    java.util.SortedMap<String, String> from = new TreeMap<>(FactRecords.FIELD_ORDER);
    java.util.SortedMap<String, String> to = new TreeMap<>(FactRecords.FIELD_ORDER);
    FactRecords.differences(was, is, from, to);
    assertEquals("{area=x, request={note=a, state=KZ}}", from.toString());
    assertEquals("{area=y, contingents/0={size=5, state=RU}}", to.toString());
  }

  @SuppressWarnings("unchecked")
  private static <T> java.util.SortedMap<String, String> fields(FactRecords<T> kind, Object record) {
    return kind.fields((T) record);
  }

  private static void copyFiles(Path dir) throws IOException {
    for (String name : DatasetLoader.FILES) {
      try (InputStream in = CstoData.class.getResourceAsStream(name)) {
        Files.write(dir.resolve(name), in.readAllBytes());
      }
    }
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), () -> "test setup: '" + from + "' not in " + file);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  @Test
  void aChangeMustAgreeWithItsKind() {
    Map<String, String> some = new TreeMap<>(Map.of("a", "1"));
    assertThrows(IllegalArgumentException.class, () -> new DatasetDiff.Change(DatasetDiff.Kind.ADDED,
        "event", "x", new TreeMap<>(some), new TreeMap<>(some), List.of(), DATA, DATA));
    assertThrows(IllegalArgumentException.class, () -> new DatasetDiff.Change(DatasetDiff.Kind.REMOVED,
        "event", "x", new TreeMap<>(), new TreeMap<>(), List.of(), DATA, DATA));
    assertThrows(IllegalArgumentException.class, () -> new DatasetDiff.Change(DatasetDiff.Kind.CHANGED,
        "event", "x", new TreeMap<>(), new TreeMap<>(), List.of(), DATA, DATA));
  }

  @Test
  void nullsAreRefused() {
    assertThrows(NullPointerException.class, () -> Datasets.diff(null, DATA));
    assertThrows(NullPointerException.class, () -> Datasets.diff(DATA, null));
  }
}
