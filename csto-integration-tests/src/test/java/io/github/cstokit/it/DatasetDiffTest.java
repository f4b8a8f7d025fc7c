package io.github.cstokit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.data.DatasetDiff;
import io.github.cstokit.data.Datasets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Two dataset versions loaded side by side, 2026.11.0 (the files of release 0.1.0) and the built-in
 * 2026.12.0, and what changed between them, checked against the files themselves.
 */
class DatasetDiffTest {

  static final CstoDataset OLD = CstoData.load(Path.of("src/test/resources/datasets/2026.11.0"));
  static final CstoDataset NEW = CstoData.version("2026.12.0");

  @Test
  void theTwoVersionsAnswerSideBySide() {
    assertEquals("2026.11.0", OLD.version());
    assertEquals("2026.12.0", NEW.version());
    assertEquals(54, OLD.events().size());
    assertEquals(57, NEW.events().size());
    // The Collective Security Concept of 1995 is recorded from 2026.12.0 on.
    assertFalse(OLD.instrument("concept-1995").isPresent());
    assertTrue(NEW.instrument("concept-1995").isPresent());
  }

  @Test
  void everyChangeIsListedWithItsFieldsAndSources() {
    DatasetDiff diff = Datasets.diff(OLD, NEW);
    DatasetDiff.Change concept = change(diff, "instrument", "concept-1995");
    assertEquals(DatasetDiff.Kind.ADDED, concept.kind());
    assertTrue(concept.before().isEmpty());
    assertEquals("1995-02-10", concept.after().get("signed"));
    assertEquals(concept.sourceIds(), NEW.instrument("concept-1995").orElseThrow().sources());
    assertEquals(concept.sourceIds().size(), concept.sources().size());

    DatasetDiff.Change gone = change(diff, "source", "chinagate-2016-10-15");
    assertEquals(DatasetDiff.Kind.REMOVED, gone.kind());
    assertTrue(gone.after().isEmpty());
    assertEquals(OLD.source("chinagate-2016-10-15").orElseThrow(), gone.sources().get(0));

    DatasetDiff.Change belarus = change(diff, "state", "BY");
    assertEquals(DatasetDiff.Kind.CHANGED, belarus.kind());
    assertEquals(java.util.Set.of("nameRuAliases"), belarus.after().keySet());
    assertFalse(belarus.before().containsKey("nameRuAliases"));
    assertEquals(NEW.state("BY").orElseThrow().sources(), belarus.sourceIds());

    DatasetDiff.Change protocol = change(diff, "instrument", "third-state-bases-protocol-2011");
    assertTrue(protocol.before().get("titleEn").startsWith("Protocol on the placement of military"));
    assertTrue(protocol.sourceIds().contains("garant-70257058"), protocol.sourceIds().toString());

    assertEquals(diff.changes().size(), diff.count(DatasetDiff.Kind.ADDED)
        + diff.count(DatasetDiff.Kind.REMOVED) + diff.count(DatasetDiff.Kind.CHANGED));
  }

  @Test
  void aDatasetDiffedWithItselfOrAnEqualCopyHasNoChange() {
    assertTrue(Datasets.diff(NEW, NEW).changes().isEmpty());
    assertTrue(Datasets.diff(OLD, CstoData.load(Path.of("src/test/resources/datasets/2026.11.0")))
        .changes().isEmpty());
    assertTrue(Datasets.diff(NEW, CstoData.bundled()).changes().isEmpty());
  }

  @Test
  void theTextAndTheJsonSayTheSame() throws Exception {
    DatasetDiff diff = Datasets.diff(OLD, NEW);
    String text = diff.text();
    assertTrue(text.startsWith("Dataset 2026.11.0 (data as of 2026-02-12) -> 2026.12.0 (data as of"
        + " 2026-02-12): " + diff.count(DatasetDiff.Kind.ADDED) + " added, "), text);
    assertTrue(text.contains("\n+ instrument concept-1995\n"), text);
    assertTrue(text.contains("\n- source chinagate-2016-10-15\n"), text);
    assertTrue(text.contains("\n~ state BY\n    nameRuAliases: (none) -> [Беларусь]\n"), text);
    JsonNode json = new ObjectMapper().readTree(diff.json());
    assertEquals("2026.11.0", json.get("older").get("version").asText());
    assertEquals(diff.changes().size(), json.get("changes").size());
    assertEquals(diff.count(DatasetDiff.Kind.ADDED), json.get("added").asInt());
    JsonNode first = json.get("changes").get(0);
    DatasetDiff.Change change = diff.changes().get(0);
    assertEquals(change.kind().name().toLowerCase(java.util.Locale.ROOT), first.get("change").asText());
    assertEquals(change.id(), first.get("id").asText());
    assertEquals(change.sourceIds().size(), first.get("sources").size());
    String changelog = diff.changelog();
    assertTrue(changelog.startsWith("- Dataset 2026.11.0 (data as of 2026-02-12) -> 2026.12.0"), changelog);
    assertTrue(changelog.contains("\n- Added source `adilet-p030000342`: Government of Kazakhstan"
        + " (adilet.zan.kz), \"Kazakh government resolution No. 342 of 2003-04-09"), changelog);
    assertTrue(changelog.contains("\n- Changed state `BY`: nameRuAliases: (none) -> [Беларусь] (sources: "),
        changelog);
    assertTrue(changelog.contains("\n- Added instrument `concept-1995` (sources: cntd-1900793)\n"), changelog);
    assertEquals(diff.changes().size() + 1, changelog.lines().count());
  }

  @Test
  void theChangelogsDataSectionIsWhatTheDiffPrints() throws Exception {
    java.util.List<String> lines = java.nio.file.Files.readAllLines(Path.of("../CHANGELOG.md"));
    int heading = lines.indexOf("### Data");
    assertTrue(heading > 0, "CHANGELOG.md has no ### Data section");
    int first = heading;
    while (!lines.get(first).startsWith("- Dataset 2026.11.0 ")) {
      first++;
    }
    StringBuilder section = new StringBuilder();
    for (int i = first; i < lines.size() && lines.get(i).startsWith("- "); i++) {
      section.append(lines.get(i)).append('\n');
    }
    assertEquals(Datasets.diff(OLD, NEW).changelog(), section.toString(), "regenerate the section with"
        + " csto diff csto-integration-tests/src/test/resources/datasets/2026.11.0 2026.12.0 --changelog");
  }

  private static DatasetDiff.Change change(DatasetDiff diff, String record, String id) {
    return diff.changes().stream().filter(c -> c.record().equals(record) && c.id().equals(id))
        .findFirst().orElseThrow(() -> new AssertionError(record + " " + id + " not in " + diff));
  }
}
