package io.github.cstokit.rules;

import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Instrument;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place that decides whether an instrument, and which text of an amended provision, applies on a
 * date. Every date comes from the facts' instruments (signature, entry into force, the instrument amended):
 * an instrument binds from its entry into force, never from its signature, and an amending protocol
 * changes the text of the articles it replaces from its own entry into force.
 *
 * <p>An instance belongs to one facts object and is made per check; no instance outlives the check that
 * made it, so no facts are retained between checks. Instances are immutable.
 */
final class LawInForce {

  /** How an instrument stands on a date. */
  enum Standing {
    /** The facts do not know the instrument: it is not shown to exist. */
    UNKNOWN,
    /** The date is before the instrument's signature: it did not yet exist. */
    NOT_YET_SIGNED,
    /** Signed on or before the date, but no entry into force on or before the date is known. */
    NOT_SHOWN_IN_FORCE,
    /** In force on the date by the facts. */
    IN_FORCE
  }

  private static final Law.Amendment[] AMENDMENTS = Law.Amendment.values();

  private final CstoFacts facts;
  /** The first day each amendment is in force, as epoch days; {@code Long.MAX_VALUE} if never shown. */
  private final long[] from;

  private LawInForce(CstoFacts facts) {
    this.facts = facts;
    this.from = new long[AMENDMENTS.length];
    for (int i = 0; i < AMENDMENTS.length; i++) {
      Optional<Instrument> known = instrument(facts, AMENDMENTS[i].instrumentId());
      from[i] = known.isPresent() && known.get().entryIntoForce().isPresent()
          ? known.get().entryIntoForce().get().firstDay().toEpochDay()
          : Long.MAX_VALUE;
    }
  }

  /**
   * The law in force under some facts.
   *
   * @param facts the facts
   * @return the law, not null
   */
  static LawInForce of(CstoFacts facts) {
    return new LawInForce(Objects.requireNonNull(facts, "facts"));
  }

  /**
   * The amendments in force on a date: an amendment the facts do not know, or whose entry into force they
   * do not give, leaves the text it would amend as it was.
   *
   * @param date the date
   * @return the mask
   */
  int mask(LocalDate date) {
    long day = date.toEpochDay();
    int mask = 0;
    for (int i = 0; i < from.length; i++) {
      if (day >= from[i]) {
        mask |= AMENDMENTS[i].bit();
      }
    }
    return mask;
  }

  /**
   * How an instrument stands on a date.
   *
   * @param instrumentId the instrument's id
   * @param date the date
   * @return the standing
   */
  Standing standing(String instrumentId, LocalDate date) {
    Optional<Instrument> known = instrument(facts, instrumentId);
    if (known.isEmpty()) {
      return Standing.UNKNOWN;
    }
    Instrument i = known.get();
    if (date.isBefore(i.signed().firstDay())) {
      return Standing.NOT_YET_SIGNED;
    }
    return i.isInForce(date) ? Standing.IN_FORCE : Standing.NOT_SHOWN_IN_FORCE;
  }

  /**
   * The instrument, if the facts know it.
   *
   * @param instrumentId the id
   * @return the instrument
   */
  Optional<Instrument> instrument(String instrumentId) {
    return instrument(facts, instrumentId);
  }

  /**
   * Why an instrument does not apply on a date, in words for a finding's reason; for {@link
   * Standing#IN_FORCE} the text says so.
   *
   * @param instrumentId the id
   * @param date the date
   * @return the reason
   */
  String explain(String instrumentId, LocalDate date) {
    Optional<Instrument> known = instrument(facts, instrumentId);
    String name = known.map(Instrument::shortName).orElse(instrumentId);
    switch (standing(instrumentId, date)) {
      case UNKNOWN:
        return "the facts record no instrument " + instrumentId;
      case NOT_YET_SIGNED:
        return "the " + name + " did not yet exist on " + date + ": signed " + known.get().signed();
      case NOT_SHOWN_IN_FORCE:
        return "the " + name + " (signed " + known.get().signed() + ") is not shown to be in force on " + date
            + known.get().entryIntoForce().map(e -> ": in force from " + e).orElse("");
      default:
        return "the " + name + " is in force on " + date;
    }
  }

  /** {@code facts.instrument(id)}, refusing a facts object that answers null. */
  static Optional<Instrument> instrument(CstoFacts facts, String instrumentId) {
    return Answers.required(facts.instrument(instrumentId), "CstoFacts.instrument(\"" + instrumentId + "\")");
  }
}
