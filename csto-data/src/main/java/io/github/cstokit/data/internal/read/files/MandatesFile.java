package io.github.cstokit.data.internal.read.files;

import io.github.cstokit.data.internal.json.Bound;
import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.read.Fields;
import io.github.cstokit.data.internal.read.Problems;
import io.github.cstokit.data.internal.read.Where;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code mandates.json}: the decisions of the deciding bodies ({@link DecisionRecords}) and the
 * mandates of the collective forces ({@link MandateRecords}), one record mapping for each, the same for
 * the records of a document, each writing its records back beside the reading of them.
 */
public final class MandatesFile {

  /** The file name. */
  public static final String FILE = "mandates.json";

  private final Problems problems;
  private final DecisionRecords decisions;
  private final MandateRecords mandates;

  /**
   * Creates the reader.
   *
   * @param fields the dataset's field checks, not null
   * @param problems where problems go, not null
   * @param instruments the read instruments, for legal bases, not null
   */
  public MandatesFile(Fields fields, Problems problems, InstrumentsFile instruments) {
    this.problems = problems;
    this.decisions = new DecisionRecords(fields);
    this.mandates = new MandateRecords(fields, instruments);
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
      decisions.read(b.dto(), Where.record(problems, FILE, b.pointer()))
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
      this.mandates.read(b.dto(), Where.record(problems, FILE, b.pointer()), forces, decisions)
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
    return decisions.read(d, at);
  }

  /**
   * Makes the sessions a document's decision may name known: a {@code session} is then the id of one
   * of them, of the decision's body, held on the decision's day.
   *
   * @param known the dataset's sessions, not null
   */
  public void knowSessions(List<Session> known) {
    decisions.knowSessions(known);
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
    return mandates.read(d, at, forces, decisions);
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
    return DecisionRecords.write(d);
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
    return MandateRecords.write(m);
  }
}
