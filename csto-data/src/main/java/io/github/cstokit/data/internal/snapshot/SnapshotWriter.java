package io.github.cstokit.data.internal.snapshot;

import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.AlternativeValue;
import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Command;
import io.github.cstokit.model.Completion;
import io.github.cstokit.model.Contingent;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.HostRequest;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipTimeline;
import io.github.cstokit.model.Organ;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.Source;
import io.github.cstokit.model.State;
import io.github.cstokit.model.StatusPeriod;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes a loaded, validated dataset as a snapshot in the {@link SnapshotFormat} layout. Used at build
 * time only; not thread-safe.
 */
public final class SnapshotWriter {

  private final List<String> strings = new ArrayList<>();
  private final Map<String, Integer> indexes = new HashMap<>();
  private DataOutputStream out;

  private SnapshotWriter() {}

  /**
   * Writes a dataset.
   *
   * @param dataset the dataset, not null
   * @param target the stream to write to, not closed; not null
   * @throws IOException if writing fails
   */
  public static void write(CstoDataset dataset, OutputStream target) throws IOException {
    new SnapshotWriter().run(dataset, target);
  }

  private void run(CstoDataset dataset, OutputStream target) throws IOException {
    Scenario scenario = dataset.scenario();

    ByteArrayOutputStream factsBytes = new ByteArrayOutputStream();
    out = new DataOutputStream(factsBytes);
    list(scenario.states());
    for (State s : scenario.states()) {
      state(s);
    }
    list(scenario.instruments());
    for (Instrument i : scenario.instruments()) {
      instrument(i);
    }
    list(scenario.events());
    for (MembershipEvent e : scenario.events()) {
      event(e);
    }
    list(scenario.chairmanships());
    for (Chairmanship c : scenario.chairmanships()) {
      chairmanship(c);
    }
    list(scenario.appointments());
    for (Appointment a : scenario.appointments()) {
      appointment(a);
    }
    out.flush();
    int factStrings = strings.size();

    ByteArrayOutputStream restBytes = new ByteArrayOutputStream();
    out = new DataOutputStream(restBytes);
    list(dataset.sources());
    for (Source s : dataset.sources()) {
      source(s);
    }
    list(dataset.organs());
    for (Organ o : dataset.organs()) {
      organ(o);
    }
    list(dataset.forces());
    for (Force f : dataset.forces()) {
      force(f);
    }
    list(dataset.decisions());
    for (Decision d : dataset.decisions()) {
      decision(d);
    }
    list(dataset.mandates());
    for (Mandate m : dataset.mandates()) {
      mandate(m, dataset.decisions());
    }
    out.flush();

    ByteArrayOutputStream rest = new ByteArrayOutputStream();
    DataOutputStream restOut = new DataOutputStream(rest);
    writeStrings(restOut, strings.subList(factStrings, strings.size()));
    restBytes.writeTo(restOut);
    restOut.flush();

    DataOutputStream file = new DataOutputStream(target);
    file.writeInt(SnapshotFormat.MAGIC);
    file.writeByte(SnapshotFormat.FORMAT);
    file.writeUTF(dataset.version());
    file.writeInt(Math.toIntExact(dataset.dataAsOf().toEpochDay()));
    List<MembershipTimeline> timelines = new ArrayList<>();
    for (State s : scenario.states()) {
      Optional<MembershipTimeline> t = scenario.timeline(s.isoAlpha2());
      if (t.isPresent()) {
        timelines.add(t.get());
      }
    }
    file.writeShort(timelines.size());
    for (MembershipTimeline t : timelines) {
      file.writeUTF(t.state());
      List<StatusPeriod> periods = t.periods();
      file.writeShort(periods.size());
      for (StatusPeriod p : periods) {
        file.writeInt(Math.toIntExact(p.period().start().toEpochDay()));
        file.writeByte(p.status().ordinal());
        file.writeByte(p.participation().ordinal());
      }
    }
    ByteArrayOutputStream facts = new ByteArrayOutputStream();
    DataOutputStream factsOut = new DataOutputStream(facts);
    writeStrings(factsOut, strings.subList(0, factStrings));
    factsBytes.writeTo(factsOut);
    factsOut.flush();
    file.writeInt(facts.size());
    facts.writeTo(file);
    file.writeInt(rest.size());
    rest.writeTo(file);
    file.flush();
  }

  private static void writeStrings(DataOutputStream target, List<String> list) throws IOException {
    target.writeInt(list.size());
    for (String s : list) {
      target.writeUTF(s);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Records

  private void state(State s) throws IOException {
    string(s.isoAlpha2());
    string(s.isoAlpha3());
    out.writeInt(s.cowCode());
    string(s.cowAbbreviation());
    string(s.nameEn());
    string(s.nameRu());
  }

  private void instrument(Instrument i) throws IOException {
    string(i.id());
    string(i.kind().name());
    string(i.shortName());
    string(i.titleEn());
    string(i.titleRu());
    partialDate(i.signed());
    partialDate(i.entryIntoForce());
    string(i.amendedId());
    string(i.version());
    strings(i.sources());
    string(i.note());
  }

  private void event(MembershipEvent e) throws IOException {
    string(e.id());
    string(e.state());
    string(e.type().name());
    partialDate(e.date());
    string(e.framework().name());
    string(e.instrumentId());
    strings(e.sources());
    string(e.note());
    alternatives(e.alternatives());
    string(e.choice());
    out.writeBoolean(e.effective());
  }

  private void alternatives(List<AlternativeValue> alternatives) throws IOException {
    list(alternatives);
    for (AlternativeValue a : alternatives) {
      string(a.value());
      strings(a.sources());
      string(a.note());
    }
  }

  private void chairmanship(Chairmanship c) throws IOException {
    string(c.id());
    string(c.state());
    period(c.period());
    out.writeBoolean(c.fragmentary());
    string(c.note());
    strings(c.sources());
  }

  private void appointment(Appointment a) throws IOException {
    string(a.id());
    string(a.office().name());
    string(a.personEn());
    string(a.personRu());
    string(a.state());
    period(a.period());
    out.writeBoolean(a.acting());
    string(a.appointedBy().map(Enum::name));
    date(a.decisionDate());
    strings(a.sources());
    alternatives(a.alternatives());
    string(a.choice());
    string(a.note());
  }

  private void source(Source s) throws IOException {
    string(s.id());
    string(s.title());
    string(s.publisher());
    string(s.url());
    string(s.document());
    string(s.kind().name());
    partialDate(s.date());
  }

  private void organ(Organ o) throws IOException {
    string(o.id());
    string(o.nameEn());
    string(o.nameRu());
    string(o.abbreviation());
    string(o.kind().name());
    string(o.composition());
    string(o.decisionMode().name());
    citations(o.legalBases());
    strings(o.sources());
  }

  private void citations(List<Citation> citations) throws IOException {
    list(citations);
    for (Citation c : citations) {
      string(c.shortName());
      string(c.article());
      string(c.paragraph());
      string(c.version());
    }
  }

  private void force(Force f) throws IOException {
    string(f.id());
    string(f.kind().name());
    string(f.nameEn());
    string(f.nameRu());
    string(f.abbreviation());
    partialDate(f.established());
    strings(f.sources());
  }

  private void decision(Decision d) throws IOException {
    string(d.id());
    string(d.body().name());
    date(d.date());
    string(d.title());
    string(d.matter().name());
    string(d.format().name());
    string(d.recordedOutcome().map(Enum::name));
    list(d.positions().keySet());
    for (Map.Entry<String, Position> e : d.positions().entrySet()) {
      string(e.getKey());
      string(e.getValue().name());
    }
    strings(d.signatures());
    string(d.note());
    strings(d.sources());
  }

  private void mandate(Mandate m, List<Decision> decisions) throws IOException {
    string(m.id());
    string(m.forceKind().name());
    string(m.hostState());
    string(m.territory().name());
    out.writeBoolean(m.request().isPresent());
    if (m.request().isPresent()) {
      HostRequest r = m.request().get();
      string(r.state());
      string(r.author());
      partialDate(r.date());
      string(r.addressee());
      strings(r.sources());
    }
    citations(m.legalBases());
    // The adopting decision is one of the dataset's decisions: written as its index, shared when read.
    int decision = m.decision().isPresent() ? indexOf(decisions, m.decision().get()) : -1;
    out.writeShort(decision);
    list(m.contingents());
    for (Contingent c : m.contingents()) {
      string(c.state());
      OptionalInt size = c.size();
      out.writeInt(size.isPresent() ? size.getAsInt() : 0);
      string(c.sizeNote());
      out.writeBoolean(c.underUnifiedCommand());
      out.writeBoolean(c.voluntary());
    }
    out.writeBoolean(m.command().isPresent());
    if (m.command().isPresent()) {
      Command c = m.command().get();
      string(c.commander());
      string(c.commanderState());
      string(c.appointingBody().name());
      partialDate(c.date());
      string(c.note());
    }
    strings(m.tasks());
    string(m.area());
    out.writeBoolean(m.period().isPresent());
    if (m.period().isPresent()) {
      period(m.period().get());
    }
    date(m.unSecurityCouncilInformed());
    date(m.unSecurityCouncilDecision());
    out.writeBoolean(m.completion().isPresent());
    if (m.completion().isPresent()) {
      Completion c = m.completion().get();
      string(c.decidingBody().map(Enum::name));
      partialDate(c.decisionDate());
      date(c.withdrawalStart());
      date(c.withdrawalEnd());
      string(c.note());
    }
    out.writeBoolean(m.deployed());
    strings(m.sources());
  }

  private static int indexOf(List<Decision> decisions, Decision decision) {
    for (int i = 0; i < decisions.size(); i++) {
      if (decisions.get(i).equals(decision)) {
        return i;
      }
    }
    throw new IllegalStateException("a mandate's decision is not among the dataset's decisions: "
        + decision);
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  private void string(String s) throws IOException {
    if (s == null) {
      out.writeShort(0);
      return;
    }
    Integer index = indexes.get(s);
    if (index == null) {
      if (strings.size() >= SnapshotFormat.MAX_STRINGS) {
        throw new IllegalStateException("more than " + SnapshotFormat.MAX_STRINGS + " strings");
      }
      strings.add(s);
      index = strings.size();
      indexes.put(s, index);
    }
    out.writeShort(index);
  }

  private void string(Optional<String> s) throws IOException {
    string(s.orElse(null));
  }

  private void strings(Collection<String> list) throws IOException {
    list(list);
    for (String s : list) {
      string(s);
    }
  }

  private void list(Collection<?> list) throws IOException {
    if (list.size() > 0xFFFF) {
      throw new IllegalStateException("a list longer than " + 0xFFFF);
    }
    out.writeShort(list.size());
  }

  private void partialDate(PartialDate d) throws IOException {
    switch (d.precision()) {
      case YEAR:
        out.writeByte(1);
        break;
      case MONTH:
        out.writeByte(2);
        break;
      default:
        out.writeByte(3);
        break;
    }
    out.writeInt(Math.toIntExact(d.firstDay().toEpochDay()));
  }

  private void partialDate(Optional<PartialDate> d) throws IOException {
    if (d.isPresent()) {
      partialDate(d.get());
    } else {
      out.writeByte(0);
    }
  }

  private void date(LocalDate d) throws IOException {
    out.writeInt(Math.toIntExact(d.toEpochDay()));
  }

  private void date(Optional<LocalDate> d) throws IOException {
    out.writeInt(d.isPresent() ? Math.toIntExact(d.get().toEpochDay()) : SnapshotFormat.NO_DATE);
  }

  private void period(Period p) throws IOException {
    date(p.start());
    date(p.end());
  }
}
