package io.github.cstokit.data.internal.snapshot.codec;

import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Period;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads one section of a snapshot, as {@link Out} wrote it: its string table, then its records. A
 * value that cannot be what was written (an index out of range, a required value absent) is a
 * {@link StreamCorruptedException}. Not thread-safe.
 */
public final class In {

  /** The section's records; null once {@link #end} has checked that they were read to the end. */
  private DataInputStream in;
  private final String[] strings;
  /**
   * The array holding the section, and where each string of its table starts (its length prefix), for
   * the strings not yet decoded: a string is decoded on its first use, so that a first query pays only
   * for the strings of the records it reads.
   */
  private final byte[] table;
  private final int[] starts;

  /** Where the section's records start and end in {@link #table}. */
  private final int recordsStart;
  private final int recordsEnd;
  private ByteArrayInputStream records;

  private In(String[] strings, byte[] table, int[] starts, int recordsStart, int recordsEnd) {
    this.strings = strings;
    this.table = table;
    this.starts = starts;
    this.recordsStart = recordsStart;
    this.recordsEnd = recordsEnd;
    seek(0);
  }

  /**
   * Where the next value is read, counted from the section's first record.
   *
   * @return the position, not negative
   */
  public int position() {
    return recordsEnd - recordsStart - records.available();
  }

  /**
   * Moves to a position returned by {@link #position()} (or known from the writer's {@link Out#size()}),
   * so that one record of a list can be read without those before it.
   *
   * @param position the position, counted from the section's first record
   */
  public void seek(int position) {
    records = new ByteArrayInputStream(table, recordsStart + position,
        recordsEnd - recordsStart - position);
    in = new DataInputStream(records);
  }

  /**
   * Opens a whole array as a section and reads its string table; see {@link Out#Out()}.
   *
   * @param section the section's bytes, as {@link Out#writeTo} wrote them
   * @return the section, positioned at its first record
   * @throws IOException if the table is truncated or too large
   */
  public static In open(byte[] section) throws IOException {
    return open(section, 0, section.length);
  }

  /**
   * Opens a section held in part of an array and reads its string table (the lengths only: each
   * string is decoded on its first use). The array is not copied, and must not change.
   *
   * @param bytes the array holding the section, as {@link Out#writeTo} wrote it
   * @param offset where the section starts
   * @param length the section's length
   * @return the section, positioned at its first record
   * @throws IOException if the table is truncated or too large
   */
  public static In open(byte[] bytes, int offset, int length) throws IOException {
    int end = offset + length;
    if (offset < 0 || length < 4 || end > bytes.length || end < 0) {
      throw new java.io.EOFException("the section is truncated");
    }
    int count = (bytes[offset] & 0xFF) << 24 | (bytes[offset + 1] & 0xFF) << 16
        | (bytes[offset + 2] & 0xFF) << 8 | bytes[offset + 3] & 0xFF;
    if (count < 0 || count > Layout.MAX_STRINGS) {
      throw new StreamCorruptedException("bad string count " + count);
    }
    String[] strings = new String[count + 1];
    int[] starts = new int[strings.length];
    int at = offset + 4;
    for (int i = 1; i < strings.length; i++) {
      if (at + 2 > end) {
        throw new java.io.EOFException("the string table is truncated");
      }
      starts[i] = at;
      at += 2 + ((bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF);
    }
    if (at > end) {
      throw new java.io.EOFException("the string table is truncated");
    }
    return new In(strings, bytes, starts, at, end);
  }

  /** The string at an index of the table, decoding it on its first use. */
  private String decoded(int i) throws IOException {
    String s = strings[i];
    if (s == null) {
      s = new DataInputStream(new ByteArrayInputStream(table, starts[i], table.length - starts[i]))
          .readUTF();
      strings[i] = s;
    }
    return s;
  }

  /**
   * Checks that the section has been read to its end: after this, nothing more may be read.
   *
   * @param what the section's name, for the message
   * @throws StreamCorruptedException if bytes remain
   * @throws IOException if reading fails
   */
  public void end(String what) throws IOException {
    if (in.read() != -1) {
      throw new StreamCorruptedException("trailing bytes after the snapshot's " + what);
    }
    in = null;
  }

  /** Reads a string or null; see {@link Out#string(String)}. */
  public String stringOrNull() throws IOException {
    int i = in.readUnsignedShort();
    if (i >= strings.length) {
      throw new StreamCorruptedException("string index " + i + " out of range");
    }
    return i == 0 ? null : decoded(i);
  }

  /** Reads a required string; see {@link Out#string(String)}. */
  public String string() throws IOException {
    return required(stringOrNull(), "string");
  }

  /** The value read, unless it is absent where it is required. */
  private static <T> T required(T value, String what) throws StreamCorruptedException {
    if (value == null) {
      throw new StreamCorruptedException("a required " + what + " is absent");
    }
    return value;
  }

  /** Reads an optional string; see {@link Out#string(Optional)}. */
  public Optional<String> optionalString() throws IOException {
    return Optional.ofNullable(stringOrNull());
  }

  /** Reads an enum constant by name; see {@link Out#name(Enum)}. */
  public <E extends Enum<E>> E name(Class<E> type) throws IOException {
    return Enum.valueOf(type, string());
  }

  /** Reads an optional enum constant; see {@link Out#name(Optional)}. */
  public <E extends Enum<E>> Optional<E> optionalName(Class<E> type) throws IOException {
    String s = stringOrNull();
    return s == null ? Optional.empty() : Optional.of(Enum.valueOf(type, s));
  }

  /** Reads a list of strings; see {@link Out#strings}. */
  public List<String> strings() throws IOException {
    int n = count();
    if (n == 0) {
      return Collections.emptyList();
    }
    String[] array = new String[n];
    for (int i = 0; i < n; i++) {
      array[i] = string();
    }
    return List.of(array);
  }

  /** Reads a list of records with the codec; see {@link Out#list}. */
  public <T> List<T> list(Codec<T> codec) throws IOException {
    int n = count();
    if (n == 0) {
      return Collections.emptyList();
    }
    List<T> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(codec.read(this));
    }
    return list;
  }

  /** Reads a value written with a presence flag; see {@link Out#optional}. */
  public <T> Optional<T> optional(Codec<T> codec) throws IOException {
    return bool() ? Optional.of(codec.read(this)) : Optional.empty();
  }

  /** Reads a number that may be absent; see {@link Out#optionalInt}. */
  public OptionalInt optionalInt() throws IOException {
    int i = integer();
    return i == Layout.NO_INT ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** Reads a count; see {@link Out#count}. */
  public int count() throws IOException {
    return in.readUnsignedShort();
  }

  private PartialDate partialDateOrNull() throws IOException {
    int precision = in.readUnsignedByte();
    if (precision == 0) {
      return null;
    }
    LocalDate first = LocalDate.ofEpochDay(in.readInt());
    switch (precision) {
      case 1:
        return PartialDate.ofYear(first.getYear());
      case 2:
        return PartialDate.of(first.getYear(), first.getMonthValue());
      case 3:
        return PartialDate.of(first);
      default:
        throw new StreamCorruptedException("bad date precision " + precision);
    }
  }

  /** Reads a required partial date; see {@link Out#partialDate(PartialDate)}. */
  public PartialDate partialDate() throws IOException {
    return required(partialDateOrNull(), "date");
  }

  /** Reads an optional partial date; see {@link Out#partialDate(Optional)}. */
  public Optional<PartialDate> optionalPartialDate() throws IOException {
    return Optional.ofNullable(partialDateOrNull());
  }

  private LocalDate dateOrNull() throws IOException {
    int day = in.readInt();
    return day == Layout.NO_DATE ? null : LocalDate.ofEpochDay(day);
  }

  /** Reads a required date; see {@link Out#date(LocalDate)}. */
  public LocalDate date() throws IOException {
    return required(dateOrNull(), "date");
  }

  /** Reads an optional date; see {@link Out#date(Optional)}. */
  public Optional<LocalDate> optionalDate() throws IOException {
    return Optional.ofNullable(dateOrNull());
  }

  /** Reads a period; see {@link Out#period}. */
  public Period period() throws IOException {
    return required(periodOrNull(), "period");
  }

  /** Reads an optional period; see {@link Out#period(Optional)}. */
  public Optional<Period> optionalPeriod() throws IOException {
    return Optional.ofNullable(periodOrNull());
  }

  private Period periodOrNull() throws IOException {
    LocalDate start = dateOrNull();
    LocalDate end = dateOrNull();
    if (start == null) {
      if (end != null) {
        throw new StreamCorruptedException("an absent period has an end");
      }
      return null;
    }
    return end == null ? Period.startingOn(start) : Period.of(start, end);
  }

  /** Reads a record of a list by its index; see {@link Out#reference(Object, List)}. */
  public <T> T reference(List<T> list) throws IOException {
    return required(referenceOrNull(list), "record");
  }

  /** Reads an optional record of a list by its index; see {@link Out#reference(Optional, List)}. */
  public <T> Optional<T> optionalReference(List<T> list) throws IOException {
    return Optional.ofNullable(referenceOrNull(list));
  }

  private <T> T referenceOrNull(List<T> list) throws IOException {
    int i = shortInt();
    if (i < -1 || i >= list.size()) {
      throw new StreamCorruptedException("record index " + i + " out of range");
    }
    return i == -1 ? null : list.get(i);
  }

  /** Reads a boolean; see {@link Out#bool}. */
  public boolean bool() throws IOException {
    return in.readBoolean();
  }

  /** Reads an int; see {@link Out#integer}. */
  public int integer() throws IOException {
    return in.readInt();
  }

  /** Reads a signed short; see {@link Out#shortInt}. */
  public int shortInt() throws IOException {
    return in.readShort();
  }
}
