package io.github.cstokit.data.internal.snapshot;

import io.github.cstokit.data.internal.snapshot.codec.ActivityCodec;
import io.github.cstokit.data.internal.snapshot.codec.AppointmentCodec;
import io.github.cstokit.data.internal.snapshot.codec.ChairmanshipCodec;
import io.github.cstokit.data.internal.snapshot.codec.DecisionCodec;
import io.github.cstokit.data.internal.snapshot.codec.ForceCodec;
import io.github.cstokit.data.internal.snapshot.codec.InstrumentCodec;
import io.github.cstokit.data.internal.snapshot.codec.MandateCodec;
import io.github.cstokit.data.internal.snapshot.codec.MembershipEventCodec;
import io.github.cstokit.data.internal.snapshot.codec.ObserverStatusCodec;
import io.github.cstokit.data.internal.snapshot.codec.OrganCodec;
import io.github.cstokit.data.internal.snapshot.codec.Out;
import io.github.cstokit.data.internal.snapshot.codec.SessionCodec;
import io.github.cstokit.data.internal.snapshot.codec.SourceCodec;
import io.github.cstokit.data.internal.snapshot.codec.StateCodec;
import io.github.cstokit.model.Activity;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.ObserverStatus;
import io.github.cstokit.model.Organ;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.Session;
import io.github.cstokit.model.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of the snapshot's sections, in order, each record by its codec: written here, read by
 * {@link SnapshotReader} (whose reading half is its own, so that a first query does not load this class
 * with the writing half). Each section has its own string table and is decoded on its own, so that a first query decodes only the
 * section it answers from: the states for {@code members}, the chairmanships for {@code chair}, the
 * appointments for an office holder, the sessions for {@code sessions}; the instruments and events
 * with the three before them make the scenario, and the rest is the supplement.
 */
final class Sections {

  /** The states, sorted by code. */
  static final int STATES = 0;
  /** The chairmanships, sorted by period. */
  static final int CHAIRMANSHIPS = 1;
  /** The appointments, sorted by start, then office, then id. */
  static final int APPOINTMENTS = 2;
  /** The sessions, in the order of their data file. */
  static final int SESSIONS = 3;
  /** The instruments and the membership events: the rest of the scenario. */
  static final int FACTS = 4;
  /** Sources, organs, forces, decisions, mandates, activities and observer statuses. */
  static final int REST = 5;
  /** How many sections follow the index, in the order of these numbers. */
  static final int COUNT = 6;

  private Sections() {}

  /** The instruments and the events, in the scenario's order. */
  record Facts(List<Instrument> instruments, List<MembershipEvent> events) {}

  /** The records beyond the facts and the sessions, in the order of their data files (sources by id). */
  record Rest(List<Source> sources, List<Organ> organs, List<Force> forces, List<Decision> decisions,
      List<Mandate> mandates, List<Activity> activities, List<ObserverStatus> observers) {}

  /**
   * Writes every section, in the order of their numbers, each into its own {@link Out}.
   *
   * @return the sections, {@link #COUNT} of them
   */
  static List<Out> write(Scenario s, List<Session> sessions, Rest r) throws IOException {
    List<Out> sections = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      sections.add(new Out());
    }
    sections.get(STATES).list(s.states(), StateCodec.INSTANCE);
    sections.get(CHAIRMANSHIPS).list(s.chairmanships(), ChairmanshipCodec.INSTANCE);
    sections.get(APPOINTMENTS).list(s.appointments(), AppointmentCodec.INSTANCE);
    sections.get(SESSIONS).list(sessions, SessionCodec.INSTANCE);
    Out facts = sections.get(FACTS);
    facts.list(s.instruments(), InstrumentCodec.INSTANCE);
    facts.list(s.events(), MembershipEventCodec.INSTANCE);
    Out rest = sections.get(REST);
    rest.list(r.sources(), SourceCodec.INSTANCE);
    rest.list(r.organs(), OrganCodec.INSTANCE);
    rest.list(r.forces(), ForceCodec.INSTANCE);
    rest.list(r.decisions(), DecisionCodec.INSTANCE);
    rest.list(r.mandates(), new MandateCodec(r.decisions()));
    rest.list(r.activities(), ActivityCodec.INSTANCE);
    rest.list(r.observers(), ObserverStatusCodec.INSTANCE);
    return sections;
  }
}
