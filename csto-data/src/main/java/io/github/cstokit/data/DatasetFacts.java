package io.github.cstokit.data;

import io.github.cstokit.data.internal.snapshot.SnapshotReader;
import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.Office;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.State;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Where a {@link CstoDataset}'s facts come from: a {@link Scenario} given at once, or the bundled
 * snapshot, whose status, chair and holder indexes answer without decoding the facts and whose facts
 * are decoded on first use. Also the states by code and name, built on first use. Thread-safe.
 */
final class DatasetFacts {

  /** The facts; null for facts read from the bundled snapshot, which decodes them on first use. */
  private final Scenario scenario;
  /** The snapshot whose facts are decoded on first use, or null. */
  private final SnapshotReader snapshot;
  /** The states by code and name, built on first use. */
  private volatile StateLookup lookup;

  DatasetFacts(Scenario scenario) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.snapshot = null;
  }

  DatasetFacts(SnapshotReader snapshot) {
    this.scenario = null;
    this.snapshot = snapshot;
  }

  StateLookup lookup() {
    StateLookup l = lookup;
    return l != null ? l : (lookup = new StateLookup(scenario().states()));
  }

  String version() {
    return scenario == null ? snapshot.version() : scenario.version().orElseThrow();
  }

  Scenario scenario() {
    Scenario s = scenario;
    return s != null ? s : snapshot.scenario();
  }

  MembershipStatus status(String isoAlpha2, LocalDate date) {
    Objects.requireNonNull(isoAlpha2, "isoAlpha2");
    Objects.requireNonNull(date, "date");
    MembershipStatus s = scenario == null ? snapshot.statusIndex().status(isoAlpha2, date) : null;
    return s != null ? s : scenario().status(lookup().code(isoAlpha2), date);
  }

  Participation participation(String isoAlpha2, LocalDate date) {
    Objects.requireNonNull(isoAlpha2, "isoAlpha2");
    Objects.requireNonNull(date, "date");
    Participation p = scenario == null ? snapshot.statusIndex().participation(isoAlpha2, date) : null;
    return p != null ? p : scenario().participation(lookup().code(isoAlpha2), date);
  }

  SortedSet<State> members(LocalDate date) {
    return scenario == null && date != null ? snapshot.members(date) : scenario().members(date);
  }

  Optional<Chairmanship> chair(LocalDate date) {
    return scenario == null && date != null ? snapshot.chair(date) : scenario().chair(date);
  }

  Optional<Appointment> holder(Office office, LocalDate date) {
    return scenario == null && office != null && date != null ? snapshot.holder(office, date)
        : scenario().holder(office, date);
  }
}
