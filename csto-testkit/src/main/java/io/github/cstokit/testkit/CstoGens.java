package io.github.cstokit.testkit;

import io.github.cstokit.model.Citation;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipEventType;
import io.github.cstokit.model.MembershipTimeline;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.State;
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
 * <p><b>Real and hypothetical states.</b> {@link #realStates()} gives the nine states that have been
 * parties to the Treaty (AM, AZ, BY, GE, KG, KZ, RU, TJ, UZ), with their ISO and Correlates of War codes
 * and the names the dataset uses. {@link #hypotheticalStates()} gives states for what-if tests that can
 * never be mistaken for real ones: their alpha-2 codes are the ISO 3166-1 user-assigned codes QM to QZ and
 * XA to XZ (without XK, in de facto use for Kosovo), which ISO never assigns to a country; the alpha-3
 * code and the COW abbreviation are the alpha-2 code followed by {@code X} (also user-assigned), the COW
 * code is 9001 and up (no real COW code is that high), and the names say {@code Hypothetical State QM}.
 *
 * <p><b>Dates.</b> The history runs from the Treaty's signature, 1992-05-15 (the first of
 * {@link #KEY_DATES}), to {@link #HISTORY_END}, a fixed day (never "today", so that runs replay).
 * {@link #KEY_DATES} are the edge cases of every date generator here; a test that needs one of those days
 * picks it from that list, and a test that needs a fact of the record (the Charter's entry into force, the
 * day the limited format became available) asks the facts, such as
 * {@code facts.instrument("charter-protocol-2010")}, or {@link io.github.cstokit.model.Framework}.
 *
 * <p><b>Anchored draws</b> take the facts as a parameter: {@link #memberOn(CstoFacts, Gen)},
 * {@link #instrumentOf(CstoFacts)}, {@link #citationOf(CstoFacts)}, {@link #stateOf(CstoFacts)}.
 *
 * <pre>{@code
 * CstoFacts facts = CstoData.bundled();                      // or any Scenario
 * Gen<Dated<State>> members = CstoGens.memberOn(facts, CstoGens.dates());
 * PropertyCheck.forAll(members, 42L, 10_000,
 *     m -> assertTrue(facts.members(m.date()).contains(m.value())));
 * }</pre>
 *
 * <p>This class is thread-safe: it has no state, and its generators are immutable.
 */
public final class CstoGens {

  /** The Collective Security Treaty was signed on 1992-05-15: the first day of the history. */
  static final LocalDate TREATY_SIGNED = Reference.TREATY_SIGNED;

  /** The Treaty entered into force on 1994-04-20. */
  static final LocalDate TREATY_IN_FORCE = Reference.TREATY_IN_FORCE;

  /** Azerbaijan, Georgia and Uzbekistan were no longer parties from 1999-04-21 (non-renewal). */
  static final LocalDate NON_RENEWAL = LocalDate.of(1999, 4, 21);

  /** The Charter was signed on 2002-10-07. */
  static final LocalDate CHARTER_SIGNED = LocalDate.of(2002, 10, 7);

  /** The Charter entered into force on 2003-09-18. */
  static final LocalDate CHARTER_IN_FORCE = Reference.CHARTER_IN_FORCE;

  /**
   * The Collective Security Council suspended Uzbekistan on 2012-12-19, the day the 2010 protocol (and
   * with it the limited format) entered into force.
   */
  static final LocalDate UZ_SUSPENSION = LocalDate.of(2012, 12, 19);

  /** The 2010 protocol amending the Charter, which introduced the limited format, is in force from 2012-12-19. */
  static final LocalDate LIMITED_FORMAT_IN_FORCE = LocalDate.of(2012, 12, 19);

  /** Armenia declared its participation frozen on 2024-02-22. */
  static final LocalDate AM_FREEZE = LocalDate.of(2024, 2, 22);

  /** The last day of the history the generators draw from: 2026-12-31, a fixed day. */
  public static final LocalDate HISTORY_END = Reference.HISTORY_END;

  /**
   * The key days of the history, in order, which every date generator here yields first: the Treaty's
   * signature (1992-05-15), the day before its entry into force and that day (1994-04-20), the last day of
   * the first term and the non-renewal (1999-04-21), the Charter's signature (2002-10-07), the day before
   * its entry into force and that day (2003-09-18), the day before Uzbekistan's suspension and that day
   * (2012-12-19, also the day the limited format became available), Armenia's freeze (2024-02-22) and the
   * end of the history ({@link #HISTORY_END}). Use them for the edge dates of your own generators:
   *
   * <pre>{@code
   * Gen<LocalDate> days = Gen.dates(LocalDate.of(2000, 1, 1), CstoGens.HISTORY_END).withEdgeCases(CstoGens.KEY_DATES);
   * }</pre>
   */
  public static final List<LocalDate> KEY_DATES =
      List.of(
          TREATY_SIGNED,
          TREATY_IN_FORCE.minusDays(1),
          TREATY_IN_FORCE,
          NON_RENEWAL.minusDays(1),
          NON_RENEWAL,
          CHARTER_SIGNED,
          CHARTER_IN_FORCE.minusDays(1),
          CHARTER_IN_FORCE,
          UZ_SUSPENSION.minusDays(1),
          UZ_SUSPENSION,
          AM_FREEZE,
          HISTORY_END);

  /** The ISO alpha-2 codes of the nine states that have been parties to the Treaty. */
  public static final List<String> REAL_STATE_CODES =
      List.of("AM", "AZ", "BY", "GE", "KG", "KZ", "RU", "TJ", "UZ");

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
   */
  public static List<State> realStateList() {
    return Reference.REAL_STATES;
  }

  /**
   * The real states, uniformly. Edge cases: Armenia (first by code) and Uzbekistan (last, with the most
   * eventful record).
   *
   * <pre>{@code
   * State s = CstoGens.realStates().next(Samples.random(1L));   // one of AM ... UZ
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<State> realStates() {
    return Gen.elements(Reference.REAL_STATES).named("CstoGens.realStates()");
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
   */
  public static Gen<State> states() {
    return Gen.frequency(3, realStates(), 1, hypotheticalStates()).named("CstoGens.states()");
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
   * Days of the history, from the Treaty's signature (1992-05-15) to {@link #HISTORY_END}, uniformly. Edge cases:
   * {@link #KEY_DATES}. Days shrink towards the Treaty's signature.
   *
   * @return the generator, not null
   */
  public static Gen<LocalDate> dates() {
    long first = TREATY_SIGNED.toEpochDay();
    long last = HISTORY_END.toEpochDay();
    return BasicGen.of(
        "CstoGens.dates()",
        random -> LocalDate.ofEpochDay(random.nextLong(first, last + 1)),
        KEY_DATES,
        day -> Shrink.towards(day, TREATY_SIGNED));
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
            Period.of(UZ_SUSPENSION, UZ_SUSPENSION.plusDays(1)),
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
   */
  public static List<Instrument> referenceInstruments() {
    return Reference.INSTRUMENTS;
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
   */
  public static Gen<MembershipEvent> membershipEvents() {
    Gen<State> states = states();
    MembershipEventType[] types = MembershipEventType.values();
    return BasicGen.of(
        "CstoGens.membershipEvents()",
        random -> {
          String code = states.next(random).isoAlpha2();
          MembershipEventType type = types[random.nextInt(types.length)];
          long day = random.nextLong(TREATY_SIGNED.toEpochDay(), HISTORY_END.toEpochDay() + 1);
          return Reference.event(code, random.nextInt(1000), type, day);
        },
        List.of(
            Reference.event("UZ", 0, MembershipEventType.SUSPENSION_DECISION, UZ_SUSPENSION.toEpochDay()),
            Reference.event("AM", 0, MembershipEventType.FREEZE_DECLARED, AM_FREEZE.toEpochDay())));
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
    return List.of(
        Reference.event(code, 0, MembershipEventType.SIGNATURE, TREATY_SIGNED.toEpochDay()),
        Reference.event(code, 1, MembershipEventType.ENTRY_INTO_FORCE, TREATY_IN_FORCE.toEpochDay()));
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
   * Synthetic facts: one to five hypothetical states with consistent records and the
   * {@link #referenceInstruments()}. The first state is always a member from 1994-04-20 at the latest
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
    List<State> pool = Reference.HYPOTHETICAL_STATES;
    return BasicGen.of(
        "CstoGens.scenarios()",
        random -> {
          int n = 1 + random.nextInt(5);
          int[] picks = new int[n];
          int offset = random.nextInt(pool.size());
          int stride = 1 + random.nextInt(pool.size() - 1);
          while (gcd(stride, pool.size()) != 1) {
            stride++;
          }
          Scenario.Builder b = Scenario.builder().addInstruments(Reference.INSTRUMENTS);
          for (int i = 0; i < n; i++) {
            picks[i] = (offset + i * stride) % pool.size();
            State state = pool.get(picks[i]);
            b.addState(state).addEvents(Reference.sequence(state.isoAlpha2(), random, i == 0));
          }
          return b.build();
        },
        List.of(singleMemberScenario(), suspensionScenario()));
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  private static Scenario singleMemberScenario() {
    return Scenario.builder()
        .addState(Reference.HYPOTHETICAL_STATES.get(0))
        .addEvents(shortestRecord("QM"))
        .addInstruments(Reference.INSTRUMENTS)
        .build();
  }

  private static Scenario suspensionScenario() {
    List<MembershipEvent> events = new ArrayList<>(shortestRecord("QM"));
    events.addAll(shortestRecord("QN"));
    events.add(
        Reference.event("QN", 2, MembershipEventType.SUSPENSION_DECISION, UZ_SUSPENSION.toEpochDay()));
    return Scenario.builder()
        .addState(Reference.HYPOTHETICAL_STATES.get(0))
        .addState(Reference.HYPOTHETICAL_STATES.get(1))
        .addEvents(events)
        .addInstruments(Reference.INSTRUMENTS)
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
    Objects.requireNonNull(subjects, "subjects");
    Gen<Scenario> scenarios = scenarios();
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
        "CstoGens.cases()",
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
              "Generator 'CstoGens.cases()' drew " + Tuning.DEFAULT_MAX_TRIES
                  + " scenarios in a row for which no subject generator could be made");
        },
        edges);
  }
}
