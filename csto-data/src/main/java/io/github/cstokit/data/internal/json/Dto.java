package io.github.cstokit.data.internal.json;

import java.util.List;
import java.util.Map;

/**
 * The records of the dataset files exactly as they are written in JSON, one record type per kind of
 * object. Every value is nullable here: the loader checks presence, vocabularies, dates and references
 * itself, so that it can report every problem with its JSON pointer, and only then maps the records to
 * the model's types through their builders.
 */
public final class Dto {

  private Dto() {}

  /** An entry of {@code sources.json}. */
  public record Source(
      String id, String title, String publisher, String url, String kind, String date, Boolean weak) {}

  /** An entry of {@code states.json}. */
  public record State(
      String id,
      String isoAlpha3,
      Integer cowCode,
      String cowAbbrev,
      String nameEn,
      String nameRu,
      List<String> nameRuAliases,
      String note,
      List<String> sources) {}

  /** A date alternative: another date for the record's date or start. */
  public record DateAlternative(String date, List<String> sources, String note) {}

  /** A field alternative: another value for a named field. */
  public record FieldAlternative(String field, String value, List<String> sources, String note) {}

  /** An entry of {@code instruments.json}. */
  public record Instrument(
      String id,
      String kind,
      String shortName,
      String title,
      String titleRu,
      String signed,
      String place,
      String inForce,
      String inForceNote,
      String inForceStatus,
      String amends,
      String version,
      String confidence,
      String note,
      List<FieldAlternative> alternatives,
      String choice,
      List<String> sources) {}

  /** An entry of {@code events.json}. */
  public record Event(
      String id,
      String state,
      String type,
      String date,
      String framework,
      String instrument,
      Boolean effective,
      String note,
      List<DateAlternative> alternatives,
      String choice,
      List<String> sources) {}

  /** An entry of {@code organs.json}. */
  public record Organ(
      String id,
      String nameEn,
      String nameRu,
      String abbreviation,
      String abbreviationRu,
      String kind,
      String composition,
      Boolean decides,
      String decisionMode,
      List<String> legalBasis,
      String note,
      List<String> sources) {}

  /** An entry of {@code offices.json}. */
  public record Appointment(
      String id,
      String office,
      String person,
      String personRu,
      String state,
      String start,
      String end,
      Boolean acting,
      String appointedBy,
      String decisionDate,
      String confidence,
      String note,
      List<DateAlternative> alternatives,
      String choice,
      List<String> sources) {}

  /** An entry of {@code chairmanships.json}. */
  public record Chairmanship(
      String id,
      String state,
      String start,
      String end,
      Boolean fragmentary,
      String chairedBy,
      String confidence,
      String note,
      List<String> sources) {}

  /** An entry of {@code sessions.json}. */
  public record Session(
      String id,
      String organ,
      String date,
      String place,
      String host,
      String kind,
      String format,
      String chairState,
      List<String> absent,
      Boolean planned,
      String note,
      List<String> sources) {}

  /** An entry of {@code forces.json}. */
  public record Force(
      String id,
      String nameEn,
      String nameRu,
      String abbreviation,
      String abbreviationRu,
      String established,
      List<String> legalBasis,
      String note,
      List<String> sources) {}

  /**
   * An entry of the {@code decisions} array of {@code mandates.json}, or a document's decision. Its
   * {@code session} is a document's only: the dataset derives a decision's session from
   * {@code sessions.json}.
   */
  public record Decision(
      String id,
      String kind,
      String organ,
      String date,
      String session,
      String matter,
      String matterKind,
      String format,
      String outcome,
      Map<String, String> positions,
      List<String> signatures,
      Map<String, String> joiningDates,
      String instrument,
      String note,
      List<DateAlternative> alternatives,
      String choice,
      List<String> sources) {}

  /** A mandate's request by the host state. */
  public record Request(
      String state,
      List<String> alsoRequestedBy,
      String author,
      String date,
      String addressee,
      String attacker,
      String note,
      List<FieldAlternative> alternatives,
      String choice,
      List<String> sources) {}

  /** A national contingent of a mandate. */
  public record Contingent(
      String state,
      Integer size,
      String sizeNote,
      Boolean underUnifiedCommand,
      Boolean voluntary,
      List<String> sources) {}

  /** The total strength of a mandate. */
  public record Strength(
      Integer personnel,
      Integer equipment,
      String note,
      List<FieldAlternative> alternatives,
      String choice,
      List<String> sources) {}

  /** The command of a mandate. */
  public record Command(
      String commander,
      String commanderRu,
      String commanderState,
      String appointingBody,
      String date,
      String note,
      List<String> sources) {}

  /** The period of a mandate, first and last day included. */
  public record Period(
      String start,
      String end,
      String note,
      List<FieldAlternative> alternatives,
      String choice,
      List<String> sources) {}

  /** When the UN Security Council was informed of a mandate. */
  public record UnscInformed(String date, String note, List<String> sources) {}

  /** How a mandate was completed. */
  public record Completion(
      String decisionBody,
      String decisionDate,
      String withdrawalStart,
      String withdrawalEnd,
      String note,
      List<String> sources) {}

  /** An entry of the {@code mandates} array of {@code mandates.json}. */
  public record Mandate(
      String id,
      String force,
      String host,
      String territory,
      Request request,
      List<String> legalBases,
      String decision,
      List<Contingent> contingents,
      Strength strength,
      Command command,
      List<Command> otherCommands,
      List<String> tasks,
      String area,
      Period period,
      UnscInformed unSecurityCouncilInformed,
      String unSecurityCouncilDecision,
      Completion completion,
      Boolean deployed,
      String note,
      List<String> sources) {}

  /**
   * A document of {@code Documents}: a decision, or a mandate with, optionally, the decision it refers
   * to.
   */
  public record Document(Mandate mandate, Decision decision) {}

  /** One stage or edition of an activity. */
  public record Occurrence(
      String name,
      Integer year,
      String start,
      String end,
      String host,
      List<String> participants,
      Integer personnel,
      Boolean planned,
      String confidence,
      String note,
      List<String> sources) {}

  /** An entry of {@code activities.json}. */
  public record Activity(
      String id,
      String kind,
      String name,
      String nameRu,
      String start,
      List<Occurrence> occurrences,
      String note,
      List<String> sources) {}

  /** An entry of {@code observers.json}. */
  public record Observer(
      String id,
      String kind,
      String holder,
      String holderRu,
      String holderState,
      String organ,
      String since,
      String until,
      String confidence,
      String note,
      List<String> sources) {}
}
