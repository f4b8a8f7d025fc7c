package io.github.cstokit.data.internal.snapshot;

import io.github.cstokit.data.internal.snapshot.codec.ActivityCodec;
import io.github.cstokit.data.internal.snapshot.codec.AppointmentCodec;
import io.github.cstokit.data.internal.snapshot.codec.ChairmanshipCodec;
import io.github.cstokit.data.internal.snapshot.codec.DecisionCodec;
import io.github.cstokit.data.internal.snapshot.codec.ForceCodec;
import io.github.cstokit.data.internal.snapshot.codec.In;
import io.github.cstokit.data.internal.snapshot.codec.InstrumentCodec;
import io.github.cstokit.data.internal.snapshot.codec.MandateCodec;
import io.github.cstokit.data.internal.snapshot.codec.MembershipEventCodec;
import io.github.cstokit.data.internal.snapshot.codec.ObserverStatusCodec;
import io.github.cstokit.data.internal.snapshot.codec.OrganCodec;
import io.github.cstokit.data.internal.snapshot.codec.Out;
import io.github.cstokit.data.internal.snapshot.codec.SourceCodec;
import io.github.cstokit.data.internal.snapshot.codec.StateCodec;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.Organ;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.Session;
import io.github.cstokit.model.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of the snapshot's sections, in order, written and read side by side, each record by its
 * codec. Each section has its own string table and is decoded on its own, so that a first query decodes
 * only the section it answers from: the states for {@code members}, the chairmanships for {@code chair},
 * the appointments for an office holder, the sessions for {@code sessions}; the instruments and events
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

  /**
   * Writes every section, in the order of their numbers, each into its own {@link Out}.
   *
   * @return the sections, {@link #COUNT} of them
   */
  static List<Out> write(Scenario s, List<Session> sessions, SnapshotSupplement r) throws IOException {
    List<Out> sections = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      sections.add(new Out());
    }
    sections.get(STATES).list(s.states(), StateCodec.INSTANCE);
    sections.get(CHAIRMANSHIPS).list(s.chairmanships(), ChairmanshipCodec.INSTANCE);
    sections.get(APPOINTMENTS).list(s.appointments(), AppointmentCodec.INSTANCE);
    SessionIndex.write(sessions, sections.get(SESSIONS));
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

  /**
   * Reads a section that holds one list: {@link #STATES}, {@link #CHAIRMANSHIPS}, {@link #APPOINTMENTS}
   * or {@link #SESSIONS}.
   */
  static List<?> readList(int section, In in) throws IOException {
    List<?> list;
    String name;
    switch (section) {
      case STATES:
        list = in.list(StateCodec.INSTANCE);
        name = "states";
        break;
      case CHAIRMANSHIPS:
        list = in.list(ChairmanshipCodec.INSTANCE);
        name = "chairmanships";
        break;
      case APPOINTMENTS:
        list = in.list(AppointmentCodec.INSTANCE);
        name = "appointments";
        break;
      case SESSIONS:
        list = SessionIndex.readAll(in);
        name = "sessions";
        break;
      default:
        throw new IllegalArgumentException("section " + section + " holds more than one list");
    }
    // A constant name, not one built by concatenation: the first concatenation of a fresh JVM
    // bootstraps its method handles, which costs more than decoding the section.
    in.end(name);
    return list;
  }

  /** Reads the instruments and the events; the reading half of {@link #write}. */
  static Facts readFacts(In in) throws IOException {
    Facts facts = new Facts(in.list(InstrumentCodec.INSTANCE), in.list(MembershipEventCodec.INSTANCE));
    in.end("facts");
    return facts;
  }

  /** Reads the supplement; the reading half of {@link #write}. */
  static SnapshotSupplement readRest(In in) throws IOException {
    List<Source> sources = in.list(SourceCodec.INSTANCE);
    List<Organ> organs = in.list(OrganCodec.INSTANCE);
    List<Force> forces = in.list(ForceCodec.INSTANCE);
    List<Decision> decisions = in.list(DecisionCodec.INSTANCE);
    List<Mandate> mandates = in.list(new MandateCodec(decisions));
    SnapshotSupplement rest = new SnapshotSupplement(sources, organs, forces, decisions, mandates,
        in.list(ActivityCodec.INSTANCE), in.list(ObserverStatusCodec.INSTANCE));
    in.end("supplement");
    return rest;
  }
}
