package io.github.cstokit.rules;

import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.InForceStatus;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.InstrumentKind;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place that decides whether an instrument, and which text of an amended provision, applies on a
 * date. Every date comes from the facts' instruments (signature, entry into force, the instrument amended):
 * an instrument binds from its entry into force, never from its signature, and an amending protocol
 * changes the text of the articles it replaces from its own entry into force.
 *
 * <p>A decision or set of regulations of a Council ({@link InstrumentKind#DECISION},
 * {@link InstrumentKind#REGULATIONS}) for which the facts give no entry into force applies from the day it
 * was taken, its {@link Instrument#signed()} date, unless the record says its entry into force is not
 * established ({@link Instrument#inForceStatus()} {@link InForceStatus#NOT_ESTABLISHED}): then it is not
 * shown to be in force, as the record says. Every other instrument applies only from a recorded entry
 * into force. Before the signature (or adoption) the instrument did not exist; between the
 * signature and a recorded entry into force, or with no entry into force recorded, it is not shown to be
 * in force. Where a date is known only to the month or year and the day judged falls within it, the
 * instrument is not shown to exist on that day.
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
  /** The facts' answers, by instrument id, asked once per id. */
  private final Map<String, Optional<Instrument>> known = new HashMap<>(8);
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
    Optional<Instrument> found = instrument(instrumentId);
    if (found.isEmpty()) {
      return Standing.UNKNOWN;
    }
    Instrument i = found.get();
    if (date.isBefore(i.signed().firstDay())) {
      return Standing.NOT_YET_SIGNED;
    }
    Optional<LocalDate> from = inForceFrom(i);
    return from.isPresent() && !date.isBefore(from.get()) ? Standing.IN_FORCE : Standing.NOT_SHOWN_IN_FORCE;
  }

  /**
   * The first day an instrument is in force by the facts: its entry into force if recorded (the last day
   * the date may be, if it is known only to the month or year); else, for a decision or regulations of a
   * Council, the day it was taken, unless the record says its entry into force is not established
   * ({@link InForceStatus#NOT_ESTABLISHED}).
   */
  private static Optional<LocalDate> inForceFrom(Instrument i) {
    if (i.entryIntoForce().isPresent()) {
      return Optional.of(i.entryIntoForce().get().lastDay());
    }
    if (i.inForceStatus().isPresent() && i.inForceStatus().get() == InForceStatus.NOT_ESTABLISHED) {
      return Optional.empty();
    }
    if (i.kind() == InstrumentKind.DECISION || i.kind() == InstrumentKind.REGULATIONS) {
      return Optional.of(i.signed().lastDay());
    }
    return Optional.empty();
  }

  /**
   * The instrument, if the facts know it; the facts are asked once per id.
   *
   * @param instrumentId the id
   * @return the instrument
   */
  Optional<Instrument> instrument(String instrumentId) {
    Optional<Instrument> i = known.get(instrumentId);
    if (i == null) {
      i = instrument(facts, instrumentId);
      known.put(instrumentId, i);
    }
    return i;
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
    Optional<Instrument> found = instrument(instrumentId);
    String name = found.map(Instrument::shortName).orElse(instrumentId);
    switch (standing(instrumentId, date)) {
      case UNKNOWN:
        return "the facts record no instrument " + instrumentId + ", so it is not shown to be in force on "
            + date;
      case NOT_YET_SIGNED:
        return "the " + name + " did not yet exist on " + date + ": signed " + found.get().signed();
      case NOT_SHOWN_IN_FORCE:
        return "the " + name + " (signed " + found.get().signed() + ") is not shown to be in force on " + date
            + found.get().entryIntoForce().map(e -> ": in force from " + e)
                .orElse(notEstablishedCouncilAct(found.get())
                    ? ": no entry into force is recorded, and the sources do not establish it (a Council act is"
                        + " otherwise taken to apply from the day it was taken)"
                    : ": no entry into force is recorded");
      default:
        return "the " + name + " is in force on " + date + presumption(found.get());
    }
  }

  /** Whether a Council act's record says its entry into force is not established. */
  private static boolean notEstablishedCouncilAct(Instrument i) {
    return (i.kind() == InstrumentKind.DECISION || i.kind() == InstrumentKind.REGULATIONS)
        && i.inForceStatus().isPresent() && i.inForceStatus().get() == InForceStatus.NOT_ESTABLISHED;
  }

  /** How an instrument with no recorded entry into force is in force, in words; empty if one is recorded. */
  private static String presumption(Instrument i) {
    if (i.entryIntoForce().isPresent()) {
      return "";
    }
    if (i.inForceStatus().isPresent() && i.inForceStatus().get() == InForceStatus.NOT_SUBJECT) {
      return " (not subject to entry into force: it took effect when taken, " + i.signed() + ")";
    }
    if (i.inForceStatus().isPresent() && i.inForceStatus().get() == InForceStatus.PRESUMED_ON_SIGNATURE) {
      return " (presumed in force from its adoption, " + i.signed() + "; not confirmed by the sources)";
    }
    return " (no entry into force is recorded; a Council act applies from the day it was taken, "
        + i.signed() + ")";
  }

  /**
   * The law on one date: the amendments in force and the standing of instruments, for the findings of a
   * check judged on that date.
   *
   * @param date the date
   * @return the law on the date, not null
   */
  On on(LocalDate date) {
    return new On(this, Objects.requireNonNull(date, "date"), mask(date));
  }

  /** The law on one date, as the findings of a check see it. Not thread-safe; used by one check. */
  static final class On {
    final LawInForce law;
    final LocalDate date;
    final int mask;

    private On(LawInForce law, LocalDate date, int mask) {
      this.law = law;
      this.date = date;
      this.mask = mask;
    }

    /** Whether an amendment is in force on the date. */
    boolean has(Law.Amendment amendment) {
      return Law.has(mask, amendment);
    }

    /** The same law on another date. */
    On on(LocalDate other) {
      return other.equals(date) ? this : law.on(other);
    }

    /** How an instrument stands on the date. */
    Standing standing(String instrumentId) {
      return law.standing(instrumentId, date);
    }

    /** Why an instrument does or does not apply on the date, in words. */
    String explain(String instrumentId) {
      return law.explain(instrumentId, date);
    }
  }

  /** {@code facts.instrument(id)}, refusing a facts object that answers null. */
  static Optional<Instrument> instrument(CstoFacts facts, String instrumentId) {
    return Answers.required(facts.instrument(instrumentId), "instrument", instrumentId);
  }
}
