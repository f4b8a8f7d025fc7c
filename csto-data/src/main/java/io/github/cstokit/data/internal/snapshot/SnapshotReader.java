package io.github.cstokit.data.internal.snapshot;

import io.github.cstokit.data.internal.snapshot.codec.In;
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
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

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

  private final String version;
  private final LocalDate dataAsOf;
  private final StatusIndex index;
  /** The snapshot, until every section is decoded; guarded by {@code this}. */
  private byte[] bytes;
  /** Where each section starts in {@link #bytes}, and its length, by {@link Sections} number. */
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
  private volatile StatusIndex.Members members;
  private volatile PeriodIndex<Chairmanship> chairs;
  private volatile PeriodIndex<Appointment>[] holders;

  private SnapshotReader(String version, LocalDate dataAsOf, StatusIndex index, byte[] bytes,
      int[] offsets, int[] lengths) {
    this.version = version;
    this.dataAsOf = dataAsOf;
    this.index = index;
    this.bytes = bytes;
    this.offsets = offsets;
    this.lengths = lengths;
  }

  /**
   * Reads a snapshot's header and index and checks its frame; the sections are kept as bytes until
   * their first use.
   *
   * @param bytes the whole snapshot, not null; kept, not copied, so it must not change
   * @return the snapshot, not null
   * @throws StreamCorruptedException if the bytes are not a snapshot of the format this library reads
   * @throws IOException if the snapshot is truncated
   */
  public static SnapshotReader read(byte[] bytes) throws IOException {
    ByteArrayInputStream stream = new ByteArrayInputStream(bytes);
    DataInputStream in = new DataInputStream(stream);
    if (bytes.length < 5 || in.readInt() != SnapshotFormat.MAGIC) {
      throw new StreamCorruptedException("not a csto-kit dataset snapshot");
    }
    int format = in.readUnsignedByte();
    if (format != SnapshotFormat.FORMAT) {
      throw new StreamCorruptedException("snapshot format " + format + " is not supported (this library"
          + " reads format " + SnapshotFormat.FORMAT + ")");
    }
    String version = in.readUTF();
    LocalDate dataAsOf = LocalDate.ofEpochDay(in.readInt());
    StatusIndex index = StatusIndex.read(in);
    int[] offsets = new int[Sections.COUNT];
    int[] lengths = new int[Sections.COUNT];
    for (int i = 0; i < Sections.COUNT; i++) {
      int length = in.readInt();
      if (length < 0 || length > stream.available()) {
        throw new StreamCorruptedException("bad section length " + length);
      }
      offsets[i] = bytes.length - stream.available();
      lengths[i] = length;
      in.skipBytes(length);
    }
    if (in.read() != -1) {
      throw new StreamCorruptedException("trailing bytes after the snapshot");
    }
    return new SnapshotReader(version, dataAsOf, index, bytes, offsets, lengths);
  }

  /** Opens a section for decoding; called with the lock held. */
  private In open(int section) throws IOException {
    return In.open(bytes, offsets[section], lengths[section]);
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
      bytes = null;
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
    StatusIndex.Members m = members;
    if (m == null) {
      synchronized (this) {
        m = members;
        if (m == null) {
          m = index.members(this.<State>list(Sections.STATES));
          members = m;
        }
      }
    }
    return m.on(date);
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

  private Sections.Rest rest() {
    Sections.Rest r = rest;
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
