package io.github.cstokit.testkit;

import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Framework;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.InstrumentIds;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipEventType;
import io.github.cstokit.model.MembershipTimeline;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.State;
import io.github.cstokit.testkit.internal.FixedFacts;
import io.github.cstokit.testkit.internal.LawDates;
import io.github.cstokit.testkit.internal.Reference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Generators of the CSTO's basic values: states, dates of the Treaty's history, periods, citations,
 * membership events and consistent timelines, synthetic scenarios, and draws anchored in given facts
 * (such as the bundled dataset, which implements {@link CstoFacts}).
 *
 * <p><b>Real facts come from the facts you give.</b> States, instruments and the days of the law
 * (the Treaty's and the Charter's signature and entry into force, the 2010 protocol's, the force
 * agreements') are read from a {@link CstoFacts} passed in, such as {@code CstoData.bundled()} or a
 * {@link Scenario}: {@link #stateOf(CstoFacts)}, {@link #states(CstoFacts)}, {@link #instrumentOf(CstoFacts)},
 * {@link #citationOf(CstoFacts)}, {@link #keyDates(CstoFacts)}, {@link #dates(CstoFacts)},
 * {@link #memberOn(CstoFacts, Gen)}, {@link #membershipEvents(CstoFacts)}, {@link #scenarios(CstoFacts)}
 * and {@link #cases(CstoFacts, Function)}; the decision and mandate generators take the facts too. The
 * no-argument methods that return a fixed copy of real facts ({@link #realStates()},
 * {@link #realStateList()}, {@link #referenceInstruments()}, {@link #states()}, {@link #KEY_DATES},
 * {@link #REAL_STATE_CODES}, {@link #membershipEvents()}) are deprecated.
 *
 * <p><b>Hypothetical states.</b> {@link #hypotheticalStates()} gives states for what-if tests that can
 * never be mistaken for real ones: their alpha-2 codes are the ISO 3166-1 user-assigned codes QM to QZ and
 * XA to XZ (without XK, in de facto use for Kosovo), which ISO never assigns to a country; the alpha-3
 * code and the COW abbreviation are the alpha-2 code followed by {@code X} (also user-assigned), the COW
 * code is 9001 and up (no real COW code is that high), and the names say {@code Hypothetical State QM}.
 *
 * <p><b>Dates.</b> The history runs from the Treaty's signature to {@link #HISTORY_END}, a fixed day
 * (never "today", so that runs replay). {@link #dates(CstoFacts)} yields the facts' key days first; a test
 * that needs a fact of the record (the Charter's entry into force, the day the limited format became
 * available) asks the facts, such as {@code facts.instrument("charter-protocol-2010")}, or the model's
 * {@link io.github.cstokit.model.Framework}.
 *
 * <pre>{@code
 * CstoFacts facts = CstoData.bundled();                      // or any Scenario
 * Gen<Dated<State>> members = CstoGens.memberOn(facts, CstoGens.dates(facts));
 * PropertyCheck.forAll(members, 42L, 10_000,
 *     m -> assertTrue(facts.members(m.date()).contains(m.value())));
 * }</pre>
 *
 * <p>This class is thread-safe: it has no state, and its generators are immutable.
 */
public final class CstoGens {

  /** The Treaty's signature by the model ({@link Framework#TREATY}): the first day of {@link #dates()}. */
  static final LocalDate TREATY_SIGNED = Reference.TREATY_SIGNED;

  /** The Treaty's entry into force by the model ({@link Framework#TREATY}). */
  static final LocalDate TREATY_IN_FORCE = Reference.TREATY_IN_FORCE;

  /** The last day of the history the generators draw from: 2026-12-31, a fixed day. */
  public static final LocalDate HISTORY_END = Reference.HISTORY_END;

  /**
   * The key days of the history, in order, which {@link #dates()} yields first: the Treaty's
   * signature (1992-05-15), the day before its entry into force and that day (1994-04-20), the last day of
   * the first term and the non-renewal (1999-04-21), the Charter's signature (2002-10-07), the day before
   * its entry into force and that day (2003-09-18), the day before Uzbekistan's suspension and that day
   * (2012-12-19, also the day the limited format became available), Armenia's freeze (2024-02-22) and the
   * end of the history ({@link #HISTORY_END}).
   *
   * @deprecated since 0.2.0 a fixed copy of real facts; take the key days of the facts you test against
   *     with {@link #keyDates(CstoFacts)}, such as {@code CstoGens.keyDates(CstoData.bundled())}
   */
  @Deprecated
  public static final List<LocalDate> KEY_DATES = FixedFacts.KEY_DATES;

  /**
   * The ISO alpha-2 codes of the nine states that have been parties to the Treaty.
   *
   * @deprecated since 0.2.0 a fixed copy of real facts; take the codes of the states of the facts, such as
   *     {@code CstoData.bundled().states()}, or draw them with {@link #stateOf(CstoFacts)}
   */
  @Deprecated
  public static final List<String> REAL_STATE_CODES = FixedFacts.REAL_STATE_CODES;

  private static final List<String> SHORT_NAMES =
      List.of("Treaty", "Charter", "Peacekeeping Agreement", "CRRF Agreement",
          "Charter Amending Protocol");
  private static final List<String> VERSIONS = List.of("1992", "2002", "2010");

  private CstoGens() {}

  // ---------------------------------------------------------------- states

  /**
   * The nine real states, each with its ISO and COW codes and the dataset's names.
   *
   * @return an unmodifiable list in code order, not null
   * @deprecated since 0.2.0 a fixed copy of real facts; take the states of the facts you test against,
   *     such as {@code CstoData.bundled().states()}
   */
  @Deprecated
  public static List<State> realStateList() {
    return FixedFacts.REAL_STATES;
  }

  /**
   * The real states, uniformly. Edge cases: Armenia (first by code) and Uzbekistan (last, with the most
   * eventful record).
   *
   * @return the generator, not null
   * @deprecated since 0.2.0 a fixed copy of real facts; draw the states of the facts you test against with
   *     {@link #stateOf(CstoFacts)}, such as {@code CstoGens.stateOf(CstoData.bundled())}
   */
  @Deprecated
  public static Gen<State> realStates() {
    return Gen.elements(FixedFacts.REAL_STATES).named("CstoGens.realStates()");
  }

  /**
   * Hypothetical states on user-assigned ISO codes (see the class documentation), uniformly. Edge cases:
   * the first and the last of the 39.
   *
   * @return the generator, not null
   */
  public static Gen<State> hypotheticalStates() {
    return Gen.elements(Reference.HYPOTHETICAL_STATES).named("CstoGens.hypotheticalStates()");
  }

  /**
   * Real states (three draws in four) and hypothetical ones (one in four).
   *
   * @return the generator, not null
   * @deprecated since 0.2.0 its real states are a fixed copy; use {@link #states(CstoFacts)} with the
   *     facts you test against
   */
  @Deprecated
  public static Gen<State> states() {
    return mixedStates(FixedFacts.LAW, "CstoGens.states()");
  }

  /**
   * The states of the facts (three draws in four, uniformly) and hypothetical states the facts do not know
   * (one in four, see the class documentation). Edge cases: the first and the last state of the facts by
   * code.
   *
   * <pre>{@code
   * Gen<State> states = CstoGens.states(CstoData.bundled());   // AM ... UZ, now and then QM ... XZ
   * }</pre>
   *
   * @param facts the facts, with at least one state; not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts know no state
   */
  public static Gen<State> states(CstoFacts facts) {
    return mixedStates(facts, "CstoGens.states(facts)");
  }

  static Gen<State> mixedStates(CstoFacts facts, String name) {
    Gen<State> known = stateOf(facts);
    List<State> unknown = new ArrayList<>();
    for (State s : Reference.HYPOTHETICAL_STATES) {
      if (facts.state(s.isoAlpha2()).isEmpty()) {
        unknown.add(s);
      }
    }
    if (unknown.isEmpty()) {
      return known.named(name);
    }
    return Gen.frequency(3, known, 1, Gen.elements(unknown)).named(name);
  }

  /**
   * The states the facts know, uniformly. Edge cases: the first and the last by code.
   *
   * @param facts the facts, with at least one state; not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts know no state
   */
  public static Gen<State> stateOf(CstoFacts facts) {
    List<State> states = List.copyOf(facts.states());
    if (states.isEmpty()) {
      throw new IllegalArgumentException("facts must know at least one state");
    }
    return Gen.elements(states).named("CstoGens.stateOf(facts)");
  }

  // ---------------------------------------------------------------- dates and periods

  /**
   * Days of the history, from the Treaty's signature (1992-05-15, {@link Framework#TREATY}) to
   * {@link #HISTORY_END}, uniformly. Edge cases: the days of {@link #KEY_DATES}. Days shrink towards the
   * Treaty's signature. For edge cases taken from the facts you test against use {@link #dates(CstoFacts)}.
   *
   * @return the generator, not null
   */
  public static Gen<LocalDate> dates() {
    return dates("CstoGens.dates()", TREATY_SIGNED, FixedFacts.KEY_DATES);
  }

  /**
   * Days of the history of the facts, from the Treaty's signature by the facts (instrument
   * {@code treaty-1992}; by {@link Framework#TREATY} if the facts do not know it) to {@link #HISTORY_END},
   * uniformly. Edge cases: {@link #keyDates(CstoFacts)}. Days shrink towards the first day.
   *
   * <pre>{@code
   * Gen<Dated<State>> members = CstoGens.memberOn(facts, CstoGens.dates(facts));
   * }</pre>
   *
   * @param facts the facts, not null
   * @return the generator, not null
   */
  public static Gen<LocalDate> dates(CstoFacts facts) {
    return dates("CstoGens.dates(facts)", LawDates.historyStart(facts), LawDates.keyDays(facts));
  }

  private static Gen<LocalDate> dates(String name, LocalDate start, List<LocalDate> edges) {
    long first = start.toEpochDay();
    long last = HISTORY_END.toEpochDay();
    return BasicGen.of(
        name,
        random -> LocalDate.ofEpochDay(random.nextLong(first, last + 1)),
        edges,
        day -> Shrink.towards(day, start));
  }

  /**
   * The key days of the facts, in order and without repeats, from the Treaty's signature by the facts to
   * {@link #HISTORY_END}: the signature, the day before the entry into force and the entry into force of
   * the Treaty ({@code treaty-1992}), the Charter ({@code charter-2002}), the protocol amending the Charter
   * that introduced the limited format ({@code charter-protocol-2010}), the Peacekeeping Agreement
   * ({@code peacekeeping-agreement-2007}) and the CRRF Agreement ({@code crrf-agreement-2009}), as far as
   * the facts give them; the day before each change of a state's status or participation and that day;
   * and the end of the history. A date the facts give only to the month or year counts from the day after.
   * The decision and mandate generators take their edge cases from these days.
   *
   * <pre>{@code
   * Gen<LocalDate> days = Gen.dates(LocalDate.of(2000, 1, 1), CstoGens.HISTORY_END)
   *     .withEdgeCases(CstoGens.keyDates(CstoData.bundled()));
   * }</pre>
   *
   * @param facts the facts, not null
   * @return an unmodifiable list, not null
   */
  public static List<LocalDate> keyDates(CstoFacts facts) {
    return LawDates.keyDays(facts);
  }

  /**
   * Partial dates of the history, of precision year, month or day (one in three each). Edge cases:
   * {@code 1993}, {@code 1993-12} (Georgia's contested accession month) and {@code 1994-04-20}.
   *
   * @return the generator, not null
   */
  public static Gen<PartialDate> partialDates() {
    Gen<LocalDate> days = dates();
    return BasicGen.of(
        "CstoGens.partialDates()",
        random -> {
          LocalDate day = days.next(random);
          switch (random.nextInt(3)) {
            case 0:
              return PartialDate.ofYear(day.getYear());
            case 1:
              return PartialDate.of(day.getYear(), day.getMonthValue());
            default:
              return PartialDate.of(day);
          }
        },
        List.of(PartialDate.ofYear(1993), PartialDate.of(1993, 12), PartialDate.of(TREATY_IN_FORCE)));
  }

  /**
   * Half-open periods that start in the history: open (one in five) or from one day to ten years long.
   * Edge cases: the single day of the Treaty's entry into force, the open period from it, the single day
   * of the 2012 suspension, and the open period from the end of the history.
   *
   * @return the generator, not null
   */
  public static Gen<Period> periods() {
    Gen<LocalDate> days = dates();
    return BasicGen.of(
        "CstoGens.periods()",
        random -> {
          LocalDate start = days.next(random);
          return random.nextInt(5) == 0
              ? Period.startingOn(start)
              : Period.of(start, start.plusDays(1 + random.nextInt(3650)));
        },
        List.of(
            Period.of(TREATY_IN_FORCE, TREATY_IN_FORCE.plusDays(1)),
            Period.startingOn(TREATY_IN_FORCE),
            Period.of(FixedFacts.UZ_SUSPENSION, FixedFacts.UZ_SUSPENSION.plusDays(1)),
            Period.startingOn(HISTORY_END)));
  }

  // ---------------------------------------------------------------- citations and instruments

  /**
   * Citations of the main instruments ({@code Treaty}, {@code Charter}, {@code Peacekeeping Agreement},
   * {@code CRRF Agreement}, {@code Charter Amending Protocol}): article 1 to 30 with a paragraph one time
   * in three, or no article one time in 31; a version ({@code 1992}, {@code 2002}, {@code 2010}) one time
   * in two. Edge cases: {@code Charter Art. 12}, {@code Charter Art. 12(1) [2010]}, {@code Treaty Art. 4},
   * {@code Peacekeeping Agreement Art. 3}, {@code Charter [2002]}. Every value round-trips through
   * {@link Citation#parse}.
   *
   * @return the generator, not null
   */
  public static Gen<Citation> citations() {
    return BasicGen.of(
        "CstoGens.citations()",
        random -> {
          Citation.Builder b = Citation.builder()
              .shortName(SHORT_NAMES.get(random.nextInt(SHORT_NAMES.size())));
          int article = random.nextInt(31);
          if (article > 0) {
            b.article(Integer.toString(article));
            if (random.nextInt(3) == 0) {
              b.paragraph(Integer.toString(1 + random.nextInt(5)));
            }
          }
          if (random.nextBoolean()) {
            b.version(VERSIONS.get(random.nextInt(VERSIONS.size())));
          }
          return b.build();
        },
        List.of(
            Citation.of("Charter", "12"),
            Citation.parse("Charter Art. 12(1) [2010]"),
            Citation.of("Treaty", "4"),
            Citation.of("Peacekeeping Agreement", "3"),
            Citation.parse("Charter [2002]")));
  }

  /**
   * Reference instruments with the dataset's ids, short names and dates: the Treaty ({@code treaty-1992},
   * in force 1994-04-20), the Charter ({@code charter-2002}, 2003-09-18), the Peacekeeping Agreement
   * ({@code peacekeeping-agreement-2007}, entry into force not recorded), the CRRF Agreement
   * ({@code crrf-agreement-2009}, 2010-09-10) and the protocol amending the Charter
   * ({@code charter-protocol-2010}, 2012-12-19). Their source is {@link Scenario#WHAT_IF_SOURCE}; the
   * synthetic {@link #scenarios()} carry them.
   *
   * @return an unmodifiable list, not null
   * @deprecated since 0.2.0 a fixed copy of real facts; take the instruments of the facts you test against,
   *     such as {@code CstoData.bundled().instruments()}, or draw them with {@link #instrumentOf(CstoFacts)};
   *     {@link #scenarios(CstoFacts)} makes synthetic facts with them
   */
  @Deprecated
  public static List<Instrument> referenceInstruments() {
    return FixedFacts.INSTRUMENTS;
  }

  /**
   * The instruments of the facts, uniformly. Edge cases: the first and the last in the facts' order.
   *
   * @param facts the facts, with at least one instrument; not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts have no instrument
   */
  public static Gen<Instrument> instrumentOf(CstoFacts facts) {
    List<Instrument> instruments = facts.instruments();
    if (instruments.isEmpty()) {
      throw new IllegalArgumentException("facts must have at least one instrument");
    }
    return Gen.elements(instruments).named("CstoGens.instrumentOf(facts)");
  }

  /**
   * Citations of an article (1 to 30) of an instrument of the facts, or of the instrument without an
   * article (one draw in 31), naming its version, as {@link Instrument#cite(String)} and
   * {@link Instrument#cite()} make them. Edge cases: article 1 and no article of each edge-case instrument.
   *
   * @param facts the facts, with at least one instrument; not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts have no instrument
   */
  public static Gen<Citation> citationOf(CstoFacts facts) {
    Gen<Instrument> instruments = instrumentOf(facts);
    List<Citation> edges = new ArrayList<>();
    for (Instrument i : instruments.edgeCases()) {
      edges.add(i.cite("1"));
      edges.add(i.cite());
    }
    return BasicGen.of(
        "CstoGens.citationOf(facts)",
        random -> {
          Instrument instrument = instruments.next(random);
          int article = random.nextInt(31);
          return article == 0 ? instrument.cite() : instrument.cite(Integer.toString(article));
        },
        edges);
  }

  /**
   * A member of the facts on a day drawn from {@code dates}, with the day. Days without members are drawn
   * again, at most 1,000 times. Edge cases: the first and the last member on each
   * edge case of {@code dates} that has members.
   *
   * <pre>{@code
   * Dated<State> m = CstoGens.memberOn(facts, CstoGens.dates()).next(Samples.random(5L));
   * facts.status(m.value().isoAlpha2(), m.date());   // MEMBER
   * }</pre>
   *
   * @param facts the facts, not null
   * @param dates the days to draw from, not null
   * @return the generator, not null; its {@code next} throws {@link IllegalStateException} if
   *     1,000 days in a row have no member
   */
  public static Gen<Dated<State>> memberOn(CstoFacts facts, Gen<LocalDate> dates) {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(dates, "dates");
    List<Dated<State>> edges = new ArrayList<>();
    for (LocalDate day : dates.edgeCases()) {
      SortedSet<State> members = facts.members(day);
      if (!members.isEmpty()) {
        edges.add(new Dated<>(day, members.first()));
        if (members.size() > 1) {
          edges.add(new Dated<>(day, members.last()));
        }
      }
    }
    return BasicGen.of(
        "CstoGens.memberOn(facts, " + dates.name() + ")",
        random -> {
          for (int i = 0; i < Tuning.DEFAULT_MAX_TRIES; i++) {
            LocalDate day = dates.next(random);
            SortedSet<State> members = facts.members(day);
            if (!members.isEmpty()) {
              Iterator<State> it = members.iterator();
              for (int k = random.nextInt(members.size()); k > 0; k--) {
                it.next();
              }
              return new Dated<>(day, it.next());
            }
          }
          throw new IllegalStateException(
              "Generator 'CstoGens.memberOn(facts, " + dates.name() + ")' drew "
                  + Tuning.DEFAULT_MAX_TRIES + " days in a row on which the facts have no member");
        },
        edges);
  }

  // ---------------------------------------------------------------- events and timelines

  /**
   * Single membership events of any type, for a real or hypothetical state, on a day of the history,
   * with source {@link Scenario#WHAT_IF_SOURCE}. Each is a valid event on its own; for records that make
   * sense as a whole use {@link #eventSequences(String)}. Edge cases: Uzbekistan's suspension on
   * 2012-12-19 and Armenia's freeze on 2024-02-22.
   *
   * @return the generator, not null
   * @deprecated since 0.2.0 its real states and edge cases are a fixed copy; use
   *     {@link #membershipEvents(CstoFacts)} with the facts you test against
   */
  @Deprecated
  public static Gen<MembershipEvent> membershipEvents() {
    return membershipEvents("CstoGens.membershipEvents()", mixedStates(FixedFacts.LAW, ""), TREATY_SIGNED,
        List.of(
            Reference.event("UZ", 0, MembershipEventType.SUSPENSION_DECISION,
                FixedFacts.UZ_SUSPENSION.toEpochDay()),
            Reference.event("AM", 0, MembershipEventType.FREEZE_DECLARED, FixedFacts.AM_FREEZE.toEpochDay())));
  }

  /**
   * Single membership events of any type, for a state of the facts or a hypothetical one
   * ({@link #states(CstoFacts)}), on a day of the facts' history ({@link #dates(CstoFacts)}), with source
   * {@link Scenario#WHAT_IF_SOURCE}. Each is a valid event on its own; for records that make sense as a
   * whole use {@link #eventSequences(String)}. Edge cases: the first and the last event of the facts dated
   * to the day, as what-if events of the same state, type and day.
   *
   * @param facts the facts, with at least one state; not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts know no state
   */
  public static Gen<MembershipEvent> membershipEvents(CstoFacts facts) {
    List<MembershipEvent> exact = new ArrayList<>();
    for (MembershipEvent e : facts.events()) {
      if (e.date().isExact() && !e.date().firstDay().isAfter(HISTORY_END)) {
        exact.add(e);
      }
    }
    List<MembershipEvent> edges = new ArrayList<>();
    if (!exact.isEmpty()) {
      for (MembershipEvent e : List.of(exact.get(0), exact.get(exact.size() - 1))) {
        MembershipEvent copy = Reference.event(e.state(), edges.size(), e.type(), e.date().firstDay().toEpochDay());
        if (!edges.contains(copy)) {
          edges.add(copy);
        }
      }
    }
    return membershipEvents("CstoGens.membershipEvents(facts)", states(facts), LawDates.historyStart(facts),
        edges);
  }

  private static Gen<MembershipEvent> membershipEvents(
      String name, Gen<State> states, LocalDate first, List<MembershipEvent> edges) {
    MembershipEventType[] types = MembershipEventType.values();
    return BasicGen.of(
        name,
        random -> {
          String code = states.next(random).isoAlpha2();
          MembershipEventType type = types[random.nextInt(types.length)];
          long day = random.nextLong(first.toEpochDay(), HISTORY_END.toEpochDay() + 1);
          return Reference.event(code, random.nextInt(1000), type, day);
        },
        edges);
  }

  /**
   * Consistent event records of one state, in date order. A record starts with a signature or an
   * accession, then (sometimes) a ratification, then the entry into force; then up to four further steps,
   * each a few months to some years after the last, chosen by status: a member may extend, notify, declare
   * a freeze (once), be suspended, give notice and withdraw six months or more later, be expelled or not
   * renew; a suspended state is restored or expelled; a state that left accedes again and is admitted.
   *
   * <p><b>Consistent</b> means that {@link MembershipTimeline} derives from the record exactly the
   * statuses the record intends: every status-changing event (and every freeze) opens a period with the
   * status its type gives, no event is a no-op contradicting the state's status, and status-changing
   * events fall on distinct, increasing days. Ids are {@code <code>-<index>}; the source is
   * {@link Scenario#WHAT_IF_SOURCE}. Edge case: the shortest record, a signature on 1992-05-15 and the
   * entry into force on 1994-04-20.
   *
   * @param isoAlpha2 the state's code, two upper-case letters; not null
   * @return the generator of unmodifiable lists, not null
   * @throws IllegalArgumentException if the code is malformed
   */
  public static Gen<List<MembershipEvent>> eventSequences(String isoAlpha2) {
    Objects.requireNonNull(isoAlpha2, "isoAlpha2");
    if (isoAlpha2.length() != 2
        || !Character.isUpperCase(isoAlpha2.charAt(0))
        || !Character.isUpperCase(isoAlpha2.charAt(1))
        || isoAlpha2.charAt(0) > 'Z' || isoAlpha2.charAt(1) > 'Z') {
      throw new IllegalArgumentException("isoAlpha2 must be two letters A-Z but was '" + isoAlpha2 + "'");
    }
    return BasicGen.of(
        "CstoGens.eventSequences(" + isoAlpha2 + ")",
        random -> Reference.sequence(isoAlpha2, random, false),
        List.of(shortestRecord(isoAlpha2)));
  }

  private static List<MembershipEvent> shortestRecord(String code) {
    return shortestRecord(code, TREATY_SIGNED, TREATY_IN_FORCE);
  }

  /**
   * Timelines of hypothetical states derived from consistent records ({@link #eventSequences(String)}).
   *
   * @return the generator, not null
   */
  public static Gen<MembershipTimeline> timelines() {
    Gen<State> states = hypotheticalStates();
    return BasicGen.of(
        "CstoGens.timelines()",
        random -> {
          String code = states.next(random).isoAlpha2();
          return MembershipTimeline.of(code, Reference.sequence(code, random, false));
        },
        List.of(MembershipTimeline.of("QM", shortestRecord("QM"))));
  }

  // ---------------------------------------------------------------- scenarios

  /**
   * Synthetic facts: one to five hypothetical states with consistent records and the fixed copy of five
   * instruments of {@link #referenceInstruments()}; {@link #scenarios(CstoFacts)} carries the instruments
   * of the facts you give instead. The first state is always a member from 1994-04-20 at the latest
   * and stays one (it may freeze), so every day from the Treaty's entry into force to the end of the
   * history has at least one member, and the decision and mandate generators accept every scenario. Edge
   * cases: a single-member scenario (state QM, member from 1994-04-20), and two states of which the second
   * is suspended on 2012-12-19.
   *
   * <pre>{@code
   * Scenario s = CstoGens.scenarios().next(Samples.random(9L));
   * s.members(LocalDate.of(1994, 4, 20)).isEmpty();   // false: the Treaty's entry into force
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<Scenario> scenarios() {
    return scenarios("CstoGens.scenarios()", FixedFacts.INSTRUMENTS, TREATY_SIGNED, TREATY_IN_FORCE,
        FixedFacts.UZ_SUSPENSION);
  }

  /**
   * Synthetic facts under the law of the given facts: one to five hypothetical states with consistent
   * records and the instruments of {@code law} (such as the bundled dataset's). The records start no
   * earlier than the Treaty's signature by {@code law} (instrument {@code treaty-1992}; by
   * {@link Framework#TREATY} if unknown), and the first state is always a member from the Treaty's entry
   * into force by {@code law} at the latest and stays one (it may freeze), so every day from then to the
   * end of the history has at least one member. Edge cases: a single-member scenario (state QM, member
   * from the Treaty's entry into force), and two states of which the second is suspended on the day the
   * 2010 protocol enters into force by {@code law} (else the Charter, else the day after the Treaty).
   *
   * <pre>{@code
   * Scenario s = CstoGens.scenarios(CstoData.bundled()).next(Samples.random(9L));
   * s.instruments();   // the dataset's instruments, with their dates
   * }</pre>
   *
   * @param law the facts whose instruments the scenarios carry, not null
   * @return the generator, not null
   */
  public static Gen<Scenario> scenarios(CstoFacts law) {
    Objects.requireNonNull(law, "law");
    LocalDate signed = LawDates.historyStart(law);
    LocalDate inForce = LawDates.inForce(law, InstrumentIds.TREATY).orElse(TREATY_IN_FORCE);
    if (!inForce.isAfter(signed)) {
      inForce = signed.plusDays(1);
    }
    LocalDate suspension = LawDates.inForce(law, InstrumentIds.CHARTER_PROTOCOL_2010)
        .or(() -> LawDates.inForce(law, InstrumentIds.CHARTER)).orElse(inForce.plusDays(1));
    if (!suspension.isAfter(inForce)) {
      suspension = inForce.plusDays(1);
    }
    return scenarios("CstoGens.scenarios(facts)", law.instruments(), signed, inForce, suspension);
  }

  private static Gen<Scenario> scenarios(String name, List<Instrument> instruments, LocalDate signed,
      LocalDate inForce, LocalDate suspension) {
    List<State> pool = Reference.HYPOTHETICAL_STATES;
    return BasicGen.of(
        name,
        random -> {
          int n = 1 + random.nextInt(5);
          int offset = random.nextInt(pool.size());
          int stride = 1 + random.nextInt(pool.size() - 1);
          while (gcd(stride, pool.size()) != 1) {
            stride++;
          }
          Scenario.Builder b = Scenario.builder().addInstruments(instruments);
          for (int i = 0; i < n; i++) {
            State state = pool.get((offset + i * stride) % pool.size());
            b.addState(state)
                .addEvents(Reference.sequence(state.isoAlpha2(), random, i == 0, signed, inForce));
          }
          return b.build();
        },
        List.of(singleMemberScenario(instruments, signed, inForce),
            suspensionScenario(instruments, signed, inForce, suspension)));
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  private static List<MembershipEvent> shortestRecord(String code, LocalDate signed, LocalDate inForce) {
    return List.of(
        Reference.event(code, 0, MembershipEventType.SIGNATURE, signed.toEpochDay()),
        Reference.event(code, 1, MembershipEventType.ENTRY_INTO_FORCE, inForce.toEpochDay()));
  }

  private static Scenario singleMemberScenario(
      List<Instrument> instruments, LocalDate signed, LocalDate inForce) {
    return Scenario.builder()
        .addState(Reference.HYPOTHETICAL_STATES.get(0))
        .addEvents(shortestRecord("QM", signed, inForce))
        .addInstruments(instruments)
        .build();
  }

  private static Scenario suspensionScenario(
      List<Instrument> instruments, LocalDate signed, LocalDate inForce, LocalDate suspension) {
    List<MembershipEvent> events = new ArrayList<>(shortestRecord("QM", signed, inForce));
    events.addAll(shortestRecord("QN", signed, inForce));
    events.add(
        Reference.event("QN", 2, MembershipEventType.SUSPENSION_DECISION, suspension.toEpochDay()));
    return Scenario.builder()
        .addState(Reference.HYPOTHETICAL_STATES.get(0))
        .addState(Reference.HYPOTHETICAL_STATES.get(1))
        .addEvents(events)
        .addInstruments(instruments)
        .build();
  }

  /**
   * What-if inputs of a procedure check: a synthetic scenario ({@link #scenarios()}) and a subject drawn
   * under it, such as a decision of its members. The subject generator is made for each scenario drawn; a
   * scenario for which it cannot be made (the function throws {@link IllegalArgumentException}, as the
   * invalid generators do when the facts lack, say, a day with two members) is drawn again, at most
   * 1,000 times. Edge cases: the first edge case of the subject generator of
   * each edge-case scenario that admits one.
   *
   * <pre>{@code
   * Gen<Case<Mandate>> inputs = CstoGens.cases(MandateGens::peacekeeping);
   * }</pre>
   *
   * @param <T> the type of the subject
   * @param subjects makes the subject generator for a scenario, not null
   * @return the generator, not null; its {@code next} throws {@link IllegalStateException} if
   *     1,000 scenarios in a row admit no subject generator
   */
  public static <T> Gen<Case<T>> cases(Function<? super Scenario, ? extends Gen<? extends T>> subjects) {
    return cases("CstoGens.cases()", scenarios(), subjects);
  }

  /**
   * What-if inputs of a procedure check under the law of the given facts: a synthetic scenario
   * ({@link #scenarios(CstoFacts)}) and a subject drawn under it, as {@link #cases(Function)} makes them.
   *
   * <pre>{@code
   * Gen<Case<Mandate>> inputs = CstoGens.cases(CstoData.bundled(), MandateGens::peacekeeping);
   * }</pre>
   *
   * @param <T> the type of the subject
   * @param law the facts whose instruments the scenarios carry, not null
   * @param subjects makes the subject generator for a scenario, not null
   * @return the generator, not null; its {@code next} throws {@link IllegalStateException} if
   *     1,000 scenarios in a row admit no subject generator
   */
  public static <T> Gen<Case<T>> cases(
      CstoFacts law, Function<? super Scenario, ? extends Gen<? extends T>> subjects) {
    return cases("CstoGens.cases(facts)", scenarios(law), subjects);
  }

  private static <T> Gen<Case<T>> cases(String name, Gen<Scenario> scenarios,
      Function<? super Scenario, ? extends Gen<? extends T>> subjects) {
    Objects.requireNonNull(subjects, "subjects");
    List<Case<T>> edges = new ArrayList<>();
    RandomGenerator fixed = new SplittableRandom(0);
    for (Scenario s : scenarios.edgeCases()) {
      Gen<? extends T> gen;
      try {
        gen = subjects.apply(s);
      } catch (IllegalArgumentException notForTheseFacts) {
        continue;
      }
      List<? extends T> subjectEdges = gen.edgeCases();
      edges.add(new Case<T>(s, subjectEdges.isEmpty() ? gen.next(fixed) : subjectEdges.get(0)));
    }
    return BasicGen.of(
        name,
        random -> {
          for (int i = 0; i < Tuning.DEFAULT_MAX_TRIES; i++) {
            Scenario s = scenarios.next(random);
            Gen<? extends T> gen;
            try {
              gen = subjects.apply(s);
            } catch (IllegalArgumentException notForTheseFacts) {
              continue;
            }
            return new Case<T>(s, gen.next(random));
          }
          throw new IllegalStateException(
              "Generator '" + name + "' drew " + Tuning.DEFAULT_MAX_TRIES
                  + " scenarios in a row for which no subject generator could be made");
        },
        edges);
  }
}
