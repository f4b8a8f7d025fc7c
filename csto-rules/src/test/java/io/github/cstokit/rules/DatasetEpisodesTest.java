package io.github.cstokit.rules;

import static io.github.cstokit.rules.Check.finding;
import static io.github.cstokit.rules.Check.findingSaying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Basis;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.RecordedOutcome;
import io.github.cstokit.model.State;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The worked cases again, on the records of the bundled dataset, as recorded.
 *
 * <p>The dataset itemises a decision's positions and signatures only where they are sourced, and records
 * what became of each decision ({@link Decision#recordedOutcome()}). A decision with neither positions nor
 * signatures is judged by its recorded outcome; itemised positions, where given, decide. Only the what-if
 * cases supply positions the record does not itemise ({@link #everyOtherMemberConsenting}).
 */
class DatasetEpisodesTest {

  static final CstoDataset DATA = CstoData.bundled();

  /**
   * What if every member of the decision's date whose position the record does not itemise had supported
   * and signed? A what-if, not the record: itemised positions are kept.
   */
  static Decision everyOtherMemberConsenting(Decision d) {
    Decision.Builder b = Decision.builder().from(d);
    for (State s : DATA.members(d.date())) {
      if (!d.positions().containsKey(s.isoAlpha2())) {
        b.putPosition(s.isoAlpha2(), Position.SUPPORTS);
        b.addSignature(s.isoAlpha2());
      }
    }
    return b.build();
  }

  static Decision decision(String id) {
    return DATA.decision(id).orElseThrow(() -> new AssertionError("no decision " + id));
  }

  static Appointment appointment(String id) {
    for (Appointment a : DATA.appointments()) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    throw new AssertionError("no appointment " + id);
  }

  /** The findings that depend on whether the deciding decision was adopted. */
  static final Set<Rule> CONSENT_DEPENDENT = EnumSet.of(Rule.PK_3_OPERATION_ON_MEMBER_TERRITORY,
      Rule.TREATY_6_USE_OF_FORCES, Rule.CHARTER_12_CONSENSUS, Rule.CHARTER_2_BINDING_FORCE, Rule.ROP_QUORUM);

  /**
   * A what-if, not the record: the bundled facts with the Peacekeeping Agreement in force from its
   * signature. The dataset records no entry into force for it.
   */
  static final io.github.cstokit.model.Scenario PEACEKEEPING_IN_FORCE = DATA.scenario().withInstrument(
      io.github.cstokit.model.Instrument.builder().from(DATA.instrument(Law.PEACEKEEPING_AGREEMENT_ID)
          .orElseThrow()).entryIntoForce(DATA.instrument(Law.PEACEKEEPING_AGREEMENT_ID).orElseThrow().signed())
          .build());

  @Test
  void kazakhstan2022FromTheDatasetIsNotShownToRestOnAnAgreementInForce() {
    Mandate kz = DATA.mandate("kz-2022-peacekeeping").orElseThrow();
    Verdict record = MandateRules.check(kz, DATA);
    assertEquals(Outcome.INDETERMINATE, record.outcome(), record.explain());
    for (Rule r : EnumSet.of(Rule.PK_3_OPERATION_ON_MEMBER_TERRITORY, Rule.PK_3_UNSC_NOTICE,
        Rule.PK_COMMAND_COMPOSITION_COMPLETION)) {
      Finding f = finding(record, r, Outcome.INDETERMINATE);
      assertTrue(f.reason().startsWith("the Peacekeeping Agreement (signed 2007-10-06) is not shown to be in"
          + " force on 2022-01-06: no entry into force is recorded; had it been in force: SATISFIED"), f.reason());
    }
    finding(record, Rule.TREATY_6_USE_OF_FORCES, Outcome.SATISFIED);
  }

  @Test
  void kazakhstan2022FromTheDatasetIsAValidPeacekeepingOperationIfTheAgreementIsInForce() {
    Mandate kz = DATA.mandate("kz-2022-peacekeeping").orElseThrow();
    io.github.cstokit.model.CstoFacts facts = PEACEKEEPING_IN_FORCE;
    assertEquals(LocalDate.of(2022, 1, 5), kz.request().orElseThrow().date().firstDay());
    Decision decision = kz.decision().orElseThrow();
    // As recorded: reported adopted, no member's position or signature itemised.
    assertEquals(Optional.of(RecordedOutcome.ADOPTED), decision.recordedOutcome());
    assertEquals(Matter.DEPLOYMENT, decision.matter());
    assertTrue(decision.positions().isEmpty() && decision.signatures().isEmpty());
    Mandate recorded = kz;
    Verdict v = MandateRules.check(recorded, facts);
    assertEquals(Outcome.SATISFIED, v.outcome(), v.explain());
    Finding consensus = findingSaying(v, Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED,
        "no member's position is recorded",
        "reported adopted");
    assertEquals(Basis.SECONDARY, consensus.basis());
    assertTrue(consensus.facts().contains("recorded outcome: ADOPTED"), consensus.facts().toString());
    assertTrue(consensus.facts().contains("matter: DEPLOYMENT"), consensus.facts().toString());
    assertEquals(Basis.SECONDARY, finding(v, Rule.CHARTER_2_BINDING_FORCE, Outcome.SATISFIED).basis());
    finding(v, Rule.ROP_QUORUM, Outcome.SATISFIED);
    assertEquals(LocalDate.of(2022, 1, 6), v.date());
    finding(v, Rule.PK_3_OPERATION_ON_MEMBER_TERRITORY, Outcome.SATISFIED);
    assertEquals("Treaty Art. 6 [2010]",
        finding(v, Rule.TREATY_6_USE_OF_FORCES, Outcome.SATISFIED).citations().get(0).text());
    Finding cmd = finding(v, Rule.PK_COMMAND_COMPOSITION_COMPLETION, Outcome.SATISFIED);
    assertTrue(cmd.facts().contains("contingents: RU, BY, AM, TJ, KG"), cmd.facts().toString());
    assertTrue(cmd.facts().contains("commander: Andrey Serdyukov (RU), appointed by CMD"),
        cmd.facts().toString());
    assertTrue(cmd.facts().contains("withdrawal: 2022-01-13..2022-01-19"), cmd.facts().toString());
    assertTrue(cmd.facts().contains("completion decision date: not recorded"), cmd.facts().toString());
    // Itemised consent of all would change no outcome, only the reasons of the consent-dependent findings.
    Verdict itemised =
        MandateRules.check(kz.withDecision(everyOtherMemberConsenting(decision)), facts);
    assertEquals(Outcome.SATISFIED, itemised.outcome(), itemised.explain());
    WhatIf w = WhatIf.between(v, itemised);
    assertFalse(w.outcomeChanged(), w.explain());
    for (Finding f : w.changed()) {
      assertTrue(CONSENT_DEPENDENT.contains(f.rule()), w.explain());
    }
    // Had the sources not said what became of the decision, the consent-dependent findings would be open.
    Verdict unknown = MandateRules.check(kz.withDecision(decision.withoutRecordedOutcome()), facts);
    assertEquals(Outcome.INDETERMINATE, unknown.outcome(), unknown.explain());
    finding(unknown, Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE);
    finding(unknown, Rule.PK_3_OPERATION_ON_MEMBER_TERRITORY, Outcome.INDETERMINATE);
    for (Finding f : WhatIf.between(v, unknown).changed()) {
      assertTrue(CONSENT_DEPENDENT.contains(f.rule()), f.toString());
    }
    // And without the host's request, the Agreement is violated.
    WhatIf noRequest = WhatIf.between(v, MandateRules.check(recorded.withoutRequest(), v.date(), facts));
    assertEquals(1, noRequest.changed().size(), noRequest.explain());
    assertEquals(Outcome.VIOLATED, noRequest.changed().get(0).outcome());
  }

  @Test
  void uzbekistan2012SuspensionFromTheDataset() {
    Decision d = decision("csc-2012-12-19-uzbekistan-suspension");
    assertEquals(LocalDate.of(2012, 12, 19), d.date());
    assertEquals(MembershipStatus.MEMBER, DATA.status("UZ", d.date().minusDays(1)));
    assertEquals(MembershipStatus.SUSPENDED, DATA.status("UZ", d.date()));
    assertEquals(Matter.MEMBERSHIP, d.matter());
    Verdict v = MembershipRules.checkSuspension("UZ", d, DATA);
    assertEquals(Outcome.SATISFIED, v.outcome(), v.explain());
    assertTrue(v.findings().get(0).reason().contains("reported adopted"), v.explain());
    // Uzbekistan no longer counts for consensus from that day.
    assertTrue(DATA.members(d.date()).stream().noneMatch(s -> s.isoAlpha2().equals("UZ")));
    // Its note of June 2012 is a declared freeze, which changed no legal status.
    finding(MembershipRules.checkFreeze("UZ", LocalDate.of(2012, 7, 1), DATA),
        Rule.MEMBERSHIP_FREEZE_NO_LEGAL_EFFECT, Outcome.SATISFIED);
  }

  @Test
  void secretaryGeneralAppointmentsFromTheDataset() {
    // 2018: Armenia objected; no appointment.
    Verdict deadlock = OfficeRules.checkSecretaryGeneral(decision("csc-2018-sg-appointment-deadlock"), "BY", DATA);
    // Both rules rest on secondary sources: no final violation.
    finding(deadlock, Rule.CHARTER_SG_APPOINTMENT_ROTATION_RECALL, Outcome.INDETERMINATE);
    assertTrue(finding(deadlock, Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE).reason()
        .startsWith("no consensus: AM objected; not adopted; this would be a violation"));
    finding(deadlock, Rule.CHARTER_SG_ROTATION_2015, Outcome.SATISFIED);
    // 2019, 2022: reported adopted with no position itemised: appointed, in turn, for three years.
    for (String[] c : new String[][] {{"sg-zas", "csc-2019-11-28-zas"},
        {"sg-tasmagambetov", "csc-2022-11-23-tasmagambetov"}}) {
      Verdict v = OfficeRules.checkSecretaryGeneral(decision(c[1]), appointment(c[0]), DATA);
      assertEquals(Outcome.SATISFIED, v.outcome(), v.explain());
      assertTrue(finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED).reason().contains("reported adopted"));
      // The recorded terms (2020-01-01 to 2022-12-31, 2023-01-01 to 2025-12-31) are three years.
      assertEquals("a three-year term", finding(v, Rule.CHARTER_SG_TERM, Outcome.SATISFIED).reason());
      assertEquals("Charter [2010]", v.finding(Rule.CHARTER_SG_TERM).get().citations().get(0).text());
    }
    // 2025: reported adopted, but Armenia's absence is itemised, and itemised positions decide: without its
    // signature or joining there is no consent of all yet, even if every other member consented; nothing
    // bars a later signature.
    Decision masadykov = decision("csc-2025-11-27-masadykov");
    assertEquals(Position.ABSENT, masadykov.positions().get("AM"));
    Verdict asRecorded = OfficeRules.checkSecretaryGeneral(masadykov, appointment("sg-masadykov"), DATA);
    assertTrue(finding(asRecorded, Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE).reason()
        .startsWith("no consensus yet: no consent from AM (ABSENT, not signed)"));
    finding(asRecorded, Rule.CHARTER_SG_ROTATION_2015, Outcome.SATISFIED);
    finding(asRecorded, Rule.ROP_QUORUM, Outcome.INDETERMINATE);
    Verdict othersConsenting = OfficeRules.checkSecretaryGeneral(everyOtherMemberConsenting(masadykov),
        appointment("sg-masadykov"), DATA);
    Finding pending = finding(othersConsenting, Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE);
    assertEquals("no consensus yet: no consent from AM (ABSENT, not signed); no member objected, and a"
        + " signature can still come later, since no text read sets a deadline; the decision is reported"
        + " adopted", pending.reason());
    // The quorum finding lists Armenia as not taking part, and so never says every member took part.
    Finding quorum = finding(othersConsenting, Rule.ROP_QUORUM, Outcome.INDETERMINATE);
    assertTrue(quorum.facts().contains("did not take part and did not sign: AM (ABSENT)"), quorum.facts()
        .toString());
    assertTrue(quorum.reason().startsWith("not every member took part (AM (ABSENT))"), quorum.reason());
    // Armenia said it accepts the documents in absentia, i.e. it joins later.
    Decision joined = everyOtherMemberConsenting(masadykov).withPosition("AM", Position.JOINED_LATER);
    Verdict v = OfficeRules.checkSecretaryGeneral(joined, appointment("sg-masadykov"), DATA);
    finding(v, Rule.CHARTER_SG_APPOINTMENT_ROTATION_RECALL, Outcome.SATISFIED);
    finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
    // The acting Secretary General of 2018-2019 is outside the rule.
    finding(OfficeRules.checkSecretaryGeneral(decision("csc-2018-sg-appointment-deadlock"),
        appointment("sg-semerikov-acting-2018"), DATA),
        Rule.CHARTER_SG_APPOINTMENT_ROTATION_RECALL, Outcome.INDETERMINATE);
  }

  @Test
  void decisionsOfTheDatasetWithItemisedPositions() {
    // Belarus stayed away from the Moscow session of June 2009 and Uzbekistan did not take part: no
    // consensus yet under Art. 12 (Belarus called the decisions illegitimate); no one objected, and
    // no deadline bars their later signature.
    Verdict boycott = DecisionRules.check(decision("csc-2009-06-14-crrf-agreement"), DATA);
    assertTrue(finding(boycott, Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE).reason()
        .startsWith("no consensus yet: no consent from BY (ABSENT, not signed)"));
    finding(boycott, Rule.CHARTER_2_BINDING_FORCE, Outcome.INDETERMINATE);
    // The Committee of Secretaries of Security Councils is not the Council: Charter Art. 2 does not make
    // its decisions binding.
    Finding cssc = finding(DecisionRules.check(decision("cssc-2010-06-14-kyrgyzstan-measures"), DATA),
        Rule.CHARTER_2_BINDING_FORCE, Outcome.INDETERMINATE);
    assertEquals(Basis.SECONDARY, cssc.basis());
    assertTrue(cssc.reason().contains("Charter Art. 2 makes binding the decisions of the Collective Security"
        + " Council only"), cssc.reason());
    // Kyrgyzstan 2010: the measures package had everyone's support, Belarus's later.
    finding(DecisionRules.check(decision("cssc-2010-06-14-kyrgyzstan-measures"), DATA),
        Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
    // Armenia 2022: mission decided unanimously; the assistance decision not adopted because Armenia
    // did not sign.
    finding(DecisionRules.check(decision("csc-2022-09-13-armenia-mission"), DATA),
        Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
    for (String id : new String[] {"csc-2022-11-23-armenia-assistance", "csc-2022-11-23-declaration"}) {
      assertEquals(Optional.of(RecordedOutcome.NOT_ADOPTED), decision(id).recordedOutcome());
      Verdict v = DecisionRules.check(decision(id), DATA);
      assertTrue(finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE).reason()
          .contains("AM objected"), v.explain());
      assertFalse(DecisionRules.isAdopted(decision(id), DATA));
      // Armenia's objection blocks the decision whatever the others did.
      assertFalse(DecisionRules.isAdopted(everyOtherMemberConsenting(decision(id)), DATA));
    }
    // Every decision of the dataset can be checked, and its verdict renders the same way twice.
    for (Decision d : DATA.decisions()) {
      Verdict v = DecisionRules.check(d, DATA);
      assertEquals(v.toJson(), DecisionRules.check(d, DATA).toJson());
      assertTrue(v.subject().contains(d.id().orElseThrow()));
    }
  }

  @Test
  void decisionsOfTheDatasetWithoutItemisedPositionsFollowTheirRecordedOutcome() {
    int checked = 0;
    for (Decision d : DATA.decisions()) {
      if (!d.positions().isEmpty() || !d.signatures().isEmpty()) {
        continue;
      }
      checked++;
      Verdict v = DecisionRules.check(d, DATA);
      Outcome expected = !d.body().takesBindingDecisions() ? Outcome.NOT_APPLICABLE
          : d.recordedOutcome().isEmpty() ? Outcome.INDETERMINATE
          : d.recordedOutcome().get() == RecordedOutcome.ADOPTED ? Outcome.SATISFIED
          // Reported not adopted: no consensus, but on a secondary basis no final violation.
          : Outcome.INDETERMINATE;
      Finding f = finding(v, Rule.CHARTER_12_CONSENSUS, expected);
      assertFalse(f.basis().isFirmerThan(Rule.CHARTER_12_CONSENSUS.basis()), f.toString());
      assertEquals(expected == Outcome.SATISFIED, DecisionRules.isAdopted(d, DATA), d.toString());
      if (expected == Outcome.SATISFIED && d.body() == io.github.cstokit.model.Body.COLLECTIVE_SECURITY_COUNCIL) {
        assertEquals(Outcome.SATISFIED, v.outcome(), v.explain());
      }
    }
    assertTrue(checked >= 10, "decisions without itemised positions: " + checked);
    // Armenia's request of May 2021: no position itemised, reported not adopted.
    Verdict consultations = DecisionRules.check(decision("cfm-2021-05-armenia-consultations"), DATA);
    assertTrue(finding(consultations, Rule.CHARTER_12_CONSENSUS, Outcome.INDETERMINATE).reason()
        .contains("reported not adopted"), consultations.explain());
    finding(consultations, Rule.CHARTER_2_BINDING_FORCE, Outcome.NOT_APPLICABLE);
    // Kyrgyzstan 2010: no recorded outcome, but itemised positions, which decide.
    Decision kg = decision("cssc-2010-06-14-kyrgyzstan-measures");
    assertTrue(kg.recordedOutcome().isEmpty());
    finding(DecisionRules.check(kg, DATA), Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
  }

  @Test
  void armenia2022AppealTakesTheAttackerItsRecordedRequestGives() {
    // The dataset's request of Armenia of 2022-09-13 records the attacker as a state.
    io.github.cstokit.model.HostRequest request = DATA.mandate("am-2022-assessment-mission").orElseThrow()
        .request().orElseThrow();
    assertEquals(Optional.of(io.github.cstokit.model.Attacker.STATE), request.attacker());
    io.github.cstokit.model.Appeal appeal = io.github.cstokit.model.Appeal.builder().state("AM")
        .date(LocalDate.of(2022, 9, 13)).threat(io.github.cstokit.model.ThreatKind.ARMED_ATTACK_DISPUTED)
        .request(request).build();
    assertEquals(Optional.of(io.github.cstokit.model.Attacker.STATE), appeal.recordedAttacker());
    // 2010 text in force: the attack was not characterised as aggression collectively, so Art. 4 is open.
    Finding art4 = finding(DefenceRules.check(appeal, DATA), Rule.TREATY_4_COLLECTIVE_DEFENCE,
        Outcome.INDETERMINATE);
    assertEquals("Treaty Art. 4 [2010]", art4.citations().get(0).text());
    assertTrue(art4.facts().contains("attacker: STATE (as its request records)"), art4.facts().toString());
    // What-if under the 1992 text (an appeal of 2005 with the same request): a state attacker triggers
    // Art. 4, and without a collective decision the obligation of each state is not assessed.
    io.github.cstokit.model.Appeal in2005 = io.github.cstokit.model.Appeal.builder().from(appeal)
        .date(LocalDate.of(2005, 1, 1)).threat(io.github.cstokit.model.ThreatKind.ARMED_ATTACK).build();
    Finding old = finding(DefenceRules.check(in2005, DATA), Rule.TREATY_4_COLLECTIVE_DEFENCE,
        Outcome.INDETERMINATE);
    assertEquals("Treaty Art. 4 [1992]", old.citations().get(0).text());
    assertTrue(old.reason().contains("binds each other State Party"), old.reason());
    // The same appeal with a non-state attacker does not trigger the 1992 text.
    io.github.cstokit.model.Appeal nonState = io.github.cstokit.model.Appeal.builder().from(in2005)
        .attacker(io.github.cstokit.model.Attacker.NON_STATE_ACTOR).build();
    finding(DefenceRules.check(nonState, DATA), Rule.TREATY_4_COLLECTIVE_DEFENCE, Outcome.NOT_APPLICABLE);
  }
}
