package io.github.cstokit.rules;

import static io.github.cstokit.rules.Check.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Basis;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipEventType;
import io.github.cstokit.model.WithdrawalNotice;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Treaty Art. 11 and the 1999 Extension Protocol on the real episodes of the bundled dataset: the exits of
 * Azerbaijan, Georgia and Uzbekistan in 1999, and Uzbekistan's of 2012, after it had ratified the Protocol.
 */
class TreatyDurationTest {

  private static final CstoDataset DATA = CstoData.bundled();
  private static final Rule R = Rule.TREATY_11_DURATION_EXTENSION;

  private static MembershipEvent recorded(String id) {
    for (MembershipEvent e : DATA.events()) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no event " + id + " in the bundled dataset");
  }

  /** Azerbaijan, Georgia and Uzbekistan did not sign the Protocol and left when the first term ran out. */
  @ParameterizedTest
  @ValueSource(strings = {"az-treaty-non-renewal", "ge-treaty-non-renewal", "uz-treaty-non-renewal"})
  void the1999ExitsAreNonRenewalsAtTheEndOfTheFirstTerm(String id) {
    MembershipEvent e = recorded(id);
    Finding f = finding(MembershipRules.checkNonRenewal(e, DATA), R, Outcome.SATISFIED);
    assertEquals("non-renewal effective on the first day of a new term, when the previous term ran out",
        f.reason());
    assertEquals(Basis.TEXT, f.basis());
    assertEquals(List.of("Treaty Art. 11 [1992]", "Extension Protocol [1999]"),
        f.citations().stream().map(c -> c.text()).collect(java.util.stream.Collectors.toList()));
    assertTrue(f.facts().contains("basis of the terms: Extension Protocol [1999], TEXT (five years from"
        + " 1999-04-21, then renewed automatically for five years at a time, without prejudice to part two of"
        + " Art. 11)"), f.facts().toString());
    assertTrue(f.facts().contains("basis of the mode of exit: Treaty Art. 11 [1992], not read; part two, the"
        + " withdrawal clause, not read"), f.facts().toString());
    assertTrue(f.facts().contains("term: " + MembershipRules.treatyTerm(e.date().firstDay())),
        f.facts().toString());
  }

  @Test
  void a1999ExitDatedOffTheTermIsNoNonRenewal() {
    // The same states, had the record dated the exit a day early or a day late.
    for (String state : List.of("AZ", "GE")) {
      finding(MembershipRules.checkNonRenewal(Episodes.event(state, MembershipEventType.NON_RENEWAL,
          "1999-04-20"), DATA), R, Outcome.VIOLATED);
      finding(MembershipRules.checkNonRenewal(Episodes.event(state, MembershipEventType.NON_RENEWAL,
          "1999-04-22"), DATA), R, Outcome.VIOLATED);
    }
    // Uzbekistan's exit dated only to 1998, as two press reports of 2006 give it: no term ends in 1998.
    finding(MembershipRules.checkNonRenewal(Episodes.event("UZ", MembershipEventType.NON_RENEWAL, "1998"),
        DATA), R, Outcome.VIOLATED);
    finding(MembershipRules.checkNonRenewal(Episodes.event("UZ", MembershipEventType.NON_RENEWAL, "1999"),
        DATA), R, Outcome.INDETERMINATE);
  }

  @Test
  void uzbekistanIn2012WasAPartyToTheProtocolByItsRatification() {
    // Uzbekistan ratified the Protocol on 2008-03-28 (uz-extension-protocol-accession-2008); its note of
    // 2012 could not be a non-renewal. Judged on the day the note was received, before the 2010 protocol.
    MembershipEvent note = recorded("uz-note-received");
    Finding f = finding(MembershipRules.checkNonRenewal(Episodes.event("UZ", MembershipEventType.NON_RENEWAL,
        note.date().toString()), DATA), R, Outcome.INDETERMINATE);
    assertTrue(f.reason().startsWith("UZ is a party to the Extension Protocol, which renews the Treaty"
        + " automatically without prejudice to part two of Art. 11: such a party leaves by withdrawal"),
        f.reason());
    assertTrue(f.facts().contains("party to the Extension Protocol: uz-extension-protocol-accession-2008"
        + " (2008-03-28), ratification; the Protocol applies to a later ratifier from its own notification to"
        + " the depositary, whose date is not recorded"), f.facts().toString());
    assertEquals("Treaty Art. 11 [1992]", f.citations().get(0).text());
    // At the next term's start, after the 2010 protocol entered into force, the citation is [2010].
    Finding later = finding(MembershipRules.checkNonRenewal(Episodes.event("UZ", MembershipEventType.NON_RENEWAL,
        "2014-04-21"), DATA), R, Outcome.INDETERMINATE);
    assertEquals("Treaty Art. 11 [2010]", later.citations().get(0).text());
    assertTrue(later.facts().contains("basis of the mode of exit: Treaty Art. 11 [2010], not read (its 2010"
        + " wording known only from a Kremlin summary); part two, the withdrawal clause, not read"),
        later.facts().toString());
    // Before its ratification Uzbekistan was not a party: its 1999 exit stays a non-renewal (above), and the
    // day before the ratification finds no party event.
    Finding before = finding(MembershipRules.checkNonRenewal(Episodes.event("UZ", MembershipEventType.NON_RENEWAL,
        "2008-03-27"), DATA), R, Outcome.VIOLATED);
    assertTrue(before.reason().startsWith("a non-renewal takes effect only when a term runs out"), before.reason());
  }

  @Test
  void aSignatoryOfThe1999ProtocolLeavesByWithdrawal() {
    for (String state : List.of("AM", "BY", "KZ", "KG", "RU", "TJ")) {
      Finding f = finding(MembershipRules.checkNonRenewal(Episodes.event(state, MembershipEventType.NON_RENEWAL,
          "2024-04-21"), DATA), R, Outcome.INDETERMINATE);
      assertTrue(f.facts().contains("party to the Extension Protocol: " + state.toLowerCase()
          + "-extension-protocol-signature (1999-04-02)"), f.facts().toString());
    }
  }

  @Test
  void aPartysWithdrawalFromTheTreatyIsOpenSincePartTwoWasNotRead() {
    // Uzbekistan's note of 2012 read as a withdrawal from the Treaty, received on the recorded day.
    MembershipEvent note = recorded("uz-note-received");
    WithdrawalNotice n = WithdrawalNotice.of("UZ", note.date().firstDay());
    Verdict v = MembershipRules.checkTreatyWithdrawal(n, DATA);
    assertEquals("Withdrawal of UZ from the Treaty", v.subject());
    Finding f = finding(v, R, Outcome.INDETERMINATE);
    assertEquals("withdrawal is the mode of exit the Extension Protocol leaves open (without prejudice to part"
        + " two of Art. 11), but part two was not read: its notice period and conditions are not known, and"
        + " nothing found supports a six-month notice in the Treaty itself", f.reason());
    assertEquals(List.of("Treaty Art. 11 [1992]", "Extension Protocol [1999]"), texts(f));
    assertTrue(f.facts().contains("party to the Extension Protocol: uz-extension-protocol-accession-2008"
        + " (2008-03-28), ratification; the Protocol applies to a later ratifier from its own notification to"
        + " the depositary, whose date is not recorded"), f.facts().toString());
    // After the 2010 protocol entered into force (Uzbekistan then suspended in the Organization): [2010].
    Finding later = finding(MembershipRules.checkTreatyWithdrawal(WithdrawalNotice.of("UZ", Episodes.d(
        "2013-01-10")), DATA), R, Outcome.INDETERMINATE);
    assertEquals("Treaty Art. 11 [2010]", later.citations().get(0).text());
    assertTrue(later.facts().contains("status: SUSPENDED"), later.facts().toString());
    // Armenia, a signatory of the Protocol, in 2026.
    finding(MembershipRules.checkTreatyWithdrawal(WithdrawalNotice.of("AM", Episodes.d("2026-01-14")), DATA),
        R, Outcome.INDETERMINATE);
  }

  @Test
  void aWithdrawalNeedsAPartyAndANoticeBeforeItsDay() {
    // Azerbaijan's participation ceased when the first term ran out.
    Finding az = finding(MembershipRules.checkTreatyWithdrawal(WithdrawalNotice.of("AZ", Episodes.d(
        "2005-01-10")), DATA), R, Outcome.VIOLATED);
    assertEquals("AZ is CEASED on 2005-01-10, not a party that can withdraw from the Treaty", az.reason());
    assertEquals(Basis.TEXT, az.basis());
    // Within the first term Azerbaijan was a party: open, as for any party.
    finding(MembershipRules.checkTreatyWithdrawal(WithdrawalNotice.of("AZ", Episodes.d("1998-06-01")), DATA),
        R, Outcome.INDETERMINATE);
    // An intended day on the notice's own day: no final violation, part two not having been read.
    WithdrawalNotice same = WithdrawalNotice.builder().state("AM").date(Episodes.d("2026-01-14"))
        .intendedEffective(Episodes.d("2026-01-14")).build();
    Finding f = finding(MembershipRules.checkTreatyWithdrawal(same, DATA), R, Outcome.INDETERMINATE);
    assertTrue(f.reason().startsWith("the intended day 2026-01-14 does not come after the notice of 2026-01-14;"
        + " a notice must precede the day it takes effect"), f.reason());
    assertTrue(f.reason().endsWith("so no final violation is found"), f.reason());
    assertEquals(Basis.SECONDARY, f.basis());
    // Before the Treaty entered into force.
    finding(MembershipRules.checkTreatyWithdrawal(WithdrawalNotice.of("AM", Episodes.d("1993-06-01")), DATA),
        R, Outcome.NOT_APPLICABLE);
  }

  private static List<String> texts(Finding f) {
    return f.citations().stream().map(c -> c.text()).collect(java.util.stream.Collectors.toList());
  }
}
