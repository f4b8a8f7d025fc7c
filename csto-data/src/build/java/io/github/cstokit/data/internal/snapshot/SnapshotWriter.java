package io.github.cstokit.data.internal.snapshot;

import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.data.internal.snapshot.codec.Out;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
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
        new SnapshotSupplement(dataset.sources(), dataset.organs(), dataset.forces(), dataset.decisions(),
            dataset.mandates(), dataset.activities(), dataset.observerStatuses()));

    List<byte[]> bytes = new ArrayList<>();
    for (Out section : sections) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(buffer);
      section.writeTo(out);
      out.flush();
      bytes.add(buffer.toByteArray());
    }
    ByteArrayOutputStream firstBuffer = new ByteArrayOutputStream();
    DataOutputStream first = new DataOutputStream(firstBuffer);
    first.writeUTF(dataset.version());
    first.writeInt(Math.toIntExact(dataset.dataAsOf().toEpochDay()));
    StatusIndex.write(dataset.scenario(), first);
    for (byte[] section : bytes) {
      first.writeInt(section.length);
    }
    for (byte[] section : bytes.subList(0, Sections.FACTS)) {
      first.write(section);
    }
    first.flush();

    DataOutputStream file = new DataOutputStream(target);
    file.writeInt(SnapshotFormat.MAGIC);
    file.writeByte(SnapshotFormat.FORMAT);
    file.writeInt(SnapshotFormat.LAYOUT);
    file.writeInt(firstBuffer.size());
    firstBuffer.writeTo(file);
    for (byte[] section : bytes.subList(Sections.FACTS, bytes.size())) {
      file.write(section);
    }
    file.flush();
  }
}
