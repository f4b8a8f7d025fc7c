package io.github.cstokit.rules;

import static io.github.cstokit.rules.Check.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.State;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The worked cases again, on the records of the bundled dataset.
 *
 * <p>The dataset itemises a decision's positions and signatures only where they are sourced, and the
 * model's {@link Decision} has no field for the recorded outcome. A decision the dataset records as adopted
 * without itemised positions therefore reads, to the rules, as one nobody consented to. Where the record
 * says a decision was adopted, these tests supply the consent that adoption implies ({@link #adopted}) and
 * check that only the consent-dependent findings change.
 */
class DatasetEpisodesTest {

  static final CstoDataset DATA = CstoData.bundled();

  /**
   * The decision with every member of its date whose position the record does not itemise supporting and
   * signing: what a recorded adoption means for them. Itemised positions are kept.
   */
  static Decision adopted(Decision d) {
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

  @Test
  void kazakhstan2022FromTheDatasetIsAValidPeacekeepingOperation() {
    Mandate kz = DATA.mandate("kz-2022-peacekeeping").orElseThrow();
    assertEquals(LocalDate.of(2022, 1, 5), kz.request().orElseThrow().date().firstDay());
    Mandate recorded = kz.withDecision(adopted(kz.decision().orElseThrow()));
    Verdict v = MandateRules.check(recorded, DATA);
    assertEquals(Outcome.SATISFIED, v.outcome(), v.explain());
    assertEquals(LocalDate.of(2022, 1, 6), v.date());
    finding(v, Rule.PK_3_OPERATION_ON_MEMBER_TERRITORY, Outcome.SATISFIED);
    assertEquals("Treaty Art. 6 [2010]",
        finding(v, Rule.TREATY_6_USE_OF_FORCES, Outcome.SATISFIED).citations().get(0).text());
    Finding cmd = finding(v, Rule.PK_COMMAND_COMPOSITION_COMPLETION, Outcome.SATISFIED);
    assertTrue(cmd.facts().contains("contingents: RU, BY, AM, TJ, KG"), cmd.facts().toString());
    assertTrue(cmd.facts().contains("appointed by: CMD"), cmd.facts().toString());
    assertTrue(cmd.facts().contains("withdrawal: 2022-01-13..2022-01-19"), cmd.facts().toString());
    assertTrue(cmd.facts().contains("completion decision date: not recorded"), cmd.facts().toString());
    // Without the consent the adoption implies, only the consent-dependent findings change.
    WhatIf w = WhatIf.compare(v, MandateRules.check(kz, DATA));
    for (Finding f : w.changed()) {
      assertTrue(CONSENT_DEPENDENT.contains(f.rule()), w.explain());
    }
    // And without the host's request, the Agreement is violated.
    WhatIf noRequest = WhatIf.compare(v, MandateRules.check(recorded.withoutRequest(), v.date(), DATA));
    assertEquals(1, noRequest.changed().size(), noRequest.explain());
    assertEquals(Outcome.VIOLATED, noRequest.changed().get(0).outcome());
  }

  @Test
  void uzbekistan2012SuspensionFromTheDataset() {
    Decision d = decision("csc-2012-12-19-uzbekistan-suspension");
    assertEquals(LocalDate.of(2012, 12, 19), d.date());
    assertEquals(MembershipStatus.MEMBER, DATA.status("UZ", d.date().minusDays(1)));
    assertEquals(MembershipStatus.SUSPENDED, DATA.status("UZ", d.date()));
    Verdict v = MembershipRules.checkSuspension("UZ", adopted(d), DATA);
    assertEquals(Outcome.SATISFIED, v.outcome(), v.explain());
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
    finding(deadlock, Rule.CHARTER_SG_APPOINTMENT_ROTATION_RECALL, Outcome.VIOLATED);
    assertTrue(finding(deadlock, Rule.CHARTER_12_CONSENSUS, Outcome.VIOLATED).reason().contains("AM objected"));
    finding(deadlock, Rule.CHARTER_SG_ROTATION_2015, Outcome.SATISFIED);
    // 2019, 2022: appointed by consensus, in turn, for three years.
    for (String[] c : new String[][] {{"sg-zas", "csc-2019-11-28-zas"},
        {"sg-tasmagambetov", "csc-2022-11-23-tasmagambetov"}}) {
      Verdict v = OfficeRules.checkSecretaryGeneral(appointment(c[0]), adopted(decision(c[1])), DATA);
      assertEquals(Outcome.SATISFIED, v.outcome(), v.explain());
    }
    // 2025: Armenia absent; it accepts the documents in absentia, i.e. joins later.
    Decision masadykov = decision("csc-2025-11-27-masadykov");
    assertEquals(Position.ABSENT, masadykov.positions().get("AM"));
    Verdict asRecorded = OfficeRules.checkSecretaryGeneral(appointment("sg-masadykov"), adopted(masadykov), DATA);
    assertTrue(finding(asRecorded, Rule.CHARTER_12_CONSENSUS, Outcome.VIOLATED).reason()
        .contains("AM (ABSENT, not signed)"));
    finding(asRecorded, Rule.CHARTER_SG_ROTATION_2015, Outcome.SATISFIED);
    finding(asRecorded, Rule.ROP_QUORUM, Outcome.INDETERMINATE);
    Decision joined = adopted(masadykov).withPosition("AM", Position.JOINED_LATER);
    Verdict v = OfficeRules.checkSecretaryGeneral(appointment("sg-masadykov"), joined, DATA);
    finding(v, Rule.CHARTER_SG_APPOINTMENT_ROTATION_RECALL, Outcome.SATISFIED);
    finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
    // The acting Secretary General of 2018-2019 is outside the rule.
    finding(OfficeRules.checkSecretaryGeneral(appointment("sg-semerikov-acting-2018"),
        decision("csc-2018-sg-appointment-deadlock"), DATA),
        Rule.CHARTER_SG_APPOINTMENT_ROTATION_RECALL, Outcome.INDETERMINATE);
  }

  @Test
  void decisionsOfTheDatasetWithItemisedPositions() {
    // Belarus stayed away from the Moscow session of June 2009 and Uzbekistan did not take part: no
    // consensus under Art. 12 (Belarus called the decisions illegitimate).
    Verdict boycott = DecisionRules.check(decision("csc-2009-06-14-crrf-agreement"), DATA);
    assertTrue(finding(boycott, Rule.CHARTER_12_CONSENSUS, Outcome.VIOLATED).reason()
        .contains("BY (ABSENT, not signed)"));
    // Kyrgyzstan 2010: the measures package had everyone's support, Belarus's later.
    finding(DecisionRules.check(decision("cssc-2010-06-14-kyrgyzstan-measures"), DATA),
        Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
    // Armenia 2022: mission decided unanimously; the assistance decision not adopted because Armenia
    // did not sign.
    finding(DecisionRules.check(decision("csc-2022-09-13-armenia-mission"), DATA),
        Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
    for (String id : new String[] {"csc-2022-11-23-armenia-assistance", "csc-2022-11-23-declaration"}) {
      Verdict v = DecisionRules.check(adopted(decision(id)), DATA);
      assertTrue(finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.VIOLATED).reason().contains("AM objected"),
          v.explain());
      assertTrue(!DecisionRules.isAdopted(adopted(decision(id)), DATA));
    }
    // Every decision of the dataset can be checked, and its verdict renders the same way twice.
    for (Decision d : DATA.decisions()) {
      Verdict v = DecisionRules.check(d, DATA);
      assertEquals(v.toJson(), DecisionRules.check(d, DATA).toJson());
      assertTrue(v.subject().contains(d.id().orElseThrow()));
    }
  }
}
