package io.github.cstokit.data;

import io.github.cstokit.data.internal.read.DatasetFiles;
import io.github.cstokit.data.internal.read.DatasetReader;
import io.github.cstokit.data.spi.DatasetProvider;
import java.io.IOException;
import java.io.InputStream;
import io.github.cstokit.model.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a dataset from its files, all or nothing: {@link DatasetReader} checks the files strictly and
 * maps them to the model; if it found any problem, each at its file and JSON pointer, nothing is
 * returned. Every file of {@link #FILES} is required except those of {@link #OPTIONAL}:
 * {@code observers.json}, which datasets older than the file (such as 2026.11.0) do not have, may be
 * absent, and such a dataset records no observer statuses.
 */
final class DatasetLoader {

  /** The dataset files, in the order they are checked. */
  static final List<String> FILES = DatasetReader.FILES;

  /** The dataset files that may be absent: a dataset without {@code observers.json} has no statuses. */
  static final Set<String> OPTIONAL = DatasetReader.OPTIONAL;

  /** The file format this loader reads. */
  static final int FORMAT = DatasetReader.FORMAT;

  private DatasetLoader() {}

  /**
   * Loads a dataset from the files read from a directory or an archive.
   *
   * @throws CstoDataException listing every problem of the read, or else of the files
   */
  static CstoDataset load(DatasetFiles.Read read) {
    if (!read.problems().isEmpty()) {
      throw new CstoDataException(read.problems());
    }
    return load(read.files());
  }

  /**
   * Loads a dataset from the contents of its files, keyed by file name.
   *
   * @throws CstoDataException listing every problem found
   */
  static CstoDataset load(Map<String, byte[]> files) {
    DatasetReader.Result read = DatasetReader.read(files);
    if (!read.problems().isEmpty()) {
      throw new CstoDataException(read.problems());
    }
    Scenario scenario;
    try {
      scenario =
          Scenario.builder()
              .addStates(read.states())
              .addEvents(read.events())
              .addInstruments(read.instruments())
              .addChairmanships(read.chairmanships())
              .addAppointments(read.appointments())
              .version(read.version())
              .build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      // Not expected after the reader's checks; still reported, never thrown raw.
      List<String> problems = new ArrayList<>(read.problems());
      problems.add("events.json#: the facts are inconsistent: " + e.getMessage());
      throw new CstoDataException(problems);
    }
    return new CstoDataset(read.dataAsOf(), scenario, new Supplement.Tables(read.sources(),
        read.organs(), read.forces(), read.decisions(), read.mandates(), read.sessions(),
        read.activities(), read.observers()));
  }

  /**
   * Reads a provider's files and loads them as a directory's are loaded; the files must hold the
   * version the provider declares. Each problem is prefixed with the provider's name.
   */
  static CstoDataset load(DatasetProvider provider) {
    String name = Catalog.where(provider.getClass().getName());
    Map<String, byte[]> files = new HashMap<>();
    List<String> unreadable = new ArrayList<>();
    for (String file : FILES) {
      try {
        Optional<InputStream> opened = provider.open(file);
        if (opened.isEmpty()) {
          continue; // reported as missing by the loader
        }
        try (InputStream in = opened.get()) {
          byte[] bytes = DatasetFiles.readBounded(in);
          if (bytes == null) {
            unreadable.add(name + ": " + file + "#: the file is larger than "
                + DatasetFiles.MAX_FILE_SIZE + " bytes");
          } else {
            files.put(file, bytes);
          }
        }
      } catch (IOException | RuntimeException e) {
        unreadable.add(name + ": " + file + "#: cannot be read: " + e);
      }
    }
    if (!unreadable.isEmpty()) {
      throw new CstoDataException(unreadable);
    }
    CstoDataset dataset;
    try {
      dataset = load(files);
    } catch (CstoDataException e) {
      List<String> problems = new ArrayList<>();
      for (String problem : e.problems()) {
        problems.add(name + ": " + problem);
      }
      throw new CstoDataException(problems);
    }
    if (!dataset.version().equals(provider.version())) {
      throw new CstoDataException(List.of(name + ": states.json#/version: the files hold version "
          + dataset.version() + ", the provider declares " + provider.version()));
    }
    return dataset;
  }

  /**
   * Loads and checks the bundled JSON files, read next to {@link CstoData}: the bundled dataset of
   * classes run without the compiled snapshot.
   */
  static CstoDataset loadBundledJson() {
    Map<String, byte[]> files = new HashMap<>();
    for (String name : FILES) {
      // Class-relative lookup: resources of a named module are encapsulated from class loaders.
      try (InputStream in = CstoData.class.getResourceAsStream(name)) {
        if (in != null) {
          files.put(name, in.readAllBytes());
        }
      } catch (IOException e) {
        throw new CstoDataException(List.of(name + "#: the bundled file cannot be read: "
            + e.getMessage()));
      }
    }
    return load(files);
  }
}
