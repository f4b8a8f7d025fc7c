package io.github.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code csto diff}, and {@code --data} and {@code validate} on a dataset jar and on a version: an edited
 * copy of the data files, as a directory and as a jar laid out as csto-dataset lays its files out.
 */
class DiffTest {

  static final Path DATA = DataSources.DIR;

  @TempDir Path tmp;
  Path edited;
  Path jar;

  @BeforeEach
  void editedCopyAsADirectoryAndAsAJar() throws IOException {
    assumeTrue(Files.isDirectory(DATA), "the data sources are not next to this module");
    edited = Files.createDirectory(tmp.resolve("edited"));
    jar = tmp.resolve("csto-dataset-edited.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(out, manifest);
        var files = Files.newDirectoryStream(DATA, "*.json")) {
      for (Path f : files) {
        String text = Files.readString(f);
        if (f.getFileName().toString().equals("states.json")) {
          text = text.replace("\"Armenia\"", "\"Armenia (edited)\"");
        }
        Files.writeString(edited.resolve(f.getFileName()), text);
        zip.putNextEntry(new JarEntry("io/github/cstokit/dataset/" + f.getFileName()));
        zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }

  @Test
  void diffListsTheChangedFieldOldAndNew() {
    Cli cli = Cli.run("diff", "2026.12.0", edited.toString()).exits(Csto.OK);
    // a state's change cites the state's sources
    assertTrue(cli.out.startsWith("Dataset 2026.12.0 (data as of 2026-02-12) -> 2026.12.0 (data as of"
        + " 2026-02-12): 0 added, 0 removed, 1 changed\n~ state AM\n    nameEn: Armenia -> Armenia"
        + " (edited)\n    source github-lukes-iso: "), cli.out);
    Cli back = Cli.run("diff", jar.toString(), "2026.12.0");
    back.prints("~ state AM\n    nameEn: Armenia (edited) -> Armenia\n    source ");
    Cli none = Cli.run("diff", edited.toString(), jar.toString());
    assertEquals("Dataset 2026.12.0 (data as of 2026-02-12) -> 2026.12.0 (data as of 2026-02-12): 0 added,"
        + " 0 removed, 0 changed\n", none.out);
  }

  @Test
  void diffAsJsonAndAsChangelogEntries() {
    Cli json = Cli.run("diff", "2026.12.0", jar.toString(), "--json").exits(Csto.OK);
    json.prints(
        "\"change\" : \"changed\"",
        "\"nameEn\" : \"Armenia (edited)\"");
    Cli changelog = Cli.run("diff", "2026.12.0", jar.toString(), "--changelog");
    assertTrue(changelog.out.endsWith("\n- Changed state `AM`: nameEn: Armenia -> Armenia (edited)"
        + " (sources: github-lukes-iso, github-cow-vhenley, github-cow-babakrezaee,"
        + " github-world-countries-ru)\n"), changelog.toString());
    Cli both = Cli.run("diff", "2026.12.0", jar.toString(), "--changelog", "--json").exits(Csto.BAD_INPUT);
  }

  @Test
  void dataTakesADatasetJarAndAVersion() {
    Cli fromJar = Cli.run("status", "AM", "--on", "2000-01-01", "--data", jar.toString()).exits(Csto.OK);
    assertTrue(fromJar.out.startsWith("Armenia (edited) (AM) on 2000-01-01: "), fromJar.toString());
    Cli byVersion = Cli.run("status", "AM", "--on", "2000-01-01", "--data", "2026.12.0");
    assertTrue(byVersion.out.startsWith("Armenia (AM) on 2000-01-01: "), byVersion.toString());
    Cli validate = Cli.run("validate", jar.toString()).exits(Csto.OK);
    assertTrue(validate.out.startsWith(jar + ": valid, CstoDataset[2026.12.0,"), validate.toString());
  }

  @Test
  void aVersionNotAvailableOrAMissingFileIsBadInput() {
    Cli unknown = Cli.run("members", "--on", "2000-01-01", "--data", "2026.9.0").exits(Csto.BAD_INPUT);
    assertEquals("", unknown.out);
    assertTrue(unknown.err.startsWith("csto members: dataset#: version 2026.9.0, which is not available;"
        + " available: 2026.12.0"), unknown.toString());
    Cli diff = Cli.run("diff", "2026.9.0", "2026.12.0").exits(Csto.BAD_INPUT);
    Cli validate = Cli.run("validate", "2026.9.0").exits(Csto.BAD_INPUT);
    assertTrue(validate.err.contains("which is not available"), validate.toString());
    Path missing = tmp.resolve("missing.jar");
    Cli gone = Cli.run("diff", missing.toString(), "2026.12.0");
    assertTrue(gone.err.startsWith("csto diff: " + missing + ": no such directory or file"), gone.toString());
  }
}
