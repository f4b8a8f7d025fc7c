package io.github.cstokit.data.internal.snapshot;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compiles the dataset's JSON files into the binary snapshot read by {@code CstoData.bundled()}. Run by
 * the build after the classes are compiled (exec-maven-plugin, from {@code target/build-classes}, which
 * the jar never holds): the JSON is loaded through {@link CstoData#load(Path)}, with every check, and
 * the result is written in the {@link SnapshotFormat} layout, then read back and compared so that a
 * snapshot that would not reproduce the dataset is never written.
 */
public final class SnapshotCompiler {

  private SnapshotCompiler() {}

  /**
   * Compiles a snapshot.
   *
   * @param args the directory holding the dataset's JSON files, and the snapshot file to write
   * @throws IOException if reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: SnapshotCompiler <json-directory> <snapshot-file>");
    }
    CstoDataset dataset = CstoData.load(Path.of(args[0]));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SnapshotWriter.write(dataset, bytes);
    SnapshotReader snapshot = SnapshotReader.read(bytes.toByteArray());
    boolean same = snapshot.scenario().equals(dataset.scenario())
        && snapshot.version().equals(dataset.version())
        && snapshot.dataAsOf().equals(dataset.dataAsOf())
        && snapshot.supplement().sources().equals(dataset.sources())
        && snapshot.supplement().organs().equals(dataset.organs())
        && snapshot.supplement().forces().equals(dataset.forces())
        && snapshot.supplement().decisions().equals(dataset.decisions())
        && snapshot.supplement().mandates().equals(dataset.mandates())
        && snapshot.sessions().equals(dataset.sessions())
        && snapshot.supplement().activities().equals(dataset.activities())
        && snapshot.supplement().observers().equals(dataset.observerStatuses());
    if (!same) {
      throw new IllegalStateException("the snapshot does not reproduce the dataset in " + args[0]);
    }
    Path target = Path.of(args[1]);
    Files.write(target, bytes.toByteArray());
    System.out.println("Wrote " + target + " (" + bytes.size() + " bytes) from " + dataset);
  }
}
