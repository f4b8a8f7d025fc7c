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
import io.github.cstokit.data.internal.snapshot.codec.SessionCodec;
import io.github.cstokit.data.internal.snapshot.codec.SourceCodec;
import io.github.cstokit.data.internal.snapshot.codec.StateCodec;
import io.github.cstokit.model.Activity;
import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Chairmanship;
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
import io.github.cstokit.model.State;
import java.io.IOException;
import java.util.List;

/**
 * The records of the snapshot's two sections, in order, written and read side by side; each record by
 * its codec.
 */
final class Sections {

  private Sections() {}

  /** The records beyond the facts, in the order of their data files (sources by id). */
  record Rest(List<Source> sources, List<Organ> organs, List<Force> forces, List<Decision> decisions,
      List<Mandate> mandates, Calendar calendar) {}

  /** The sessions, activities and observer statuses, in the order of their data files. */
  record Calendar(List<Session> sessions, List<Activity> activities, List<ObserverStatus> observers) {}

  static void writeFacts(Scenario s, Out out) throws IOException {
    // The chairmanships and appointments come before the instruments and events, so that a first chair or
    // office-holder query decodes only the short lists it needs.
    out.list(s.states(), StateCodec.INSTANCE);
    out.list(s.chairmanships(), ChairmanshipCodec.INSTANCE);
    out.list(s.appointments(), AppointmentCodec.INSTANCE);
    out.list(s.instruments(), InstrumentCodec.INSTANCE);
    out.list(s.events(), MembershipEventCodec.INSTANCE);
  }

  static Scenario readFacts(In in, String version) throws IOException {
    return new Facts(in).scenario(version);
  }

  /**
   * The facts section decoded list by list, in the order written, each list once: a query decodes the
   * section only as far as it needs (the states before anything else). Not thread-safe.
   */
  static final class Facts {
    private In in;
    private List<State> states;
    private List<Instrument> instruments;
    private List<MembershipEvent> events;
    private List<Chairmanship> chairmanships;
    private List<Appointment> appointments;

    Facts(In in) {
      this.in = in;
    }

    List<State> states() throws IOException {
      if (states == null) {
        states = in.list(StateCodec.INSTANCE);
      }
      return states;
    }

    List<Chairmanship> chairmanships() throws IOException {
      if (chairmanships == null) {
        states();
        chairmanships = in.list(ChairmanshipCodec.INSTANCE);
      }
      return chairmanships;
    }

    List<Appointment> appointments() throws IOException {
      if (appointments == null) {
        chairmanships();
        appointments = in.list(AppointmentCodec.INSTANCE);
      }
      return appointments;
    }

    /** Decodes the rest of the section, the instruments and the events, to its end. */
    private void toEnd() throws IOException {
      if (events == null) {
        appointments();
        instruments = in.list(InstrumentCodec.INSTANCE);
        events = in.list(MembershipEventCodec.INSTANCE);
        in.end("facts");
      }
    }

    /** The string table of the section, read to its end, for the next section's. */
    In strings() throws IOException {
      toEnd();
      return in;
    }

    Scenario scenario(String version) throws IOException {
      Scenario.Builder b = Scenario.builder();
      for (State s : states()) {
        b.addState(s);
      }
      toEnd();
      for (Instrument i : instruments) {
        b.addInstrument(i);
      }
      for (MembershipEvent e : events) {
        b.addEvent(e);
      }
      for (Chairmanship c : chairmanships) {
        b.addChairmanship(c);
      }
      for (Appointment a : appointments) {
        b.addAppointment(a);
      }
      return b.version(version).build();
    }
  }

  static void writeRest(Rest r, Out out) throws IOException {
    out.list(r.sources(), SourceCodec.INSTANCE);
    out.list(r.organs(), OrganCodec.INSTANCE);
    out.list(r.forces(), ForceCodec.INSTANCE);
    out.list(r.decisions(), DecisionCodec.INSTANCE);
    out.list(r.mandates(), new MandateCodec(r.decisions()));
    out.list(r.calendar().sessions(), SessionCodec.INSTANCE);
    out.list(r.calendar().activities(), ActivityCodec.INSTANCE);
    out.list(r.calendar().observers(), ObserverStatusCodec.INSTANCE);
  }

  static Rest readRest(In in) throws IOException {
    List<Source> sources = in.list(SourceCodec.INSTANCE);
    List<Organ> organs = in.list(OrganCodec.INSTANCE);
    List<Force> forces = in.list(ForceCodec.INSTANCE);
    List<Decision> decisions = in.list(DecisionCodec.INSTANCE);
    List<Mandate> mandates = in.list(new MandateCodec(decisions));
    Calendar calendar = new Calendar(in.list(SessionCodec.INSTANCE), in.list(ActivityCodec.INSTANCE),
        in.list(ObserverStatusCodec.INSTANCE));
    in.end("supplement");
    return new Rest(sources, organs, forces, decisions, mandates, calendar);
  }
}
