package io.github.cstokit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application takes up dataset jars without any change to its library dependency: the same
 * csto-model, csto-data and Jackson jars in every run, on the module path and on the class path, with
 * dataset jars added or not. The fixtures: dataset 2026.11.0, the files of release 0.1.0 (commit
 * e9846ca) as they were, which today's reader still accepts; csto-dataset 2026.12.0 as built; and a
 * test-only version 2099.1.0 holding the 2026.12.0 facts unchanged, to stand for a dataset newer than
 * the one built into csto-data. It is never published, and the diff shows it changes no fact.
 */
class DatasetVersionsTest {

  @TempDir static Path work;
  static Path old;
  static Path newer;
  static Path mislabelled;
  static Path modular;
  static Path plain;

  @BeforeAll
  static void build() throws IOException {
    old = DatasetJars.datasetJar(work, "fixture.v2026_11_0", "2026.11.0",
        DatasetJars.files(Path.of("src/test/resources/datasets/2026.11.0"), "*.json"));
    Map<String, byte[]> relabelled = new LinkedHashMap<>();
    DatasetJars.files(DatasetJars.cstoDataset()).forEach((name, bytes) -> relabelled.put(name,
        new String(bytes, StandardCharsets.UTF_8).replace("\"version\": \"2026.12.0\"",
            "\"version\": \"2099.1.0\"").getBytes(StandardCharsets.UTF_8)));
    newer = DatasetJars.datasetJar(work, "fixture.v2099_1_0", "2099.1.0", relabelled);
    mislabelled = DatasetJars.datasetJar(work, "fixture.mislabelled", "2026.10.0",
        DatasetJars.files(Path.of("src/test/resources/datasets/2026.11.0"), "*.json"));
    modular = DatasetJars.consumer(work, true);
    plain = DatasetJars.consumer(work, false);
  }

  @Test
  void withoutDatasetJarsTheBuiltInDatasetOnTheModulePathAndTheClassPath() throws Exception {
    for (Path consumer : List.of(modular, plain)) {
      String out = DatasetJars.run(consumer, consumer == modular, List.of());
      assertTrue(out.startsWith("bundled 2026.12.0\nversions [2026.12.0]\n"
          + "version 2026.12.0: 57 events,"), out);
      assertTrue(out.endsWith("exit 0"), out);
    }
  }

  @Test
  void aNewerDatasetJarOnTheModulePathIsTakenUp() throws Exception {
    String out = DatasetJars.run(modular, true, List.of(old, DatasetJars.cstoDataset(), newer));
    assertSideBySide(out);
  }

  @Test
  void aNewerDatasetJarOnTheClassPathIsTakenUp() throws Exception {
    String out = DatasetJars.run(plain, false, List.of(old, DatasetJars.cstoDataset(), newer));
    assertSideBySide(out);
  }

  @Test
  void aDatasetJarOnTheClassPathServesALibraryOnTheModulePath() throws Exception {
    String out = DatasetJars.run(modular, true, List.of(DatasetJars.cstoDataset()), List.of(old, newer));
    assertSideBySide(out);
  }

  private static void assertSideBySide(String out) {
    assertTrue(out.startsWith("bundled 2099.1.0\nversions [2026.11.0, 2026.12.0, 2099.1.0]\n"), out);
    assertTrue(out.contains("version 2026.11.0: 54 events,"), out);
    assertTrue(out.contains("version 2026.12.0: 57 events,"), out);
    assertTrue(out.contains("version 2099.1.0: 57 events,"), out);
    assertTrue(out.contains("diff DatasetDiff[2026.11.0 -> 2026.12.0: "), out);
    assertTrue(out.endsWith("exit 0"), out);
  }

  @Test
  void theSystemPropertyPinsTheVersionOnBothPaths() throws Exception {
    for (Path consumer : List.of(modular, plain)) {
      String out = DatasetJars.run(consumer, consumer == modular, List.of(old, newer),
          "-Dio.github.cstokit.data.version=2026.11.0");
      assertTrue(out.startsWith("bundled 2026.11.0\n"), out);
      out = DatasetJars.run(consumer, consumer == modular, List.of(old, newer),
          "-Dio.github.cstokit.data.version=2026.9.0");
      assertEquals("error dataset#: the system property io.github.cstokit.data.version pins version"
          + " 2026.9.0, which is not available; available: 2026.11.0, 2026.12.0, 2099.1.0\nexit 2", out);
    }
  }

  @Test
  void aProviderWhoseFilesHoldAnotherVersionIsRefused() throws Exception {
    String out = DatasetJars.run(modular, true, List.of(mislabelled),
        "-Dio.github.cstokit.data.version=2026.10.0");
    assertEquals("error dataset provider fixture.mislabelled.Fixture: states.json#/version: the files"
        + " hold version 2026.11.0, the provider declares 2026.10.0\nexit 2", out);
  }

  @Test
  void anInvalidFileInADatasetJarIsReportedWithTheProviderFileAndPointer() throws Exception {
    Map<String, byte[]> files =
        DatasetJars.files(Path.of("src/test/resources/datasets/2026.11.0"), "*.json");
    files.put("events.json", new String(files.get("events.json"), StandardCharsets.UTF_8)
        .replaceFirst("\"date\": \"1992-05-15\"", "\"date\": \"1992-02-30\"")
        .getBytes(StandardCharsets.UTF_8));
    Path broken = DatasetJars.datasetJar(work, "fixture.broken", "2026.11.0", files);
    String out = DatasetJars.run(plain, false, List.of(broken));
    // The built-in 2026.12.0 is the newest and loads; asking for 2026.11.0 fails, nothing half-loaded.
    assertTrue(out.startsWith("bundled 2026.12.0\nversions [2026.11.0, 2026.12.0]\n"), out);
    assertTrue(out.contains("\nerror dataset provider fixture.broken.Fixture: events.json#/events/0/date: "),
        out);
    assertTrue(out.contains("1992-02-30"), out);
    assertTrue(out.endsWith("exit 2"), out);
  }
}
