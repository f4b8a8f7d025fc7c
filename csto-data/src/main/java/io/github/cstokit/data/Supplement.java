package io.github.cstokit.data;

import io.github.cstokit.data.internal.snapshot.SnapshotReader;
import io.github.cstokit.data.internal.snapshot.SnapshotSupplement;
import io.github.cstokit.model.Activity;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.ObserverStatus;
import io.github.cstokit.model.Organ;
import io.github.cstokit.model.Period;
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

  /** One kind of record: the records in order and, where they have ids, their index by id. */
  static final class Indexed<T> {
    final List<T> list;
    private final Map<String, T> byId;

    Indexed(List<T> records, Function<T, String> id) {
      this.list = List.copyOf(records);
      Map<String, T> map = new HashMap<>();
      for (T record : list) {
        map.put(id.apply(record), record);
      }
      this.byId = Collections.unmodifiableMap(map);
    }

    /** A record by id, the id checked for null. */
    Optional<T> find(String id) {
      return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }
  }

  /** The records with their indexes by id. */
  static final class Tables {
    final Indexed<Source> sources;
    final Indexed<Organ> organs;
    final Indexed<Force> forces;
    final Indexed<Decision> decisions;
    final Indexed<Mandate> mandates;
    final Indexed<Session> sessions;
    final Indexed<Activity> activities;
    final List<ObserverStatus> observers;

    Tables(List<Source> sources, List<Organ> organs, List<Force> forces, List<Decision> decisions,
        List<Mandate> mandates, List<Session> sessions, List<Activity> activities,
        List<ObserverStatus> observers) {
      this.sources = new Indexed<>(sources, Source::id);
      this.organs = new Indexed<>(organs, Organ::id);
      this.forces = new Indexed<>(forces, Force::id);
      this.decisions = new Indexed<>(decisions, d -> d.id().orElseThrow());
      this.mandates = new Indexed<>(mandates, Mandate::id);
      this.sessions = new Indexed<>(sessions, Session::id);
      this.activities = new Indexed<>(activities, Activity::id);
      this.observers = List.copyOf(observers);
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

  /**
   * The sessions, unmodifiable: from the tables once they are built; before, from the snapshot's
   * sessions alone, so that a first sessions query decodes no other record.
   */
  List<Session> sessions() {
    Tables t = tables;
    if (t == null) {
      synchronized (this) {
        t = tables;
        if (t == null) {
          return snapshot.sessions();
        }
      }
    }
    return t.sessions.list;
  }

  /**
   * The sessions whose first day a period holds, decoding only those, while the bundled dataset's
   * tables are not built and its sessions not all decoded; otherwise null (filter {@link #sessions()}).
   */
  List<Session> sessionsWithin(Period period) {
    if (tables == null) {
      synchronized (this) {
        if (tables == null) {
          return snapshot.sessionsWithin(period);
        }
      }
    }
    return null;
  }

  Tables get() {
    Tables t = tables;
    if (t == null) {
      synchronized (this) {
        t = tables;
        if (t == null) {
          SnapshotSupplement s = snapshot.supplement();
          t = new Tables(s.sources(), s.organs(), s.forces(), s.decisions(), s.mandates(),
              snapshot.sessions(), s.activities(), s.observers());
          tables = t;
          snapshot = null;
        }
      }
    }
    return t;
  }
}
