package io.github.cstokit.data.internal.snapshot.codec;

import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Period;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes one section of a snapshot: its records into a buffer, each string as an index into the
 * section's string table, which {@link #writeTo} puts before the records. {@link In} reads every value
 * written here, method for method. Used when the snapshot is compiled and by tests; not thread-safe.
 */
public final class Out {

  private final List<String> strings = new ArrayList<>();
  private final Map<String, Integer> indexes = new HashMap<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final DataOutputStream out = new DataOutputStream(bytes);

  /** A section, with an empty string table of its own. */
  public Out() {}

  /**
   * Writes the section: the count and the strings of its table, then its records.
   *
   * @param target where to write
   * @throws IOException if writing fails
   */
  public void writeTo(DataOutputStream target) throws IOException {
    out.flush();
    target.writeInt(strings.size());
    for (String s : strings) {
      target.writeUTF(s);
    }
    bytes.writeTo(target);
  }

  /**
   * How many bytes of records were written so far: the position {@link In#position()} gives when it
   * reads the next value.
   *
   * @return the size, not negative
   */
  public int size() {
    return out.size();
  }

  /**
   * Writes a string as its index in the table, 0 when absent.
   *
   * @param s the string, or null for absent
   * @throws IOException if writing fails
   */
  public void string(String s) throws IOException {
    if (s == null) {
      out.writeShort(0);
      return;
    }
    Integer index = indexes.get(s);
    if (index == null) {
      if (strings.size() >= Layout.MAX_STRINGS) {
        throw new IllegalStateException("more than " + Layout.MAX_STRINGS + " strings");
      }
      strings.add(s);
      index = strings.size();
      indexes.put(s, index);
    }
    out.writeShort(index);
  }

  /** Writes an optional string; see {@link In#optionalString()}. */
  public void string(Optional<String> s) throws IOException {
    string(s.orElse(null));
  }

  /** Writes an enum constant as the string of its name; see {@link In#name(Class)}. */
  public void name(Enum<?> e) throws IOException {
    string(e.name());
  }

  /** Writes an optional enum constant; see {@link In#optionalName(Class)}. */
  public void name(Optional<? extends Enum<?>> e) throws IOException {
    string(e.isPresent() ? e.get().name() : null);
  }

  /** Writes a list of strings; see {@link In#strings()}. */
  public void strings(Collection<String> list) throws IOException {
    count(list);
    for (String s : list) {
      string(s);
    }
  }

  /** Writes a list of records, each with the codec; see {@link In#list(Codec)}. */
  public <T> void list(Collection<T> list, Codec<? super T> codec) throws IOException {
    count(list);
    for (T t : list) {
      codec.write(t, this);
    }
  }

  /** Writes a presence flag, then the value with the codec if present; see {@link In#optional(Codec)}. */
  public <T> void optional(Optional<T> value, Codec<? super T> codec) throws IOException {
    bool(value.isPresent());
    if (value.isPresent()) {
      codec.write(value.get(), this);
    }
  }

  /** Writes a number that may be absent, absent as {@code Integer.MIN_VALUE}; see {@link In#optionalInt()}. */
  public void optionalInt(OptionalInt value) throws IOException {
    integer(value.orElse(Layout.NO_INT));
  }

  /** Writes the size of a collection as an unsigned short; see {@link In#count()}. */
  public void count(Collection<?> list) throws IOException {
    if (list.size() > 0xFFFF) {
      throw new IllegalStateException("a list longer than " + 0xFFFF);
    }
    out.writeShort(list.size());
  }

  /** Writes a partial date: its precision, then its first day; see {@link In#partialDate()}. */
  public void partialDate(PartialDate d) throws IOException {
    switch (d.precision()) {
      case YEAR:
        out.writeByte(1);
        break;
      case MONTH:
        out.writeByte(2);
        break;
      default:
        out.writeByte(3);
        break;
    }
    out.writeInt(Math.toIntExact(d.firstDay().toEpochDay()));
  }

  /** Writes an optional partial date, precision 0 when absent; see {@link In#optionalPartialDate()}. */
  public void partialDate(Optional<PartialDate> d) throws IOException {
    if (d.isPresent()) {
      partialDate(d.get());
    } else {
      out.writeByte(0);
    }
  }

  /** Writes a date as its epoch day; see {@link In#date()}. */
  public void date(LocalDate d) throws IOException {
    out.writeInt(Math.toIntExact(d.toEpochDay()));
  }

  /** Writes an optional date; see {@link In#optionalDate()}. */
  public void date(Optional<LocalDate> d) throws IOException {
    out.writeInt(d.isPresent() ? Math.toIntExact(d.get().toEpochDay()) : Layout.NO_DATE);
  }

  /** Writes a period: its start and its end, if any; see {@link In#period()}. */
  public void period(Period p) throws IOException {
    date(p.start());
    date(p.end());
  }

  /** Writes an optional period, its start absent when it is; see {@link In#optionalPeriod()}. */
  public void period(Optional<Period> p) throws IOException {
    if (p.isPresent()) {
      period(p.get());
    } else {
      integer(Layout.NO_DATE);
      integer(Layout.NO_DATE);
    }
  }

  /**
   * Writes a record of a list as its index in the list, so that the record read is that of the list
   * read; see {@link In#reference(List)}.
   */
  public void reference(Object value, List<?> list) throws IOException {
    int i = list.indexOf(value);
    if (i < 0) {
      throw new IllegalStateException("a record referred to is not in the list it is written by index in: "
          + value);
    }
    shortInt(i);
  }

  /** Writes an optional record of a list, -1 when absent; see {@link In#optionalReference(List)}. */
  public void reference(Optional<?> value, List<?> list) throws IOException {
    if (value.isPresent()) {
      reference(value.get(), list);
    } else {
      shortInt(-1);
    }
  }

  /** Writes a boolean as a byte; see {@link In#bool()}. */
  public void bool(boolean b) throws IOException {
    out.writeBoolean(b);
  }

  /** Writes an int; see {@link In#integer()}. */
  public void integer(int i) throws IOException {
    out.writeInt(i);
  }

  /** Writes a signed short; see {@link In#shortInt()}. */
  public void shortInt(int i) throws IOException {
    if (i < Short.MIN_VALUE || i > Short.MAX_VALUE) {
      throw new IllegalStateException("not a short: " + i);
    }
    out.writeShort(i);
  }
}
