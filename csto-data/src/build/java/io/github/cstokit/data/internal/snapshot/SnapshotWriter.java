package io.github.cstokit.data.internal.snapshot;

import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.data.internal.snapshot.codec.Out;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a loaded, validated dataset as a snapshot in the {@link SnapshotFormat} layout: the frame,
 * whose reading half is {@link SnapshotReader#read}; the index and the records are written by the
 * halves that read them ({@link StatusIndex}, {@link Sections}). Build time only: this source root is
 * not part of the jar.
 */
final class SnapshotWriter {

  private SnapshotWriter() {}

  static void write(CstoDataset dataset, OutputStream target) throws IOException {
    List<Out> sections = Sections.write(dataset.scenario(), dataset.sessions(),
        new Sections.Rest(dataset.sources(), dataset.organs(), dataset.forces(), dataset.decisions(),
            dataset.mandates(), dataset.activities(), dataset.observerStatuses()));

    DataOutputStream file = new DataOutputStream(target);
    file.writeInt(SnapshotFormat.MAGIC);
    file.writeByte(SnapshotFormat.FORMAT);
    file.writeUTF(dataset.version());
    file.writeInt(Math.toIntExact(dataset.dataAsOf().toEpochDay()));
    StatusIndex.write(dataset.scenario(), file);
    for (Out section : sections) {
      section(section, file);
    }
    file.flush();
  }

  /** A section prefixed with its length. */
  private static void section(Out section, DataOutputStream file) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    section.writeTo(out);
    out.flush();
    file.writeInt(bytes.size());
    bytes.writeTo(file);
  }
}
