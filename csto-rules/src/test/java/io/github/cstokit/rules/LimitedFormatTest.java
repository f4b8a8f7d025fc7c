package io.github.cstokit.rules;

import static io.github.cstokit.rules.Check.finding;
import static io.github.cstokit.rules.Episodes.FACTS;
import static io.github.cstokit.rules.Episodes.d;
import static io.github.cstokit.rules.Episodes.decision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.RecordedOutcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The threshold of participants of a limited-format decision, by default one and set by the user. */
class LimitedFormatTest {

  private static final LimitedFormat TWO = LimitedFormat.ofMinimum(2);
  private static final LimitedFormat THREE = LimitedFormat.ofMinimum(3);

  /** A limited-format Council decision of 2023 that Russia and Belarus support and the others stay out of. */
  private static Decision twoSupporters() {
    return twoSupporters(Matter.GENERAL);
  }

  private static Decision twoSupporters(Matter matter) {
    return decision("two", Body.COLLECTIVE_SECURITY_COUNCIL, "2023-11-23", matter, "docs")
        .format(DecisionFormat.LIMITED).putPosition("RU", Position.SUPPORTS).putPosition("BY", Position.SUPPORTS)
        .putPosition("AM", Position.DOES_NOT_PARTICIPATE).build();
  }

  @Test
  void theDefaultIsOneParticipantAndAThresholdBelowOneIsRefused() {
    assertEquals(1, LimitedFormat.DEFAULT.minimumParticipants());
    assertSame(LimitedFormat.DEFAULT, LimitedFormat.ofMinimum(1));
    assertEquals(2, TWO.minimumParticipants());
    assertEquals("LimitedFormat[minimumParticipants=2]", TWO.toString());
    assertEquals(TWO, LimitedFormat.ofMinimum(2));
    assertEquals(TWO.hashCode(), LimitedFormat.ofMinimum(2).hashCode());
    assertNotEquals(TWO, THREE);
    for (int bad : new int[] {0, -1, Integer.MIN_VALUE}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> LimitedFormat.ofMinimum(bad));
      assertEquals("the minimum number of participants in a limited-format decision must be at least 1, since"
          + " such a decision binds only the members that take part, but was " + bad, e.getMessage());
    }
    assertThrows(NullPointerException.class, () -> DecisionRules.check(twoSupporters(), (LimitedFormat) null, FACTS));
    assertThrows(NullPointerException.class, () -> DecisionRules.isAdopted(twoSupporters(), (LimitedFormat) null, FACTS));
  }

  @Test
  void theDefaultJudgesAsBefore() {
    Decision one = twoSupporters().withPosition("BY", Position.DOES_NOT_PARTICIPATE);
    Verdict v = DecisionRules.check(one, FACTS);
    assertEquals(v, DecisionRules.check(one, LimitedFormat.DEFAULT, FACTS));
    Finding f = finding(v, Rule.CHARTER_12_LIMITED_FORMAT, Outcome.SATISFIED);
    assertTrue(f.facts().contains("minimum participants: 1 (default: no source gives a minimum)"),
        f.facts().toString());
    assertEquals("no member objected and 1 took part: adopted in the limited format, binding on the"
        + " participants only", f.reason());
    assertTrue(DecisionRules.isAdopted(one, FACTS));
    assertTrue(DecisionRules.isAdopted(one, LimitedFormat.DEFAULT, FACTS));
  }

  @Test
  void meetingTheThresholdPasses() {
    Decision d = twoSupporters();
    Verdict v = DecisionRules.check(d, TWO, FACTS);
    Finding f = finding(v, Rule.CHARTER_12_LIMITED_FORMAT, Outcome.SATISFIED);
    assertTrue(f.facts().contains("minimum participants: 2 (set by the user)"), f.facts().toString());
    assertEquals("Charter Art. 12 [2010]", f.citations().get(0).text());
    Finding binding = finding(v, Rule.CHARTER_2_BINDING_FORCE, Outcome.SATISFIED);
    assertTrue(binding.facts().contains("binding on: BY, RU"), binding.facts().toString());
    assertTrue(DecisionRules.isAdopted(d, TWO, FACTS));
  }

  @Test
  void belowTheThresholdWithNobodyObjectingIsOpen() {
    Decision d = twoSupporters();
    Verdict v = DecisionRules.check(d, THREE, FACTS);
    Finding f = finding(v, Rule.CHARTER_12_LIMITED_FORMAT, Outcome.INDETERMINATE);
    assertEquals("no member objected, but only 2 took part so far, fewer than the 3 required; a signature can"
        + " still come later, since no text read sets a deadline", f.reason());
    assertTrue(f.facts().contains("participants: BY, RU"), f.facts().toString());
    finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.NOT_APPLICABLE);
    Finding binding = finding(v, Rule.CHARTER_2_BINDING_FORCE, Outcome.INDETERMINATE);
    assertTrue(binding.reason().startsWith("whether the decision passed in the limited format is open"),
        binding.reason());
    finding(v, Rule.ROP_QUORUM, Outcome.INDETERMINATE);
    assertEquals(Outcome.INDETERMINATE, v.outcome());
    assertFalse(DecisionRules.isAdopted(d, THREE, FACTS));
    // A third signature on a later recorded day meets the threshold from that day.
    Decision later = d.withSignatures(List.of("KZ")).withJoiningDates(Map.of("KZ", d("2023-12-20")));
    finding(DecisionRules.check(later, THREE, d("2023-12-19"), FACTS), Rule.CHARTER_12_LIMITED_FORMAT,
        Outcome.INDETERMINATE);
    finding(DecisionRules.check(later, THREE, d("2023-12-20"), FACTS), Rule.CHARTER_12_LIMITED_FORMAT,
        Outcome.SATISFIED);
    assertFalse(DecisionRules.isAdopted(later, THREE, d("2023-12-19"), FACTS));
    assertTrue(DecisionRules.isAdopted(later, THREE, d("2023-12-20"), FACTS));
  }

  @Test
  void belowTheThresholdAndReportedNotAdoptedIsNoFinalViolation() {
    Decision d = twoSupporters().withRecordedOutcome(RecordedOutcome.NOT_ADOPTED);
    Verdict v = DecisionRules.check(d, THREE, FACTS);
    Finding f = finding(v, Rule.CHARTER_12_LIMITED_FORMAT, Outcome.INDETERMINATE);
    assertTrue(f.reason().startsWith("no member objected, but only 2 took part, fewer than the 3 required;"
        + " reported not adopted; this would be a violation, but the rule rests on secondary sources alone"),
        f.reason());
    finding(v, Rule.CHARTER_2_BINDING_FORCE, Outcome.NOT_APPLICABLE);
    assertFalse(DecisionRules.isAdopted(d, THREE, FACTS));
  }

  @Test
  void aThresholdAboveTheMembersCannotBeMetWithoutTheConsentOfAll() {
    Decision d = twoSupporters();
    LimitedFormat seven = LimitedFormat.ofMinimum(7);
    finding(DecisionRules.check(d, seven, FACTS), Rule.CHARTER_12_LIMITED_FORMAT, Outcome.INDETERMINATE);
    // Every member consenting is consensus, whatever the threshold.
    Decision all = Episodes.unanimous("all", Body.COLLECTIVE_SECURITY_COUNCIL, "2023-11-23", Matter.GENERAL,
        "docs", Episodes.SIX).withFormat(DecisionFormat.LIMITED);
    Verdict v = DecisionRules.check(all, seven, FACTS);
    finding(v, Rule.CHARTER_12_CONSENSUS, Outcome.SATISFIED);
    finding(v, Rule.CHARTER_2_BINDING_FORCE, Outcome.SATISFIED);
    assertTrue(DecisionRules.isAdopted(all, seven, FACTS));
  }

  @Test
  void reportedAdoptedWithoutPositionsMeetsOnlyTheDefault() {
    Decision d = decision("u", Body.COLLECTIVE_SECURITY_COUNCIL, "2023-11-23", Matter.GENERAL, "docs")
        .format(DecisionFormat.LIMITED).recordedOutcome(RecordedOutcome.ADOPTED).build();
    finding(DecisionRules.check(d, FACTS), Rule.CHARTER_12_LIMITED_FORMAT, Outcome.SATISFIED);
    assertTrue(DecisionRules.isAdopted(d, FACTS));
    Verdict v = DecisionRules.check(d, TWO, FACTS);
    Finding f = finding(v, Rule.CHARTER_12_LIMITED_FORMAT, Outcome.INDETERMINATE);
    assertEquals("no member's position is recorded, and the decision is reported adopted in the limited format;"
        + " who took part is not recorded, so whether at least 2 members did is open", f.reason());
    finding(v, Rule.CHARTER_2_BINDING_FORCE, Outcome.INDETERMINATE);
    assertFalse(DecisionRules.isAdopted(d, TWO, FACTS));
  }

  @Test
  void theThresholdDoesNotApplyWhereTheFormatIsNotAvailable() {
    // Before the 2010 protocol was in force, and for a Secretary General appointment, the consent of all is
    // needed whatever the threshold.
    Decision early = twoSupporters().withDate(d("2012-12-18"));
    assertEquals(DecisionRules.check(early, FACTS), DecisionRules.check(early, THREE, FACTS));
    assertFalse(DecisionRules.isAdopted(early, LimitedFormat.DEFAULT, FACTS));
    assertTrue(DecisionRules.isAdopted(early.withDate(d("2012-12-19")), TWO, FACTS));
    Decision sg = twoSupporters(Matter.APPOINTMENT_SECRETARY_GENERAL);
    assertEquals(DecisionRules.check(sg, FACTS), DecisionRules.check(sg, THREE, FACTS));
    // A member objecting defeats it under any threshold.
    Decision objected = twoSupporters().withPosition("AM", Position.OBJECTS);
    assertTrue(finding(DecisionRules.check(objected, TWO, FACTS), Rule.CHARTER_12_LIMITED_FORMAT,
        Outcome.INDETERMINATE).reason().startsWith("a member objected (AM)"));
  }
}
