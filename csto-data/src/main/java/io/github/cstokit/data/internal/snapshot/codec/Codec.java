package io.github.cstokit.data.internal.snapshot.codec;

import java.io.IOException;

/**
 * Writes and reads one record type in the snapshot layout. The two halves sit side by side in each
 * codec, field for field, so that a field added to one and not the other shows in one small file; the
 * round trip of every codec is tested on the bundled dataset.
 *
 * @param <T> the record type
 */
public interface Codec<T> {

  /**
   * Writes a record.
   *
   * @param value the record, not null
   * @param out where to write
   * @throws IOException if writing fails
   */
  void write(T value, Out out) throws IOException;

  /**
   * Reads a record written by {@link #write}.
   *
   * @param in where to read
   * @return the record, not null
   * @throws IOException if the bytes are truncated or corrupt
   */
  T read(In in) throws IOException;
}
