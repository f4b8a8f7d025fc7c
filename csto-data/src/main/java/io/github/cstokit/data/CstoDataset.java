package io.github.cstokit.data;

import io.github.cstokit.data.internal.snapshot.SnapshotReader;
import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.MembershipTimeline;
import io.github.cstokit.model.Office;
import io.github.cstokit.model.Organ;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.ProvisionText;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.Source;
import io.github.cstokit.model.State;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;

/**
 * A loaded, validated CSTO dataset: the model's {@link CstoFacts} plus the dataset's sources, organs,
 * forces, decisions and mandates, its version and the date of its newest fact.
 *
 * <p>Obtain one with {@link CstoData#bundled()} or {@link CstoData#load(java.nio.file.Path)}. All the
 * date queries follow the as-of semantics of the model (see the {@code io.github.cstokit.model} package
 * documentation): partial dates count from their first day, periods are half-open, an event takes effect
 * on its day. Statuses are derived from the membership events by {@link MembershipTimeline}; terms of
 * office and chairmanships, which the data files record with their first and last day, are converted to
 * half-open periods when loaded, a handover day going to the later start.
 *
 * <pre>{@code
 * CstoDataset data = CstoData.bundled();
 * data.members(LocalDate.of(2000, 1, 1));               // [AM, BY, KG, KZ, RU, TJ]
 * data.status("UZ", LocalDate.of(2013, 1, 1));           // SUSPENDED
 * data.participation("AM", LocalDate.of(2025, 1, 1));    // FROZEN
 * data.secretaryGeneral(LocalDate.of(2021, 6, 1));       // Optional[... Stanislav Zas ...]
 * CstoDataset whatIf = data.withStatus("AM", LocalDate.of(2025, 1, 1), MembershipStatus.CEASED);
 * }</pre>
 *
 * <p>The queries answer from indexes built once, at load time (for the bundled dataset, on the first
 * query that needs them, which decodes only what it needs): {@link #status}, {@link #participation}
 * and {@link #members} are binary searches that allocate nothing, {@code members} returning one of a few
 * shared unmodifiable sets. Every collection returned is unmodifiable.
 *
 * <p>Besides the methods documented here, a dataset answers the queries {@link CstoFacts} implements
 * for every facts object: {@link CstoFacts#framework(LocalDate) framework(date)} (Treaty or
 * Organization), {@link CstoFacts#isInForce(String, LocalDate) isInForce(instrumentId, date)},
 * {@link CstoFacts#holders(Office, LocalDate) holders(office, date)} (every holder of an office with
 * several, such as the deputies), {@link CstoFacts#secretaryGeneral(LocalDate) secretaryGeneral(date)}
 * and {@link CstoFacts#amendmentsOf(String) amendmentsOf(instrumentId)}.
 *
 * <p>This class is immutable and thread-safe. The what-if methods return new datasets and never change
 * this one. Two datasets are equal only if they are the same object.
 */
public final class CstoDataset implements CstoFacts {

  private final LocalDate dataAsOf;
  /** The facts; null for a dataset read from the bundled snapshot, which decodes them on first use. */
  private final Scenario scenario;
  /** The snapshot whose facts are decoded on first use, or null. */
  private final SnapshotReader snapshot;
  /** Sources, organs, forces, decisions and mandates; shared by what-if copies. */
  private final Supplement supplement;

  CstoDataset(
      LocalDate dataAsOf,
      Scenario scenario,
      List<Source> sources,
      List<Organ> organs,
      List<Force> forces,
      List<Decision> decisions,
      List<Mandate> mandates) {
    this.dataAsOf = dataAsOf;
    this.scenario = scenario;
    this.snapshot = null;
    this.supplement = new Supplement(new Tables(sources, organs, forces, decisions, mandates));
  }

  /** A dataset read from the bundled snapshot; its facts and its supplement are decoded on first use. */
  CstoDataset(SnapshotReader snapshot) {
    this.dataAsOf = snapshot.dataAsOf();
    this.scenario = null;
    this.snapshot = snapshot;
    this.supplement = new Supplement(snapshot);
  }

  private CstoDataset(CstoDataset original, Scenario scenario) {
    this.dataAsOf = original.dataAsOf;
    this.scenario = scenario;
    this.snapshot = null;
    this.supplement = original.supplement;
  }

  /** The records beyond the facts, with their indexes by id. */
  private static final class Tables {
    final List<Source> sources;
    final Map<String, Source> sourcesById;
    final List<Organ> organs;
    final Map<String, Organ> organsById;
    final List<Force> forces;
    final Map<String, Force> forcesById;
    final List<Decision> decisions;
    final Map<String, Decision> decisionsById;
    final List<Mandate> mandates;
    final Map<String, Mandate> mandatesById;

    Tables(List<Source> sources, List<Organ> organs, List<Force> forces, List<Decision> decisions,
        List<Mandate> mandates) {
      this.sources = List.copyOf(sources);
      this.organs = List.copyOf(organs);
      this.forces = List.copyOf(forces);
      this.decisions = List.copyOf(decisions);
      this.mandates = List.copyOf(mandates);
      Map<String, Source> s = new HashMap<>();
      for (Source x : this.sources) {
        s.put(x.id(), x);
      }
      this.sourcesById = s;
      Map<String, Organ> o = new HashMap<>();
      for (Organ x : this.organs) {
        o.put(x.id(), x);
      }
      this.organsById = o;
      Map<String, Force> f = new HashMap<>();
      for (Force x : this.forces) {
        f.put(x.id(), x);
      }
      this.forcesById = f;
      Map<String, Decision> d = new HashMap<>();
      for (Decision x : this.decisions) {
        d.put(x.id().orElseThrow(), x);
      }
      this.decisionsById = d;
      Map<String, Mandate> m = new HashMap<>();
      for (Mandate x : this.mandates) {
        m.put(x.id(), x);
      }
      this.mandatesById = m;
    }
  }

  /** Holds the tables, given at once or decoded from a snapshot on first use (thread-safe, once). */
  private static final class Supplement {
    private SnapshotReader snapshot;
    private volatile Tables tables;

    Supplement(Tables tables) {
      this.tables = tables;
    }

    Supplement(SnapshotReader snapshot) {
      this.snapshot = snapshot;
    }

    Tables get() {
      Tables t = tables;
      if (t == null) {
        synchronized (this) {
          t = tables;
          if (t == null) {
            SnapshotReader s = snapshot;
            t = new Tables(s.sources(), s.organs(), s.forces(), s.decisions(), s.mandates());
            tables = t;
            snapshot = null;
          }
        }
      }
      return t;
    }
  }

  /**
   * The dataset version, such as {@code 2026.11.0}.
   *
   * @return the version, not null
   */
  public String version() {
    return scenario == null ? snapshot.version() : scenario.version().orElseThrow();
  }

  /**
   * The date of the newest fact in the dataset. Open-ended records (an office holder without an end, the
   * current chairmanship) are known to be open as of this date; answers for later dates assume nothing
   * changed.
   *
   * @return the date, not null
   */
  public LocalDate dataAsOf() {
    return dataAsOf;
  }

  /**
   * The facts as a {@link Scenario}, to change several at once with {@link Scenario#toBuilder()}.
   *
   * @return the scenario this dataset answers from, not null
   */
  public Scenario scenario() {
    Scenario s = scenario;
    return s != null ? s : snapshot.scenario();
  }

  /**
   * Looks up a state by its ISO alpha-2 code; see {@link CstoFacts#state(String)}.
   *
   * @param isoAlpha2 the code, such as {@code KZ}, not null
   * @return the state, or empty if the dataset does not know it
   */
  @Override
  public Optional<State> state(String isoAlpha2) {
    return scenario().state(isoAlpha2);
  }

  /**
   * All the states the dataset knows, members or not; see {@link CstoFacts#states()}.
   *
   * @return an unmodifiable set sorted by code, not null
   */
  @Override
  public SortedSet<State> states() {
    return scenario().states();
  }

  /**
   * A state's status on a date, derived from its events by the rules of {@link MembershipTimeline}; see
   * {@link CstoFacts#status(String, LocalDate)}. For the bundled dataset this is a binary search in an
   * index built at load time and allocates nothing.
   *
   * @param isoAlpha2 the code, not null
   * @param date the date, not null
   * @return the status; {@link MembershipStatus#NOT_PARTY} for a state without events or unknown
   */
  @Override
  public MembershipStatus status(String isoAlpha2, LocalDate date) {
    if (scenario == null && isoAlpha2 != null && date != null) {
      MembershipStatus s = snapshot.indexedStatus(isoAlpha2, date);
      if (s != null) {
        return s;
      }
    }
    return scenario().status(isoAlpha2, date);
  }

  /**
   * A state's participation on a date; see {@link CstoFacts#participation(String, LocalDate)}. For the
   * bundled dataset this is a binary search in an index built at load time and allocates nothing.
   *
   * @param isoAlpha2 the code, not null
   * @param date the date, not null
   * @return the participation; {@link Participation#NORMAL} for a state without events or unknown
   */
  @Override
  public Participation participation(String isoAlpha2, LocalDate date) {
    if (scenario == null && isoAlpha2 != null && date != null) {
      Participation p = snapshot.indexedParticipation(isoAlpha2, date);
      if (p != null) {
        return p;
      }
    }
    return scenario().participation(isoAlpha2, date);
  }

  /**
   * {@inheritDoc}
   *
   * <p>This implementation returns one of a few shared unmodifiable sets and allocates nothing.
   *
   * @param date the date, not null
   * @return an unmodifiable set sorted by code, possibly empty
   */
  @Override
  public SortedSet<State> members(LocalDate date) {
    if (scenario == null && date != null) {
      return snapshot.members(date);
    }
    return scenario().members(date);
  }

  /**
   * A state's membership timeline: its events and status periods; see
   * {@link CstoFacts#timeline(String)}.
   *
   * @param isoAlpha2 the code, not null
   * @return the timeline, or empty if the state is unknown
   */
  @Override
  public Optional<MembershipTimeline> timeline(String isoAlpha2) {
    return scenario().timeline(isoAlpha2);
  }

  /**
   * All membership events, effective or not; see {@link CstoFacts#events()}.
   *
   * @return an unmodifiable list in {@link MembershipEvent#ORDER}, not null
   */
  @Override
  public List<MembershipEvent> events() {
    return scenario().events();
  }

  /**
   * Looks up an instrument by id; see {@link CstoFacts#instrument(String)}.
   *
   * @param id the id, such as {@code charter-2002}, not null
   * @return the instrument, or empty if unknown
   */
  @Override
  public Optional<Instrument> instrument(String id) {
    return scenario().instrument(id);
  }

  /**
   * All instruments; see {@link CstoFacts#instruments()}.
   *
   * @return an unmodifiable list ordered by signature date, then id; not null
   */
  @Override
  public List<Instrument> instruments() {
    return scenario().instruments();
  }

  /**
   * The chairmanship on a date; see {@link CstoFacts#chair(LocalDate)}.
   *
   * @param date the date, not null
   * @return the chairmanship covering the date, or empty if none is recorded
   */
  @Override
  public Optional<Chairmanship> chair(LocalDate date) {
    if (scenario == null && date != null) {
      return snapshot.chair(date);
    }
    return scenario().chair(date);
  }

  /**
   * All chairmanships; see {@link CstoFacts#chairmanships()}.
   *
   * @return an unmodifiable list ordered by start, not null
   */
  @Override
  public List<Chairmanship> chairmanships() {
    return scenario().chairmanships();
  }

  /**
   * The holder of a single-holder office on a date, acting or not; see
   * {@link CstoFacts#holder(Office, LocalDate)}.
   *
   * @param office the office, not null
   * @param date the date, not null
   * @return the appointment covering the date, or empty if none is recorded
   * @throws IllegalArgumentException if the office has several holders at once, such as
   *     {@link Office#DEPUTY_SECRETARY_GENERAL}; use {@link CstoFacts#holders(Office, LocalDate)} for those
   */
  @Override
  public Optional<Appointment> holder(Office office, LocalDate date) {
    if (scenario == null && office != null && date != null) {
      return snapshot.holder(office, date);
    }
    return scenario().holder(office, date);
  }

  /**
   * All appointments; see {@link CstoFacts#appointments()}.
   *
   * @return an unmodifiable list ordered by start, then office, then id; not null
   */
  @Override
  public List<Appointment> appointments() {
    return scenario().appointments();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The words come from the bundled {@code provisions.json}, the library's reading of the texts, the
   * same for every dataset; the file is read on the first call, and
   * {@link #provision(io.github.cstokit.model.Citation)} searches them.
   *
   * @return an unmodifiable list ordered by citation, then id; not null
   * @throws CstoDataException if the bundled file is missing or invalid (a packaging error)
   */
  @Override
  public List<ProvisionText> provisions() {
    return BundledProvisions.get().list();
  }

  /**
   * All the sources the dataset cites.
   *
   * @return an unmodifiable list sorted by id, not null
   */
  public List<Source> sources() {
    return supplement.get().sources;
  }

  /**
   * Looks up a source by id.
   *
   * @param id the id, such as {@code tass-687141}, not null
   * @return the source, or empty if unknown
   */
  public Optional<Source> source(String id) {
    return Optional.ofNullable(supplement.get().sourcesById.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * The organs of the Organization. The data's kinds map to the model's: {@code ADVISORY_BODY} to
   * {@code COORDINATING_BODY}, {@code WORKING_BODY} to {@code PERMANENT_WORKING_BODY},
   * {@code PARLIAMENTARY} to {@code PARLIAMENTARY_BODY}. Legal bases recorded only as an instrument id
   * (article unknown) are not citations and are left out of {@link Organ#legalBases()}.
   *
   * @return an unmodifiable list in the order of the data file, not null
   */
  public List<Organ> organs() {
    return supplement.get().organs;
  }

  /**
   * Looks up an organ by id.
   *
   * @param id the id, such as {@code csc}, not null
   * @return the organ, or empty if unknown
   */
  public Optional<Organ> organ(String id) {
    return Optional.ofNullable(supplement.get().organsById.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * The collective forces. Their kind follows from their id ({@code crrf},
   * {@code collective-peacekeeping-forces}, {@code crdf-car}, {@code collective-aviation-forces});
   * any other force is {@code OTHER}.
   *
   * @return an unmodifiable list in the order of the data file, not null
   */
  public List<Force> forces() {
    return supplement.get().forces;
  }

  /**
   * Looks up a force by id.
   *
   * @param id the id, such as {@code crrf}, not null
   * @return the force, or empty if unknown
   */
  public Optional<Force> force(String id) {
    return Optional.ofNullable(supplement.get().forcesById.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * The recorded decisions used by the worked cases. A decision dated only to the month counts from the
   * first day of that month and keeps its {@linkplain Decision#datePrecision() precision}; a format the
   * data records as unknown is not {@linkplain Decision#formatKnown() known}, and the rules presume the
   * {@code STANDARD} one.
   *
   * @return an unmodifiable list in the order of the data file, not null
   */
  public List<Decision> decisions() {
    return supplement.get().decisions;
  }

  /**
   * Looks up a recorded decision by id.
   *
   * @param id the id, such as {@code csc-2022-01-06-kazakhstan-deployment}, not null
   * @return the decision, or empty if unknown
   */
  public Optional<Decision> decision(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(supplement.get().decisionsById.get(id));
  }

  /**
   * The deployment and mission mandates, each with its adopting decision where there was one. A
   * mandate's period, recorded with its first and last day, is converted to a half-open period.
   *
   * @return an unmodifiable list in the order of the data file, not null
   */
  public List<Mandate> mandates() {
    return supplement.get().mandates;
  }

  /**
   * Looks up a mandate by id.
   *
   * @param id the id, such as {@code kz-2022-peacekeeping}, not null
   * @return the mandate, or empty if unknown
   */
  public Optional<Mandate> mandate(String id) {
    return Optional.ofNullable(supplement.get().mandatesById.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns a copy with one more membership event; see {@link Scenario#withEvent(MembershipEvent)}.
   * This dataset is unchanged.
   *
   * @param event the event, whose state must be known and whose id must be new; not null
   * @return the changed copy, not null
   * @throws IllegalArgumentException if the state is unknown or the id is already used
   */
  public CstoDataset withEvent(MembershipEvent event) {
    return new CstoDataset(this, scenario().withEvent(event));
  }

  /**
   * Returns a copy in which a state has the given status from a date until its next status-changing
   * event; see {@link Scenario#withStatus(String, LocalDate, MembershipStatus)}. This dataset is
   * unchanged.
   *
   * @param isoAlpha2 the code of a known state, not null
   * @param from the first day of the new status, not null
   * @param status the status, not {@link MembershipStatus#NOT_PARTY}; not null
   * @return the changed copy, not null
   * @throws IllegalArgumentException if the state is unknown or the status cannot be set that day
   */
  public CstoDataset withStatus(String isoAlpha2, LocalDate from, MembershipStatus status) {
    return new CstoDataset(this, scenario().withStatus(isoAlpha2, from, status));
  }

  /**
   * Returns a copy without a state and its membership events; see {@link Scenario#withoutState(String)}.
   * This dataset is unchanged.
   *
   * @param isoAlpha2 the code, not null
   * @return the changed copy, or this dataset if the state is unknown; not null
   */
  public CstoDataset withoutState(String isoAlpha2) {
    Scenario current = scenario();
    Scenario changed = current.withoutState(isoAlpha2);
    return changed == current ? this : new CstoDataset(this, changed);
  }

  /**
   * How to cite this dataset: its version and data date and the library that read it, as plain text,
   * BibTeX and CSL-JSON.
   *
   * @return the citation, not null
   */
  public DatasetCitation citation() {
    return DatasetCitation.of(this);
  }

  /**
   * Returns the version, the data date and the counts of states and events, such as
   * {@code CstoDataset[2026.11.0, data as of 2026-02-12, 9 states, 54 events]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "CstoDataset[" + version() + ", data as of " + dataAsOf + ", "
        + scenario().states().size() + " states, " + scenario().events().size() + " events]";
  }
}
