package io.github.cstokit.data.internal.read.files;

import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.read.Vocabulary;
import io.github.cstokit.model.AlternativeValue;
import io.github.cstokit.model.Attestation;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Command;
import io.github.cstokit.model.Contingent;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.HostRequest;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Strength;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Writes decisions and mandates as the records {@link MandatesFile} reads: every field the model keeps,
 * an empty value or list left out.
 */
final class MandatesWriter {

  private MandatesWriter() {}

  /** See {@link MandatesFile#write(Decision)}. */
  static Dto.Decision decision(Decision d) {
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

  /** See {@link MandatesFile#write(Mandate)}. */
  static Dto.Mandate mandate(Mandate m) {
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
        c.withdrawalStart().map(MandatesWriter::day).orElse(null),
        c.withdrawalEnd().map(MandatesWriter::day).orElse(null), c.note().orElse(null),
        orNull(c.sources())))
        .orElse(null);
    return new Dto.Mandate(m.id(), Vocabulary.spelling(Vocabulary.FORCE_KINDS, m.forceKind()),
        m.hostState(), Vocabulary.spelling(Vocabulary.TERRITORIES, m.territory()),
        m.request().map(MandatesWriter::request).orElse(null), orNull(bases),
        m.decision().flatMap(Decision::id).orElse(null), orNull(contingents),
        m.strength().map(MandatesWriter::strength).orElse(null),
        m.command().map(MandatesWriter::command).orElse(null), orNull(otherCommands),
        orNull(m.tasks()), m.area().orElse(null), period, informed,
        m.unSecurityCouncilDecision().map(MandatesWriter::day).orElse(null), completion, m.deployed(),
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
    alternatives(MandateRecords.PERSONNEL, s.personnelAlternatives(), alternatives);
    alternatives(MandateRecords.EQUIPMENT, s.equipmentAlternatives(), alternatives);
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

  /** A full date as written, checked to read back: a year from 1900 to 2999. */
  private static String day(LocalDate date) {
    return PartialDate.of(date).toString();
  }

  private static Integer orNull(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  private static <T> List<T> orNull(List<T> list) {
    return list.isEmpty() ? null : list;
  }

  private static <K, V> Map<K, V> orNull(Map<K, V> map) {
    return map.isEmpty() ? null : map;
  }
}
