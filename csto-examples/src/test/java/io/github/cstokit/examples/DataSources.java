package io.github.cstokit.examples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled dataset's source files, next to this module in the repository, and copies to edit. */
final class DataSources {

  /** The directory of the bundled data files. */
  static final Path DIR = Path.of("../csto-data/src/main/resources/io/github/cstokit/data");

  private DataSources() {}

  /** Skips the test (an assumption) when the data sources are not next to this module. */
  static Path dir() {
    assumeTrue(Files.isDirectory(DIR), "the data sources are not next to this module");
    return DIR;
  }

  /** Copies every data file into a new directory {@code name} of {@code parent}, to be edited. */
  static Path copyInto(Path parent, String name) throws IOException {
    Path copy = Files.createDirectory(parent.resolve(name));
    try (var files = Files.list(dir())) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    return copy;
  }

  /** Replaces every occurrence of a text in a file. */
  static void replace(Path file, String from, String to) throws IOException {
    Files.writeString(file, Files.readString(file).replace(from, to));
  }
}
