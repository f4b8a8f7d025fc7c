package io.github.cstokit.data;

import io.github.cstokit.data.internal.snapshot.SnapshotReader;
import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.MembershipTimeline;
import io.github.cstokit.model.Office;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.ProvisionText;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.State;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;

/**
 * A loaded, validated CSTO dataset: the model's {@link CstoFacts}, the documentary {@link CstoRecord}
 * (sources, organs, forces, decisions, mandates, sessions, activities, observer statuses), its version
 * and the date of its newest fact, up to which it {@linkplain #covers(LocalDate) covers} the record.
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
 * data.findState("Армения");                              // Optional[State[AM Armenia]]
 * data.status("XX", LocalDate.of(2010, 1, 1));           // IllegalArgumentException: unknown state code 'XX': ...
 * CstoDataset whatIf = data.withStatus("AM", LocalDate.of(2025, 1, 1), MembershipStatus.CEASED);
 * }</pre>
 *
 * <p>The queries answer from indexes built once, at load time (for the bundled dataset, on the first
 * query that needs them, which decodes only what it needs): {@link #status}, {@link #participation}
 * and {@link #members} are binary searches that allocate nothing, {@code members} returning one of a few
 * shared unmodifiable sets. Every collection returned is unmodifiable. State codes are accepted in any
 * case ({@code state("am")}, {@code timeline("am")}); {@link #findState} also takes names.
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
public final class CstoDataset extends DatasetRecord implements CstoFacts, CstoRecord {

  private final LocalDate dataAsOf;
  /** The facts, from a scenario or from the bundled snapshot. */
  private final DatasetFacts facts;

  CstoDataset(LocalDate dataAsOf, Scenario scenario, Supplement.Tables tables) {
    this(dataAsOf, new DatasetFacts(scenario), new Supplement(tables));
  }

  /** A dataset read from the bundled snapshot; its facts and its supplement are decoded on first use. */
  CstoDataset(SnapshotReader snapshot) {
    this(snapshot.dataAsOf(), new DatasetFacts(snapshot), new Supplement(snapshot));
  }

  private CstoDataset(LocalDate dataAsOf, DatasetFacts facts, Supplement supplement) {
    super(supplement);
    this.dataAsOf = dataAsOf;
    this.facts = facts;
  }

  /** A what-if copy: other facts, the same records. */
  private CstoDataset changed(Scenario changed) {
    return new CstoDataset(dataAsOf, new DatasetFacts(changed), supplement);
  }

  /**
   * The dataset version, such as {@code 2026.11.0}.
   *
   * @return the version, not null
   */
  public String version() {
    return facts.version();
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
    return facts.scenario();
  }

  /**
   * Whether the data covers a date: whether it is not after {@link #dataAsOf()}. For a later date the
   * answers say how things stood on the data date, not how they stand then; a caller should say so.
   *
   * @param date the date, not null
   * @return true if the date is not after the data date
   */
  public boolean covers(LocalDate date) {
    return !Objects.requireNonNull(date, "date").isAfter(dataAsOf);
  }

  /**
   * Looks up a state by its ISO alpha-2 code; see {@link CstoFacts#state(String)}.
   *
   * @param isoAlpha2 the code, such as {@code KZ}, not null
   * @return the state, or empty if the dataset does not know it
   */
  @Override
  public Optional<State> state(String isoAlpha2) {
    Optional<State> exact = scenario().state(isoAlpha2);
    return exact.isPresent() || isoAlpha2.length() != 2 ? exact : facts.lookup().find(isoAlpha2);
  }

  /**
   * Finds a state by its ISO alpha-2 or alpha-3 code in any case, or by its English or Russian name,
   * canonical or an alias ({@link State#nameRuAliases()}), ignoring case: {@code am}, {@code ARM},
   * {@code Armenia} and {@code Армения} all find Armenia.
   *
   * @param codeOrName the code or name, not null
   * @return the state, or empty if the dataset knows none by that code or name
   */
  public Optional<State> findState(String codeOrName) {
    return facts.lookup().find(codeOrName);
  }

  /**
   * As {@link #findState(String)}, but a code or name the dataset does not know is an error.
   *
   * @param codeOrName the code or name, not null
   * @return the state, not null
   * @throws IllegalArgumentException if none matches (the message names the dataset's codes)
   */
  public State requireState(String codeOrName) {
    return facts.lookup().find(codeOrName).orElseThrow(
        () -> facts.lookup().unknown(codeOrName.strip().length() == 2 ? "state code" : "state", codeOrName));
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
   * {@inheritDoc} The code is accepted in any case; unlike {@link Scenario}, a dataset rejects a code it
   * does not know rather than answer {@code NOT_PARTY}: it records every state that was ever a party.
   *
   * @param isoAlpha2 the code, such as {@code AM} or {@code am}, not null
   * @param date the date, not null
   * @return the status, not null
   * @throws IllegalArgumentException if the dataset knows no such state (the message names its codes)
   */
  @Override
  public MembershipStatus status(String isoAlpha2, LocalDate date) {
    return facts.status(isoAlpha2, date);
  }

  /**
   * {@inheritDoc} Codes are taken as by {@link #status(String, LocalDate)}.
   *
   * @param isoAlpha2 the code, not null
   * @param date the date, not null
   * @return the participation, not null
   * @throws IllegalArgumentException if the dataset knows no such state
   */
  @Override
  public Participation participation(String isoAlpha2, LocalDate date) {
    return facts.participation(isoAlpha2, date);
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
    return facts.members(date);
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
    return state(isoAlpha2).flatMap(st -> scenario().timeline(st.isoAlpha2()));
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
    return facts.chair(date);
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
    return facts.holder(office, date);
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
   * {@inheritDoc}
   *
   * <p>Answered from an index of the bundled provisions by short name, article and paragraph, with the
   * same result as the search of {@link #provisions()} the interface describes.
   *
   * @param citation the citation, not null
   * @return the words of the provision, if exactly one recorded text is cited by it
   * @throws CstoDataException if the bundled file is missing or invalid (a packaging error)
   */
  @Override
  public Optional<ProvisionText> provision(io.github.cstokit.model.Citation citation) {
    return BundledProvisions.get().find(java.util.Objects.requireNonNull(citation, "citation"));
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
    return changed(scenario().withEvent(event));
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
    return changed(scenario().withStatus(isoAlpha2, from, status));
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
    return changed == current ? this : changed(changed);
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
