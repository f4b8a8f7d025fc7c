package io.github.cstokit.data.internal.snapshot;

import io.github.cstokit.data.internal.snapshot.codec.In;
import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.Office;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.Session;
import io.github.cstokit.model.State;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StreamCorruptedException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.Callable;

/**
 * A dataset read from a {@link SnapshotFormat snapshot}: its frame and {@link StatusIndex status index}
 * at once, each section on its first use and on its own ({@link Sections}): status and participation
 * decode none, {@link #members} the states, {@link #chair} the chairmanships, {@link #holder} the
 * appointments, {@link #sessionsWithin} the sessions of the period; the scenario is built by the first
 * query that needs it, from the sections already decoded and the instruments and events. The snapshot
 * was compiled from checked JSON, so reading it checks only its layout; the model's invariants still
 * run in its builders. The one entry point of this package for the API: it speaks only model types.
 *
 * <p>Thread-safe; each section is decoded once. A query that decodes a corrupt section (a packaging
 * error) throws {@link IllegalStateException}.
 */
public final class SnapshotReader {

  /** The snapshot's resource name, next to the JSON files. */
  public static final String RESOURCE = "csto.dat";

  /** The largest length of the frame, so that a corrupt one allocates little. */
  private static final int MAX_LENGTH = 1 << 26;
  private final String version;
  private final LocalDate dataAsOf;
  private final StatusIndex index;
  /** The first part (up to {@link Sections#FACTS}) and the later part, until all is decoded; locked. */
  private byte[] first;
  private byte[] later;
  /** Reads the whole snapshot again, for its later part; null if that was read at once. */
  private final Callable<SnapshotReader> whole;
  /** Where each section starts in its part, and its length, by {@link Sections} number. */
  private final int[] offsets;
  private final int[] lengths;
  /** The sections of one list decoded so far, unmodifiable, by {@link Sections} number; locked. */
  private final List<?>[] lists = new List<?>[Sections.SESSIONS + 1];
  private volatile Scenario facts;
  private volatile SnapshotSupplement rest;
  /** Until the scenario: members, chair, holders; until all sessions are decoded, those (locked). */
  private volatile SortedSet<State>[] members;
  private volatile PeriodIndex<Chairmanship> chairs;
  private volatile PeriodIndex<Appointment>[] holders;
  private SessionIndex sessionIndex;

  private SnapshotReader(String version, LocalDate dataAsOf, StatusIndex index, byte[] first,
      byte[] later, Callable<SnapshotReader> whole, int[] offsets, int[] lengths) {
    this.version = version;
    this.dataAsOf = dataAsOf;
    this.index = index;
    this.first = first;
    this.later = later;
    this.whole = whole;
    this.offsets = offsets;
    this.lengths = lengths;
  }

  /**
   * Reads a whole snapshot held in memory; see {@link #read(InputStream, Callable)}.
   *
   * @param bytes the whole snapshot, not null
   * @return the snapshot, not null
   * @throws StreamCorruptedException if the bytes are not a snapshot of the format this library reads
   * @throws IOException if the snapshot is truncated
   */
  public static SnapshotReader read(byte[] bytes) throws IOException {
    return read(new ByteArrayInputStream(bytes), null);
  }

  /**
   * Reads a snapshot's frame and index and its first sections (states, chairmanships, appointments,
   * sessions), kept as bytes until their first use. The later sections (the instruments and events, the
   * supplement) are read too if {@code whole} is null; otherwise the stream is left there, unread, and
   * they are taken on their first use from the snapshot {@code whole} gives, which must begin with the
   * same first part: so that a first query inflates only the first part of a compressed resource.
   *
   * @param in the snapshot, not null; not closed
   * @param whole reads the whole snapshot again, on the first use of a later section; or null
   * @return the snapshot, not null
   * @throws StreamCorruptedException if the bytes are not a snapshot of the format this library reads
   * @throws IOException if the snapshot is truncated or cannot be read
   */
  public static SnapshotReader read(InputStream in, Callable<SnapshotReader> whole) throws IOException {
    DataInputStream frame = new DataInputStream(in);
    if (frame.readInt() != SnapshotFormat.MAGIC) {
      throw new StreamCorruptedException("not a csto-kit dataset snapshot");
    }
    int format = frame.readUnsignedByte();
    if (format != SnapshotFormat.FORMAT) {
      throw new StreamCorruptedException("snapshot format " + format + " is not supported (this library"
          + " reads format " + SnapshotFormat.FORMAT + ")");
    }
    int layout = frame.readInt();
    if (layout != SnapshotFormat.LAYOUT) {
      throw new StreamCorruptedException(String.format("snapshot layout %08x is not the one this library reads"
          + " (%08x): the snapshot was compiled by another version of csto-data", layout, SnapshotFormat.LAYOUT));
    }
    int firstLength = frame.readInt();
    if (firstLength < 0 || firstLength > MAX_LENGTH) {
      throw new StreamCorruptedException("bad length of the first part: " + firstLength);
    }
    byte[] first = new byte[firstLength];
    frame.readFully(first);
    ByteArrayInputStream stream = new ByteArrayInputStream(first);
    DataInputStream data = new DataInputStream(stream);
    String version = data.readUTF();
    LocalDate dataAsOf = LocalDate.ofEpochDay(data.readInt());
    StatusIndex index = StatusIndex.read(data);
    int[] offsets = new int[Sections.COUNT];
    int[] lengths = new int[Sections.COUNT];
    int laterLength = 0;
    for (int i = 0; i < Sections.COUNT; i++) {
      lengths[i] = data.readInt();
      if (lengths[i] < 0 || lengths[i] > MAX_LENGTH) {
        throw new StreamCorruptedException("bad section length " + lengths[i]);
      }
      offsets[i] = i < Sections.FACTS ? 0 : laterLength;
      laterLength += i < Sections.FACTS ? 0 : lengths[i];
    }
    for (int i = 0; i < Sections.FACTS; i++) {
      offsets[i] = firstLength - stream.available();
      if (data.skipBytes(lengths[i]) != lengths[i]) {
        throw new EOFException("the snapshot's first part is truncated");
      }
    }
    if (stream.available() != 0) {
      throw new StreamCorruptedException("trailing bytes after the snapshot's first part");
    }
    byte[] later = null;
    if (whole == null) {
      later = new byte[laterLength];
      frame.readFully(later);
      if (frame.read() != -1) {
        throw new StreamCorruptedException("trailing bytes after the snapshot");
      }
    }
    return new SnapshotReader(version, dataAsOf, index, first, later, whole, offsets, lengths);
  }

  /** Opens a section for decoding; called with the lock held. */
  private In open(int section) throws IOException {
    byte[] part = section < Sections.FACTS ? first : later();
    return In.open(part, offsets[section], lengths[section]);
  }

  /** The later part, read again with the whole snapshot on the first call if need be. */
  private byte[] later() throws IOException {
    if (later == null) {
      SnapshotReader again;
      try {
        again = whole.call();
      } catch (Exception e) {
        throw e instanceof IOException ? (IOException) e : new IOException(e);
      }
      if (again == null || !Arrays.equals(again.first, first)) {
        throw new StreamCorruptedException("the snapshot read again differs from the first read");
      }
      later = again.later;
    }
    return later;
  }

  /** A section of one list, decoded on the first call; unmodifiable. Called with the lock held. */
  @SuppressWarnings("unchecked")
  private <T> List<T> list(int section) {
    List<?> list = lists[section];
    if (list == null) {
      try {
        list = Collections.unmodifiableList(Sections.readList(section, open(section)));
      } catch (IOException e) {
        throw corrupt(e);
      }
      lists[section] = list;
      decoded();
    }
    return (List<T>) list;
  }

  /** Lets the snapshot's bytes go once every section is decoded. */
  private void decoded() {
    if (facts != null && rest != null && lists[Sections.SESSIONS] != null) {
      first = null;
      later = null;
    }
  }

  /**
   * The dataset version, such as {@code 2026.11.0}.
   *
   * @return the version, not null
   */
  public String version() {
    return version;
  }

  /**
   * The date of the newest fact.
   *
   * @return the date, not null
   */
  public LocalDate dataAsOf() {
    return dataAsOf;
  }

  /**
   * The status index, which answers status and participation without decoding any record.
   *
   * @return the index, not null
   */
  public StatusIndex statusIndex() {
    return index;
  }

  /**
   * The members on a date, from the index and the states, without decoding the other sections until
   * they are needed; allocates nothing after the first call.
   *
   * @param date the date, not null
   * @return an unmodifiable set sorted by code, as {@link Scenario#members} gives it
   */
  public SortedSet<State> members(LocalDate date) {
    Scenario f = facts;
    if (f != null) {
      return f.members(date);
    }
    SortedSet<State>[] m = members;
    return (m != null ? m : memberSets())[index.membersOn(date)];
  }

  private synchronized SortedSet<State>[] memberSets() {
    if (members == null) {
      try {
        members = index.memberSets(this.<State>list(Sections.STATES));
      } catch (IOException e) {
        throw corrupt(e);
      }
    }
    return members;
  }

  /**
   * The chairmanship on a date, as {@link Scenario#chair} gives it; before the scenario is built, from the
   * chairmanships' section alone. Allocates nothing after the first call.
   *
   * @param date the date, not null
   * @return the chairmanship, if one is recorded
   */
  public Optional<Chairmanship> chair(LocalDate date) {
    Scenario f = facts;
    if (f != null) {
      return f.chair(date);
    }
    PeriodIndex<Chairmanship> c = chairs;
    return (c != null ? c : chairIndex()).find(date);
  }

  private synchronized PeriodIndex<Chairmanship> chairIndex() {
    if (chairs == null) {
      chairs = PeriodIndex.chairmanships(this.<Chairmanship>list(Sections.CHAIRMANSHIPS));
    }
    return chairs;
  }

  /**
   * The holder of a single-holder office on a date, as {@link Scenario#holder} gives it; before the
   * scenario is built, from the appointments' section alone. Allocates nothing after the first call.
   *
   * @param office the office, not null
   * @param date the date, not null
   * @return the appointment, if one is recorded
   * @throws IllegalArgumentException if the office has several holders at once
   */
  public Optional<Appointment> holder(Office office, LocalDate date) {
    Scenario f = facts;
    if (f != null) {
      return f.holder(office, date);
    }
    PeriodIndex<Appointment>[] h = holders;
    return PeriodIndex.holder(h != null ? h : holderIndexes(), office, date);
  }

  private synchronized PeriodIndex<Appointment>[] holderIndexes() {
    if (holders == null) {
      holders = PeriodIndex.holders(this.<Appointment>list(Sections.APPOINTMENTS));
    }
    return holders;
  }

  /**
   * The facts, decoded on the first call, with the sections other queries decoded before.
   *
   * @return the scenario, not null
   * @throws IllegalArgumentException if a record breaks a model invariant
   */
  public Scenario scenario() {
    Scenario f = facts;
    if (f == null) {
      synchronized (this) {
        f = facts;
        if (f == null) {
          Sections.Facts rest;
          try {
            rest = Sections.readFacts(open(Sections.FACTS));
          } catch (IOException e) {
            throw corrupt(e);
          }
          f = Scenario.builder().addStates(this.<State>list(Sections.STATES))
              .addInstruments(rest.instruments()).addEvents(rest.events())
              .addChairmanships(this.<Chairmanship>list(Sections.CHAIRMANSHIPS))
              .addAppointments(this.<Appointment>list(Sections.APPOINTMENTS)).version(version).build();
          facts = f;
          chairs = null;
          holders = null;
          members = null;
          decoded();
        }
      }
    }
    return f;
  }

  /**
   * The supplement (sources, organs, forces, decisions, mandates, activities, observer statuses), decoded
   * on the first call.
   *
   * @return the records, each list in the order of its data file; not null
   */
  public SnapshotSupplement supplement() {
    SnapshotSupplement r = rest;
    if (r == null) {
      synchronized (this) {
        r = rest;
        if (r == null) {
          try {
            r = Sections.readRest(open(Sections.REST));
          } catch (IOException e) {
            throw corrupt(e);
          }
          rest = r;
          decoded();
        }
      }
    }
    return r;
  }

  private static IllegalStateException corrupt(IOException e) {
    return new IllegalStateException("the bundled dataset snapshot is corrupt: " + e, e);
  }

  /**
   * The sessions, in the order of the data file, decoded on the first call from their section alone.
   *
   * @return an unmodifiable list, not null
   */
  public synchronized List<Session> sessions() {
    sessionIndex = null;
    return list(Sections.SESSIONS);
  }

  /**
   * The sessions whose first day a period holds, as {@code CstoRecord.sessions(period)} gives them,
   * decoding only those, until {@link #sessions()} has decoded them all: then null (filter those).
   *
   * @param period the period, not null
   * @return an unmodifiable list in the order of the data file, or null
   */
  public synchronized List<Session> sessionsWithin(Period period) {
    if (lists[Sections.SESSIONS] != null) {
      return null;
    }
    try {
      if (sessionIndex == null) {
        sessionIndex = SessionIndex.open(open(Sections.SESSIONS));
      }
      return sessionIndex.within(period);
    } catch (IOException e) {
      throw corrupt(e);
    }
  }
}
