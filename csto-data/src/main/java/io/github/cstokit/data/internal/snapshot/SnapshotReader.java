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
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * A dataset read from a {@link SnapshotFormat snapshot}: its frame and {@link StatusIndex status index}
 * at once, the facts (states, chairmanships, appointments, instruments, events) on their first use, the
 * rest (sources, organs, forces, decisions, mandates, sessions, activities, observer statuses) on its
 * first use. A first query decodes only as much as it needs: {@link #status} and {@link #participation}
 * nothing, {@link #members} the states, {@link #chair} the states and the chairmanships, {@link #holder}
 * the facts without building the scenario; the scenario (timelines and every index) is built by the first
 * query that needs it. The snapshot was compiled from
 * JSON that had passed every check, so reading it checks only its layout; the model's own invariants
 * still run in its builders.
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
  /** The sections' bytes until they are decoded. */
  private byte[] factBytes;
  private byte[] restBytes;
  /**
   * The facts' section, decoded as far as the queries so far needed; after the facts, kept for its string
   * table, which the rest's continues. Guarded by {@code this}.
   */
  private Sections.Facts factsRead;
  private volatile Scenario facts;
  /** Until the facts are decoded: the members by date, and scenarios of the chairmanships or appointments. */
  private volatile StatusIndex.Members members;
  private volatile Scenario chairs;
  private volatile Scenario holders;
  private volatile Sections.Rest rest;

  private SnapshotReader(String version, LocalDate dataAsOf, StatusIndex index, byte[] factBytes,
      byte[] restBytes) {
    this.version = version;
    this.dataAsOf = dataAsOf;
    this.index = index;
    this.factBytes = factBytes;
    this.restBytes = restBytes;
  }

  /**
   * Reads a snapshot's header and index and checks its frame; the facts are kept as bytes until
   * {@link #scenario()}, the rest until the first of {@link #sources()} to {@link #mandates()}.
   *
   * @param bytes the whole snapshot, not null
   * @return the snapshot, not null
   * @throws StreamCorruptedException if the bytes are not a snapshot of the format this library reads
   * @throws IOException if the snapshot is truncated
   */
  public static SnapshotReader read(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
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
    byte[] factBytes = section(in, bytes.length);
    byte[] rest = section(in, bytes.length);
    if (in.read() != -1) {
      throw new StreamCorruptedException("trailing bytes after the snapshot");
    }
    return new SnapshotReader(version, dataAsOf, index, factBytes, rest);
  }

  /** Reads a length-prefixed section. */
  private static byte[] section(DataInputStream in, int total) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > total) {
      throw new StreamCorruptedException("bad section length " + length);
    }
    byte[] section = new byte[length];
    in.readFully(section);
    return section;
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
   * The members on a date, from the index and the states, without decoding the rest of the facts until
   * they are needed; allocates nothing after the first call.
   *
   * @param date the date, not null
   * @return an unmodifiable set sorted by code, as {@link Scenario#members} gives it
   * @throws IllegalStateException if the snapshot's facts are corrupt (a packaging error)
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
          try {
            m = index.members(factsRead().states());
          } catch (IOException e) {
            throw corrupt(e);
          }
          members = m;
        }
      }
    }
    return m.on(date);
  }

  /**
   * The chairmanship on a date, as {@link Scenario#chair} gives it; before the scenario is built, from the
   * chairmanships alone.
   *
   * @param date the date, not null
   * @return the chairmanship, if one is recorded
   * @throws IllegalStateException if the snapshot's facts are corrupt (a packaging error)
   */
  public Optional<Chairmanship> chair(LocalDate date) {
    Scenario f = facts;
    if (f != null) {
      return f.chair(date);
    }
    Scenario c = chairs;
    if (c == null) {
      synchronized (this) {
        c = chairs;
        if (c == null) {
          try {
            c = Scenario.builder().addChairmanships(factsRead().chairmanships()).version(version).build();
          } catch (IOException e) {
            throw corrupt(e);
          }
          chairs = c;
        }
      }
    }
    return c.chair(date);
  }

  /**
   * The holder of a single-holder office on a date, as {@link Scenario#holder} gives it; before the
   * scenario is built, from the appointments alone.
   *
   * @param office the office, not null
   * @param date the date, not null
   * @return the appointment, if one is recorded
   * @throws IllegalArgumentException if the office has several holders at once
   * @throws IllegalStateException if the snapshot's facts are corrupt (a packaging error)
   */
  public Optional<Appointment> holder(Office office, LocalDate date) {
    Scenario f = facts;
    if (f != null) {
      return f.holder(office, date);
    }
    Scenario h = holders;
    if (h == null) {
      synchronized (this) {
        h = holders;
        if (h == null) {
          try {
            h = Scenario.builder().addAppointments(factsRead().appointments()).version(version).build();
          } catch (IOException e) {
            throw corrupt(e);
          }
          holders = h;
        }
      }
    }
    return h.holder(office, date);
  }

  /** The facts' section as read so far, opened (its string table read) on the first call. */
  private Sections.Facts factsRead() throws IOException {
    assert Thread.holdsLock(this);
    if (factsRead == null) {
      factsRead = new Sections.Facts(In.open(factBytes));
      factBytes = null;
    }
    return factsRead;
  }

  /**
   * The facts, decoded on the first call.
   *
   * @return the scenario, not null
   * @throws IllegalStateException if the snapshot's facts are corrupt (a packaging error)
   * @throws IllegalArgumentException if a record breaks a model invariant
   */
  public Scenario scenario() {
    Scenario f = facts;
    if (f == null) {
      synchronized (this) {
        f = facts;
        if (f == null) {
          try {
            f = factsRead().scenario(version);
          } catch (IOException e) {
            throw corrupt(e);
          }
          facts = f;
          chairs = null;
          holders = null;
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
          scenario();
          try {
            r = Sections.readRest(factsRead().strings().next(restBytes));
          } catch (IOException e) {
            throw corrupt(e);
          }
          rest = r;
          restBytes = null;
        }
      }
    }
    return r;
  }

  private static IllegalStateException corrupt(IOException e) {
    return new IllegalStateException("the bundled dataset snapshot is corrupt: " + e, e);
  }

  /**
   * The sources, sorted by id, decoded with the rest on the first call.
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
   * The sessions, in the order of the data file.
   *
   * @return the sessions, not null
   * @throws IllegalStateException if the snapshot's rest is corrupt (a packaging error)
   */
  public List<Session> sessions() {
    return rest().calendar().sessions();
  }

  /**
   * The activities, in the order of the data file.
   *
   * @return the activities, not null
   * @throws IllegalStateException if the snapshot's rest is corrupt (a packaging error)
   */
  public List<Activity> activities() {
    return rest().calendar().activities();
  }

  /**
   * The observer and partner statuses, in the order of the data file.
   *
   * @return the statuses, not null
   * @throws IllegalStateException if the snapshot's rest is corrupt (a packaging error)
   */
  public List<ObserverStatus> observers() {
    return rest().calendar().observers();
  }
}
