package io.github.cstokit.rules;

import io.github.cstokit.model.Basis;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Instrument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The finding {@link Rule#INSTRUMENT_IN_FORCE} on whether an instrument applies on a date, and the guard
 * the checks of observer status and arrears put before their own reasoning: a rule resting on an
 * instrument gives NOT_APPLICABLE before its signature and INDETERMINATE while it is not shown in force.
 * The standing itself is decided by {@link LawInForce}.
 */
final class InForce {

  private InForce() {}

  /**
   * A finding with the citations given (rather than all of the rule's).
   *
   * @return the finding
   */
  static Finding of(Rule rule, Outcome outcome, List<Citation> citations, Basis basis, String reason,
      List<String> facts) {
    return Finding.builder().rule(rule).outcome(outcome).citations(citations).basis(basis).reason(reason)
        .facts(facts).build();
  }

  /** The citation of an instrument as a whole: its short name and version, no article. */
  static Citation citation(Instrument instrument) {
    return Citation.builder().shortName(instrument.shortName()).version(instrument.version()).build();
  }

  /**
   * The {@link Rule#INSTRUMENT_IN_FORCE} finding for an instrument on a date. It cites the instrument
   * judged; an instrument the facts do not know is judged under the rule's own citation.
   *
   * @param instrumentId the instrument's id
   * @param date the date judged
   * @param law the law in force under the facts
   * @return the finding
   */
  static Finding finding(String instrumentId, LocalDate date, LawInForce law) {
    Rule r = Rule.INSTRUMENT_IN_FORCE;
    Optional<Instrument> known = law.instrument(instrumentId);
    List<String> f = new ArrayList<>(5);
    f.add("instrument: " + instrumentId + known.map(i -> " (" + i.shortName() + ")").orElse(""));
    f.add("date: " + date);
    if (known.isEmpty()) {
      f.add("recorded: no");
      return of(r, Outcome.INDETERMINATE, r.citationsForMask(0), r.basis(),
          law.explain(instrumentId, date) + ", so it is not shown to be in force", f);
    }
    Instrument i = known.get();
    f.add("signed: " + i.signed());
    f.add("in force: " + i.entryIntoForce().map(Object::toString)
        .orElse("not recorded" + i.inForceStatus().map(s -> " (" + s + ")").orElse("")));
    List<Citation> cite = List.of(citation(i));
    switch (law.standing(instrumentId, date)) {
      case NOT_YET_SIGNED:
        return of(r, Outcome.NOT_APPLICABLE, cite, r.basis(), law.explain(instrumentId, date), f);
      case NOT_SHOWN_IN_FORCE:
        return of(r, Outcome.INDETERMINATE, cite, r.basis(),
            law.explain(instrumentId, date) + "; an instrument binds from its entry into force, not its"
                + " signature",
            f);
      default:
        return of(r, Outcome.SATISFIED, cite, r.basis(), law.explain(instrumentId, date), f);
    }
  }

  /**
   * The finding a rule gives when the instrument it rests on does not apply normally on the date, or
   * empty when the instrument is in force: NOT_APPLICABLE before its signature, INDETERMINATE when it is
   * signed but not shown in force, or unknown to the facts.
   *
   * @param rule the rule
   * @param citations the citations of the finding
   * @param instrumentId the instrument the rule rests on
   * @param date the date judged
   * @param law the law in force under the facts
   * @param facts the facts the rule read so far
   * @return the finding, or empty if the instrument is in force on the date
   */
  static Optional<Finding> guard(Rule rule, List<Citation> citations, String instrumentId, LocalDate date,
      LawInForce law, List<String> facts) {
    switch (law.standing(instrumentId, date)) {
      case IN_FORCE:
        return Optional.empty();
      case NOT_YET_SIGNED:
        return Optional.of(of(rule, Outcome.NOT_APPLICABLE, citations, rule.basis(),
            law.explain(instrumentId, date), facts));
      case UNKNOWN:
        return Optional.of(of(rule, Outcome.INDETERMINATE, citations, rule.basis(),
            law.explain(instrumentId, date) + ", so it is not shown to be in force", facts));
      default:
        return Optional.of(of(rule, Outcome.INDETERMINATE, citations, rule.basis(),
            law.explain(instrumentId, date) + "; it binds from its entry into force, not its signature",
            facts));
    }
  }
}
