package io.github.cstokit.data;

import io.github.cstokit.data.internal.snapshot.SnapshotReader;
import io.github.cstokit.model.Activity;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.ObserverStatus;
import io.github.cstokit.model.Organ;
import io.github.cstokit.model.Session;
import io.github.cstokit.model.Source;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The records of a dataset beyond the facts, given at once or decoded from a snapshot on first use
 * (thread-safe, once); shared by a dataset's what-if copies.
 */
final class Supplement {

  /** The records with their indexes by id. */
  static final class Tables {
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
    final List<Session> sessions;
    final Map<String, Session> sessionsById;
    final List<Activity> activities;
    final Map<String, Activity> activitiesById;
    final List<ObserverStatus> observers;

    Tables(List<Source> sources, List<Organ> organs, List<Force> forces, List<Decision> decisions,
        List<Mandate> mandates, List<Session> sessions, List<Activity> activities,
        List<ObserverStatus> observers) {
      this.sources = List.copyOf(sources);
      this.sourcesById = index(this.sources, Source::id);
      this.organs = List.copyOf(organs);
      this.organsById = index(this.organs, Organ::id);
      this.forces = List.copyOf(forces);
      this.forcesById = index(this.forces, Force::id);
      this.decisions = List.copyOf(decisions);
      this.decisionsById = index(this.decisions, d -> d.id().orElseThrow());
      this.mandates = List.copyOf(mandates);
      this.mandatesById = index(this.mandates, Mandate::id);
      this.sessions = List.copyOf(sessions);
      this.sessionsById = index(this.sessions, Session::id);
      this.activities = List.copyOf(activities);
      this.activitiesById = index(this.activities, Activity::id);
      this.observers = List.copyOf(observers);
    }

    private static <T> Map<String, T> index(List<T> records, Function<T, String> id) {
      Map<String, T> map = new HashMap<>();
      for (T record : records) {
        map.put(id.apply(record), record);
      }
      return Collections.unmodifiableMap(map);
    }
  }

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
          t = new Tables(s.sources(), s.organs(), s.forces(), s.decisions(), s.mandates(),
              s.sessions(), s.activities(), s.observers());
          tables = t;
          snapshot = null;
        }
      }
    }
    return t;
  }

  /** A record by id from one of the indexes, the id checked for null. */
  static <T> Optional<T> byId(Map<String, T> index, String id) {
    return Optional.ofNullable(index.get(Objects.requireNonNull(id, "id")));
  }
}
