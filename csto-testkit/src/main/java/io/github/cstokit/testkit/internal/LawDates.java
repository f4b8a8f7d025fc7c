package io.github.cstokit.testkit.internal;

import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Framework;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.InstrumentIds;
import io.github.cstokit.model.MembershipTimeline;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.State;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The days of the law the generators follow, read from the facts' instruments: the Treaty's signature
 * and entry into force, the Charter's entry into force (from which the deciding bodies decide), the entry
 * into force of the 2010 protocol amending the Charter (the limited format), the Peacekeeping Agreement's
 * signature and the CRRF Agreement's entry into force. Nothing here holds a date of its own: an instrument
 * the facts do not know, or a date they do not give, yields none.
 *
 * <p>A date known only to the month or year counts from the day after its last day, as the rules do not
 * take such an instrument to exist within that month or year.
 */
public final class LawDates {

  /** The last day of the history the generators draw from: 2026-12-31, a fixed day, not a fact. */
  public static final LocalDate HISTORY_END = LocalDate.of(2026, 12, 31);

  /** The instruments whose days are key days, in the order of the class description. */
  private static final List<String> LAW = List.of(InstrumentIds.TREATY, InstrumentIds.CHARTER,
      InstrumentIds.CHARTER_PROTOCOL_2010, InstrumentIds.PEACEKEEPING_AGREEMENT, InstrumentIds.CRRF_AGREEMENT);

  private LawDates() {}

  /**
   * The day an instrument of the facts was signed.
   *
   * @param facts the facts
   * @param id the instrument id
   * @return the day, or empty if the facts do not know the instrument
   */
  public static Optional<LocalDate> signed(CstoFacts facts, String id) {
    return facts.instrument(id).map(i -> from(i.signed()));
  }

  /**
   * The first day an instrument of the facts is in force.
   *
   * @param facts the facts
   * @param id the instrument id
   * @return the day, or empty if the facts do not know the instrument or give no entry into force
   */
  public static Optional<LocalDate> inForce(CstoFacts facts, String id) {
    return facts.instrument(id).flatMap(Instrument::entryIntoForce).map(LawDates::from);
  }

  /**
   * The first day an instrument is in force, or an {@link IllegalArgumentException} saying what the
   * facts lack.
   *
   * @param facts the facts
   * @param id the instrument id
   * @param what what the day is needed for
   * @return the day
   */
  public static LocalDate requireInForce(CstoFacts facts, String id, String what) {
    return inForce(facts, id).orElseThrow(() -> new IllegalArgumentException(
        "facts must give the entry into force of instrument '" + id + "' (" + what + ")"));
  }

  /**
   * The day an instrument was signed, or an {@link IllegalArgumentException} saying what the facts lack.
   *
   * @param facts the facts
   * @param id the instrument id
   * @param what what the day is needed for
   * @return the day
   */
  public static LocalDate requireSigned(CstoFacts facts, String id, String what) {
    return signed(facts, id).orElseThrow(() -> new IllegalArgumentException(
        "facts must know instrument '" + id + "' (" + what + ")"));
  }

  /**
   * The first day of the history: the Treaty's signature by the facts, else by the model's
   * {@link Framework#TREATY}.
   *
   * @param facts the facts
   * @return the day
   */
  public static LocalDate historyStart(CstoFacts facts) {
    return signed(facts, InstrumentIds.TREATY).orElse(Framework.TREATY.signed());
  }

  /**
   * The key days of the facts, in order and without repeats, from {@link #historyStart} to
   * {@link #HISTORY_END}: the signature of each instrument of the law above, the day before its entry into
   * force and that day; the day before each change of a state's status or participation and that day;
   * and the end of the history.
   *
   * @param facts the facts
   * @return an unmodifiable list
   */
  public static List<LocalDate> keyDays(CstoFacts facts) {
    Objects.requireNonNull(facts, "facts");
    LocalDate first = historyStart(facts);
    TreeSet<LocalDate> days = new TreeSet<>();
    for (String id : LAW) {
      signed(facts, id).ifPresent(days::add);
      inForce(facts, id).ifPresent(day -> {
        days.add(day.minusDays(1));
        days.add(day);
      });
    }
    for (State state : facts.states()) {
      Optional<MembershipTimeline> timeline = facts.timeline(state.isoAlpha2());
      if (timeline.isPresent()) {
        for (LocalDate day : timeline.get().changeDays()) {
          days.add(day.minusDays(1));
          days.add(day);
        }
      }
    }
    days.add(HISTORY_END);
    return List.copyOf(days.subSet(first, true, HISTORY_END, true));
  }

  private static LocalDate from(PartialDate date) {
    return date.isExact() ? date.firstDay() : date.lastDay().plusDays(1);
  }
}
