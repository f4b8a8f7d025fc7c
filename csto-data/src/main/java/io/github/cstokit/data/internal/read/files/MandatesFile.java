package io.github.cstokit.data.internal.read.files;

import io.github.cstokit.data.internal.json.Bound;
import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.read.Fields;
import io.github.cstokit.data.internal.read.Problems;
import io.github.cstokit.data.internal.read.Vocabulary;
import io.github.cstokit.data.internal.read.Where;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Command;
import io.github.cstokit.model.Completion;
import io.github.cstokit.model.Contingent;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.ForceKind;
import io.github.cstokit.model.HostRequest;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.RecordedOutcome;
import io.github.cstokit.model.Session;
import io.github.cstokit.model.Strength;
import io.github.cstokit.model.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads {@code mandates.json}: the decisions of the deciding bodies and the mandates of the collective
 * forces, one record mapping for each.
 */
public final class MandatesFile {

  /** The file name. */
  public static final String FILE = "mandates.json";

  private final Fields fields;
  private final Problems problems;
  private final InstrumentsFile instruments;
  private final Map<String, Session> sessions = new HashMap<>();

  /**
   * Creates the reader.
   *
   * @param fields the dataset's field checks, not null
   * @param problems where problems go, not null
   * @param instruments the read instruments, for legal bases, not null
   */
  public MandatesFile(Fields fields, Problems problems, InstrumentsFile instruments) {
    this.fields = fields;
    this.problems = problems;
    this.instruments = instruments;
  }

  /**
   * Maps the {@code decisions} array.
   *
   * @param items the bound records, not null
   * @return the decisions that mapped without a problem, by id, in file order
   */
  public Map<String, Decision> decisions(List<Bound<Dto.Decision>> items) {
    Map<String, Decision> map = new LinkedHashMap<>();
    for (Bound<Dto.Decision> b : items) {
      decision(b.dto(), Where.record(problems, FILE, b.pointer()))
          .ifPresent(d -> map.put(b.dto().id(), d));
    }
    return map;
  }

  /**
   * Maps the {@code mandates} array.
   *
   * @param items the bound records, not null
   * @param forces the forces, by id, not null
   * @param decisions the decisions, by id, not null
   * @return the mandates that mapped without a problem
   */
  public List<Mandate> mandates(List<Bound<Dto.Mandate>> items, Map<String, Force> forces,
      Map<String, Decision> decisions) {
    List<Mandate> list = new ArrayList<>();
    for (Bound<Dto.Mandate> b : items) {
      mandate(b.dto(), Where.record(problems, FILE, b.pointer()), forces, decisions)
          .ifPresent(list::add);
    }
    return list;
  }

  /**
   * Maps one decision record.
   *
   * @param d the record, not null
   * @param at the record's place, not null
   * @return the decision, or empty after a problem in the record
   */
  public Optional<Decision> decision(Dto.Decision d, Where at) {
    boolean dataset = fields.isDataset();
    String id = dataset ? fields.required(at, "id", d.id()) : fields.optionalText(at, "id", d.id());
    fields.word(at, "kind", d.kind(), Vocabulary.DECISION_KINDS, dataset);
    Body body = fields.decidingBody(at, "organ", d.organ(), true);
    PartialDate date = fields.requiredDate(at, "date", d.date());
    String matter = fields.required(at, "matter", d.matter());
    Matter matterKind = fields.constant(at, "matterKind", d.matterKind(), Matter.class, false);
    Optional<DecisionFormat> format =
        fields.word(at, "format", d.format(), Vocabulary.DECISION_FORMATS, dataset);
    Optional<RecordedOutcome> outcome =
        fields.word(at, "outcome", d.outcome(), Vocabulary.OUTCOMES, dataset);
    Map<String, Position> positions = new TreeMap<>();
    if (d.positions() != null) {
      for (Map.Entry<String, String> e : d.positions().entrySet()) {
        Where pp = at.at("positions");
        String s = fields.state(pp, e.getKey(), e.getKey(), true);
        Position pos = fields.constant(pp, e.getKey(), e.getValue(), Position.class, true);
        if (s != null && pos != null) {
          positions.put(s, pos);
        }
      }
    }
    List<String> signatures = new ArrayList<>();
    if (d.signatures() != null) {
      for (int i = 0; i < d.signatures().size(); i++) {
        String s = fields.state(at.at("signatures"), String.valueOf(i), d.signatures().get(i), true);
        if (s != null) {
          signatures.add(s);
        }
      }
    }
    fields.reference(at, "instrument", d.instrument(), "instruments", "instrument", false);
    String session = session(at, d.session(), body, date);
    String note = fields.optionalText(at, "note", d.note());
    fields.dateAlternatives(at, d.alternatives(), d.choice());
    List<String> sources = fields.sources(at, d.sources(), true);
    Matter kind = matterKind == null ? Matter.GENERAL : matterKind;
    Optional<DecisionFormat> recorded = format == null ? Optional.of(DecisionFormat.STANDARD) : format;
    return at.build(() -> Decision.builder().id(Optional.ofNullable(id)).body(body).date(date)
        .title(matter).matter(kind).format(recorded.orElse(DecisionFormat.STANDARD))
        .formatKnown(recorded.isPresent()).recordedOutcome(outcome == null ? Optional.empty() : outcome)
        .positions(positions).signatures(signatures).note(Optional.ofNullable(note))
        .sessionId(Optional.ofNullable(session)).sources(sources).build());
  }

  /**
   * Makes the sessions a document's decision may name known: a {@code session} is then the id of one
   * of them, of the decision's body, held on the decision's day.
   *
   * @param known the dataset's sessions, not null
   */
  public void knowSessions(List<Session> known) {
    sessions.clear();
    known.forEach(s -> sessions.put(s.id(), s));
  }

  /**
   * A decision's {@code session}: in {@code mandates.json} none (the dataset links a decision to the
   * session of its body on its day, from {@code sessions.json}); in a document, the id of a known
   * session of the decision's body on the decision's day, or null.
   */
  private String session(Where at, String id, Body body, PartialDate date) {
    if (id == null) {
      return null;
    }
    if (fields.isDataset()) {
      at.at("session").problem("is not given in " + FILE + ": the dataset links a decision dated to"
          + " the day to the session of its body on that day, from " + SessionsFile.FILE);
      return null;
    }
    Session s = sessions.get(id);
    if (s == null) {
      at.at("session").problem("unknown session '" + id + "'");
      return null;
    }
    if (body != null && s.body() != body) {
      at.at("session").problem("session '" + id + "' is of " + s.body().organId() + ", not of the"
          + " decision's organ " + body.organId());
      return null;
    }
    if (date != null && !(date.isExact() && s.date().isExact()
        && date.firstDay().equals(s.date().firstDay()))) {
      at.at("session").problem("session '" + id + "' is dated " + s.date() + ", not on the"
          + " decision's day " + date);
      return null;
    }
    return id;
  }

  /**
   * Maps one mandate record.
   *
   * @param d the record, not null
   * @param at the record's place, not null
   * @param forces the forces, by id, not null
   * @param decisions the decisions, by id, not null
   * @return the mandate, or empty after a problem in the record
   */
  public Optional<Mandate> mandate(Dto.Mandate d, Where at, Map<String, Force> forces,
      Map<String, Decision> decisions) {
    boolean dataset = fields.isDataset();
    String id = fields.required(at, "id", d.id());
    String force = fields.reference(at, "force", d.force(), "forces", "force", false);
    String host = fields.state(at, "host", d.host(), true);
    Territory territory = fields.word(at, "territory", d.territory(), Vocabulary.TERRITORIES, true);
    HostRequest request = request(at.at("request"),
        dataset ? fields.required(at, "request", d.request()) : d.request());
    List<Citation> bases = dataset || d.legalBases() != null
        ? instruments.citations(at, "legalBases", d.legalBases(), false) : List.of();
    String decision = fields.reference(at, "decision", d.decision(), "decisions", "decision", false);
    List<Contingent> contingents = new ArrayList<>();
    if ((dataset ? fields.required(at, "contingents", d.contingents()) : d.contingents()) != null) {
      for (int i = 0; i < d.contingents().size(); i++) {
        contingent(at.at("contingents").at(i), d.contingents().get(i)).ifPresent(contingents::add);
      }
    }
    Strength strength = strength(at.at("strength"), d.strength());
    Command command = command(at.at("command"), d.command());
    List<String> tasks = dataset ? fields.required(at, "tasks", d.tasks())
        : d.tasks() == null ? List.of() : d.tasks();
    String area = fields.optionalText(at, "area", d.area());
    Period period = period(at.at("period"), d.period());
    LocalDate unsc = null;
    if (d.unSecurityCouncilInformed() != null) {
      Dto.UnscInformed u = d.unSecurityCouncilInformed();
      Where up = at.at("unSecurityCouncilInformed");
      unsc = fields.fullDate(up, "date", u.date());
      fields.optionalText(up, "note", u.note());
      fields.sources(up, u.sources(), true);
    }
    LocalDate unscDecision =
        fields.fullDate(at, "unSecurityCouncilDecision", d.unSecurityCouncilDecision());
    Completion completion = completion(at.at("completion"), d.completion());
    Boolean deployed = dataset ? fields.required(at, "deployed", d.deployed())
        : d.deployed() == null ? Boolean.TRUE : d.deployed();
    fields.optionalText(at, "note", d.note());
    List<String> sources = fields.sources(at, d.sources(), true);
    ForceKind forceKind =
        force == null || !forces.containsKey(force) ? ForceKind.OTHER : forces.get(force).kind();
    Optional<Decision> adopted = Optional.ofNullable(decision == null ? null : decisions.get(decision));
    LocalDate unscDate = unsc;
    return at.build(() -> Mandate.builder().id(id).forceKind(forceKind)
        .hostState(host).territory(territory).request(Optional.ofNullable(request))
        .legalBases(bases).decision(adopted).contingents(contingents)
        .strength(Optional.ofNullable(strength))
        .command(Optional.ofNullable(command)).tasks(tasks).area(Optional.ofNullable(area))
        .period(Optional.ofNullable(period)).unSecurityCouncilInformed(Optional.ofNullable(unscDate))
        .unSecurityCouncilDecision(Optional.ofNullable(unscDecision))
        .completion(Optional.ofNullable(completion)).deployed(deployed).sources(sources).build());
  }

  private HostRequest request(Where at, Dto.Request r) {
    if (r == null) {
      return null;
    }
    String state = fields.state(at, "state", r.state(), true);
    String author = fields.required(at, "author", r.author());
    PartialDate date = fields.requiredDate(at, "date", r.date());
    String addressee = fields.isDataset() ? fields.required(at, "addressee", r.addressee())
        : fields.optionalText(at, "addressee", r.addressee());
    fields.optionalText(at, "note", r.note());
    fields.fieldAlternatives(at, r.alternatives(), r.choice());
    List<String> sources = fields.sources(at, r.sources(), true);
    return at.build(() -> HostRequest.builder().state(state).author(author).date(date)
        .addressee(Optional.ofNullable(addressee)).sources(sources).build()).orElse(null);
  }

  private Optional<Contingent> contingent(Where at, Dto.Contingent c) {
    if (c == null) {
      at.problem("must be an object, not null");
      return Optional.empty();
    }
    String state = fields.state(at, "state", c.state(), true);
    String sizeNote = fields.optionalText(at, "sizeNote", c.sizeNote());
    fields.sources(at, c.sources(), true);
    return at.build(() -> {
      Contingent.Builder b = Contingent.builder();
      b.state(state).sizeNote(Optional.ofNullable(sizeNote));
      if (c.size() != null) {
        b.size(c.size());
      }
      if (c.underUnifiedCommand() != null) {
        b.underUnifiedCommand(c.underUnifiedCommand());
      }
      if (c.voluntary() != null) {
        b.voluntary(c.voluntary());
      }
      return b.build();
    });
  }

  /** The strength of a mandate's forces; its alternatives are checked, not kept. */
  private Strength strength(Where at, Dto.Strength s) {
    if (s == null) {
      return null;
    }
    String note = fields.optionalText(at, "note", s.note());
    fields.fieldAlternatives(at, s.alternatives(), s.choice());
    List<String> sources = fields.sources(at, s.sources(), true);
    if (s.personnel() != null && s.personnel() <= 0) {
      at.at("personnel").problem("must be positive");
    }
    if (s.equipment() != null && s.equipment() < 0) {
      at.at("equipment").problem("must not be negative");
    }
    return at.build(() -> {
      Strength.Builder b = Strength.builder().note(Optional.ofNullable(note)).sources(sources);
      if (s.personnel() != null) {
        b.personnel(s.personnel());
      }
      if (s.equipment() != null) {
        b.equipment(s.equipment());
      }
      return b.build();
    }).orElse(null);
  }

  private Command command(Where at, Dto.Command c) {
    if (c == null) {
      return null;
    }
    String commander = fields.required(at, "commander", c.commander());
    fields.optionalText(at, "commanderRu", c.commanderRu());
    String state = fields.state(at, "commanderState", c.commanderState(), fields.isDataset());
    Body body = fields.decidingBody(at, "appointingBody", c.appointingBody(), true);
    PartialDate date = fields.date(at, "date", c.date());
    String note = fields.optionalText(at, "note", c.note());
    fields.sources(at, c.sources(), true);
    return at.build(() -> Command.builder().commander(commander)
        .commanderState(Optional.ofNullable(state))
        .appointingBody(body).date(Optional.ofNullable(date)).note(Optional.ofNullable(note))
        .build()).orElse(null);
  }

  /** A mandate's period, written closed (its end is the last day), read half-open. */
  private Period period(Where at, Dto.Period d) {
    if (d == null) {
      return null;
    }
    PartialDate start = fields.requiredDate(at, "start", d.start());
    PartialDate end = fields.date(at, "end", d.end());
    fields.optionalText(at, "note", d.note());
    fields.fieldAlternatives(at, d.alternatives(), d.choice());
    fields.sources(at, d.sources(), true);
    if (start != null && end != null && end.firstDay().isBefore(start.firstDay())) {
      at.at("end").problem(end + " is before the start " + start);
    }
    return at.build(() -> end == null ? Period.startingOn(start.firstDay())
        : Period.ofClosed(start.firstDay(), end.firstDay())).orElse(null);
  }

  private Completion completion(Where at, Dto.Completion c) {
    if (c == null) {
      return null;
    }
    Body body = fields.decidingBody(at, "decisionBody", c.decisionBody(), fields.isDataset());
    PartialDate decisionDate = fields.date(at, "decisionDate", c.decisionDate());
    LocalDate start = fields.fullDate(at, "withdrawalStart", c.withdrawalStart());
    LocalDate end = fields.fullDate(at, "withdrawalEnd", c.withdrawalEnd());
    String note = fields.optionalText(at, "note", c.note());
    fields.sources(at, c.sources(), true);
    if (start != null && end != null && end.isBefore(start)) {
      at.at("withdrawalEnd").problem(end + " is before the withdrawalStart " + start);
    }
    return at.build(() -> Completion.builder().decidingBody(Optional.ofNullable(body))
        .decisionDate(Optional.ofNullable(decisionDate)).withdrawalStart(Optional.ofNullable(start))
        .withdrawalEnd(Optional.ofNullable(end)).note(Optional.ofNullable(note)).build()).orElse(null);
  }

  /**
   * Writes a decision as a record of the {@code decisions} array: every field the model keeps, as
   * {@link #decision} reads it back.
   *
   * @param d the decision, not null
   * @return the record, not null
   * @throws IllegalArgumentException if its date is outside the years 1900 to 2999
   */
  public static Dto.Decision write(Decision d) {
    Map<String, String> positions = new TreeMap<>();
    d.positions().forEach((state, position) -> positions.put(state, position.name()));
    return new Dto.Decision(d.id().orElse(null), null, d.body().organId(), d.partialDate().toString(),
        d.sessionId().orElse(null), d.title(), d.matter().name(), Vocabulary.spelling(Vocabulary.DECISION_FORMATS, d.recordedFormat()),
        Vocabulary.spelling(Vocabulary.OUTCOMES, d.recordedOutcome()), orNull(positions),
        orNull(List.copyOf(d.signatures())), null, d.note().orElse(null), null, null,
        orNull(d.sources()));
  }

  /**
   * Writes a mandate as a record of the {@code mandates} array: every field the model keeps, as
   * {@link #mandate} reads it back, with its decision by id (the decision itself is written apart) and a
   * contingent's flags only where they are false (true is the default).
   *
   * @param m the mandate, not null
   * @return the record, not null
   * @throws IllegalArgumentException if a legal basis names no version, or a date is outside the years
   *     1900 to 2999
   */
  public static Dto.Mandate write(Mandate m) {
    List<String> bases = new ArrayList<>();
    for (Citation c : m.legalBases()) {
      if (c.version().isEmpty()) {
        throw new IllegalArgumentException("legal basis " + c.text() + " names no version, as in [2010]");
      }
      bases.add(c.text());
    }
    List<Dto.Contingent> contingents = new ArrayList<>();
    for (Contingent c : m.contingents()) {
      contingents.add(new Dto.Contingent(c.state(), c.size().isPresent() ? c.size().getAsInt() : null,
          c.sizeNote().orElse(null), c.underUnifiedCommand() ? null : false,
          c.voluntary() ? null : false, null));
    }
    Dto.Request request = m.request().map(r -> new Dto.Request(r.state(), r.author(),
        r.date().toString(), r.addressee().orElse(null), null, null, null, orNull(r.sources())))
        .orElse(null);
    Dto.Strength strength = m.strength().map(st -> new Dto.Strength(
        st.personnel().isPresent() ? st.personnel().getAsInt() : null,
        st.equipment().isPresent() ? st.equipment().getAsInt() : null, st.note().orElse(null), null,
        null, orNull(st.sources()))).orElse(null);
    Dto.Command command = m.command().map(c -> new Dto.Command(c.commander(), null,
        c.commanderState().orElse(null), c.appointingBody().organId(),
        c.date().map(PartialDate::toString).orElse(null), c.note().orElse(null), null)).orElse(null);
    Dto.Period period = m.period().map(p -> new Dto.Period(day(p.start()),
        p.end().map(end -> day(end.minusDays(1))).orElse(null), null, null, null, null)).orElse(null);
    Dto.UnscInformed informed = m.unSecurityCouncilInformed()
        .map(date -> new Dto.UnscInformed(day(date), null, null)).orElse(null);
    Dto.Completion completion = m.completion().map(c -> new Dto.Completion(
        c.decidingBody().map(Body::organId).orElse(null),
        c.decisionDate().map(PartialDate::toString).orElse(null),
        c.withdrawalStart().map(MandatesFile::day).orElse(null),
        c.withdrawalEnd().map(MandatesFile::day).orElse(null), c.note().orElse(null), null))
        .orElse(null);
    return new Dto.Mandate(m.id(), Vocabulary.spelling(Vocabulary.FORCE_KINDS, m.forceKind()),
        m.hostState(), Vocabulary.spelling(Vocabulary.TERRITORIES, m.territory()), request,
        orNull(bases), m.decision().flatMap(Decision::id).orElse(null), orNull(contingents), strength,
        command, orNull(m.tasks()), m.area().orElse(null), period, informed,
        m.unSecurityCouncilDecision().map(MandatesFile::day).orElse(null), completion, m.deployed(),
        null, orNull(m.sources()));
  }

  /** A full date as written, checked to read back: a year from 1900 to 2999. */
  private static String day(LocalDate date) {
    return PartialDate.of(date).toString();
  }

  private static <T> List<T> orNull(List<T> list) {
    return list.isEmpty() ? null : list;
  }

  private static <K, V> Map<K, V> orNull(Map<K, V> map) {
    return map.isEmpty() ? null : map;
  }
}
