package io.github.cstokit.data.internal.snapshot;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataException;
import io.github.cstokit.data.CstoDataset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compiles the dataset's JSON files into the binary snapshot read by {@code CstoData.bundled()}. Run by
 * the build after the resources are copied: the JSON is loaded through {@link CstoData#load(Path)}, with
 * every check, and the result is written in the {@link SnapshotFormat} layout, then read back and compared
 * so that a snapshot that would not reproduce the dataset is never written.
 */
public final class SnapshotCompiler {

  private SnapshotCompiler() {}

  /**
   * Compiles a snapshot.
   *
   * @param args the directory holding the eleven JSON files, and the snapshot file to write
   * @throws IOException if reading or writing fails
   * @throws CstoDataException if the JSON files are invalid
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: SnapshotCompiler <json-directory> <snapshot-file>");
    }
    CstoDataset dataset = CstoData.load(Path.of(args[0]));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SnapshotWriter.write(dataset, bytes);
    Snapshot snapshot = Snapshot.read(bytes.toByteArray());
    Snapshot.Supplement s = snapshot.supplement();
    boolean same = snapshot.scenario().equals(dataset.scenario())
        && snapshot.version().equals(dataset.version())
        && snapshot.dataAsOf().equals(dataset.dataAsOf())
        && s.sources().equals(dataset.sources())
        && s.organs().equals(dataset.organs())
        && s.forces().equals(dataset.forces())
        && s.decisions().equals(dataset.decisions())
        && s.mandates().equals(dataset.mandates());
    if (!same) {
      throw new IllegalStateException("the snapshot does not reproduce the dataset in " + args[0]);
    }
    Path target = Path.of(args[1]);
    Files.write(target, bytes.toByteArray());
    System.out.println("Wrote " + target + " (" + bytes.size() + " bytes) from " + dataset);
  }
}
