package io.github.cstokit.data.internal.snapshot;

import io.github.cstokit.data.internal.snapshot.codec.ActivityCodec;
import io.github.cstokit.data.internal.snapshot.codec.AppointmentCodec;
import io.github.cstokit.data.internal.snapshot.codec.ChairmanshipCodec;
import io.github.cstokit.data.internal.snapshot.codec.DecisionCodec;
import io.github.cstokit.data.internal.snapshot.codec.ForceCodec;
import io.github.cstokit.data.internal.snapshot.codec.In;
import io.github.cstokit.data.internal.snapshot.codec.InstrumentCodec;
import io.github.cstokit.data.internal.snapshot.codec.MandateCodec;
import io.github.cstokit.data.internal.snapshot.codec.MembershipEventCodec;
import io.github.cstokit.data.internal.snapshot.codec.ObserverStatusCodec;
import io.github.cstokit.data.internal.snapshot.codec.OrganCodec;
import io.github.cstokit.data.internal.snapshot.codec.SessionCodec;
import io.github.cstokit.data.internal.snapshot.codec.SourceCodec;
import io.github.cstokit.data.internal.snapshot.codec.StateCodec;
import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.Activity;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.Office;
import io.github.cstokit.model.ObserverStatus;
import io.github.cstokit.model.Organ;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.Session;
import io.github.cstokit.model.Source;
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
 * at once, each section of records on its first use and on its own (see {@link Sections}). A first query
 * decodes only the section it needs: {@link #status} and {@link #participation} none, {@link #members}
 * the states, {@link #chair} the chairmanships, {@link #holder} the appointments, {@link #sessions} the
 * sessions; the scenario (timelines and every index) is built by the first query that needs it, from the
 * sections already decoded and the instruments and events. The snapshot was compiled from JSON that had
 * passed every check, so reading it checks only its layout; the model's own invariants still run in its
 * builders.
 *
 * <p>The one entry point of this package for the API: it speaks only model types, so the package
 * depends on the model and never on the API that reads it.
 *
 * <p>This class is thread-safe; each section is decoded once.
 */
public final class SnapshotReader {

  /** The snapshot's resource name, next to the JSON files. */
  public static final String RESOURCE = "csto.dat";

  /** Decodes a number of the frame, kept at most this large so that a corrupt one allocates little. */
  private static final int MAX_LENGTH = 1 << 26;

  private final String version;
  private final LocalDate dataAsOf;
  private final StatusIndex index;
  /**
   * The snapshot's first part (the frame, the index and the sections before {@link Sections#FACTS}), and
   * its later part (the sections from {@link Sections#FACTS} on), until every section is decoded; the
   * later part is read on first use when {@link #whole} is set. Guarded by {@code this}.
   */
  private byte[] first;
  private byte[] later;
  /** Reads the whole snapshot again, for its later part; null if that was read at once. */
  private final Callable<SnapshotReader> whole;
  /** Where each section starts in its part, and its length, by {@link Sections} number. */
  private final int[] offsets;
  private final int[] lengths;
  /**
   * The sections of one list decoded so far, each once and unmodifiable, by {@link Sections} number;
   * guarded by {@code this}.
   */
  private final List<?>[] lists = new List<?>[Sections.SESSIONS + 1];
  private volatile Scenario facts;
  private volatile Sections.Rest rest;
  /** Until the scenario is built: the members by date, and the chairmanships and holders by date. */
  private volatile SortedSet<State>[] members;
  private volatile PeriodIndex<Chairmanship> chairs;
  private volatile PeriodIndex<Appointment>[] holders;

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
    byte[] start = in.readNBytes(9);
    if (start.length < 5 || number(start, 0) != SnapshotFormat.MAGIC) {
      throw new StreamCorruptedException("not a csto-kit dataset snapshot");
    }
    int format = start[4] & 0xFF;
    if (format != SnapshotFormat.FORMAT) {
      throw new StreamCorruptedException("snapshot format " + format + " is not supported (this library"
          + " reads format " + SnapshotFormat.FORMAT + ")");
    }
    int firstLength = start.length < 9 ? -1 : number(start, 5);
    if (firstLength < 0 || firstLength > MAX_LENGTH) {
      throw new StreamCorruptedException("bad length of the first part: " + firstLength);
    }
    byte[] first = in.readNBytes(firstLength);
    if (first.length != firstLength) {
      throw new EOFException("the snapshot's first part is truncated");
    }
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
      later = in.readNBytes(laterLength);
      if (later.length != laterLength) {
        throw new EOFException("the snapshot is truncated");
      }
      if (in.read() != -1) {
        throw new StreamCorruptedException("trailing bytes after the snapshot");
      }
    }
    return new SnapshotReader(version, dataAsOf, index, first, later, whole, offsets, lengths);
  }

  /** The big-endian int at an offset. */
  private static int number(byte[] b, int at) {
    return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | b[at + 3] & 0xFF;
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
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IOException(e);
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
        list = Collections.unmodifiableList(readList(section, open(section)));
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
   * A state's status on a date, from the index, without decoding the facts; allocates nothing.
   *
   * @param isoAlpha2 the code, not null
   * @param date the date, not null
   * @return the status, or null if the index has no timeline for the state (ask the scenario)
   */
  public MembershipStatus indexedStatus(String isoAlpha2, LocalDate date) {
    return index.status(isoAlpha2, date);
  }

  /**
   * A state's participation on a date, from the index, without decoding the facts; allocates nothing.
   *
   * @param isoAlpha2 the code, not null
   * @param date the date, not null
   * @return the participation, or null if the index has no timeline for the state (ask the scenario)
   */
  public Participation indexedParticipation(String isoAlpha2, LocalDate date) {
    return index.participation(isoAlpha2, date);
  }

  /**
   * The members on a date, from the index and the states, without decoding the other sections until
   * they are needed; allocates nothing after the first call.
   *
   * @param date the date, not null
   * @return an unmodifiable set sorted by code, as {@link Scenario#members} gives it
   * @throws IllegalStateException if the snapshot is corrupt (a packaging error)
   */
  public SortedSet<State> members(LocalDate date) {
    Scenario f = facts;
    if (f != null) {
      return f.members(date);
    }
    SortedSet<State>[] m = members;
    if (m == null) {
      synchronized (this) {
        m = members;
        if (m == null) {
          try {
            m = index.memberSets(this.<State>list(Sections.STATES));
          } catch (IOException e) {
            throw corrupt(e);
          }
          members = m;
        }
      }
    }
    return m[index.membersOn(date)];
  }

  /**
   * The chairmanship on a date, as {@link Scenario#chair} gives it; before the scenario is built, from the
   * chairmanships' section alone. Allocates nothing after the first call.
   *
   * @param date the date, not null
   * @return the chairmanship, if one is recorded
   * @throws IllegalStateException if the snapshot is corrupt (a packaging error)
   */
  public Optional<Chairmanship> chair(LocalDate date) {
    Scenario f = facts;
    if (f != null) {
      return f.chair(date);
    }
    PeriodIndex<Chairmanship> c = chairs;
    if (c == null) {
      synchronized (this) {
        c = chairs;
        if (c == null) {
          c = PeriodIndex.chairmanships(this.<Chairmanship>list(Sections.CHAIRMANSHIPS));
          chairs = c;
        }
      }
    }
    return c.find(date);
  }

  /**
   * The holder of a single-holder office on a date, as {@link Scenario#holder} gives it; before the
   * scenario is built, from the appointments' section alone. Allocates nothing after the first call.
   *
   * @param office the office, not null
   * @param date the date, not null
   * @return the appointment, if one is recorded
   * @throws IllegalArgumentException if the office has several holders at once
   * @throws IllegalStateException if the snapshot is corrupt (a packaging error)
   */
  public Optional<Appointment> holder(Office office, LocalDate date) {
    Scenario f = facts;
    if (f != null) {
      return f.holder(office, date);
    }
    PeriodIndex<Appointment>[] h = holders;
    if (h == null) {
      synchronized (this) {
        h = holders;
        if (h == null) {
          h = PeriodIndex.holders(this.<Appointment>list(Sections.APPOINTMENTS));
          holders = h;
        }
      }
    }
    PeriodIndex<Appointment> byDate = h[office.ordinal()];
    if (byDate == null) {
      throw new IllegalArgumentException(
          "office " + office + " has several holders at once; use holders(office, date)");
    }
    return byDate.find(date);
  }

  /**
   * The facts, decoded on the first call, with the sections other queries decoded before.
   *
   * @return the scenario, not null
   * @throws IllegalStateException if the snapshot is corrupt (a packaging error)
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
            rest = readFacts(open(Sections.FACTS));
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

  private Sections.Rest rest() {
    Sections.Rest r = rest;
    if (r == null) {
      synchronized (this) {
        r = rest;
        if (r == null) {
          try {
            r = readRest(open(Sections.REST));
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

  /**
   * Reads a section that holds one list: {@link Sections#STATES}, {@link Sections#CHAIRMANSHIPS},
   * {@link Sections#APPOINTMENTS} or {@link Sections#SESSIONS}.
   */
  private static List<?> readList(int section, In in) throws IOException {
    List<?> list;
    String name;
    switch (section) {
      case Sections.STATES:
        list = in.list(StateCodec.INSTANCE);
        name = "states";
        break;
      case Sections.CHAIRMANSHIPS:
        list = in.list(ChairmanshipCodec.INSTANCE);
        name = "chairmanships";
        break;
      case Sections.APPOINTMENTS:
        list = in.list(AppointmentCodec.INSTANCE);
        name = "appointments";
        break;
      case Sections.SESSIONS:
        list = in.list(SessionCodec.INSTANCE);
        name = "sessions";
        break;
      default:
        throw new IllegalArgumentException("section " + section + " holds more than one list");
    }
    // A constant name, not one built by concatenation: the first concatenation of a fresh JVM
    // bootstraps its method handles, which costs more than decoding the section.
    in.end(name);
    return list;
  }

  /** Reads the instruments and the events; the reading half of {@link Sections#write}. */
  private static Sections.Facts readFacts(In in) throws IOException {
    Sections.Facts facts = new Sections.Facts(in.list(InstrumentCodec.INSTANCE), in.list(MembershipEventCodec.INSTANCE));
    in.end("facts");
    return facts;
  }

  /** Reads the supplement; the reading half of {@link Sections#write}. */
  private static Sections.Rest readRest(In in) throws IOException {
    List<Source> sources = in.list(SourceCodec.INSTANCE);
    List<Organ> organs = in.list(OrganCodec.INSTANCE);
    List<Force> forces = in.list(ForceCodec.INSTANCE);
    List<Decision> decisions = in.list(DecisionCodec.INSTANCE);
    List<Mandate> mandates = in.list(new MandateCodec(decisions));
    Sections.Rest rest = new Sections.Rest(sources, organs, forces, decisions, mandates, in.list(ActivityCodec.INSTANCE),
        in.list(ObserverStatusCodec.INSTANCE));
    in.end("supplement");
    return rest;
  }

  private static IllegalStateException corrupt(IOException e) {
    return new IllegalStateException("the bundled dataset snapshot is corrupt: " + e, e);
  }

  /**
   * The sources, sorted by id, decoded with the rest of the supplement on the first call.
   *
   * @return the sources, not null
   * @throws IllegalStateException if the snapshot's rest is corrupt (a packaging error)
   */
  public List<Source> sources() {
    return rest().sources();
  }

  /**
   * The organs, in the order of the data file.
   *
   * @return the organs, not null
   * @throws IllegalStateException if the snapshot's rest is corrupt (a packaging error)
   */
  public List<Organ> organs() {
    return rest().organs();
  }

  /**
   * The forces, in the order of the data file.
   *
   * @return the forces, not null
   * @throws IllegalStateException if the snapshot's rest is corrupt (a packaging error)
   */
  public List<Force> forces() {
    return rest().forces();
  }

  /**
   * The decisions, in the order of the data file.
   *
   * @return the decisions, not null
   * @throws IllegalStateException if the snapshot's rest is corrupt (a packaging error)
   */
  public List<Decision> decisions() {
    return rest().decisions();
  }

  /**
   * The mandates, in the order of the data file.
   *
   * @return the mandates, not null
   * @throws IllegalStateException if the snapshot's rest is corrupt (a packaging error)
   */
  public List<Mandate> mandates() {
    return rest().mandates();
  }

  /**
   * The sessions, in the order of the data file, decoded on the first call from their section alone.
   *
   * @return an unmodifiable list, not null
   * @throws IllegalStateException if the snapshot's rest is corrupt (a packaging error)
   */
  public synchronized List<Session> sessions() {
    return list(Sections.SESSIONS);
  }

  /**
   * The activities, in the order of the data file.
   *
   * @return the activities, not null
   * @throws IllegalStateException if the snapshot's rest is corrupt (a packaging error)
   */
  public List<Activity> activities() {
    return rest().activities();
  }

  /**
   * The observer and partner statuses, in the order of the data file.
   *
   * @return the statuses, not null
   * @throws IllegalStateException if the snapshot's rest is corrupt (a packaging error)
   */
  public List<ObserverStatus> observers() {
    return rest().observers();
  }
}
