package io.github.cstokit.data;

import io.github.cstokit.model.Activity;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.ObserverStatus;
import io.github.cstokit.model.Organ;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Session;
import io.github.cstokit.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The documentary record of a dataset beyond the facts the rules consume ({@link
 * io.github.cstokit.model.CstoFacts}): the sources, the organs, the forces, the decisions and mandates,
 * the sessions of the statutory bodies, the recurring operations and exercises with their editions, and
 * the observer and partner statuses over time. Every record cites its sources by id ({@link
 * #source(String)}).
 *
 * <pre>{@code
 * CstoRecord record = CstoData.bundled();
 * record.sessions(Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1)));   // the sessions of 2022
 * record.decision("csc-2022-01-06-kazakhstan-deployment").flatMap(d -> d.sessionId()); // Optional[csc-2022-01-06]
 * record.observers(LocalDate.of(2020, 1, 1));   // the Parliamentary Assembly's observers that day
 * }</pre>
 *
 * <p>{@link CstoDataset} implements this interface; it is not designed for implementation elsewhere,
 * and methods may be added to it as default methods in later releases. Implementations are immutable and
 * thread-safe, and every collection they return is unmodifiable.
 */
public interface CstoRecord {

  /**
   * All the sources the dataset cites.
   *
   * @return an unmodifiable list sorted by id, not null
   */
  List<Source> sources();

  /**
   * Looks up a source by id.
   *
   * @param id the id, such as {@code tass-687141}, not null
   * @return the source, or empty if unknown
   */
  Optional<Source> source(String id);

  /**
   * The organs of the Organization. The data's kinds map to the model's: {@code ADVISORY_BODY} to
   * {@code COORDINATING_BODY}, {@code WORKING_BODY} to {@code PERMANENT_WORKING_BODY},
   * {@code PARLIAMENTARY} to {@code PARLIAMENTARY_BODY}. Legal bases recorded only as an instrument id
   * (article unknown) are not citations and are left out of {@link Organ#legalBases()}.
   *
   * @return an unmodifiable list in the order of the data file, not null
   */
  List<Organ> organs();

  /**
   * Looks up an organ by id.
   *
   * @param id the id, such as {@code csc}, not null
   * @return the organ, or empty if unknown
   */
  Optional<Organ> organ(String id);

  /**
   * The collective forces. Their kind follows from their id ({@code crrf},
   * {@code collective-peacekeeping-forces}, {@code crdf-car}, {@code collective-aviation-forces});
   * any other force is {@code OTHER}.
   *
   * @return an unmodifiable list in the order of the data file, not null
   */
  List<Force> forces();

  /**
   * Looks up a force by id.
   *
   * @param id the id, such as {@code crrf}, not null
   * @return the force, or empty if unknown
   */
  Optional<Force> force(String id);

  /**
   * The recorded decisions used by the worked cases. A decision dated only to the month counts from the
   * first day of that month; a format the data records as unknown is given as {@code STANDARD}.
   *
   * @return an unmodifiable list in the order of the data file, not null
   */
  List<Decision> decisions();

  /**
   * Looks up a recorded decision by id.
   *
   * @param id the id, such as {@code csc-2022-01-06-kazakhstan-deployment}, not null
   * @return the decision, or empty if unknown
   */
  Optional<Decision> decision(String id);

  /**
   * The deployment and mission mandates, each with its adopting decision where there was one. A
   * mandate's period, recorded with its first and last day, is converted to a half-open period.
   *
   * @return an unmodifiable list in the order of the data file, not null
   */
  List<Mandate> mandates();

  /**
   * Looks up a mandate by id.
   *
   * @param id the id, such as {@code kz-2022-peacekeeping}, not null
   * @return the mandate, or empty if unknown
   */
  Optional<Mandate> mandate(String id);

  /**
   * The sessions of the statutory bodies, held or announced ({@link Session#planned()}), each with the
   * ids of the recorded decisions taken there.
   *
   * @return an unmodifiable list in the order of the data file (by date), not null
   */
  List<Session> sessions();

  /**
   * The sessions that met within a period (by the first day of their date, see
   * {@link Session#isWithin(Period)}), such as those of a year.
   *
   * @param period the period, not null
   * @return an unmodifiable list in the order of {@link #sessions()}, possibly empty
   */
  default List<Session> sessions(Period period) {
    Objects.requireNonNull(period, "period");
    // Written out, not Records.within with a method reference: a first sessions query in a fresh JVM
    // then loads no filter class and bootstraps no lambda.
    List<Session> within = new ArrayList<>();
    for (Session session : sessions()) {
      if (session.isWithin(period)) {
        within.add(session);
      }
    }
    return Collections.unmodifiableList(within);
  }

  /**
   * Looks up a session by id; {@link Decision#sessionId()} names one.
   *
   * @param id the id, such as {@code csc-2022-11-23}, not null
   * @return the session, or empty if unknown
   */
  Optional<Session> session(String id);

  /**
   * The recurring operations and exercises, each with its editions.
   *
   * @return an unmodifiable list in the order of the data file, not null
   */
  List<Activity> activities();

  /**
   * The activities with at least one edition dated within a period; narrow each to those editions with
   * {@link Activity#editions(Period)}.
   *
   * @param period the period, not null
   * @return an unmodifiable list in the order of {@link #activities()}, possibly empty
   */
  default List<Activity> activities(Period period) {
    Objects.requireNonNull(period, "period");
    return Records.within(activities(), period, (a, p) -> !a.editions(p).isEmpty());
  }

  /**
   * Looks up an activity by id.
   *
   * @param id the id, such as {@code ex-interaction}, not null
   * @return the activity, or empty if unknown
   */
  Optional<Activity> activity(String id);

  /**
   * Every observer and partner status recorded, held or ended: at the Organization and at its bodies.
   *
   * @return an unmodifiable list in the order of the data file, not null
   */
  List<ObserverStatus> observerStatuses();

  /**
   * The observer and partner statuses held on a date ({@link ObserverStatus#isHeldOn(LocalDate)}). The
   * data records none at the level of the Organization; the Parliamentary Assembly's observers are
   * among them, with {@link ObserverStatus#body()} saying so.
   *
   * @param date the date, not null
   * @return an unmodifiable list in the order of {@link #observerStatuses()}, possibly empty
   */
  default List<ObserverStatus> observers(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return Records.within(observerStatuses(), date, ObserverStatus::isHeldOn);
  }
}
