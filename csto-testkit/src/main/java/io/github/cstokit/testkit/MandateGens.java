package io.github.cstokit.testkit;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Command;
import io.github.cstokit.model.Contingent;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.ForceKind;
import io.github.cstokit.model.HostRequest;
import io.github.cstokit.model.InstrumentIds;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.State;
import io.github.cstokit.model.Territory;
import io.github.cstokit.testkit.internal.FactsIndex;
import io.github.cstokit.testkit.internal.FactsIndex.Picker;
import io.github.cstokit.testkit.internal.FactsIndex.Segment;
import io.github.cstokit.testkit.internal.FixedFacts;
import io.github.cstokit.testkit.internal.LawDates;
import io.github.cstokit.testkit.internal.Reference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Generators of deployment mandates (with host requests, contingents and unified command), valid by
 * construction or breaking exactly one rule, under given facts.
 *
 * <p><b>Valid mandates</b> satisfy every deployment rule of {@link RuleIds}, on a day D drawn among the
 * days the facts have a member (peacekeeping from the Peacekeeping Agreement's signature, the CRRF from
 * the CRRF Agreement's entry into force, both by the facts' instruments {@code peacekeeping-agreement-2007}
 * and {@code crrf-agreement-2009}, 2007-10-06 and 2010-09-10 in the bundled dataset, and never before the
 * Charter's entry into force by the facts; up to {@link CstoGens#HISTORY_END}). Facts with other dates
 * give mandates on other days; facts that do not know the agreement, or (for the CRRF) give no entry into
 * force, make the generators throw {@link IllegalArgumentException}:
 *
 * <ul>
 *   <li>the deciding decision is a consensus decision of the Collective Security Council on D (every
 *       member of D supports and signs; see {@link DecisionGens}), about a deployment;
 *   <li>on a member's territory ({@link #peacekeeping}, {@link #crrf}) the host is a member on D and made
 *       an official request one to four days before D (a basis precedes the act it supports; on the
 *       same day the order is not shown), and the UN Security Council is informed within two days;
 *   <li>outside the members' territory ({@link #peacekeepingOutside}, peacekeeping only) the host is not
 *       a member and not suspended (a former member or a state unknown to the facts), and the UN
 *       Security Council decided one to 30 days before D;
 *   <li>contingents come only from members of D whose participation is normal (never from a suspended
 *       state), at most one per state, all voluntary and under the unified command; there may be none;
 *   <li>a unified command with a named commander, appointed by the CSC or the Council of Defence
 *       Ministers on D; one random mandate in eight also records a successor
 *       ({@link Mandate#otherCommands()}), appointed the same way 1 to 30 days later, so the commanders
 *       follow one another;
 *   <li>the forces were deployed from D, for an open period or up to a year.
 * </ul>
 *
 * <p><b>Invalid mandates</b> take a valid one and break exactly one rule: {@link #withoutHostRequest}
 * ({@link RuleIds#PK_3_OPERATION_ON_MEMBER_TERRITORY}), {@link #outsideWithoutUnDecision}
 * ({@link RuleIds#PK_3_OPERATION_OUTSIDE_CSTO}), {@link #contingentFromSuspendedMember},
 * {@link #contingentOutsideUnifiedCommand} and {@link #withoutCommander}
 * ({@link RuleIds#PK_COMMAND_COMPOSITION_COMPLETION}), {@link #crrfOutsideMembers}
 * ({@link RuleIds#CRRF_USE_DECISION}).
 *
 * <p><b>Edge cases:</b> a mandate on each usable key day of the facts ({@link CstoGens#keyDates(CstoFacts)}:
 * such as the 2012 suspension, Armenia's freeze, the end of the history), the first with no contingent at all and the
 * others with every eligible member contributing.
 *
 * <pre>{@code
 * Gen<Mandate> mandates = MandateGens.peacekeeping(facts);
 * PropertyCheck.forAll(mandates, 42L, 10_000, m ->
 *     assertEquals(MembershipStatus.MEMBER, facts.status(m.hostState(), m.decision().get().date())));
 * }</pre>
 *
 * <p>This class is thread-safe: it has no state, and its generators are immutable. Mandates are
 * hypothetical: their ids start with {@code hypothetical-}, they have no sources.
 */
public final class MandateGens {

  private static final Citation PK_ART_3 = Citation.of("Peacekeeping Agreement", "3");
  /** The bodies that take no binding decisions, as the model marks them, in declaration order. */
  private static final List<Body> NOT_APPOINTING =
      Arrays.stream(Body.values()).filter(b -> !b.takesBindingDecisions()).toList();
  private static final Citation TREATY_ART_4 = Citation.of("Treaty", "4");
  private static final List<String> TASKS =
      List.of("protection of strategic facilities", "separation of the parties",
          "humanitarian assistance", "support of law enforcement");

  private MandateGens() {}

  // ---------------------------------------------------------------- parts

  /**
   * Requests from real or hypothetical states, by the head of state, addressed to the Chairman of the
   * Collective Security Council, dated in the history (partial dates included); one in four is made by
   * two states together ({@link HostRequest#alsoRequestedBy()}), as the CRDF Agreement's "one or more
   * member states" allows. Edge cases: Kazakhstan's request of 2022-01-05, and a request by Kazakhstan
   * and Kyrgyzstan together.
   *
   * @return the generator, not null
   * @deprecated since 0.2.0 its real states and edge cases are a fixed copy; use
   *     {@link #hostRequests(CstoFacts)} with the facts you test against
   */
  @Deprecated
  public static Gen<HostRequest> hostRequests() {
    HostRequest kz = request("KZ", PartialDate.of(2022, 1, 5));
    return hostRequests("MandateGens.hostRequests()", CstoGens.mixedStates(FixedFacts.LAW, ""),
        List.of(kz, HostRequest.builder().from(kz).addAlsoRequestedBy("KG").build()));
  }

  /**
   * Requests from states of the facts or hypothetical ones ({@link CstoGens#states(CstoFacts)}), by the
   * head of state, addressed to the Chairman of the Collective Security Council, dated in the history
   * (partial dates included); one in four is made by two states together
   * ({@link HostRequest#alsoRequestedBy()}), as the CRDF Agreement's "one or more member states" allows.
   * Edge cases: a request of the first state of the facts on the last of its
   * {@linkplain CstoGens#keyDates(CstoFacts) key days} before the end of the history, and the same
   * request made together with the last state of the facts (if the facts know two).
   *
   * @param facts the facts, with at least one state; not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts know no state
   */
  public static Gen<HostRequest> hostRequests(CstoFacts facts) {
    Gen<State> states = CstoGens.states(facts);
    List<LocalDate> days = CstoGens.keyDates(facts);
    LocalDate day = days.size() > 1 ? days.get(days.size() - 2) : days.get(0);
    HostRequest first = request(facts.states().first().isoAlpha2(), PartialDate.of(day));
    List<HostRequest> edges = new ArrayList<>(List.of(first));
    String last = facts.states().last().isoAlpha2();
    if (!last.equals(first.state())) {
      edges.add(HostRequest.builder().from(first).addAlsoRequestedBy(last).build());
    }
    return hostRequests("MandateGens.hostRequests(facts)", states, edges);
  }

  private static Gen<HostRequest> hostRequests(String name, Gen<State> states, List<HostRequest> edges) {
    Gen<PartialDate> dates = CstoGens.partialDates();
    return BasicGen.of(
        name,
        random -> {
          HostRequest r = request(states.next(random).isoAlpha2(), dates.next(random));
          if (random.nextInt(4) == 0) {
            String other = states.next(random).isoAlpha2();
            if (!other.equals(r.state())) {
              r = HostRequest.builder().from(r).addAlsoRequestedBy(other).build();
            }
          }
          return r;
        },
        edges);
  }

  /**
   * Contingents of real or hypothetical states: voluntary, under the unified command, of unknown size
   * (one in four) or of 1 to 5,000. Edge cases: a contingent of one, and one of unknown size.
   *
   * @return the generator, not null
   * @deprecated since 0.2.0 its real states are a fixed copy; use {@link #contingents(CstoFacts)} with the
   *     facts you test against
   */
  @Deprecated
  public static Gen<Contingent> contingents() {
    return contingents("MandateGens.contingents()", CstoGens.mixedStates(FixedFacts.LAW, ""), "RU", "AM");
  }

  /**
   * Contingents of states of the facts or hypothetical ones ({@link CstoGens#states(CstoFacts)}):
   * voluntary, under the unified command, of unknown size (one in four) or of 1 to 5,000. Edge cases: a
   * contingent of one from the first state of the facts, and one of unknown size from the last.
   *
   * @param facts the facts, with at least one state; not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts know no state
   */
  public static Gen<Contingent> contingents(CstoFacts facts) {
    Gen<State> states = CstoGens.states(facts);
    return contingents("MandateGens.contingents(facts)", states, facts.states().first().isoAlpha2(),
        facts.states().last().isoAlpha2());
  }

  private static Gen<Contingent> contingents(String name, Gen<State> states, String first, String last) {
    return BasicGen.of(
        name,
        random -> contingent(states.next(random).isoAlpha2(), random),
        List.of(Contingent.builder().state(first).size(1).build(), Contingent.of(last)));
  }

  /**
   * Unified commands: a named commander of a real or hypothetical state, appointed by the CSC or the
   * Council of Defence Ministers on a day of the history. Edge case: a commander appointed by the CSC on
   * 2022-01-06 with no date precision lost.
   *
   * @return the generator, not null
   * @deprecated since 0.2.0 its real states and edge case are a fixed copy; use
   *     {@link #commands(CstoFacts)} with the facts you test against
   */
  @Deprecated
  public static Gen<Command> commands() {
    return commands("MandateGens.commands()", CstoGens.mixedStates(FixedFacts.LAW, ""), CstoGens.dates(),
        command("RU", LocalDate.of(2022, 1, 6).toEpochDay(), null));
  }

  /**
   * Unified commands: a named commander of a state of the facts or a hypothetical one
   * ({@link CstoGens#states(CstoFacts)}), appointed by the CSC or the Council of Defence Ministers on a
   * day of the facts' history ({@link CstoGens#dates(CstoFacts)}). Edge case: a commander of the first
   * state of the facts appointed by the CSC on the facts' first key day from the Charter's entry into
   * force (else the first key day), with no date precision lost.
   *
   * @param facts the facts, with at least one state; not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts know no state
   */
  public static Gen<Command> commands(CstoFacts facts) {
    Gen<State> states = CstoGens.states(facts);
    List<LocalDate> days = CstoGens.keyDates(facts);
    LocalDate charter = LawDates.inForce(facts, InstrumentIds.CHARTER).orElse(days.get(0));
    LocalDate day = days.stream().filter(d -> !d.isBefore(charter)).findFirst().orElse(days.get(0));
    return commands("MandateGens.commands(facts)", states, CstoGens.dates(facts),
        command(facts.states().first().isoAlpha2(), day.toEpochDay(), null));
  }

  private static Gen<Command> commands(String name, Gen<State> states, Gen<LocalDate> dates, Command edge) {
    return BasicGen.of(
        name,
        random -> command(states.next(random).isoAlpha2(), dates.next(random).toEpochDay(), random),
        List.of(edge));
  }

  // ---------------------------------------------------------------- valid mandates

  /**
   * Valid mandates of every kind: peacekeeping on a member's territory (three in six), peacekeeping
   * outside with a UN Security Council decision (one in six), the CRRF on a member's territory (two in
   * six).
   *
   * @param facts the facts, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts lack the CRRF Agreement's entry into force or have no
   *     member from it on
   */
  public static Gen<Mandate> valid(CstoFacts facts) {
    return Gen.frequency(3, peacekeeping(facts), 1, peacekeepingOutside(facts), 2, crrf(facts))
        .named("MandateGens.valid(facts)");
  }

  /**
   * Valid peacekeeping mandates on a member's territory, at the host's request (see the class
   * documentation).
   *
   * @param facts the facts, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts do not know the Peacekeeping Agreement or have no
   *     member from its signature on
   */
  public static Gen<Mandate> peacekeeping(CstoFacts facts) {
    Maker m = new Maker(facts, Kind.PEACEKEEPING, ForceKind.COLLECTIVE_PEACEKEEPING_FORCES,
        Territory.MEMBER_STATE);
    return m.gen("MandateGens.peacekeeping(facts)");
  }

  /**
   * Valid peacekeeping mandates outside the members' territory, on a decision of the UN Security Council
   * (see the class documentation).
   *
   * @param facts the facts, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts do not know the Peacekeeping Agreement or have no
   *     member from its signature on
   */
  public static Gen<Mandate> peacekeepingOutside(CstoFacts facts) {
    Maker m = new Maker(facts, Kind.PEACEKEEPING, ForceKind.COLLECTIVE_PEACEKEEPING_FORCES,
        Territory.OUTSIDE_MEMBER_STATES);
    return m.gen("MandateGens.peacekeepingOutside(facts)");
  }

  /**
   * Valid deployments of the Collective Rapid Reaction Forces on a member's territory, at the host's
   * request, decided by a CSC consensus decision about a CRRF deployment (see the class documentation).
   *
   * @param facts the facts, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts lack the CRRF Agreement's entry into force or have no
   *     member from it on
   */
  public static Gen<Mandate> crrf(CstoFacts facts) {
    Maker m = new Maker(facts, Kind.CRRF, ForceKind.COLLECTIVE_RAPID_REACTION_FORCES,
        Territory.MEMBER_STATE);
    return m.gen("MandateGens.crrf(facts)");
  }

  // ---------------------------------------------------------------- invalid mandates

  /**
   * Peacekeeping mandates on a member's territory without the host's request; everything else valid.
   * Breaks {@link RuleIds#PK_3_OPERATION_ON_MEMBER_TERRITORY}.
   *
   * @param facts the facts, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts do not know the Peacekeeping Agreement or have no
   *     member from its signature on
   */
  public static Gen<Invalid<Mandate>> withoutHostRequest(CstoFacts facts) {
    return peacekeeping(facts).map(m -> Invalid.of(m.withoutRequest(),
        RuleIds.PK_3_OPERATION_ON_MEMBER_TERRITORY,
        "operation on the territory of member " + m.hostState() + " without its request"))
        .named("MandateGens.withoutHostRequest(facts)");
  }

  /**
   * Peacekeeping mandates outside the members' territory without a UN Security Council decision;
   * everything else valid. Breaks {@link RuleIds#PK_3_OPERATION_OUTSIDE_CSTO}.
   *
   * @param facts the facts, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts do not know the Peacekeeping Agreement or have no
   *     member from its signature on
   */
  public static Gen<Invalid<Mandate>> outsideWithoutUnDecision(CstoFacts facts) {
    Maker maker = new Maker(facts, Kind.PEACEKEEPING, ForceKind.COLLECTIVE_PEACEKEEPING_FORCES,
        Territory.OUTSIDE_MEMBER_STATES);
    maker.unDecision = false;
    return maker.gen("").map(m -> Invalid.of(m, RuleIds.PK_3_OPERATION_OUTSIDE_CSTO,
        "operation in non-member " + m.hostState() + " without a UN Security Council decision"))
        .named("MandateGens.outsideWithoutUnDecision(facts)");
  }

  /**
   * Peacekeeping mandates on a member's territory with one more contingent, from a state suspended on
   * the day; everything else valid. Breaks {@link RuleIds#PK_COMMAND_COMPOSITION_COMPLETION}.
   *
   * @param facts the facts, with a suspended state on some day from the Peacekeeping Agreement's signature on; not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts never have both a member and a suspended state on a
   *     day from the Peacekeeping Agreement's signature on
   */
  public static Gen<Invalid<Mandate>> contingentFromSuspendedMember(CstoFacts facts) {
    Maker maker = new Maker(facts, Kind.PEACEKEEPING, ForceKind.COLLECTIVE_PEACEKEEPING_FORCES,
        Territory.MEMBER_STATE, s -> !s.suspended.isEmpty(), "a suspended state");
    maker.suspendedContingent = true;
    return maker.gen("").map(m -> {
      Contingent last = m.contingents().get(m.contingents().size() - 1);
      return Invalid.of(m, RuleIds.PK_COMMAND_COMPOSITION_COMPLETION,
          "contingent from " + last.state() + ", suspended on " + m.decision().get().date());
    }).named("MandateGens.contingentFromSuspendedMember(facts)");
  }

  /**
   * Peacekeeping mandates on a member's territory with at least one contingent, one of which does not
   * serve under the unified command; everything else valid. Breaks
   * {@link RuleIds#PK_COMMAND_COMPOSITION_COMPLETION}.
   *
   * @param facts the facts, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts have no member of normal participation from the
   *     Peacekeeping Agreement's signature on
   */
  public static Gen<Invalid<Mandate>> contingentOutsideUnifiedCommand(CstoFacts facts) {
    Maker maker = new Maker(facts, Kind.PEACEKEEPING, ForceKind.COLLECTIVE_PEACEKEEPING_FORCES,
        Territory.MEMBER_STATE, s -> !s.normalMembers.isEmpty(), "a member of normal participation");
    maker.minContingents = 1;
    return maker.gen("").map(m -> {
      List<Contingent> list = new ArrayList<>(m.contingents());
      Contingent c = list.get(0);
      list.set(0, Contingent.builder().from(c).underUnifiedCommand(false).build());
      return Invalid.of(m.withContingents(list), RuleIds.PK_COMMAND_COMPOSITION_COMPLETION,
          "the contingent of " + c.state() + " is not under the unified command");
    }).named("MandateGens.contingentOutsideUnifiedCommand(facts)");
  }

  /**
   * Peacekeeping mandates on a member's territory without a commander appointed by a competent body: the
   * unified command's commander was named by a body that takes no binding decisions (the Permanent
   * Council, the Secretariat, the Joint Staff or the Parliamentary Assembly); everything else valid.
   * Breaks {@link RuleIds#PK_COMMAND_COMPOSITION_COMPLETION}. (A mandate with no command at all would not
   * do: an empty {@link Mandate#command()} means none was set up <em>or none was recorded</em>, and the
   * procedure checks do not take an unrecorded fact for a breach.)
   *
   * @param facts the facts, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts do not know the Peacekeeping Agreement or have no
   *     member from its signature on
   */
  public static Gen<Invalid<Mandate>> withoutCommander(CstoFacts facts) {
    return peacekeeping(facts).map(m -> {
      Command c = m.command().orElseThrow();
      Body body = NOT_APPOINTING.get(
          Math.floorMod(m.id().hashCode() + m.hostState().hashCode(), NOT_APPOINTING.size()));
      return Invalid.of(m.withCommand(Command.builder().from(c).appointingBody(body).build()),
          RuleIds.PK_COMMAND_COMPOSITION_COMPLETION,
          "no commander appointed by a competent body: the " + body.nameEn()
              + ", which takes no binding decisions, named one");
    }).named("MandateGens.withoutCommander(facts)");
  }

  /**
   * Deployments of the CRRF outside the members' territory, otherwise as valid as can be (a CSC
   * consensus decision, a UN Security Council decision, the host's request, a unified command). Breaks
   * {@link RuleIds#CRRF_USE_DECISION}.
   *
   * @param facts the facts, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts lack the CRRF Agreement's entry into force or have no
   *     member from it on
   */
  public static Gen<Invalid<Mandate>> crrfOutsideMembers(CstoFacts facts) {
    Maker maker = new Maker(facts, Kind.CRRF, ForceKind.COLLECTIVE_RAPID_REACTION_FORCES,
        Territory.OUTSIDE_MEMBER_STATES);
    maker.outsideRequest = true;
    return maker.gen("").map(m -> Invalid.of(m, RuleIds.CRRF_USE_DECISION,
        "CRRF used in non-member " + m.hostState()))
        .named("MandateGens.crrfOutsideMembers(facts)");
  }

  /**
   * Every kind of invalid mandate above, uniformly; the suspended-contingent kind only if the facts have
   * a suspended state on some day from the Peacekeeping Agreement's signature on, and the outside-the-unified-command kind only if
   * they have a member of normal participation.
   *
   * @param facts the facts, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts lack the CRRF Agreement's entry into force or have no
   *     member from it on
   */
  public static Gen<Invalid<Mandate>> invalid(CstoFacts facts) {
    List<Map.Entry<Integer, Gen<Invalid<Mandate>>>> gens = new ArrayList<>();
    gens.add(Map.entry(1, withoutHostRequest(facts)));
    gens.add(Map.entry(1, outsideWithoutUnDecision(facts)));
    gens.add(Map.entry(1, withoutCommander(facts)));
    gens.add(Map.entry(1, crrfOutsideMembers(facts)));
    try {
      gens.add(Map.entry(1, contingentOutsideUnifiedCommand(facts)));
    } catch (IllegalArgumentException noMemberOfNormalParticipation) {
      // that kind cannot be made for these facts
    }
    try {
      gens.add(Map.entry(1, contingentFromSuspendedMember(facts)));
    } catch (IllegalArgumentException noSuspendedState) {
      // that kind cannot be made for these facts
    }
    return Gen.frequency(gens).named("MandateGens.invalid(facts)");
  }

  // ---------------------------------------------------------------- construction

  private static HostRequest request(String state, PartialDate date) {
    return HostRequest.builder().state(state).author("Head of state of " + state).date(date)
        .addressee("Chairman of the Collective Security Council").build();
  }

  private static Contingent contingent(String state, RandomGenerator random) {
    Contingent.Builder b = Contingent.builder().state(state);
    if (random.nextInt(4) != 0) {
      b.size(1 + random.nextInt(5000));
    }
    return b.build();
  }

  private static Command command(String state, long day, RandomGenerator random) {
    Body body = random == null || random.nextBoolean()
        ? Body.COLLECTIVE_SECURITY_COUNCIL : Body.COUNCIL_OF_DEFENCE_MINISTERS;
    return Command.builder().commander("Commander of the forces from " + state).commanderState(state)
        .appointingBody(body).date(PartialDate.of(LocalDate.ofEpochDay(day))).build();
  }

  /** Builds mandates of one kind under indexed facts. */
  private static final class Maker {
    final FactsIndex index;
    final ForceKind kind;
    final Territory territory;
    final Picker picker;
    final List<String> unknown = new ArrayList<>();
    boolean unDecision = true;
    boolean outsideRequest;
    boolean suspendedContingent;
    int minContingents;

    Maker(CstoFacts facts, Kind from, ForceKind kind, Territory territory) {
      this(facts, from, kind, territory, s -> true, "");
    }

    Maker(CstoFacts facts, Kind first, ForceKind kind, Territory territory,
        java.util.function.Predicate<Segment> extra, String what) {
      this.index = DecisionGens.index(facts);
      LocalDate from = first.from(facts);
      this.kind = kind;
      this.territory = territory;
      this.picker = DecisionGens.nonEmpty(
          index.picker(s -> !s.members.isEmpty() && extra.test(s), from, CstoGens.HISTORY_END),
          "a member" + (what.isEmpty() ? "" : " and " + what) + " on some day from " + from + " on");
      for (State s : Reference.HYPOTHETICAL_STATES) {
        if (facts.state(s.isoAlpha2()).isEmpty()) {
          unknown.add(s.isoAlpha2());
        }
      }
    }

    Gen<Mandate> gen(String name) {
      List<Mandate> edges = new ArrayList<>();
      RandomGenerator fixed = new SplittableRandom(0);
      boolean first = true;
      for (LocalDate day : picker.keep(index.keyDays())) {
        edges.add(make(fixed, day.toEpochDay(), first ? Mode.NONE : Mode.ALL));
        first = false;
      }
      return BasicGen.of(name, random -> make(random, picker.draw(random), Mode.RANDOM), edges);
    }

    Mandate make(RandomGenerator random, long day, Mode mode) {
      Segment s = picker.segment(day);
      LocalDate date = LocalDate.ofEpochDay(day);
      boolean inside = territory == Territory.MEMBER_STATE;
      String host;
      if (inside) {
        host = s.members.get(random.nextInt(s.members.size()));
      } else if (!s.outsiders.isEmpty() && random.nextBoolean()) {
        host = s.outsiders.get(random.nextInt(s.outsiders.size()));
      } else {
        host = unknown.get(random.nextInt(unknown.size()));
      }
      Matter matter = kind == ForceKind.COLLECTIVE_RAPID_REACTION_FORCES
          ? Matter.CRRF_DEPLOYMENT : Matter.DEPLOYMENT;
      Decision decision = DecisionGens.consensusOn(Body.COLLECTIVE_SECURITY_COUNCIL, day, s, matter);
      List<Contingent> contingents = new ArrayList<>();
      List<String> eligible = s.normalMembers;
      if (mode == Mode.ALL || (mode == Mode.NONE && minContingents > 0)) {
        for (String code : eligible) {
          contingents.add(contingent(code, random));
        }
      } else if (mode == Mode.RANDOM) {
        for (String code : eligible) {
          if (random.nextBoolean()) {
            contingents.add(contingent(code, random));
          }
        }
      }
      if (contingents.size() < minContingents) {
        contingents.add(contingent(eligible.get(random.nextInt(eligible.size())), random));
      }
      if (suspendedContingent) {
        contingents.add(contingent(s.suspended.get(random.nextInt(s.suspended.size())), random));
      }
      String commanderState = contingents.isEmpty() || suspendedContingent && contingents.size() == 1
          ? s.members.get(0) : contingents.get(0).state();
      Mandate.Builder b = Mandate.builder()
          .id("hypothetical-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36))
          .forceKind(kind)
          .hostState(host)
          .territory(territory)
          .decision(decision)
          .contingents(contingents)
          .command(command(commanderState, day, random))
          .otherCommands(mode == Mode.RANDOM && random.nextInt(8) == 0
              ? List.of(command(commanderState, day + 1 + random.nextInt(30), random))
              : List.of())
          .addTask(TASKS.get(random.nextInt(TASKS.size())))
          .deployed(true);
      b.period(random.nextInt(4) == 0
          ? Period.startingOn(date) : Period.of(date, date.plusDays(1 + random.nextInt(365))));
      if (kind == ForceKind.COLLECTIVE_PEACEKEEPING_FORCES) {
        b.addLegalBasis(PK_ART_3);
      } else {
        b.addLegalBasis(TREATY_ART_4);
      }
      if (inside || outsideRequest) {
        b.request(request(host, PartialDate.of(date.minusDays(1 + random.nextInt(4)))));
      }
      if (inside) {
        b.unSecurityCouncilInformed(date.plusDays(random.nextInt(3)));
      } else if (unDecision) {
        b.unSecurityCouncilDecision(date.minusDays(1 + random.nextInt(30)));
        b.unSecurityCouncilInformed(date);
      }
      return b.build();
    }
  }

  /** The kinds of force and the first day of their mandates by the facts. */
  private enum Kind {
    /** Peacekeeping: from the Peacekeeping Agreement's signature (no entry into force is recorded). */
    PEACEKEEPING,
    /** The CRRF: from the CRRF Agreement's entry into force. */
    CRRF;

    LocalDate from(CstoFacts facts) {
      LocalDate day = this == PEACEKEEPING
          ? LawDates.requireSigned(facts, InstrumentIds.PEACEKEEPING_AGREEMENT, "peacekeeping mandates start from its signature")
          : LawDates.requireInForce(facts, InstrumentIds.CRRF_AGREEMENT, "CRRF mandates start from its entry into force");
      LocalDate charter = DecisionGens.start(facts);
      return day.isBefore(charter) ? charter : day;
    }
  }

  private enum Mode {
    NONE,
    ALL,
    RANDOM
  }
}
