package io.github.cstokit.rules;

import static io.github.cstokit.rules.Check.finding;
import static io.github.cstokit.rules.Check.findingSaying;
import static io.github.cstokit.rules.Episodes.FACTS;
import static io.github.cstokit.rules.Episodes.SIX;
import static io.github.cstokit.rules.Episodes.d;
import static io.github.cstokit.rules.Episodes.decision;
import static io.github.cstokit.rules.Episodes.unanimous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.Basis;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.MemberRight;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.RecordedOutcome;
import io.github.cstokit.model.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionRulesTest {

  /** A what-if base: the Kazakhstan decision with every member's support itemised. */
  static final Decision KZ = Episodes.KZ_DECISION_UNANIMOUS;

  @Test
  void unanimousDecisionIsAdoptedAndBinding() {
    Verdict v = DecisionRules.check(KZ, FACTS);
    assertEquals(Outcome.SATISFIED, v.outcome());
    finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
    finding(v, Rule.CHARTER_2_BINDING_FORCE, Outcome.SATISFIED);
    finding(v, Rule.ROP_QUORUM, Outcome.SATISFIED);
    assertTrue(DecisionRules.isAdopted(KZ, FACTS));
  }

  /** As recorded: no position, no signature, only what the sources report became of the decision. */
  static Decision unrecorded(RecordedOutcome outcome) {
    Decision d = KZ.withPositions(Map.of()).withSignatures(List.of());
    return outcome == null ? d.withoutRecordedOutcome() : d.withRecordedOutcome(outcome);
  }

  @Test
  void withoutPositionsAReportedAdoptionSatisfiesConsensus() {
    Decision d = unrecorded(RecordedOutcome.ADOPTED);
    Verdict v = DecisionRules.check(d, FACTS);
    assertEquals(Outcome.SATISFIED, v.outcome(), v.explain());
    Finding c = finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
    assertEquals("no member's position is recorded, and the decision is reported adopted, which under"
        + " consensus means no member objected", c.reason());
    assertEquals(Basis.SECONDARY, c.basis());
    assertTrue(c.facts().contains("positions and signatures: none recorded"), c.facts().toString());
    assertTrue(c.facts().contains("recorded outcome: ADOPTED"), c.facts().toString());
    Finding binding = finding(v, Rule.CHARTER_2_BINDING_FORCE, Outcome.SATISFIED);
    assertEquals(Basis.SECONDARY, binding.basis());
    assertTrue(binding.reason().contains("reported adopted"), binding.reason());
    finding(v, Rule.ROP_QUORUM, Outcome.SATISFIED);
    for (Finding f : v.findings()) {
      assertFalse(f.basis().isFirmerThan(Basis.SECONDARY), f.toString());
    }
    assertTrue(DecisionRules.isAdopted(d, FACTS));
  }

  @Test
  void withoutPositionsAReportedFailureIsNoConsensusButNoFinalViolation() {
    Decision d = unrecorded(RecordedOutcome.NOT_ADOPTED);
    Verdict v = DecisionRules.check(d, FACTS);
    assertEquals(Outcome.INDETERMINATE, v.outcome(), v.explain());
    Finding c = findingSaying(v, Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE, "reported not adopted");
    assertTrue(c.reason().endsWith("the rule rests on secondary sources alone (the text was not read), so no"
        + " final violation is found"), c.reason());
    finding(v, Rule.CHARTER_2_BINDING_FORCE, Outcome.NOT_APPLICABLE);
    finding(v, Rule.ROP_QUORUM, Outcome.INDETERMINATE);
    assertFalse(DecisionRules.isAdopted(d, FACTS));
  }

  @Test
  void withoutPositionsOrARecordedOutcomeConsensusIsOpen() {
    Decision d = unrecorded(null);
    Verdict v = DecisionRules.check(d, FACTS);
    assertEquals(Outcome.INDETERMINATE, v.outcome(), v.explain());
    assertEquals("no member's position and no outcome recorded",
        finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE).reason());
    finding(v, Rule.CHARTER_2_BINDING_FORCE, Outcome.INDETERMINATE);
    finding(v, Rule.ROP_QUORUM, Outcome.INDETERMINATE);
    assertFalse(DecisionRules.isAdopted(d, FACTS));
    // A body that takes no binding decisions stays outside consensus.
    Decision pa = Decision.builder().from(d).body(Body.PARLIAMENTARY_ASSEMBLY).build();
    finding(DecisionRules.check(pa, FACTS), Rule.CHARTER_12_CONSENSUS, Outcome.NOT_APPLICABLE);
  }

  @Test
  void itemisedPositionsOrSignaturesDecideWhateverTheRecordedOutcome() {
    // Reported adopted, but an objection is itemised: no consensus.
    Decision objected = unrecorded(RecordedOutcome.ADOPTED).withPosition("AM", Position.OBJECTS);
    assertTrue(finding(DecisionRules.check(objected, FACTS), Rule.CHARTER_12_CONSENSUS,
        Outcome.INDETERMINATE).reason().contains("AM objected"));
    assertFalse(DecisionRules.isAdopted(objected, FACTS));
    // Reported not adopted, but every member signed: consensus.
    Decision signed = unrecorded(RecordedOutcome.NOT_ADOPTED).withSignatures(Episodes.SIX);
    finding(DecisionRules.check(signed, FACTS), Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
    assertTrue(DecisionRules.isAdopted(signed, FACTS));
    // Signatures alone are itemised consent: the recorded outcome does not fill in the missing ones.
    Decision someSigned = unrecorded(RecordedOutcome.ADOPTED).withSignatures(List.of("RU"));
    Finding yet = finding(DecisionRules.check(someSigned, FACTS), Rule.CHARTER_12_CONSENSUS,
        Outcome.INDETERMINATE);
    assertTrue(yet.reason().startsWith("no consensus yet: no consent from AM (no position, not signed)"),
        yet.reason());
    assertFalse(DecisionRules.isAdopted(someSigned, FACTS));
  }

  @Test
  void withoutPositionsTheLimitedFormatFollowsTheRecordedOutcome() {
    Decision limited = unrecorded(RecordedOutcome.ADOPTED).withFormat(DecisionFormat.LIMITED);
    Verdict v = DecisionRules.check(limited, FACTS);
    assertEquals(Outcome.SATISFIED, v.outcome(), v.explain());
    finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.NOT_APPLICABLE);
    assertTrue(finding(v, Rule.CHARTER_12_LIMITED_FORMAT, Outcome.SATISFIED).reason()
        .contains("who took part, and so who is bound, is not recorded"));
    assertTrue(finding(v, Rule.CHARTER_2_BINDING_FORCE, Outcome.SATISFIED).reason()
        .contains("participants only, who are not recorded"));
    finding(DecisionRules.check(limited.withRecordedOutcome(RecordedOutcome.NOT_ADOPTED), FACTS),
        Rule.CHARTER_12_LIMITED_FORMAT, Outcome.INDETERMINATE);
    finding(DecisionRules.check(limited.withoutRecordedOutcome(), FACTS),
        Rule.CHARTER_12_LIMITED_FORMAT, Outcome.INDETERMINATE);
    // Before the 2010 protocol a reported adoption needed the consent of all, which it shows.
    Decision early = limited.withDate(java.time.LocalDate.of(2010, 6, 14));
    Verdict e = DecisionRules.check(early, FACTS);
    finding(e, Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
    finding(e, Rule.CHARTER_12_LIMITED_FORMAT, Outcome.NOT_APPLICABLE);
    finding(e, Rule.CHARTER_2_BINDING_FORCE, Outcome.SATISFIED);
    finding(DecisionRules.check(early.withoutRecordedOutcome(), FACTS), Rule.CHARTER_12_LIMITED_FORMAT,
        Outcome.INDETERMINATE);
    // Per practice a Secretary General is appointed with the consent of all, which an adoption shows.
    Decision sg = Decision.builder().from(limited).matter(Matter.APPOINTMENT_SECRETARY_GENERAL).build();
    Verdict s = DecisionRules.check(sg, FACTS);
    finding(s, Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
    finding(s, Rule.CHARTER_12_LIMITED_FORMAT, Outcome.NOT_APPLICABLE);
    finding(DecisionRules.check(sg.withoutRecordedOutcome(), FACTS), Rule.CHARTER_12_LIMITED_FORMAT,
        Outcome.INDETERMINATE);
  }

  @Test
  void anObjectionBlocksConsensus() {
    Decision d = KZ.withPosition("AM", Position.OBJECTS);
    Verdict v = DecisionRules.check(d, FACTS);
    Finding f = finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE);
    assertTrue(f.reason().startsWith("no consensus: AM objected; not adopted; this would be a violation"),
        f.reason());
    finding(v, Rule.CHARTER_2_BINDING_FORCE, Outcome.NOT_APPLICABLE);
    assertFalse(DecisionRules.isAdopted(d, FACTS));
  }

  @Test
  void absenceIsCuredOnlyByALaterSignatureOrJoining() {
    Decision absent = KZ.withPosition("AM", Position.ABSENT);
    Verdict v = DecisionRules.check(absent, FACTS);
    assertTrue(finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE).reason()
        .startsWith("no consensus yet: no consent from AM (ABSENT, not signed); no member objected, and a"
            + " signature can still come later"));
    finding(v, Rule.CHARTER_2_BINDING_FORCE, Outcome.INDETERMINATE);
    Finding q = finding(v, Rule.ROP_QUORUM, Outcome.INDETERMINATE);
    assertTrue(q.facts().contains("did not take part and did not sign: AM (ABSENT)"), q.facts().toString());
    assertFalse(DecisionRules.isAdopted(absent, FACTS));
    assertTrue(DecisionRules.isAdopted(absent.withSignatures(List.of("AM")), FACTS));
    assertTrue(DecisionRules.isAdopted(KZ.withPosition("AM", Position.JOINED_LATER), FACTS));
    // Joining later is a practice: consensus on that basis, binding the joining member from its joining.
    Decision joined = KZ.withPosition("AM", Position.JOINED_LATER).withSignatures(List.of("BY", "KG", "KZ",
        "RU", "TJ"));
    assertJoinedOnPractice(DecisionRules.check(joined, FACTS),
        "joined later: AM (bound from its joining; date not recorded)",
        "binding on AM from its joining, whose date is not recorded");
    // A later signature is itemised consent, no practice needed.
    assertEquals(Basis.SECONDARY, finding(DecisionRules.check(joined.withSignatures(SIX), FACTS),
        Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED).basis());
    assertFalse(DecisionRules.isAdopted(KZ.withPosition("AM", Position.DOES_NOT_PARTICIPATE), FACTS));
  }

  @Test
  void suspendedStatesAreExcludedAndFrozenStatesCount() {
    // Uzbekistan is suspended from 2012-12-19: six members decide; a UZ position is from a non-member.
    Decision d2013 = unanimous("d", Body.COLLECTIVE_SECURITY_COUNCIL, "2013-05-28", Matter.GENERAL, "x", SIX);
    assertTrue(DecisionRules.isAdopted(d2013, FACTS));
    // A position of a state not entitled on the date is listed and counts neither for nor against.
    for (Position p : Position.values()) {
      Verdict v = DecisionRules.check(d2013.withPosition("UZ", p), FACTS);
      Finding f = finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
      assertTrue(f.facts().contains("not entitled on 2013-05-28, not counted: UZ (SUSPENDED)"),
          f.facts().toString());
      assertTrue(DecisionRules.isAdopted(d2013.withPosition("UZ", p), FACTS), p.name());
    }
    // A non-member's objection does not block either, nor does a signature count for anything.
    Decision usObjects = d2013.withPosition("US", Position.OBJECTS).withSignatures(List.of("US"));
    assertTrue(DecisionRules.isAdopted(usObjects, FACTS));
    assertTrue(finding(DecisionRules.check(usObjects, FACTS), Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED)
        .facts().toString().contains("US (NOT_PARTY)"));
    // Armenia froze its participation in 2024 but remains a member whose consent is needed.
    Decision d2025 = unanimous("e", Body.COLLECTIVE_SECURITY_COUNCIL, "2025-11-27", Matter.GENERAL, "y",
        List.of("BY", "KG", "KZ", "RU", "TJ"));
    Verdict w = DecisionRules.check(d2025, FACTS);
    finding(w, Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE);
    assertTrue(w.finding(Rule.CHARTER_12_CONSENSUS).get().facts()
        .contains("frozen participation (still members): AM"));
  }

  /** KG objects: the what-if base for a member whose vote may be suspended for arrears. */
  static final Decision KG_OBJECTS = KZ.withPosition("KG", Position.OBJECTS);

  @Test
  void aMemberWhoseVoteTheCouncilSuspendedIsNotCountedFromTheSuspension() {
    // KG owes since 2019-01-01 and pays on 2024-03-01; the Council suspends its vote on 2021-06-01.
    Scenario facts = ArrearsRulesTest.IN_ARREARS.toBuilder()
        .addRightsSuspension(ArrearsRulesTest.suspension("2021-06-01", MemberRight.VOTE).build()).build();
    Verdict v = DecisionRules.check(KG_OBJECTS, facts);
    Finding c = finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
    assertTrue(c.facts().contains("not entitled on 2022-01-06, not counted: KG (vote suspended by a Council"
        + " decision under Charter Art. 25, OBJECTS)"), c.facts().toString());
    assertEquals("consenting: AM, BY, KZ, RU, TJ", c.facts().get(c.facts().size() - 1));
    assertTrue(DecisionRules.isAdopted(KG_OBJECTS, facts));
    // Its absence is no missing consent and no gap in the quorum either.
    Decision silent = KZ.withoutPosition("KG");
    finding(DecisionRules.check(silent, facts), Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
    finding(DecisionRules.check(silent, facts), Rule.ROP_QUORUM, Outcome.SATISFIED);
    // The day before the suspension, and from the day the debt is paid, KG counts: its objection blocks.
    for (String day : List.of("2021-05-31", "2024-03-01")) {
      Finding before = finding(DecisionRules.check(KG_OBJECTS.withDate(d(day)), facts),
          Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE);
      assertTrue(before.facts().contains("objecting: KG"), before.facts().toString());
      assertFalse(before.facts().toString().contains("not entitled"), before.facts().toString());
      assertFalse(DecisionRules.isAdopted(KG_OBJECTS.withDate(d(day)), facts), day);
    }
  }

  @Test
  void aMemberInArrearsWithoutACouncilSuspensionOfItsVoteCounts() {
    Scenario noDecision = ArrearsRulesTest.IN_ARREARS;
    Scenario quotaPostsOnly = noDecision.toBuilder().addRightsSuspension(
        ArrearsRulesTest.suspension("2021-06-01", MemberRight.NOMINATION_TO_QUOTA_POSTS).build()).build();
    Scenario otherBody = noDecision.toBuilder().addRightsSuspension(ArrearsRulesTest.suspension("2021-06-01",
        MemberRight.VOTE).body(Body.PERMANENT_COUNCIL).build()).build();
    for (Scenario facts : List.of(noDecision, quotaPostsOnly, otherBody)) {
      Finding c = finding(DecisionRules.check(KG_OBJECTS, facts), Rule.CHARTER_12_CONSENSUS,
          Outcome.INDETERMINATE);
      assertTrue(c.facts().contains("objecting: KG"), c.facts().toString());
      assertFalse(c.facts().toString().contains("not entitled"), c.facts().toString());
      assertFalse(DecisionRules.isAdopted(KG_OBJECTS, facts));
      // Its support is needed too: without it there is no consensus yet.
      assertFalse(DecisionRules.isAdopted(KZ.withoutPosition("KG"), facts));
    }
  }

  /** Consensus and binding force satisfied on a practice basis, each with the fact given. */
  private static void assertJoinedOnPractice(Verdict v, String consensusFact, String bindingFact) {
    Finding c = finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
    assertEquals(Basis.PRACTICE, c.basis());
    assertTrue(c.facts().contains(consensusFact), c.facts().toString());
    Finding b = finding(v, Rule.CHARTER_2_BINDING_FORCE, Outcome.SATISFIED);
    assertEquals(Basis.PRACTICE, b.basis());
    assertTrue(b.facts().contains(bindingFact), b.facts().toString());
  }

  @Test
  void aConsentGivenOnALaterRecordedDayCountsFromThatDayOnAPracticeBasis() {
    // AM joins on 2022-02-01, by a position of joining later or by a later signature.
    Decision joins = KZ.withPosition("AM", Position.JOINED_LATER)
        .withJoiningDates(Map.of("AM", d("2022-02-01")));
    Decision signs = KZ.withoutPosition("AM").withSignatures(List.of("AM"))
        .withJoiningDates(Map.of("AM", d("2022-02-01")));
    for (Decision d : List.of(joins, signs)) {
      String verb = d == joins ? "joins" : "signs";
      // On the decision's day and the day before the joining: no consensus yet.
      for (String day : List.of("2022-01-06", "2022-01-31")) {
        Verdict v = DecisionRules.check(d, d(day), FACTS);
        assertEquals(d(day), v.date());
        Finding c = finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE);
        assertTrue(c.reason().startsWith("no consensus yet: no consent from AM (" + verb
            + " on 2022-02-01, not yet on " + day + ")"), c.reason());
        assertEquals(!day.equals("2022-01-06"), c.facts().contains("as of: " + day), c.facts().toString());
        finding(v, Rule.CHARTER_2_BINDING_FORCE, Outcome.INDETERMINATE);
        assertFalse(DecisionRules.isAdopted(d, d(day), FACTS));
      }
      assertEquals(DecisionRules.check(d, d("2022-01-06"), FACTS).toJson(),
          DecisionRules.check(d, FACTS).toJson());
      assertFalse(DecisionRules.isAdopted(d, FACTS));
      // From the joining day: consensus, binding AM from that day, on a practice basis.
      for (String day : List.of("2022-02-01", "2023-01-01")) {
        assertJoinedOnPractice(DecisionRules.check(d, d(day), FACTS),
            "joined later: AM on 2022-02-01 (bound from that day)", "binding on AM on 2022-02-01 from that day");
        assertTrue(DecisionRules.isAdopted(d, d(day), FACTS));
      }
    }
    // A joining on the session's own day is consent at the session: no practice needed.
    Decision sameDay = signs.withJoiningDates(Map.of("AM", d("2022-01-06")));
    assertEquals(Basis.SECONDARY, finding(DecisionRules.check(sameDay, FACTS), Rule.CHARTER_12_CONSENSUS,
        Outcome.SATISFIED).basis());
    // Without a recorded day the consent counts from the session, on any later day too.
    Decision undated = KZ.withPosition("AM", Position.JOINED_LATER);
    finding(DecisionRules.check(undated, d("2022-01-31"), FACTS), Rule.CHARTER_12_CONSENSUS,
        Outcome.SATISFIED);
    IllegalArgumentException early = assertThrows(
        IllegalArgumentException.class, () -> DecisionRules.check(joins, d("2022-01-05"), FACTS));
    assertEquals("asOf (2022-01-05) must not be before the decision's date (2022-01-06)", early.getMessage());
  }

  @Test
  void proceduralMattersWithoutConsensusAreIndeterminate() {
    Decision d = decision("p", Body.COLLECTIVE_SECURITY_COUNCIL, "2016-10-14", Matter.PROCEDURAL, "agenda")
        .putPosition("AM", Position.SUPPORTS).putPosition("BY", Position.SUPPORTS)
        .putPosition("KG", Position.SUPPORTS).putPosition("KZ", Position.SUPPORTS)
        .putPosition("RU", Position.SUPPORTS).putPosition("TJ", Position.ABSENT).build();
    Verdict v = DecisionRules.check(d, FACTS);
    finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE);
    finding(v, Rule.CHARTER_2_BINDING_FORCE, Outcome.INDETERMINATE);
    assertEquals(Outcome.INDETERMINATE, v.outcome());
  }

  @Test
  void bodiesThatDoNotDecideAreNotApplicable() {
    Decision d = unanimous("pa", Body.PARLIAMENTARY_ASSEMBLY, "2019-11-05", Matter.GENERAL, "model law", SIX);
    Verdict v = DecisionRules.check(d, FACTS);
    finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.NOT_APPLICABLE);
    finding(v, Rule.CHARTER_2_BINDING_FORCE, Outcome.NOT_APPLICABLE);
    finding(v, Rule.ROP_QUORUM, Outcome.NOT_APPLICABLE);
    assertEquals(Outcome.NOT_APPLICABLE, v.outcome());
    assertFalse(DecisionRules.isAdopted(d, FACTS));
  }

  @Test
  void noMembersMeansNotApplicable() {
    Decision d = unanimous("early", Body.COLLECTIVE_SECURITY_COUNCIL, "1993-01-01", Matter.GENERAL, "x",
        List.of());
    finding(DecisionRules.check(d, FACTS), Rule.CHARTER_12_CONSENSUS, Outcome.NOT_APPLICABLE);
  }

  @Test
  void limitedFormatAfterThe2010ProtocolBindsParticipantsOnly() {
    // Minsk, 2023-11-23: Armenia absent, decisions adopted by the five others.
    Decision d = decision("minsk", Body.COLLECTIVE_SECURITY_COUNCIL, "2023-11-23", Matter.GENERAL, "docs")
        .format(DecisionFormat.LIMITED).putPosition("AM", Position.ABSENT)
        .putPosition("BY", Position.SUPPORTS).putPosition("KG", Position.SUPPORTS)
        .putPosition("KZ", Position.SUPPORTS).putPosition("RU", Position.SUPPORTS)
        .putPosition("TJ", Position.SUPPORTS).build();
    Verdict v = DecisionRules.check(d, FACTS);
    finding(v, Rule.CHARTER_12_LIMITED_FORMAT, Outcome.SATISFIED);
    finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.NOT_APPLICABLE);
    Finding binding = finding(v, Rule.CHARTER_2_BINDING_FORCE, Outcome.SATISFIED);
    assertTrue(binding.facts().contains("binding on: BY, KG, KZ, RU, TJ"), binding.facts().toString());
    assertEquals(Basis.SECONDARY, binding.basis());
    assertTrue(v.finding(Rule.CHARTER_12_LIMITED_FORMAT).get().citations().get(0).text()
        .equals("Charter Art. 12 [2010]"));
    // An objection defeats it; so does nobody supporting.
    finding(DecisionRules.check(d.withPosition("AM", Position.OBJECTS), FACTS),
        Rule.CHARTER_12_LIMITED_FORMAT, Outcome.INDETERMINATE);
    // A member outside the limited format: listed, neither for nor against.
    Finding outside = finding(DecisionRules.check(d.withPosition("AM", Position.DOES_NOT_PARTICIPATE), FACTS),
        Rule.CHARTER_12_LIMITED_FORMAT, Outcome.SATISFIED);
    assertTrue(outside.facts().contains("not participating: AM (DOES_NOT_PARTICIPATE, not signed)"),
        outside.facts().toString());
    // Nobody has supported yet, nobody objected: a signature may still come.
    Decision none = decision("none", Body.COLLECTIVE_SECURITY_COUNCIL, "2023-11-23", Matter.GENERAL, "x")
        .format(DecisionFormat.LIMITED).putPosition("AM", Position.DOES_NOT_PARTICIPATE).build();
    finding(DecisionRules.check(none, FACTS), Rule.CHARTER_12_LIMITED_FORMAT, Outcome.INDETERMINATE);
    finding(DecisionRules.check(none.withRecordedOutcome(RecordedOutcome.NOT_ADOPTED), FACTS),
        Rule.CHARTER_12_LIMITED_FORMAT, Outcome.INDETERMINATE);
  }

  @Test
  void limitedFormatDidNotExistBefore2012_12_19() {
    Decision d = Episodes.BY_BOYCOTT_2009.withFormat(DecisionFormat.LIMITED);
    Verdict v = DecisionRules.check(d, FACTS);
    Finding f = finding(v, Rule.CHARTER_12_LIMITED_FORMAT, Outcome.INDETERMINATE);
    assertTrue(f.reason().startsWith("the limited format did not exist on 2009-06-14"), f.reason());
    assertEquals("Charter Art. 12 [2002]", f.citations().get(0).text());
    finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE);
    // Labelled limited but unanimous: adopted by consensus.
    Decision all = Episodes.BY_BOYCOTT_2009.withPosition("BY", Position.SUPPORTS)
        .withPosition("UZ", Position.SUPPORTS).withFormat(DecisionFormat.LIMITED);
    Verdict w = DecisionRules.check(all, FACTS);
    finding(w, Rule.CHARTER_12_LIMITED_FORMAT, Outcome.NOT_APPLICABLE);
    finding(w, Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
    // The day before and the day the protocol entered into force.
    Decision minsk = decision("m", Body.COLLECTIVE_SECURITY_COUNCIL, "2012-12-18", Matter.GENERAL, "x")
        .format(DecisionFormat.LIMITED).putPosition("RU", Position.SUPPORTS).build();
    assertFalse(DecisionRules.isAdopted(minsk, FACTS));
    assertTrue(DecisionRules.isAdopted(minsk.withDate(Episodes.d("2012-12-19")), FACTS));
  }

  @Test
  void limitedFormatIsNotUsedForSecretaryGeneralOrCrrf() {
    Decision sg = Episodes.SG_2018.withFormat(DecisionFormat.LIMITED);
    Finding f = finding(DecisionRules.check(sg, FACTS), Rule.CHARTER_12_LIMITED_FORMAT,
        Outcome.INDETERMINATE);
    assertEquals(Basis.PRACTICE, f.basis());
    assertTrue(f.reason().endsWith("the rule rests on practice alone (no text read states it), so no final"
        + " violation is found"), f.reason());
    assertFalse(DecisionRules.isAdopted(sg, FACTS));
    Decision crrf = unanimous("c", Body.COLLECTIVE_SECURITY_COUNCIL, "2020-01-01", Matter.CRRF_DEPLOYMENT,
        "CRRF", SIX).withFormat(DecisionFormat.LIMITED);
    finding(DecisionRules.check(crrf, FACTS), Rule.CHARTER_12_LIMITED_FORMAT, Outcome.NOT_APPLICABLE);
    finding(DecisionRules.check(crrf.withPosition("AM", Position.DOES_NOT_PARTICIPATE)
            .withSignatures(List.of()), FACTS),
        Rule.CHARTER_12_LIMITED_FORMAT, Outcome.INDETERMINATE);
  }

  @Test
  void lawInForceFollowsTheFactsInstrumentsOnly() {
    // Facts that say the Charter protocol never entered into force: no limited format in 2023.
    io.github.cstokit.model.Scenario noProtocol = FACTS.toBuilder().build();
    Decision d = decision("x", Body.COLLECTIVE_SECURITY_COUNCIL, "2023-11-23", Matter.GENERAL, "x")
        .format(DecisionFormat.LIMITED).putPosition("RU", Position.SUPPORTS).build();
    assertTrue(DecisionRules.isAdopted(d, noProtocol));
    // Facts that do not know the protocol: the Charter as signed, no limited format.
    assertFalse(DecisionRules.isAdopted(d, Episodes.FACTS_WITHOUT_PROTOCOLS));
    io.github.cstokit.model.Scenario later = io.github.cstokit.model.Scenario.builder()
        .addStates(Episodes.states()).addEvents(Episodes.events())
        .addInstrument(Episodes.instrument("charter-protocol-2010",
            io.github.cstokit.model.InstrumentKind.PROTOCOL, "Charter", "2010-12-10", "2024-01-01", "2010",
            null))
        .build();
    assertFalse(DecisionRules.isAdopted(d, later));
  }
}
