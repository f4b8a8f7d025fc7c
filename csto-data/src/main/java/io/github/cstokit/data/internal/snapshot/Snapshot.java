package io.github.cstokit.data.internal.snapshot;

import io.github.cstokit.model.AlternativeValue;
import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Command;
import io.github.cstokit.model.Completion;
import io.github.cstokit.model.Contingent;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.DecisionMode;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.ForceKind;
import io.github.cstokit.model.Framework;
import io.github.cstokit.model.HostRequest;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.InstrumentKind;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipEventType;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.Office;
import io.github.cstokit.model.Organ;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.OrganKind;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.RecordedOutcome;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.Source;
import io.github.cstokit.model.SourceKind;
import io.github.cstokit.model.State;
import io.github.cstokit.model.Territory;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A dataset read from a {@link SnapshotFormat snapshot}: the facts (states, instruments, events,
 * chairmanships, appointments) on their first use, the rest (sources, organs, forces, decisions, mandates)
 * on its first use. The snapshot was compiled from JSON that had passed every check, so reading it checks only its
 * layout; the model's own invariants still run in its builders.
 *
 * <p>This class is thread-safe; the rest is decoded once.
 */
public final class Snapshot {

  private static final MembershipStatus[] STATUSES = MembershipStatus.values();
  private static final Participation[] PARTICIPATIONS = Participation.values();
  private static final int SLOTS = 26 * 26;

  private final String version;
  private final LocalDate dataAsOf;
  /**
   * Per two-letter slot ({@code (a - 'A') * 26 + (b - 'A')}), or null: the state's changes in order, each
   * {@code key << 8 | status << 4 | participation} (a date key as {@link #key}, the enums' ordinals).
   */
  private final long[][] index;
  private byte[] factBytes;
  private byte[] restBytes;
  private volatile Facts facts;
  private volatile Supplement supplement;

  private Snapshot(String version, LocalDate dataAsOf, long[][] index, byte[] factBytes,
      byte[] restBytes) {
    this.version = version;
    this.dataAsOf = dataAsOf;
    this.index = index;
    this.factBytes = factBytes;
    this.restBytes = restBytes;
  }

  /** The decoded facts and the string table the supplement continues. */
  private static final class Facts {
    final Scenario scenario;
    final String[] strings;

    Facts(Scenario scenario, String[] strings) {
      this.scenario = scenario;
      this.strings = strings;
    }
  }

  /**
   * Reads a snapshot's header and checks its frame; the facts are kept as bytes until
   * {@link #scenario()}, the rest until {@link #supplement()}.
   *
   * @param bytes the whole snapshot, not null
   * @return the snapshot, not null
   * @throws StreamCorruptedException if the bytes are not a snapshot of the format this library reads
   * @throws IOException if the snapshot is truncated
   */
  public static Snapshot read(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    if (bytes.length < 5 || in.readInt() != SnapshotFormat.MAGIC) {
      throw new StreamCorruptedException("not a csto-kit dataset snapshot");
    }
    int format = in.readUnsignedByte();
    if (format != SnapshotFormat.FORMAT) {
      throw new StreamCorruptedException("snapshot format " + format + " is not supported (this library"
          + " reads format " + SnapshotFormat.FORMAT + ")");
    }
    String version = in.readUTF();
    LocalDate dataAsOf = LocalDate.ofEpochDay(in.readInt());
    int states = in.readUnsignedShort();
    long[][] index = new long[SLOTS][];
    for (int i = 0; i < states; i++) {
      int slot = slot(in.readUTF());
      if (slot < 0 || index[slot] != null) {
        throw new StreamCorruptedException("bad state code in the status index");
      }
      int n = in.readUnsignedShort();
      long[] row = new long[n];
      int previous = Integer.MIN_VALUE;
      for (int j = 0; j < n; j++) {
        int day = in.readInt();
        int status = in.readByte();
        int participation = in.readByte();
        if (status < 0 || status > 0xF || status >= STATUSES.length || participation < 0
            || participation > 0xF || participation >= PARTICIPATIONS.length
            || j > 0 && day <= previous) {
          throw new StreamCorruptedException("bad status index entry");
        }
        previous = day;
        row[j] = key(LocalDate.ofEpochDay(day)) << 8 | status << 4 | participation;
      }
      index[slot] = row;
    }
    byte[] factBytes = section(in, bytes.length);
    byte[] rest = section(in, bytes.length);
    if (in.read() != -1) {
      throw new StreamCorruptedException("trailing bytes after the snapshot");
    }
    return new Snapshot(version, dataAsOf, index, factBytes, rest);
  }

  /**
   * A state's status on a date, from the index, without decoding the facts.
   *
   * @param isoAlpha2 the code, not null
   * @param date the date, not null
   * @return the status, or null if the index has no timeline for the state (ask the scenario)
   */
  public MembershipStatus indexedStatus(String isoAlpha2, LocalDate date) {
    long[] row = row(isoAlpha2);
    if (row == null) {
      return null;
    }
    int i = floor(row, key(date) << 8 | 0xFF);
    return i < 0 ? MembershipStatus.NOT_PARTY : STATUSES[(int) (row[i] >> 4) & 0xF];
  }

  /**
   * A state's participation on a date, from the index, without decoding the facts.
   *
   * @param isoAlpha2 the code, not null
   * @param date the date, not null
   * @return the participation, or null if the index has no timeline for the state (ask the scenario)
   */
  public Participation indexedParticipation(String isoAlpha2, LocalDate date) {
    long[] row = row(isoAlpha2);
    if (row == null) {
      return null;
    }
    int i = floor(row, key(date) << 8 | 0xFF);
    return i < 0 ? Participation.NORMAL : PARTICIPATIONS[(int) row[i] & 0xF];
  }

  /** A state's row of the index, or null. */
  private long[] row(String isoAlpha2) {
    int s = slot(isoAlpha2);
    return s < 0 ? null : index[s];
  }

  /** The slot of a two-letter code, or -1; allocates nothing. */
  private static int slot(String code) {
    if (code.length() != 2) {
      return -1;
    }
    int a = code.charAt(0) - 'A';
    int b = code.charAt(1) - 'A';
    return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
  }

  /** A date as a key ordered as the date, without epoch-day arithmetic. */
  private static long key(LocalDate date) {
    return ((long) date.getYear() << 9) | (date.getMonthValue() << 5) | date.getDayOfMonth();
  }

  /** The index of the last key on or before {@code day}, or -1. */
  private static int floor(long[] days, long day) {
    int lo = 0;
    int hi = days.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] <= day) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return hi;
  }

  /** Reads a length-prefixed section. */
  private static byte[] section(DataInputStream in, int total) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > total) {
      throw new StreamCorruptedException("bad section length " + length);
    }
    byte[] section = new byte[length];
    in.readFully(section);
    return section;
  }

  private Facts facts() {
    Facts f = facts;
    if (f == null) {
      synchronized (this) {
        f = facts;
        if (f == null) {
          try {
            f = readFacts();
          } catch (IOException e) {
            throw new IllegalStateException("the bundled dataset snapshot is corrupt: " + e, e);
          }
          facts = f;
          factBytes = null;
        }
      }
    }
    return f;
  }

  private Facts readFacts() throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(factBytes));
    String[] strings = readStrings(in, new String[1]);
    Reader r = new Reader(in, strings);
    Scenario.Builder b = Scenario.builder();
    for (int i = 0, n = r.count(); i < n; i++) {
      b.addState(r.state());
    }
    for (int i = 0, n = r.count(); i < n; i++) {
      b.addInstrument(r.instrument());
    }
    for (int i = 0, n = r.count(); i < n; i++) {
      b.addEvent(r.event());
    }
    for (int i = 0, n = r.count(); i < n; i++) {
      b.addChairmanship(r.chairmanship());
    }
    for (int i = 0, n = r.count(); i < n; i++) {
      b.addAppointment(r.appointment());
    }
    if (in.read() != -1) {
      throw new StreamCorruptedException("trailing bytes after the snapshot's facts");
    }
    return new Facts(b.version(version).build(), strings);
  }

  /** Reads a string table, continuing the numbering of {@code before} (whose slot 0 is unused). */
  private static String[] readStrings(DataInputStream in, String[] before) throws IOException {
    int count = in.readInt();
    if (count < 0 || before.length + count > SnapshotFormat.MAX_STRINGS + 1) {
      throw new StreamCorruptedException("bad string count " + count);
    }
    String[] strings = new String[before.length + count];
    System.arraycopy(before, 0, strings, 0, before.length);
    for (int i = before.length; i < strings.length; i++) {
      strings[i] = in.readUTF();
    }
    return strings;
  }

  /**
   * The dataset version, such as {@code 2026.11.0}.
   *
   * @return the version, not null
   */
  public String version() {
    return version;
  }

  /**
   * The date of the newest fact.
   *
   * @return the date, not null
   */
  public LocalDate dataAsOf() {
    return dataAsOf;
  }

  /**
   * The facts, decoded on the first call.
   *
   * @return the scenario, not null
   * @throws IllegalStateException if the snapshot's facts are corrupt (a packaging error)
   * @throws IllegalArgumentException if a record breaks a model invariant
   */
  public Scenario scenario() {
    return facts().scenario;
  }

  /**
   * The sources, organs, forces, decisions and mandates, decoded on the first call.
   *
   * @return the supplement, not null
   * @throws IllegalStateException if the snapshot's rest is corrupt (a packaging error)
   */
  public Supplement supplement() {
    Supplement s = supplement;
    if (s == null) {
      synchronized (this) {
        s = supplement;
        if (s == null) {
          try {
            s = readSupplement();
          } catch (IOException e) {
            throw new IllegalStateException("the bundled dataset snapshot is corrupt: " + e, e);
          }
          supplement = s;
          restBytes = null;
        }
      }
    }
    return s;
  }

  private Supplement readSupplement() throws IOException {
    String[] factStrings = facts().strings;
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(restBytes));
    Reader r = new Reader(in, readStrings(in, factStrings));
    List<Source> sources = new ArrayList<>();
    for (int i = 0, n = r.count(); i < n; i++) {
      sources.add(r.source());
    }
    List<Organ> organs = new ArrayList<>();
    for (int i = 0, n = r.count(); i < n; i++) {
      organs.add(r.organ());
    }
    List<Force> forces = new ArrayList<>();
    for (int i = 0, n = r.count(); i < n; i++) {
      forces.add(r.force());
    }
    List<Decision> decisions = new ArrayList<>();
    for (int i = 0, n = r.count(); i < n; i++) {
      decisions.add(r.decision());
    }
    List<Mandate> mandates = new ArrayList<>();
    for (int i = 0, n = r.count(); i < n; i++) {
      mandates.add(r.mandate(decisions));
    }
    if (in.read() != -1) {
      throw new StreamCorruptedException("trailing bytes after the snapshot's supplement");
    }
    return new Supplement(sources, organs, forces, decisions, mandates);
  }

  /** The parts of a dataset beyond its facts. */
  public static final class Supplement {
    private final List<Source> sources;
    private final List<Organ> organs;
    private final List<Force> forces;
    private final List<Decision> decisions;
    private final List<Mandate> mandates;

    Supplement(List<Source> sources, List<Organ> organs, List<Force> forces,
        List<Decision> decisions, List<Mandate> mandates) {
      this.sources = sources;
      this.organs = organs;
      this.forces = forces;
      this.decisions = decisions;
      this.mandates = mandates;
    }

    /**
     * The sources, sorted by id.
     *
     * @return the sources, not null
     */
    public List<Source> sources() {
      return sources;
    }

    /**
     * The organs, in the order of the data file.
     *
     * @return the organs, not null
     */
    public List<Organ> organs() {
      return organs;
    }

    /**
     * The forces, in the order of the data file.
     *
     * @return the forces, not null
     */
    public List<Force> forces() {
      return forces;
    }

    /**
     * The decisions, in the order of the data file.
     *
     * @return the decisions, not null
     */
    public List<Decision> decisions() {
      return decisions;
    }

    /**
     * The mandates, in the order of the data file.
     *
     * @return the mandates, not null
     */
    public List<Mandate> mandates() {
      return mandates;
    }
  }

  /** Decodes records from one section; not thread-safe. */
  private static final class Reader {
    private final DataInputStream in;
    private final String[] strings;

    Reader(DataInputStream in, String[] strings) {
      this.in = in;
      this.strings = strings;
    }

    int count() throws IOException {
      return in.readUnsignedShort();
    }

    String stringOrNull() throws IOException {
      int i = in.readUnsignedShort();
      if (i >= strings.length) {
        throw new StreamCorruptedException("string index " + i + " out of range");
      }
      return i == 0 ? null : strings[i];
    }

    String string() throws IOException {
      String s = stringOrNull();
      if (s == null) {
        throw new StreamCorruptedException("a required string is absent");
      }
      return s;
    }

    Optional<String> optionalString() throws IOException {
      return Optional.ofNullable(stringOrNull());
    }

    List<String> strings() throws IOException {
      int n = count();
      if (n == 0) {
        return Collections.emptyList();
      }
      String[] array = new String[n];
      for (int i = 0; i < n; i++) {
        array[i] = string();
      }
      return List.of(array);
    }

    PartialDate partialDateOrNull() throws IOException {
      int precision = in.readUnsignedByte();
      if (precision == 0) {
        return null;
      }
      LocalDate first = LocalDate.ofEpochDay(in.readInt());
      switch (precision) {
        case 1:
          return PartialDate.ofYear(first.getYear());
        case 2:
          return PartialDate.of(first.getYear(), first.getMonthValue());
        case 3:
          return PartialDate.of(first);
        default:
          throw new StreamCorruptedException("bad date precision " + precision);
      }
    }

    PartialDate partialDate() throws IOException {
      PartialDate d = partialDateOrNull();
      if (d == null) {
        throw new StreamCorruptedException("a required date is absent");
      }
      return d;
    }

    Optional<PartialDate> optionalPartialDate() throws IOException {
      return Optional.ofNullable(partialDateOrNull());
    }

    LocalDate dateOrNull() throws IOException {
      int day = in.readInt();
      return day == SnapshotFormat.NO_DATE ? null : LocalDate.ofEpochDay(day);
    }

    LocalDate date() throws IOException {
      LocalDate d = dateOrNull();
      if (d == null) {
        throw new StreamCorruptedException("a required date is absent");
      }
      return d;
    }

    Optional<LocalDate> optionalDate() throws IOException {
      return Optional.ofNullable(dateOrNull());
    }

    Period period() throws IOException {
      LocalDate start = date();
      LocalDate end = dateOrNull();
      return end == null ? Period.startingOn(start) : Period.of(start, end);
    }

    boolean bool() throws IOException {
      return in.readBoolean();
    }

    State state() throws IOException {
      return State.builder().isoAlpha2(string()).isoAlpha3(string()).cowCode(in.readInt())
          .cowAbbreviation(string()).nameEn(string()).nameRu(string()).build();
    }

    Instrument instrument() throws IOException {
      return Instrument.builder().id(string()).kind(InstrumentKind.valueOf(string()))
          .shortName(string()).titleEn(string()).titleRu(optionalString()).signed(partialDate())
          .entryIntoForce(optionalPartialDate()).amendedId(optionalString()).version(string())
          .sources(strings()).note(optionalString()).build();
    }

    MembershipEvent event() throws IOException {
      return MembershipEvent.builder().id(string()).state(string())
          .type(MembershipEventType.valueOf(string())).date(partialDate())
          .framework(Framework.valueOf(string())).instrumentId(optionalString()).sources(strings())
          .note(optionalString()).alternatives(alternatives()).choice(optionalString())
          .effective(bool()).build();
    }

    List<AlternativeValue> alternatives() throws IOException {
      int n = count();
      if (n == 0) {
        return Collections.emptyList();
      }
      List<AlternativeValue> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(AlternativeValue.builder().value(string()).sources(strings())
            .note(optionalString()).build());
      }
      return list;
    }

    Chairmanship chairmanship() throws IOException {
      return Chairmanship.builder().id(string()).state(string()).period(period())
          .fragmentary(bool()).note(optionalString()).sources(strings()).build();
    }

    Appointment appointment() throws IOException {
      Appointment.Builder b = Appointment.builder();
      b.id(string()).office(Office.valueOf(string())).personEn(string()).personRu(optionalString())
          .state(string()).period(period()).acting(bool());
      String appointedBy = stringOrNull();
      b.appointedBy(appointedBy == null ? Optional.empty() : Optional.of(Body.valueOf(appointedBy)))
          .decisionDate(optionalDate()).sources(strings()).alternatives(alternatives())
          .choice(optionalString()).note(optionalString());
      return b.build();
    }

    Source source() throws IOException {
      return Source.builder().id(string()).title(string()).publisher(string()).url(optionalString())
          .document(optionalString()).kind(SourceKind.valueOf(string()))
          .date(optionalPartialDate()).build();
    }

    Organ organ() throws IOException {
      return Organ.builder().id(string()).nameEn(string()).nameRu(string()).abbreviation(string())
          .kind(OrganKind.valueOf(string())).composition(string())
          .decisionMode(DecisionMode.valueOf(string())).legalBases(citations()).sources(strings())
          .build();
    }

    List<Citation> citations() throws IOException {
      int n = count();
      List<Citation> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(Citation.builder().shortName(string()).article(optionalString())
            .paragraph(optionalString()).version(optionalString()).build());
      }
      return list;
    }

    Force force() throws IOException {
      return Force.builder().id(string()).kind(ForceKind.valueOf(string())).nameEn(string())
          .nameRu(optionalString()).abbreviation(string()).established(optionalPartialDate())
          .sources(strings()).build();
    }

    Decision decision() throws IOException {
      Decision.Builder b = Decision.builder();
      b.id(optionalString()).body(Body.valueOf(string())).date(date()).title(string())
          .matter(Matter.valueOf(string())).format(DecisionFormat.valueOf(string()))
          .recordedOutcome(optionalString().map(RecordedOutcome::valueOf));
      TreeMap<String, Position> positions = new TreeMap<>();
      for (int i = 0, n = count(); i < n; i++) {
        positions.put(string(), Position.valueOf(string()));
      }
      b.positions(positions).signatures(strings()).note(optionalString()).sources(strings());
      return b.build();
    }

    Mandate mandate(List<Decision> decisions) throws IOException {
      Mandate.Builder b = Mandate.builder();
      b.id(string()).forceKind(ForceKind.valueOf(string())).hostState(string())
          .territory(Territory.valueOf(string()));
      if (bool()) {
        b.request(HostRequest.builder().state(string()).author(string()).date(partialDate())
            .addressee(optionalString()).sources(strings()).build());
      }
      b.legalBases(citations());
      int decision = in.readShort();
      if (decision >= decisions.size()) {
        throw new StreamCorruptedException("decision index " + decision + " out of range");
      }
      if (decision >= 0) {
        b.decision(decisions.get(decision));
      }
      List<Contingent> contingents = new ArrayList<>();
      for (int i = 0, n = count(); i < n; i++) {
        Contingent.Builder c = Contingent.builder();
        c.state(string());
        int size = in.readInt();
        if (size != 0) {
          c.size(size);
        }
        c.sizeNote(optionalString()).underUnifiedCommand(bool()).voluntary(bool());
        contingents.add(c.build());
      }
      b.contingents(contingents);
      if (bool()) {
        b.command(Command.builder().commander(string()).commanderState(optionalString())
            .appointingBody(Body.valueOf(string())).date(optionalPartialDate())
            .note(optionalString()).build());
      }
      b.tasks(strings()).area(optionalString());
      if (bool()) {
        b.period(period());
      }
      b.unSecurityCouncilInformed(optionalDate()).unSecurityCouncilDecision(optionalDate());
      if (bool()) {
        Completion.Builder c = Completion.builder();
        String body = stringOrNull();
        c.decidingBody(body == null ? Optional.empty() : Optional.of(Body.valueOf(body)))
            .decisionDate(optionalPartialDate()).withdrawalStart(optionalDate())
            .withdrawalEnd(optionalDate()).note(optionalString());
        b.completion(c.build());
      }
      return b.deployed(bool()).sources(strings()).build();
    }
  }
}
