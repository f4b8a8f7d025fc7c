package io.github.cstokit.data.internal.read.files;

import static io.github.cstokit.data.internal.read.files.Written.day;
import static io.github.cstokit.data.internal.read.files.Written.orNull;

import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.read.Fields;
import io.github.cstokit.data.internal.read.Vocabulary;
import io.github.cstokit.data.internal.read.Where;
import io.github.cstokit.model.AlternativeValue;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.DecisionKind;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.RecordedOutcome;
import io.github.cstokit.model.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The decision records of {@code mandates.json} and of a document: a decision's fields and, in a
 * document, the known session it names.
 */
final class DecisionRecords {

  private final Fields fields;
  private final Map<String, Session> sessions = new HashMap<>();

  DecisionRecords(Fields fields) {
    this.fields = fields;
  }

  /**
   * Maps one decision record.
   *
   * @param d the record, not null
   * @param at the record's place, not null
   * @return the decision, or empty after a problem in the record
   */
  Optional<Decision> read(Dto.Decision d, Where at) {
    boolean dataset = fields.isDataset();
    String id = dataset ? fields.required(at, "id", d.id()) : fields.optionalText(at, "id", d.id());
    DecisionKind recordKind = fields.constant(at, "kind", d.kind(), DecisionKind.class, dataset);
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
    List<String> signed = fields.states(at, "signatures", d.signatures());
    List<String> signatures = signed == null ? List.of() : signed;
    Map<String, LocalDate> joiningDates = joiningDates(d, at, date, positions, signatures);
    String instrument =
        fields.reference(at, "instrument", d.instrument(), "instruments", "instrument", false);
    String session = session(at, d.session(), body, date);
    String note = fields.optionalText(at, "note", d.note());
    List<AlternativeValue> alternatives = fields.alternatives().dates(at, d.alternatives(), d.choice());
    List<String> sources = fields.sources(at, d.sources(), true);
    Matter kind = matterKind == null ? Matter.GENERAL : matterKind;
    Optional<DecisionFormat> recorded = format == null ? Optional.of(DecisionFormat.STANDARD) : format;
    return at.build(() -> Decision.builder().id(Optional.ofNullable(id)).body(body).date(date)
        .title(matter).matter(kind).format(recorded.orElse(DecisionFormat.STANDARD))
        .formatKnown(recorded.isPresent()).recordedOutcome(outcome == null ? Optional.empty() : outcome)
        .positions(positions).signatures(signatures).joiningDates(joiningDates).note(Optional.ofNullable(note))
        .sessionId(Optional.ofNullable(session)).sources(sources).kind(Optional.ofNullable(recordKind))
        .instrumentId(Optional.ofNullable(instrument)).alternatives(alternatives)
        .choice(Optional.ofNullable(d.choice())).build());
  }

  /**
   * A decision's {@code joiningDates}: for each state that signed or has the position
   * {@code JOINED_LATER}, the day, on or after the decision's date, on which it did so.
   */
  private Map<String, LocalDate> joiningDates(Dto.Decision d, Where at, PartialDate date,
      Map<String, Position> positions, List<String> signatures) {
    Map<String, LocalDate> days = new TreeMap<>();
    if (d.joiningDates() == null) {
      return days;
    }
    Where jj = at.at("joiningDates");
    for (Map.Entry<String, String> e : d.joiningDates().entrySet()) {
      String s = fields.state(jj, e.getKey(), e.getKey(), true);
      LocalDate day = fields.fullDate(jj, e.getKey(), e.getValue());
      if (s == null || day == null) {
        continue;
      }
      if (!signatures.contains(s) && positions.get(s) != Position.JOINED_LATER) {
        jj.at(s).problem(s + " neither signed nor has the position JOINED_LATER");
      } else if (date != null && day.isBefore(date.firstDay())) {
        jj.at(s).problem(day + " is before the decision's date " + date);
      } else {
        days.put(s, day);
      }
    }
    return days;
  }

  /**
   * Makes the sessions a document's decision may name known: a {@code session} is then the id of one
   * of them, of the decision's body, held on the decision's day.
   *
   * @param known the dataset's sessions, not null
   */
  void knowSessions(List<Session> known) {
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
      at.at("session").problem("is not given in " + MandatesFile.FILE + ": the dataset links a"
          + " decision dated to the day to the session of its body on that day, from "
          + SessionsFile.FILE);
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

  /** See {@link MandatesFile#write(Decision)}: the record {@link #read} reads back. */
  static Dto.Decision write(Decision d) {
    Map<String, String> positions = new TreeMap<>();
    d.positions().forEach((state, position) -> positions.put(state, position.name()));
    List<Dto.DateAlternative> alternatives = new ArrayList<>();
    for (AlternativeValue a : d.alternatives()) {
      alternatives.add(new Dto.DateAlternative(a.value(), a.sources(), a.note().orElse(null)));
    }
    Map<String, String> joiningDates = new TreeMap<>();
    d.joiningDates().forEach((state, day) -> joiningDates.put(state, day(day)));
    return new Dto.Decision(d.id().orElse(null), d.kind().map(Enum::name).orElse(null),
        d.body().organId(), d.partialDate().toString(),
        d.sessionId().orElse(null), d.title(), d.matter().name(),
        Vocabulary.spelling(Vocabulary.DECISION_FORMATS, d.recordedFormat()),
        Vocabulary.spelling(Vocabulary.OUTCOMES, d.recordedOutcome()), orNull(positions),
        orNull(List.copyOf(d.signatures())), orNull(joiningDates), d.instrumentId().orElse(null),
        d.note().orElse(null), orNull(alternatives), d.choice().orElse(null), orNull(d.sources()));
  }
}
