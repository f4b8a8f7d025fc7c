package io.github.cstokit.data.internal.read.files;

import static io.github.cstokit.data.internal.read.files.Written.day;
import static io.github.cstokit.data.internal.read.files.Written.orNull;

import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.read.Fields;
import io.github.cstokit.data.internal.read.Vocabulary;
import io.github.cstokit.data.internal.read.Where;
import io.github.cstokit.model.AlternativeValue;
import io.github.cstokit.model.Attacker;
import io.github.cstokit.model.Attestation;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Command;
import io.github.cstokit.model.Completion;
import io.github.cstokit.model.Contingent;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.ForceKind;
import io.github.cstokit.model.HostRequest;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Strength;
import io.github.cstokit.model.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mandate records of {@code mandates.json} and of a document: a mandate with its request,
 * contingents, strength, commands, period and completion.
 */
final class MandateRecords {

  /** The {@code field} of a strength's alternative personnel figure. */
  static final String PERSONNEL = "personnel";
  /** The {@code field} of a strength's alternative equipment figure. */
  static final String EQUIPMENT = "equipment";

  private final Fields fields;
  private final InstrumentsFile instruments;

  MandateRecords(Fields fields, InstrumentsFile instruments) {
    this.fields = fields;
    this.instruments = instruments;
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
  Optional<Mandate> read(Dto.Mandate d, Where at, Map<String, Force> forces,
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
    List<Command> otherCommands = otherCommands(at, d.otherCommands(), d.command() != null);
    List<String> tasks = dataset ? fields.required(at, "tasks", d.tasks())
        : d.tasks() == null ? List.of() : d.tasks();
    String area = fields.optionalText(at, "area", d.area());
    Dated dated = period(at.at("period"), d.period());
    Period period = dated.period();
    LocalDate unsc = null;
    String unscNote = null;
    List<String> unscSources = List.of();
    if (d.unSecurityCouncilInformed() != null) {
      Dto.UnscInformed u = d.unSecurityCouncilInformed();
      Where up = at.at("unSecurityCouncilInformed");
      unsc = fields.fullDate(up, "date", u.date());
      unscNote = fields.optionalText(up, "note", u.note());
      unscSources = fields.sources(up, u.sources(), true);
    }
    LocalDate unscDecision =
        fields.fullDate(at, "unSecurityCouncilDecision", d.unSecurityCouncilDecision());
    Completion completion = completion(at.at("completion"), d.completion());
    Boolean deployed = dataset ? fields.required(at, "deployed", d.deployed())
        : d.deployed() == null ? Boolean.TRUE : d.deployed();
    String note = fields.optionalText(at, "note", d.note());
    List<String> sources = fields.sources(at, d.sources(), true);
    ForceKind forceKind =
        force == null || !forces.containsKey(force) ? ForceKind.OTHER : forces.get(force).kind();
    Optional<Decision> adopted = Optional.ofNullable(decision == null ? null : decisions.get(decision));
    LocalDate unscDate = unsc;
    String informedNote = unscNote;
    List<String> informedSources = unscSources;
    return at.build(() -> Mandate.builder().id(id).forceKind(forceKind)
        .hostState(host).territory(territory).request(Optional.ofNullable(request))
        .legalBases(bases).decision(adopted).contingents(contingents)
        .strength(Optional.ofNullable(strength))
        .command(Optional.ofNullable(command)).otherCommands(otherCommands).tasks(tasks).area(Optional.ofNullable(area))
        .period(Optional.ofNullable(period)).unSecurityCouncilInformed(Optional.ofNullable(unscDate))
        .unSecurityCouncilDecision(Optional.ofNullable(unscDecision))
        .unSecurityCouncilInformedAttestation(Attestation.of(Optional.ofNullable(informedNote),
            List.of(), Optional.empty(), informedSources))
        .completion(Optional.ofNullable(completion)).deployed(deployed).sources(sources)
        .note(Optional.ofNullable(note))
        .periodAttestation(Attestation.of(Optional.ofNullable(dated.note()), dated.alternatives(),
            Optional.ofNullable(dated.choice()), dated.sources()))
        .build());
  }

  private HostRequest request(Where at, Dto.Request r) {
    if (r == null) {
      return null;
    }
    String state = fields.state(at, "state", r.state(), true);
    List<String> also = fields.states(at, "alsoRequestedBy", r.alsoRequestedBy());
    if (also != null && state != null && also.contains(state)) {
      at.at("alsoRequestedBy").at(r.alsoRequestedBy().indexOf(state))
          .problem("repeats the requesting state '" + state + "'");
    }
    String author = fields.required(at, "author", r.author());
    PartialDate date = fields.requiredDate(at, "date", r.date());
    String addressee = fields.isDataset() ? fields.required(at, "addressee", r.addressee())
        : fields.optionalText(at, "addressee", r.addressee());
    Attacker attacker = fields.constant(at, "attacker", r.attacker(), Attacker.class, false);
    String note = fields.optionalText(at, "note", r.note());
    List<AlternativeValue> alternatives = fields.alternatives().fields(at, r.alternatives(), r.choice());
    List<String> sources = fields.sources(at, r.sources(), true);
    return at.build(() -> HostRequest.builder().state(state)
        .alsoRequestedBy(also == null ? List.of() : also).author(author).date(date)
        .addressee(Optional.ofNullable(addressee)).attacker(Optional.ofNullable(attacker)).sources(sources)
        .note(Optional.ofNullable(note))
        .alternatives(alternatives).choice(Optional.ofNullable(r.choice())).build()).orElse(null);
  }

  private Optional<Contingent> contingent(Where at, Dto.Contingent c) {
    if (c == null) {
      at.problem("must be an object, not null");
      return Optional.empty();
    }
    String state = fields.state(at, "state", c.state(), true);
    String sizeNote = fields.optionalText(at, "sizeNote", c.sizeNote());
    List<String> sources = fields.sources(at, c.sources(), true);
    return at.build(() -> {
      Contingent.Builder b = Contingent.builder();
      b.state(state).sizeNote(Optional.ofNullable(sizeNote)).sources(sources);
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

  /** The strength of a mandate's forces, with the other figures the sources give. */
  private Strength strength(Where at, Dto.Strength s) {
    if (s == null) {
      return null;
    }
    String note = fields.optionalText(at, "note", s.note());
    Map<String, List<AlternativeValue>> alternatives =
        fields.alternatives().fields(at, s.alternatives(), s.choice(), Vocabulary.STRENGTH_FIGURES);
    List<String> sources = fields.sources(at, s.sources(), true);
    fields.positive(at, "personnel", s.personnel());
    if (s.equipment() != null && s.equipment() < 0) {
      at.at("equipment").problem("must not be negative");
    }
    return at.build(() -> {
      Strength.Builder b = Strength.builder().note(Optional.ofNullable(note)).sources(sources)
          .personnelAlternatives(alternatives.getOrDefault(PERSONNEL, List.of()))
          .equipmentAlternatives(alternatives.getOrDefault(EQUIPMENT, List.of()))
          .choice(Optional.ofNullable(s.choice()));
      if (s.personnel() != null) {
        b.personnel(s.personnel());
      }
      if (s.equipment() != null) {
        b.equipment(s.equipment());
      }
      return b.build();
    }).orElse(null);
  }

  /** The commanders besides the command, each read as the command is; only with a command. */
  private List<Command> otherCommands(Where at, List<Dto.Command> list, boolean withCommand) {
    List<Command> commands = new ArrayList<>();
    if (list == null) {
      return commands;
    }
    if (!withCommand) {
      at.at("otherCommands").problem("is given only together with a command");
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        at.at("otherCommands").at(i).problem("must be an object, not null");
      } else {
        Command c = command(at.at("otherCommands").at(i), list.get(i));
        if (c != null) {
          commands.add(c);
        }
      }
    }
    return commands;
  }

  private Command command(Where at, Dto.Command c) {
    if (c == null) {
      return null;
    }
    String commander = fields.required(at, "commander", c.commander());
    String commanderRu = fields.optionalText(at, "commanderRu", c.commanderRu());
    String state = fields.state(at, "commanderState", c.commanderState(), fields.isDataset());
    Body body = fields.decidingBody(at, "appointingBody", c.appointingBody(), true);
    PartialDate date = fields.date(at, "date", c.date());
    String note = fields.optionalText(at, "note", c.note());
    List<String> sources = fields.sources(at, c.sources(), true);
    return at.build(() -> Command.builder().commander(commander)
        .commanderRu(Optional.ofNullable(commanderRu)).commanderState(Optional.ofNullable(state))
        .appointingBody(body).date(Optional.ofNullable(date)).note(Optional.ofNullable(note))
        .sources(sources).build()).orElse(null);
  }

  /** A mandate's period read with what its record says of it; all null or empty without a period. */
  private record Dated(Period period, String note, List<AlternativeValue> alternatives, String choice,
      List<String> sources) {
    static final Dated NONE = new Dated(null, null, List.of(), null, List.of());
  }

  /** A mandate's period, written closed (its end is the last day), read half-open. */
  private Dated period(Where at, Dto.Period d) {
    if (d == null) {
      return Dated.NONE;
    }
    PartialDate start = fields.requiredDate(at, "start", d.start());
    PartialDate end = fields.date(at, "end", d.end());
    String note = fields.optionalText(at, "note", d.note());
    List<AlternativeValue> alternatives = fields.alternatives().fields(at, d.alternatives(), d.choice());
    List<String> sources = fields.sources(at, d.sources(), true);
    fields.endNotBeforeStart(at, start, end);
    Period period = at.build(() -> end == null ? Period.startingOn(start.firstDay())
        : Period.ofClosed(start.firstDay(), end.firstDay())).orElse(null);
    return period == null ? Dated.NONE
        : new Dated(period, note, alternatives, d.choice(), sources);
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
    List<String> sources = fields.sources(at, c.sources(), true);
    if (start != null && end != null && end.isBefore(start)) {
      at.at("withdrawalEnd").problem(end + " is before the withdrawalStart " + start);
    }
    return at.build(() -> Completion.builder().decidingBody(Optional.ofNullable(body))
        .decisionDate(Optional.ofNullable(decisionDate)).withdrawalStart(Optional.ofNullable(start))
        .withdrawalEnd(Optional.ofNullable(end)).note(Optional.ofNullable(note)).sources(sources)
        .build()).orElse(null);
  }

  /** See {@link MandatesFile#write(Mandate)}: the record {@link #read} reads back. */
  static Dto.Mandate write(Mandate m) {
    List<String> bases = new ArrayList<>();
    for (Citation c : m.legalBases()) {
      if (c.version().isEmpty()) {
        throw new IllegalArgumentException("legal basis " + c.text() + " names no version, as in [2010]");
      }
      bases.add(c.text());
    }
    List<Dto.Contingent> contingents = new ArrayList<>();
    for (Contingent c : m.contingents()) {
      contingents.add(new Dto.Contingent(c.state(), orNull(c.size()), c.sizeNote().orElse(null),
          c.underUnifiedCommand() ? null : false, c.voluntary() ? null : false, orNull(c.sources())));
    }
    List<Dto.Command> otherCommands = new ArrayList<>();
    m.otherCommands().forEach(c -> otherCommands.add(command(c)));
    Optional<Attestation> days = m.periodAttestation();
    Dto.Period period = m.period().map(p -> new Dto.Period(day(p.start()),
        p.end().map(end -> day(end.minusDays(1))).orElse(null),
        days.flatMap(Attestation::note).orElse(null),
        days.map(a -> orNull(alternatives(a.alternatives()))).orElse(null),
        days.flatMap(Attestation::choice).orElse(null),
        days.map(a -> orNull(a.sources())).orElse(null))).orElse(null);
    Optional<Attestation> notice = m.unSecurityCouncilInformedAttestation();
    Dto.UnscInformed informed = m.unSecurityCouncilInformed()
        .map(date -> new Dto.UnscInformed(day(date), notice.flatMap(Attestation::note).orElse(null),
            notice.map(a -> orNull(a.sources())).orElse(null))).orElse(null);
    Dto.Completion completion = m.completion().map(c -> new Dto.Completion(
        c.decidingBody().map(Body::organId).orElse(null),
        c.decisionDate().map(PartialDate::toString).orElse(null),
        c.withdrawalStart().map(Written::day).orElse(null),
        c.withdrawalEnd().map(Written::day).orElse(null), c.note().orElse(null),
        orNull(c.sources())))
        .orElse(null);
    return new Dto.Mandate(m.id(), Vocabulary.spelling(Vocabulary.FORCE_KINDS, m.forceKind()),
        m.hostState(), Vocabulary.spelling(Vocabulary.TERRITORIES, m.territory()),
        m.request().map(MandateRecords::request).orElse(null), orNull(bases),
        m.decision().flatMap(Decision::id).orElse(null), orNull(contingents),
        m.strength().map(MandateRecords::strength).orElse(null),
        m.command().map(MandateRecords::command).orElse(null), orNull(otherCommands),
        orNull(m.tasks()), m.area().orElse(null), period, informed,
        m.unSecurityCouncilDecision().map(Written::day).orElse(null), completion, m.deployed(),
        m.note().orElse(null), orNull(m.sources()));
  }

  private static Dto.Request request(HostRequest r) {
    return new Dto.Request(r.state(), orNull(List.copyOf(r.alsoRequestedBy())), r.author(),
        r.date().toString(), r.addressee().orElse(null), r.attacker().map(Enum::name).orElse(null),
        r.note().orElse(null),
        orNull(alternatives(r.alternatives())), r.choice().orElse(null), orNull(r.sources()));
  }

  /** A strength, its alternative personnel figures before its equipment figures. */
  private static Dto.Strength strength(Strength s) {
    List<Dto.FieldAlternative> alternatives = new ArrayList<>();
    alternatives(PERSONNEL, s.personnelAlternatives(), alternatives);
    alternatives(EQUIPMENT, s.equipmentAlternatives(), alternatives);
    return new Dto.Strength(orNull(s.personnel()), orNull(s.equipment()), s.note().orElse(null),
        orNull(alternatives), s.choice().orElse(null), orNull(s.sources()));
  }

  private static void alternatives(String field, List<AlternativeValue> values,
      List<Dto.FieldAlternative> into) {
    for (AlternativeValue a : values) {
      into.add(new Dto.FieldAlternative(field, a.value(), a.sources(), a.note().orElse(null)));
    }
  }

  /** Alternatives for named fields, each written with the field it names. */
  private static List<Dto.FieldAlternative> alternatives(List<AlternativeValue> values) {
    List<Dto.FieldAlternative> list = new ArrayList<>();
    for (AlternativeValue a : values) {
      list.add(new Dto.FieldAlternative(a.field().orElseThrow(), a.value(), a.sources(),
          a.note().orElse(null)));
    }
    return list;
  }

  private static Dto.Command command(Command c) {
    return new Dto.Command(c.commander(), c.commanderRu().orElse(null), c.commanderState().orElse(null),
        c.appointingBody().organId(), c.date().map(PartialDate::toString).orElse(null),
        c.note().orElse(null), orNull(c.sources()));
  }
}
