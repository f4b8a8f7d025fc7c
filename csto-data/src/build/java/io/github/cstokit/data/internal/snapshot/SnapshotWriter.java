package io.github.cstokit.data.internal.snapshot;

import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.data.internal.snapshot.codec.Out;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a loaded, validated dataset as a snapshot in the {@link SnapshotFormat} layout: the frame,
 * whose reading half is {@link SnapshotReader#read}; the index and the records are written by the
 * halves that read them ({@link StatusIndex}, {@link Sections}). Build time only: this source root is
 * not part of the jar.
 */
final class SnapshotWriter {

  private SnapshotWriter() {}

  static void write(CstoDataset dataset, OutputStream target) throws IOException {
    Out facts = new Out();
    Sections.writeFacts(dataset.scenario(), facts);
    Out rest = facts.next();
    Sections.writeRest(new Sections.Rest(dataset.sources(), dataset.organs(), dataset.forces(),
        dataset.decisions(), dataset.mandates(), new Sections.Calendar(dataset.sessions(),
        dataset.activities(), dataset.observerStatuses())), rest);

    DataOutputStream file = new DataOutputStream(target);
    file.writeInt(SnapshotFormat.MAGIC);
    file.writeByte(SnapshotFormat.FORMAT);
    file.writeUTF(dataset.version());
    file.writeInt(Math.toIntExact(dataset.dataAsOf().toEpochDay()));
    StatusIndex.write(dataset.scenario(), file);
    section(facts, file);
    section(rest, file);
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
