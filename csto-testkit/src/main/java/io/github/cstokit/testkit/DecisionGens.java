package io.github.cstokit.testkit;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.InstrumentIds;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.State;
import io.github.cstokit.testkit.internal.FactsIndex;
import io.github.cstokit.testkit.internal.FactsIndex.Picker;
import io.github.cstokit.testkit.internal.FactsIndex.Segment;
import io.github.cstokit.testkit.internal.LawDates;
import io.github.cstokit.testkit.internal.Reference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Generators of positions and of decisions of the deciding bodies, valid by construction or breaking
 * exactly one rule, under given facts (the bundled dataset, or any {@link CstoFacts} such as a
 * {@link io.github.cstokit.model.Scenario}).
 *
 * <p><b>Valid decisions</b> ({@link #consensus(CstoFacts)}) are taken in the standard format by one of
 * the {@link #DECIDING_BODIES} on a day with at least one member, and record exactly the members of that
 * day (status {@code MEMBER}, frozen or not; suspended states are not members), every one of them with
 * position {@link Position#SUPPORTS} and a signature. Every body decides from the Charter's entry into
 * force by the facts (instrument {@code charter-2002}; 2003-09-18 in the bundled dataset), the instrument
 * of the consensus rule, up to {@link CstoGens#HISTORY_END}: before
 * it the rules find the Charter's rules not applicable (or, between its signature and its entry into
 * force, not shown to be in force). The kind of matter is one of {@link #CONSENSUS_MATTERS}, which no other
 * rule singles out. Decisions are hypothetical: no id, no source.
 *
 * <p><b>Invalid decisions</b> break exactly one rule and keep the others: {@link #withOneObjection}
 * breaks {@link RuleIds#CHARTER_12_CONSENSUS}; {@link #limitedFormatTooEarly} breaks
 * {@link RuleIds#CHARTER_12_LIMITED_FORMAT}. Where the rule rests on secondary sources or practice only,
 * the checks report such a break as {@code INDETERMINATE} ("this would be a violation ..."), never as a
 * final {@code VIOLATED}. ({@link #withNonMemberPosition} no longer breaks a rule: a position of a state
 * not entitled on the date counts neither for nor against consensus.)
 *
 * <p><b>Law dates come from the facts.</b> The Charter's entry into force and the day the limited
 * format became available (the entry into force of {@code charter-protocol-2010}) are read from the
 * facts' instruments, never from constants: facts with other dates give generators that follow them.
 * A generator that needs an instrument the facts do not know, or whose entry into force they do not give,
 * throws {@link IllegalArgumentException} naming it.
 *
 * <p><b>Edge cases</b> are decisions on the {@linkplain CstoGens#keyDates(CstoFacts) key days of the
 * facts} the generator can use (the Charter's entry into force, the 2010 protocol's, the days states
 * changed status or participation, ...) and, where the
 * facts have a day with a single member, a decision of that single-member body.
 *
 * <pre>{@code
 * Gen<Decision> decisions = DecisionGens.consensus(facts);
 * PropertyCheck.forAll(decisions, 42L, 10_000, d ->
 *     assertEquals(facts.members(d.date()).size(), d.positions().size()));
 * }</pre>
 *
 * <p>This class is thread-safe: it has no state, and its generators are immutable. A generator indexes
 * the facts once, when it is made, so draws do not query them.
 */
public final class DecisionGens {

  /**
   * The bodies whose decisions bind the members (CSC, foreign and defence ministers, CSSC), in declaration
   * order: those the model marks with {@link Body#takesBindingDecisions()}.
   */
  public static final List<Body> DECIDING_BODIES =
      Arrays.stream(Body.values()).filter(Body::takesBindingDecisions).toList();

  /** The kinds of matter valid decisions are about: general, procedural, budget, statements. */
  public static final List<Matter> CONSENSUS_MATTERS =
      List.of(Matter.GENERAL, Matter.PROCEDURAL, Matter.BUDGET, Matter.STATEMENT);

  /**
   * The kinds of matter decisions with one objection are about: {@link #CONSENSUS_MATTERS} without
   * {@link Matter#PROCEDURAL}, since for procedural questions the regime of the Rules of Procedure was not
   * available and an objection there does not establish a breach of consensus.
   */
  private static final List<Matter> OBJECTION_MATTERS =
      List.of(Matter.GENERAL, Matter.BUDGET, Matter.STATEMENT);

  private static final Map<Matter, String> MATTER_TEXT = new EnumMap<>(Matter.class);

  static {
    for (Matter m : Matter.values()) {
      MATTER_TEXT.put(m, "Hypothetical decision on a " + m.name().toLowerCase().replace('_', ' ')
          + " matter");
    }
  }

  private DecisionGens() {}

  /**
   * Positions, uniformly. Edge cases: {@code SUPPORTS}, {@code OBJECTS},
   * {@code DOES_NOT_PARTICIPATE}.
   *
   * @return the generator, not null
   */
  public static Gen<Position> positions() {
    Position[] values = Position.values();
    return BasicGen.of(
        "DecisionGens.positions()",
        random -> values[random.nextInt(values.length)],
        List.of(Position.SUPPORTS, Position.OBJECTS, Position.DOES_NOT_PARTICIPATE));
  }

  /**
   * Valid decisions of any deciding body: the consensus of the members of the day (see the class
   * documentation). The body is drawn uniformly among those that can decide on some day of the facts.
   *
   * @param facts the facts, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts do not give the Charter's entry into force, or have no
   *     member on any day from it on
   */
  public static Gen<Decision> consensus(CstoFacts facts) {
    FactsIndex index = index(facts);
    LocalDate start = start(facts);
    List<Body> bodies = new ArrayList<>();
    List<Picker> pickers = new ArrayList<>();
    for (Body body : DECIDING_BODIES) {
      Picker p = index.picker(s -> !s.members.isEmpty(), start, CstoGens.HISTORY_END);
      if (!p.isEmpty()) {
        bodies.add(body);
        pickers.add(p);
      }
    }
    if (bodies.isEmpty()) {
      throw new IllegalArgumentException(
          "facts must have a member on some day from " + start + " on");
    }
    List<Decision> edges = consensusEdges(index, bodies.get(0), pickers.get(0));
    return BasicGen.of(
        "DecisionGens.consensus(facts)",
        random -> {
          int i = random.nextInt(bodies.size());
          Picker p = pickers.get(i);
          long day = p.draw(random);
          return consensusOn(bodies.get(i), day, p.segment(day), matter(random));
        },
        edges);
  }

  /**
   * Valid decisions of one deciding body: the consensus of the members of the day (see the class
   * documentation).
   *
   * @param facts the facts, not null
   * @param body one of the {@link #DECIDING_BODIES}, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the body is not a deciding body, or the facts have no member on
   *     any day the body decides
   */
  public static Gen<Decision> consensus(CstoFacts facts, Body body) {
    Objects.requireNonNull(body, "body");
    if (!DECIDING_BODIES.contains(body)) {
      throw new IllegalArgumentException("body must be a deciding body but was " + body);
    }
    FactsIndex index = index(facts);
    LocalDate start = start(facts);
    Picker p = nonEmpty(index.picker(s -> !s.members.isEmpty(), start, CstoGens.HISTORY_END),
        "a member on some day from " + start + " on");
    return BasicGen.of(
        "DecisionGens.consensus(facts, " + body.abbreviation() + ")",
        random -> {
          long day = p.draw(random);
          return consensusOn(body, day, p.segment(day), matter(random));
        },
        consensusEdges(index, body, p));
  }

  /**
   * Valid decisions of the Collective Security Council in the limited format, from the day the 2010
   * protocol entered into force by the facts ({@code charter-protocol-2010}; 2012-12-19 in the bundled
   * dataset) on, about a general matter: at
   * least one member supports, every other member does not participate, none objects; the supporters
   * sign.
   *
   * @param facts the facts, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts do not give the 2010 protocol's entry into force, or have
   *     no member on any day from it on
   */
  public static Gen<Decision> limitedFormat(CstoFacts facts) {
    FactsIndex index = index(facts);
    LocalDate from = LawDates.requireInForce(facts, InstrumentIds.CHARTER_PROTOCOL_2010, "the limited format");
    Picker p = nonEmpty(index.picker(s -> !s.members.isEmpty(), from, CstoGens.HISTORY_END),
        "a member on some day from " + from + " on");
    List<Decision> edges = new ArrayList<>();
    for (LocalDate day : p.keep(index.keyDays())) {
      Segment s = p.segment(day.toEpochDay());
      edges.add(limited(day, s.members, 1L));
    }
    return BasicGen.of(
        "DecisionGens.limitedFormat(facts)",
        random -> {
          long day = p.draw(random);
          List<String> members = p.segment(day).members;
          long mask = 0;
          while (mask == 0) {
            mask = random.nextLong() & ((1L << Math.min(members.size(), 62)) - 1);
          }
          return limited(LocalDate.ofEpochDay(day), members, mask);
        },
        edges);
  }

  private static Decision limited(LocalDate day, List<String> members, long supporters) {
    Decision.Builder b = Decision.builder().body(Body.COLLECTIVE_SECURITY_COUNCIL).date(day)
        .title(MATTER_TEXT.get(Matter.GENERAL)).matter(Matter.GENERAL)
        .format(DecisionFormat.LIMITED);
    for (int i = 0; i < members.size(); i++) {
      boolean supports = i < 62 && (supporters & (1L << i)) != 0;
      b.putPosition(members.get(i), supports ? Position.SUPPORTS : Position.DOES_NOT_PARTICIPATE);
      if (supports) {
        b.addSignature(members.get(i));
      }
    }
    return b.build();
  }

  /**
   * Decisions that break {@link RuleIds#CHARTER_12_CONSENSUS} by exactly one objection: a standard-format
   * decision of a deciding body on a day with at least two members, about a general matter, the budget or
   * a statement (never a procedural matter, for which the consensus rule is not established), in which
   * one member objects (and does not sign) and every other member supports and signs.
   *
   * @param facts the facts, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts never have two members on a day a body decides
   */
  public static Gen<Invalid<Decision>> withOneObjection(CstoFacts facts) {
    FactsIndex index = index(facts);
    Body body = Body.COLLECTIVE_SECURITY_COUNCIL;
    LocalDate start = start(facts);
    Picker p = nonEmpty(index.picker(s -> s.members.size() >= 2, start, CstoGens.HISTORY_END),
        "two members on some day from " + start + " on");
    List<Invalid<Decision>> edges = new ArrayList<>();
    for (LocalDate day : p.keep(index.keyDays())) {
      Segment s = p.segment(day.toEpochDay());
      edges.add(objection(body, day.toEpochDay(), s, s.members.get(0), Matter.GENERAL));
    }
    return BasicGen.of(
        "DecisionGens.withOneObjection(facts)",
        random -> {
          Body b = DECIDING_BODIES.get(random.nextInt(DECIDING_BODIES.size()));
          long day = p.draw(random);
          Segment s = p.segment(day);
          String objector = s.members.get(random.nextInt(s.members.size()));
          return objection(b, day, s, objector, OBJECTION_MATTERS.get(random.nextInt(OBJECTION_MATTERS.size())));
        },
        edges);
  }

  private static Invalid<Decision> objection(
      Body body, long day, Segment s, String objector, Matter matter) {
    TreeMap<String, Position> positions = new TreeMap<>(s.allSupport);
    positions.put(objector, Position.OBJECTS);
    TreeSet<String> signatures = new TreeSet<>(s.memberSet);
    signatures.remove(objector);
    Decision d = Decision.builder().body(body).date(LocalDate.ofEpochDay(day))
        .title(MATTER_TEXT.get(matter)).matter(matter)
        .positions(positions).signatures(signatures).build();
    return Invalid.of(d, RuleIds.CHARTER_12_CONSENSUS,
        objector + " objects; every other member supports");
  }

  /**
   * Decisions with a position from a state that is not a member on the day: every member supports and
   * signs, and one more state, not a member (a known state of another status, such as a suspended or
   * former member, or else a hypothetical state unknown to the facts), is recorded as supporting, without
   * signing. The value names {@link RuleIds#CHARTER_12_CONSENSUS}, under which the position is listed.
   *
   * @param facts the facts, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts do not give the Charter's entry into force, or have no
   *     member on any day from it on
   * @deprecated since 0.2.0 such a position counts neither for nor against consensus, so these decisions
   *     break no rule and are adopted; they serve to test that such positions are listed and not counted.
   *     For a decision that breaks consensus use {@link #withOneObjection(CstoFacts)}.
   */
  @Deprecated
  public static Gen<Invalid<Decision>> withNonMemberPosition(CstoFacts facts) {
    FactsIndex index = index(facts);
    Body body = Body.COLLECTIVE_SECURITY_COUNCIL;
    LocalDate start = start(facts);
    Picker p = nonEmpty(index.picker(s -> !s.members.isEmpty(), start, CstoGens.HISTORY_END),
        "a member on some day from " + start + " on");
    List<String> unknown = new ArrayList<>();
    for (State s : Reference.HYPOTHETICAL_STATES) {
      if (facts.state(s.isoAlpha2()).isEmpty()) {
        unknown.add(s.isoAlpha2());
      }
    }
    List<Invalid<Decision>> edges = new ArrayList<>();
    for (LocalDate day : p.keep(index.keyDays())) {
      Segment s = p.segment(day.toEpochDay());
      String outsider = s.nonMembers.isEmpty() ? unknown.get(0) : s.nonMembers.get(0);
      edges.add(nonMember(facts, body, day, s, outsider));
    }
    return BasicGen.of(
        "DecisionGens.withNonMemberPosition(facts)",
        random -> {
          long day = p.draw(random);
          Segment s = p.segment(day);
          String outsider = !s.nonMembers.isEmpty() && random.nextInt(4) != 0
              ? s.nonMembers.get(random.nextInt(s.nonMembers.size()))
              : unknown.get(random.nextInt(unknown.size()));
          return nonMember(facts, body, LocalDate.ofEpochDay(day), s, outsider);
        },
        edges);
  }

  private static Invalid<Decision> nonMember(
      CstoFacts facts, Body body, LocalDate day, Segment s, String outsider) {
    Decision d = Decision.builder().body(body).date(day)
        .title(MATTER_TEXT.get(Matter.GENERAL)).matter(Matter.GENERAL)
        .positions(s.allSupport).putPosition(outsider, Position.SUPPORTS).signatures(s.memberSet)
        .build();
    return Invalid.of(d, RuleIds.CHARTER_12_CONSENSUS,
        outsider + " (" + (facts.state(outsider).isPresent() ? facts.status(outsider, day)
            : MembershipStatus.NOT_PARTY) + " on " + day
            + ") has a position, which is not counted; every member supports");
  }

  /**
   * Decisions that break {@link RuleIds#CHARTER_12_LIMITED_FORMAT}: a decision of the Collective
   * Security Council in the limited format about a general matter, dated from the Charter's entry into
   * force to the day before the 2010 protocol entered into force, both by the facts (2003-09-18 and
   * 2012-12-18 in the bundled dataset), that relies on
   * that format: at least one member supports and signs, at least one does not participate, none objects.
   * Dated from the protocol's entry into force it would be a valid limited-format decision ({@link #limitedFormat}). A decision
   * labelled limited in which every member consents is no such case: it is adopted by consensus whatever
   * its label. Because consensus was then the only way to decide, such a decision necessarily also lacks
   * the consensus of {@link RuleIds#CHARTER_12_CONSENSUS}; that follows from the one defect, the early use
   * of the format. Edge cases: the facts' key days in that range, such as its first and last day.
   *
   * @param facts the facts, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the facts do not give both entries into force, or have no day of
   *     that range with two members
   */
  public static Gen<Invalid<Decision>> limitedFormatTooEarly(CstoFacts facts) {
    FactsIndex index = index(facts);
    LocalDate start = start(facts);
    LocalDate limited = LawDates.requireInForce(facts, InstrumentIds.CHARTER_PROTOCOL_2010, "the limited format");
    LocalDate last = limited.minusDays(1);
    Picker p = nonEmpty(index.picker(s -> s.members.size() >= 2, start, last),
        "two members on some day from " + start + " to " + last);
    List<Invalid<Decision>> edges = new ArrayList<>();
    for (LocalDate day : p.keep(index.keyDays())) {
      edges.add(tooEarly(day, p.segment(day.toEpochDay()).members, 1L, limited));
    }
    return BasicGen.of(
        "DecisionGens.limitedFormatTooEarly(facts)",
        random -> {
          long day = p.draw(random);
          List<String> members = p.segment(day).members;
          int n = Math.min(members.size(), 62);
          long all = (1L << n) - 1;
          long mask = 0;
          while (mask == 0 || mask == all) {
            mask = random.nextLong() & all;
          }
          return tooEarly(LocalDate.ofEpochDay(day), members, mask, limited);
        },
        edges);
  }

  private static Invalid<Decision> tooEarly(
      LocalDate day, List<String> members, long supporters, LocalDate limited) {
    Decision d = limited(day, members, supporters);
    return Invalid.of(d, RuleIds.CHARTER_12_LIMITED_FORMAT,
        "limited format on " + d.date() + ", before the 2010 protocol entered into force on "
            + limited + "; not every member participates, none objects");
  }

  /**
   * Every kind of invalid decision above, uniformly.
   *
   * @param facts the facts, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if one of the invalid generators cannot be made for the facts
   */
  public static Gen<Invalid<Decision>> invalid(CstoFacts facts) {
    return Gen.<Invalid<Decision>>oneOf(
            withOneObjection(facts), limitedFormatTooEarly(facts))
        .named("DecisionGens.invalid(facts)");
  }

  // ---------------------------------------------------------------- shared with MandateGens

  static FactsIndex index(CstoFacts facts) {
    Objects.requireNonNull(facts, "facts");
    return new FactsIndex(facts, LawDates.historyStart(facts), CstoGens.HISTORY_END);
  }

  static Picker nonEmpty(Picker p, String what) {
    if (p.isEmpty()) {
      throw new IllegalArgumentException("facts must have " + what);
    }
    return p;
  }

  /** The first day the deciding bodies decide: the Charter's entry into force by the facts. */
  static LocalDate start(CstoFacts facts) {
    return LawDates.requireInForce(facts, InstrumentIds.CHARTER, "the deciding bodies decide from it");
  }

  private static Matter matter(RandomGenerator random) {
    return CONSENSUS_MATTERS.get(random.nextInt(CONSENSUS_MATTERS.size()));
  }

  static Decision consensusOn(Body body, long day, Segment s, Matter matter) {
    return Decision.builder()
        .body(body)
        .date(LocalDate.ofEpochDay(day))
        .title(MATTER_TEXT.get(matter))
        .matter(matter)
        .positions(s.allSupport)
        .signatures(s.memberSet)
        .build();
  }

  private static List<Decision> consensusEdges(FactsIndex index, Body body, Picker p) {
    List<Decision> edges = new ArrayList<>();
    for (LocalDate day : p.keep(index.keyDays())) {
      edges.add(consensusOn(body, day.toEpochDay(), p.segment(day.toEpochDay()), Matter.GENERAL));
    }
    Picker single = index.picker(singleMember(), start(index.facts()), CstoGens.HISTORY_END);
    if (!single.isEmpty()) {
      long day = single.draw(new java.util.SplittableRandom(0));
      edges.add(consensusOn(body, day, single.segment(day), Matter.GENERAL));
    }
    return edges;
  }

  private static Predicate<Segment> singleMember() {
    return s -> s.members.size() == 1;
  }
}
