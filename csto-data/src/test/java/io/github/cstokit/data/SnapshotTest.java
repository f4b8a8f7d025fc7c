package io.github.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.internal.snapshot.SnapshotReader;
import io.github.cstokit.model.Office;
import io.github.cstokit.model.Period;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StreamCorruptedException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled binary snapshot, which {@link CstoData#bundled()} reads, must give exactly the dataset that
 * loading and checking the bundled JSON gives, so that the two can never drift apart.
 */
class SnapshotTest {

  private static CstoDataset fromJson;
  private static byte[] snapshotBytes;

  @BeforeAll
  static void load() throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    for (String name : DatasetLoader.FILES) {
      try (InputStream in = CstoData.class.getResourceAsStream(name)) {
        files.put(name, in.readAllBytes());
      }
    }
    fromJson = DatasetLoader.load(files);
    try (InputStream in = CstoData.class.getResourceAsStream(SnapshotReader.RESOURCE)) {
      assertNotNull(in, "the build compiles " + SnapshotReader.RESOURCE + " next to the JSON files");
      snapshotBytes = in.readAllBytes();
    }
  }

  private static void assertSameDataset(CstoDataset expected, CstoDataset actual) {
    assertEquals(expected.version(), actual.version());
    assertEquals(expected.dataAsOf(), actual.dataAsOf());
    assertEquals(expected.scenario(), actual.scenario());
    assertEquals(expected.states(), actual.states());
    assertEquals(expected.events(), actual.events());
    assertEquals(expected.instruments(), actual.instruments());
    assertEquals(expected.chairmanships(), actual.chairmanships());
    assertEquals(expected.appointments(), actual.appointments());
    assertEquals(expected.sources(), actual.sources());
    assertEquals(expected.organs(), actual.organs());
    assertEquals(expected.forces(), actual.forces());
    assertEquals(expected.decisions(), actual.decisions());
    assertEquals(expected.mandates(), actual.mandates());
    assertEquals(expected.sessions(), actual.sessions());
    assertEquals(expected.activities(), actual.activities());
    assertEquals(expected.observerStatuses(), actual.observerStatuses());
    for (String code : new String[] {"AM", "AZ", "BY", "GE", "KG", "KZ", "RU", "TJ", "UZ"}) {
      assertEquals(expected.timeline(code), actual.timeline(code), code);
      assertEquals(expected.timeline(code).orElseThrow().periods(),
          actual.timeline(code).orElseThrow().periods(), code);
    }
    assertEquals(expected.toString(), actual.toString());
  }

  @Test
  void theBundledDatasetIsExactlyTheCheckedJson() {
    assertSameDataset(fromJson, CstoData.bundled());
  }

  @Test
  void theSnapshotIsExactlyTheCheckedJson() throws IOException {
    assertSameDataset(fromJson, new CstoDataset(SnapshotReader.read(snapshotBytes)));
  }

  @Test
  void lookUpsAgreeOnEveryDay() {
    CstoDataset bundled = CstoData.bundled();
    for (java.time.LocalDate d = java.time.LocalDate.of(1991, 1, 1);
        d.isBefore(java.time.LocalDate.of(2027, 1, 1)); d = d.plusDays(1)) {
      assertEquals(fromJson.members(d), bundled.members(d), d.toString());
      assertEquals(fromJson.chair(d), bundled.chair(d), d.toString());
      assertEquals(fromJson.secretaryGeneral(d), bundled.secretaryGeneral(d), d.toString());
      for (String code : new String[] {"AM", "AZ", "BY", "GE", "KG", "KZ", "RU", "TJ", "UZ", "am"}) {
        assertEquals(fromJson.status(code, d), bundled.status(code, d));
        assertEquals(fromJson.participation(code, d), bundled.participation(code, d));
      }
    }
  }

  /**
   * A fresh snapshot answers each first query from the section it decodes for it (members from the index
   * and the states, the chair from the chairmanships, an office holder from the appointments, the
   * sessions from theirs), and then from the scenario and the supplement: the answers agree with the
   * JSON path on every day, before and after, whichever comes first.
   */
  @Test
  void firstQueriesDecodeOnlyWhatTheyNeedAndAgreeOnEveryDay() throws IOException {
    int queries = 4;
    for (int first = 0; first < queries; first++) {
      CstoDataset fresh = new CstoDataset(SnapshotReader.read(snapshotBytes));
      for (int round = 0; round < 2; round++) {
        for (int q = 0; q < queries; q++) {
          int query = (first + q) % queries;
          if (query == 3) {
            for (int year = 1991; year <= 2027; year++) {
              for (Period p : new Period[] {
                  Period.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)),
                  Period.of(LocalDate.of(year, 6, 15), LocalDate.of(year, 11, 23)),
                  Period.startingOn(LocalDate.of(year, 7, 1))}) {
                assertEquals(fromJson.sessions(p), fresh.sessions(p), p.toString());
              }
            }
            assertEquals(fromJson.sessions(), fresh.sessions());
            continue;
          }
          for (LocalDate d = LocalDate.of(1991, 1, 1); d.isBefore(LocalDate.of(2027, 1, 1));
              d = d.plusDays(1)) {
            if (query == 0) {
              assertEquals(fromJson.members(d), fresh.members(d), d.toString());
            } else if (query == 1) {
              assertEquals(fromJson.chair(d), fresh.chair(d), d.toString());
            } else {
              assertEquals(fromJson.secretaryGeneral(d), fresh.secretaryGeneral(d), d.toString());
              assertEquals(fromJson.holders(Office.DEPUTY_SECRETARY_GENERAL, d),
                  fresh.holders(Office.DEPUTY_SECRETARY_GENERAL, d), d.toString());
            }
          }
          LocalDate d = LocalDate.of(2013, 1, 1);
          assertEquals(
              assertThrows(IllegalArgumentException.class,
                  () -> fromJson.holder(Office.DEPUTY_SECRETARY_GENERAL, d)).getMessage(),
              assertThrows(IllegalArgumentException.class,
                  () -> fresh.holder(Office.DEPUTY_SECRETARY_GENERAL, d)).getMessage());
        }
        // The second round answers from the scenario and the supplement.
        assertEquals(fromJson.scenario(), fresh.scenario());
        assertEquals(fromJson.sources(), fresh.sources());
      }
      LocalDate d = LocalDate.of(2013, 1, 1);
      assertTrue(fresh.members(d) == fresh.members(d), "members share their sets");
      assertTrue(fresh.chair(d) == fresh.chair(d), "the chair's Optional is built once");
      assertTrue(fresh.secretaryGeneral(d) == fresh.secretaryGeneral(d), "so is the holder's");
    }
  }

  /** Before the scenario is built, too, the look-ups return shared values and allocate nothing new. */
  @Test
  void firstIndexesShareTheirAnswers() throws IOException {
    CstoDataset fresh = new CstoDataset(SnapshotReader.read(snapshotBytes));
    LocalDate d = LocalDate.of(2013, 1, 1);
    assertTrue(fresh.members(d) == fresh.members(d), "members share their sets");
    assertTrue(fresh.chair(d) == fresh.chair(d), "the chair's Optional is built once");
    assertTrue(fresh.secretaryGeneral(d) == fresh.secretaryGeneral(d), "so is the holder's");
    assertTrue(fresh.sessions() == fresh.sessions(), "the sessions are decoded once");
    assertEquals(fromJson.members(d), fresh.members(d));
    assertEquals(fromJson.chair(d), fresh.chair(d));
    assertEquals(fromJson.secretaryGeneral(d), fresh.secretaryGeneral(d));
  }

  /**
   * Read from a stream with a way to read it again, the snapshot reads its first part only, and its later
   * sections on their first use, from the snapshot read again, which must begin the same.
   */
  @Test
  void theLaterSectionsAreReadOnFirstUse() throws IOException {
    int[] reads = {0};
    CstoDataset lazy = new CstoDataset(SnapshotReader.read(new ByteArrayInputStream(snapshotBytes), () -> {
      reads[0]++;
      return SnapshotReader.read(snapshotBytes);
    }));
    LocalDate d = LocalDate.of(2013, 1, 1);
    assertEquals(fromJson.members(d), lazy.members(d));
    assertEquals(fromJson.chair(d), lazy.chair(d));
    assertEquals(fromJson.secretaryGeneral(d), lazy.secretaryGeneral(d));
    assertEquals(fromJson.sessions(), lazy.sessions());
    assertEquals(0, reads[0], "the first sections need no second read");
    assertSameDataset(fromJson, lazy);
    assertEquals(1, reads[0], "the later sections are read once");

    // A second read of another snapshot (here, another version's first byte) is refused.
    byte[] other = snapshotBytes.clone();
    assertEquals('2', other[15], "the version's first digit, after the frame and the text's length");
    other[15] = '3';
    CstoDataset changed = new CstoDataset(SnapshotReader.read(new ByteArrayInputStream(snapshotBytes),
        () -> SnapshotReader.read(other)));
    IllegalStateException e = assertThrows(IllegalStateException.class, changed::scenario);
    assertTrue(e.getMessage().contains("differs from the first read"), e.getMessage());
  }

  @Test
  void anotherFormatIsRejected() {
    byte[] other = snapshotBytes.clone();
    int format = snapshotBytes[4];
    other[4] = (byte) (format + 1);
    StreamCorruptedException e =
        assertThrows(StreamCorruptedException.class, () -> SnapshotReader.read(other));
    assertTrue(e.getMessage().contains("format " + (format + 1)), e.getMessage());
    assertThrows(StreamCorruptedException.class, () -> SnapshotReader.read(new byte[] {1, 2, 3, 4, 5}));
    byte[] layout = snapshotBytes.clone();
    layout[8] ^= 1;
    e = assertThrows(StreamCorruptedException.class, () -> SnapshotReader.read(layout));
    assertTrue(e.getMessage().contains("snapshot layout"), e.getMessage());
    assertThrows(IOException.class,
        () -> SnapshotReader.read(Arrays.copyOf(snapshotBytes, snapshotBytes.length / 2)));
  }
}
