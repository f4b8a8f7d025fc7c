package io.github.cstokit.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The facts procedure checks consume: states and their status and participation on a date, the
 * instruments and which are in force, the chairmanship and the office holders. The rules depend on this
 * interface only, so they judge the bundled dataset and hypothetical facts alike.
 *
 * <p>{@link Scenario} is the in-memory implementation (and the one the dataset wraps); build one, or
 * take {@code Scenario.from(facts)} and change it, to ask what-if questions. All dates follow the as-of
 * semantics of the package documentation. Unknown instrument ids are not errors: an unknown instrument is
 * not in force. A state without events is {@link MembershipStatus#NOT_PARTY}; so is an unknown state in
 * {@link Scenario}, while the dataset, which records every state that was ever a party, rejects a code it
 * does not know with an {@link IllegalArgumentException} naming the codes it knows. Callers that may ask
 * about states outside the facts (third states, hypothetical ones) check {@link #state(String)} first.
 *
 * <pre>{@code
 * CstoFacts facts = Scenario.builder().addState(armenia).addEvents(armeniaEvents).build();
 * facts.status("AM", LocalDate.of(2025, 1, 1));          // MEMBER
 * facts.participation("AM", LocalDate.of(2025, 1, 1));   // FROZEN
 * }</pre>
 *
 * <p>This interface is implemented by the dataset ({@code CstoDataset} in csto-data) and by
 * {@link Scenario}. It is not designed for implementation elsewhere: to ask what-if questions, build or
 * change a {@link Scenario}. Users who implement it should expect methods to be added as default methods
 * in later releases. Implementations must be immutable and thread-safe, and must answer the date queries
 * without allocating where they can: checks call them in tight loops.
 */
public interface CstoFacts {

  /**
   * Looks up a state by its ISO alpha-2 code.
   *
   * @param isoAlpha2 the code, such as {@code KZ}, not null
   * @return the state, or empty if unknown
   */
  Optional<State> state(String isoAlpha2);

  /**
   * All the states the facts know, members or not.
   *
   * @return an unmodifiable set sorted by code, not null
   */
  SortedSet<State> states();

  /**
   * A state's status on a date, derived from its events by the rules of {@link MembershipTimeline}.
   *
   * @param isoAlpha2 the code, not null
   * @param date the date, not null
   * @return the status; {@link MembershipStatus#NOT_PARTY} for a state without events, and in
   *     {@link Scenario} for an unknown one
   * @throws IllegalArgumentException if the implementation rejects a code it does not know (the dataset
   *     does)
   */
  MembershipStatus status(String isoAlpha2, LocalDate date);

  /**
   * A state's participation on a date.
   *
   * @param isoAlpha2 the code, not null
   * @param date the date, not null
   * @return the participation; {@link Participation#NORMAL} for a state without events, and in
   *     {@link Scenario} for an unknown one
   * @throws IllegalArgumentException if the implementation rejects a code it does not know (the dataset
   *     does)
   */
  Participation participation(String isoAlpha2, LocalDate date);

  /**
   * The states whose status is {@link MembershipStatus#MEMBER} on a date, frozen or not. Implementations
   * may return the same cached unmodifiable set for every date between two changes; do not rely on
   * identity either way.
   *
   * @param date the date, not null
   * @return an unmodifiable set sorted by code, possibly empty
   */
  SortedSet<State> members(LocalDate date);

  /**
   * The framework that applies on a date.
   *
   * @param date the date, not null
   * @return {@link Framework#on(LocalDate)} by default, not null
   */
  default Framework framework(LocalDate date) {
    return Framework.on(date);
  }

  /**
   * A state's membership timeline: its events and status periods.
   *
   * @param isoAlpha2 the code, not null
   * @return the timeline, or empty if the state is unknown
   */
  Optional<MembershipTimeline> timeline(String isoAlpha2);

  /**
   * All membership events, effective or not.
   *
   * @return an unmodifiable list in {@link MembershipEvent#ORDER}, not null
   */
  List<MembershipEvent> events();

  /**
   * Looks up an instrument by id.
   *
   * @param id the id, such as {@code charter}, not null
   * @return the instrument, or empty if unknown
   */
  Optional<Instrument> instrument(String id);

  /**
   * All instruments.
   *
   * @return an unmodifiable list ordered by signature date, then id; not null
   */
  List<Instrument> instruments();

  /**
   * Whether an instrument is in force on a date.
   *
   * @param instrumentId the id, not null
   * @param date the date, not null
   * @return true if the instrument is known and {@link Instrument#isInForce(LocalDate) in force}
   */
  default boolean isInForce(String instrumentId, LocalDate date) {
    Objects.requireNonNull(instrumentId, "instrumentId");
    Objects.requireNonNull(date, "date");
    Optional<Instrument> instrument = instrument(instrumentId);
    return instrument.isPresent() && instrument.get().isInForce(date);
  }

  /**
   * The chairmanship on a date.
   *
   * @param date the date, not null
   * @return the chairmanship covering the date, or empty if none is recorded
   */
  Optional<Chairmanship> chair(LocalDate date);

  /**
   * All chairmanships.
   *
   * @return an unmodifiable list ordered by start, not null
   */
  List<Chairmanship> chairmanships();

  /**
   * The holder of a single-holder office on a date, acting or not.
   *
   * @param office the office, not null
   * @param date the date, not null
   * @return the appointment covering the date, or empty if none is recorded
   * @throws IllegalArgumentException if the office has several holders at once
   *     ({@link Office#isSingleHolder()} is false, as for {@link Office#DEPUTY_SECRETARY_GENERAL}); use
   *     {@link #holders(Office, LocalDate)} for those
   */
  Optional<Appointment> holder(Office office, LocalDate date);

  /**
   * The holders of an office on a date, acting or not; for an office with several holders at once, such
   * as {@link Office#DEPUTY_SECRETARY_GENERAL}, all of them.
   *
   * <p>This default implementation filters {@link #appointments()}.
   *
   * <pre>{@code
   * facts.holders(Office.DEPUTY_SECRETARY_GENERAL, LocalDate.of(2020, 1, 1));   // every deputy on that day
   * }</pre>
   *
   * @param office the office, not null
   * @param date the date, not null
   * @return an unmodifiable list of the appointments covering the date, ordered as {@link #appointments()};
   *     empty if none is recorded; at most one element for a single-holder office
   */
  default List<Appointment> holders(Office office, LocalDate date) {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(date, "date");
    List<Appointment> list = new ArrayList<>();
    for (Appointment a : appointments()) {
      if (a.office() == office && a.isInOffice(date)) {
        list.add(a);
      }
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * The Secretary General on a date, acting or not.
   *
   * @param date the date, not null
   * @return the appointment covering the date, or empty if none is recorded
   */
  default Optional<Appointment> secretaryGeneral(LocalDate date) {
    return holder(Office.SECRETARY_GENERAL, date);
  }

  /**
   * All appointments.
   *
   * @return an unmodifiable list ordered by start, then office, then id; not null
   */
  List<Appointment> appointments();

  /**
   * The instruments that amend a given one, in force or not.
   *
   * <p>This default implementation filters {@link #instruments()}.
   *
   * @param instrumentId the id of the amended instrument, not null
   * @return an unmodifiable list ordered by signature date, possibly empty
   */
  default List<Instrument> amendmentsOf(String instrumentId) {
    Objects.requireNonNull(instrumentId, "instrumentId");
    List<Instrument> list = new ArrayList<>();
    for (Instrument i : instruments()) {
      if (i.amendedId().isPresent() && i.amendedId().get().equals(instrumentId)) {
        list.add(i);
      }
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * The applications for observer or partner status the facts record.
   *
   * <p>This default implementation records none.
   *
   * @return an unmodifiable list ordered by date, then id; not null
   */
  default List<StatusApplication> statusApplications() {
    return List.of();
  }

  /**
   * The decisions to grant, suspend or annul observer or partner status the facts record.
   *
   * <p>This default implementation records none.
   *
   * @return an unmodifiable list ordered by date, then id; not null
   */
  default List<StatusDecision> statusDecisions() {
    return List.of();
  }

  /**
   * The members' debts to the Organization's budget the facts record (Charter Art. 25).
   *
   * <p>This default implementation records none.
   *
   * @return an unmodifiable list ordered by the day they fell due, then id; not null
   */
  default List<Arrears> arrears() {
    return List.of();
  }

  /**
   * The decisions suspending a member's rights for arrears the facts record (Charter Art. 25).
   *
   * <p>This default implementation records none.
   *
   * @return an unmodifiable list ordered by date, then id; not null
   */
  default List<RightsSuspension> rightsSuspensions() {
    return List.of();
  }

  /**
   * The words of the provisions whose wording was read, each with its source.
   *
   * <p>This default implementation knows none.
   *
   * @return an unmodifiable list ordered by citation, then id; not null
   */
  default List<ProvisionText> provisions() {
    return List.of();
  }

  /**
   * The words of the provision a citation names, if its wording was read: the one text that
   * {@linkplain ProvisionText#isCitedBy(Citation) the citation names}. A citation without a version that
   * names several wordings names none of them.
   *
   * <p>This default implementation searches {@link #provisions()}.
   *
   * <pre>{@code
   * facts.provision(Citation.parse("Treaty Art. 4 [1992]"));
   * // Optional[ProvisionText[treaty-art-4-1992: Treaty Art. 4 [1992] ru FULL, read from pavlodar-00542]]
   * facts.provision(Citation.parse("Charter Art. 12 [2010]"));   // Optional.empty: not read
   * }</pre>
   *
   * @param citation the citation, not null
   * @return the text, or empty if the wording was not read or the citation is ambiguous
   */
  default Optional<ProvisionText> provision(Citation citation) {
    Objects.requireNonNull(citation, "citation");
    ProvisionText found = null;
    for (ProvisionText p : provisions()) {
      if (p.isCitedBy(citation)) {
        if (found != null) {
          return Optional.empty();
        }
        found = p;
      }
    }
    return Optional.ofNullable(found);
  }
}
