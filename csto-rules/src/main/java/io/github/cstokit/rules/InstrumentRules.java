package io.github.cstokit.rules;

import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks that the instruments a decision relies on are in force on its date ({@link
 * Rule#INSTRUMENT_IN_FORCE}). An instrument binds from its entry into force, never from its signature; the
 * dates come from the facts' instruments. Before its signature an instrument did not exist, and a rule
 * resting on it is {@link Outcome#NOT_APPLICABLE}; signed but with no entry into force on or before the
 * date known to the facts, it is {@link Outcome#INDETERMINATE}; from its entry into force the finding is
 * {@link Outcome#SATISFIED}. An instrument the facts do not know is INDETERMINATE: it is not shown to
 * exist.
 *
 * <pre>{@code
 * InstrumentRules.check("crrf-agreement-2009", LocalDate.of(2010, 1, 1), data).outcome();   // INDETERMINATE
 * InstrumentRules.check("crrf-agreement-2009", LocalDate.of(2022, 1, 6), data).outcome();   // SATISFIED
 * InstrumentRules.check(decision, List.of("peacekeeping-agreement-2007"), data);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: it has no state.
 */
public final class InstrumentRules {

  private InstrumentRules() {}

  /**
   * Checks whether an instrument is in force on a date.
   *
   * @param instrumentId the instrument's id, such as {@code crrf-agreement-2009}, not null
   * @param date the date, not null
   * @param facts the facts, not null
   * @return the verdict, with one finding; not null
   */
  public static Verdict check(String instrumentId, LocalDate date, CstoFacts facts) {
    Objects.requireNonNull(instrumentId, "instrumentId");
    Objects.requireNonNull(date, "date");
    facts = Answers.checked(facts);
    LawInForce law = LawInForce.of(facts);
    List<Finding> out = new ArrayList<>(1);
    out.add(InForce.finding(instrumentId, date, law));
    return Verdict.builder().subject("Instrument " + instrumentId).date(date).findings(out).wordsFrom(facts)
        .build();
  }

  /**
   * Checks that the instruments a decision relies on are in force on the decision's date.
   *
   * @param decision the decision, not null
   * @param instrumentIds the ids of the instruments it relies on, not null; one finding each, in order
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict check(Decision decision, List<String> instrumentIds, CstoFacts facts) {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(instrumentIds, "instrumentIds");
    facts = Answers.checked(facts);
    LawInForce law = LawInForce.of(facts);
    List<Finding> out = new ArrayList<>(instrumentIds.size());
    for (String id : instrumentIds) {
      out.add(InForce.finding(Objects.requireNonNull(id, "instrumentIds element"), decision.date(), law));
    }
    return Verdict.builder().subject(DecisionRules.subject(decision)).date(decision.date()).findings(out)
        .wordsFrom(facts).build();
  }
}
