package io.github.cstokit.data;

import io.github.cstokit.data.internal.read.DatasetFiles;
import io.github.cstokit.data.internal.read.DatasetReader;
import io.github.cstokit.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
}
