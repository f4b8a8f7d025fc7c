package io.github.cstokit.rules;

import io.github.cstokit.model.Basis;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.rules.Law.Provision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The procedural rules the checks apply: the one place where each rule is documented, with its stable id,
 * the provisions it rests on and how firm that footing is ({@link Basis}).
 *
 * <p><b>In force on the date.</b> Each rule names the provisions it applies, and each provision belongs to
 * an instrument of the facts ({@link CstoFacts#instrument(String)}: {@code treaty-1992},
 * {@code charter-2002}, {@code peacekeeping-agreement-2007}, ...). Whether a rule applies on the date judged
 * is decided in one place for every finding: before the instrument's signature the finding is
 * {@link Outcome#NOT_APPLICABLE}, naming the instrument that did not yet exist; signed but not shown to be
 * in force (no entry into force recorded, or a later one), or unknown to the facts, it is
 * {@link Outcome#INDETERMINATE}, giving the reason and what the rule would otherwise have found. A Council
 * decision or regulations with no recorded entry into force apply from the day they were taken, unless the
 * record says their entry into force is not established ({@link io.github.cstokit.model.Instrument#inForceStatus()}
 * {@code NOT_ESTABLISHED}, as for the 2018 Observer and Partner Regulations). On the bundled dataset this
 * makes every rule on the Peacekeeping Agreement or its 2021 protocol, on the CRDF Agreement (signed
 * 2006-06-23, general entry into force not established) and on the 2018 Regulations INDETERMINATE.
 *
 * <p><b>Versions.</b> Citations name the version of the text in force on the date judged: the Treaty's
 * 1992 text of Art. 2, 3, 4, 6 and 11 until the 2010 protocol entered into force (2012-12-19 per the Kazakh
 * treaty bulletin), the 2010 text from then on; the Charter's 2002 text of Art. 12 and of the article on
 * the Secretary General until its 2010 protocol entered into force (same date), and of Art. 13 until
 * Protocol No. 2 entered into force (2021-01-19). Whether an amending protocol is in force is asked of the
 * facts (ids {@code treaty-protocol-2010}, {@code charter-protocol-2010} and {@code charter-protocol-2018-2});
 * when the facts do not know it, the text as signed is cited. Where the sources do not give an article
 * number the citation has no article ({@link Citation#article()} is empty), as in
 * {@code Rules of Procedure [2004]}; {@link Verdict#explain()} prints it as
 * {@code Rules of Procedure (article not identified) [2004]}.
 *
 * <p><b>Basis.</b> {@link Basis#TEXT} only where the wording applied was read in full, or, for para 1.3 of
 * the Observer and Partner Regulations, in the extracts of the CSTO's unofficial translation that the table
 * names (the copy breaks off after that point); everything else says what it rests on. A finding of {@link Outcome#VIOLATED} on a {@link Basis#SECONDARY} or
 * {@link Basis#PRACTICE} basis alone is given as INDETERMINATE, its reason saying what would be violated:
 * no final violation rests on press sources or practice.
 *
 * <p>The short name of every citation is the {@code shortName} of an instrument of the bundled dataset, so
 * a citation resolves against {@link CstoFacts#instruments()}.
 *
 * <table>
 *   <caption>Rules, citations and basis</caption>
 *   <tr><th>Id</th><th>Citations</th><th>Basis</th></tr>
 *   <tr><td>CHARTER-12-CONSENSUS</td><td>Charter Art. 12 [2002/2010]</td><td>SECONDARY (article text not
 *       read); a member whose vote a Council decision suspended under Charter Art. 25 is not counted from
 *       that decision's day; a consent by joining later is PRACTICE, counted from its recorded joining
 *       day</td></tr>
 *   <tr><td>CHARTER-12-LIMITED-FORMAT</td><td>Charter Art. 12 [2010]</td><td>SECONDARY (text not read; the
 *       article number, the threshold of participants (one by default, set by {@link LimitedFormat}) and
 *       the exclusions for Secretary General appointments and CRRF deployment are assumptions, the
 *       exclusions PRACTICE)</td></tr>
 *   <tr><td>ROP-QUORUM</td><td>Rules of Procedure [2004]</td><td>SECONDARY
 *       (UNVERIFIED: quorum text not read)</td></tr>
 *   <tr><td>CHARTER-2-BINDING-FORCE</td><td>Charter Art. 2 [2002]</td><td>TEXT for decisions of the
 *       Collective Security Council (Art. 2 read in full, official English); for the other bodies
 *       SECONDARY and INDETERMINATE (their binding force rests on Art. 12 or the 2003 Regulations, not
 *       read)</td></tr>
 *   <tr><td>TREATY-2.2-THREAT-CONSULTATION</td><td>Treaty Art. 2(2) [1992/2010]</td><td>TEXT</td></tr>
 *   <tr><td>TREATY-4-COLLECTIVE-DEFENCE</td><td>Treaty Art. 4 [1992/2010]</td><td>TEXT under the 1992 text
 *       (read in full); SECONDARY under the 2010 text (only its first sentence read; the request clause
 *       known from a press quotation)</td></tr>
 *   <tr><td>TREATY-4-UNSC-REPORT</td><td>Treaty Art. 4 [1992/2010]</td><td>TEXT (1992); SECONDARY
 *       (2010)</td></tr>
 *   <tr><td>TREATY-6-USE-OF-FORCES</td><td>Treaty Art. 6 [1992/2010]</td><td>OFFICIAL_SUMMARY (para 2, use
 *       outside the members' territory, read in full in the 1992 text; para 1, the heads of state deciding,
 *       known for 1992 only from a garbled textbook copy and for 2010 from the Kremlin summary of the
 *       protocol)</td></tr>
 *   <tr><td>TREATY-7-STATIONING-AND-THIRD-STATE-BASES</td><td>Treaty Art. 7 [1992]; Third-State Bases Protocol
 *       [2011]</td><td>SECONDARY (Art. 7 and the protocol's signature read; its content from an
 *       annotation); INDETERMINATE while the protocol is not shown in force</td></tr>
 *   <tr><td>TREATY-11-DURATION-EXTENSION</td><td>Treaty Art. 11 [1992/2010]; Extension Protocol
 *       [1999]</td><td>TEXT for the Extension Protocol's terms; Art. 11 not read (the 2010 version from a
 *       Kremlin summary): a Protocol party's non-renewal or withdrawal is INDETERMINATE</td></tr>
 *   <tr><td>CHARTER-13-CSC-COMPOSITION-AND-CHAIR</td><td>Charter Art. 13 [2002/2018]</td>
 *       <td>OFFICIAL_SUMMARY (a head of government as chair is accepted only from Protocol No. 2's entry into
 *       force, 2021-01-19; before it, VIOLATED)</td></tr>
 *   <tr><td>CHAIRMANSHIP-ROTATION-PRACTICE</td><td>Charter Art. 13 [2002/2018]</td><td>PRACTICE</td></tr>
 *   <tr><td>CHARTER-SG-APPOINTMENT-ROTATION-RECALL</td><td>Charter [2002/2010]; Charter Art. 12
 *       [2002/2010]</td><td>SECONDARY</td></tr>
 *   <tr><td>CHARTER-SG-TERM</td><td>Charter [2002/2010]</td><td>SECONDARY</td></tr>
 *   <tr><td>CHARTER-SG-ROTATION-2015</td><td>SG Rotation Decision [2015]</td>
 *       <td>SECONDARY (keyed on the start of the term)</td></tr>
 *   <tr><td>CHARTER-19-ADMISSION-AND-WITHDRAWAL</td><td>Charter Art. 19 [2002]</td><td>SECONDARY</td></tr>
 *   <tr><td>CHARTER-19-OBLIGATIONS-SETTLED</td><td>Charter Art. 19 [2002]</td><td>SECONDARY</td></tr>
 *   <tr><td>CHARTER-SUSPENSION-EXPULSION</td><td>Charter [2002] (membership provisions, article not
 *       identified); Suspension Regulations [2004]</td><td>SECONDARY</td></tr>
 *   <tr><td>MEMBERSHIP-FREEZE-NO-LEGAL-EFFECT</td><td>Charter Art. 19 [2002]</td><td>SECONDARY (argues from
 *       the absence of a category in a text not read)</td></tr>
 *   <tr><td>PK-3-OPERATION-ON-MEMBER-TERRITORY</td><td>Peacekeeping Agreement Art. 3 [2007]</td>
 *       <td>OFFICIAL_SUMMARY</td></tr>
 *   <tr><td>PK-3-UNSC-NOTICE</td><td>Peacekeeping Agreement Art. 3 [2007]</td>
 *       <td>OFFICIAL_SUMMARY</td></tr>
 *   <tr><td>PK-3-OPERATION-OUTSIDE-CSTO</td><td>Peacekeeping Agreement Art. 3 [2007]</td>
 *       <td>OFFICIAL_SUMMARY</td></tr>
 *   <tr><td>PK-COMMAND-COMPOSITION-COMPLETION</td><td>Peacekeeping Agreement [2007]</td>
 *       <td>PRACTICE (Agreement text not read)</td></tr>
 *   <tr><td>CRRF-USE-DECISION</td><td>CRRF Agreement [2009]; Charter Art. 12 [2002/2010]</td>
 *       <td>SECONDARY</td></tr>
 *   <tr><td>REGIONAL-FORCES-USE</td><td>CRDF Agreement Art. 3 [2006]</td><td>TEXT (Art. 3 read in
 *       full); INDETERMINATE while the Agreement is not shown in force</td></tr>
 *   <tr><td>CHARTER-21-OBSERVER-STATUS</td><td>Charter Art. 21 [2002] until Charter Protocol No. 3 is in
 *       force (2021-01-19), then Charter Protocol No. 3 [2018]</td><td>TEXT (2002 wording read in full;
 *       the Chapter VII of Protocol No. 3 not read: INDETERMINATE)</td></tr>
 *   <tr><td>OBSERVER-REGULATIONS-CRITERIA</td><td>Observer Regulations Art. 1(3) [2018] (para 1.3)</td>
 *       <td>TEXT (para 1.3 read in part, unofficial translation)</td></tr>
 *   <tr><td>PARTNER-REGULATIONS-CRITERIA</td><td>Partner Regulations Art. 1(3) [2018] (para 1.3)</td>
 *       <td>TEXT (para 1.3 read in part, unofficial translation)</td></tr>
 *   <tr><td>CHARTER-25-ARREARS</td><td>Charter Art. 25 [2002]</td><td>TEXT (Uzbek translation; the
 *       suspension of the vote rests on the likely reading of a broken sentence: SECONDARY); a suspension
 *       lasts until the debt is paid in full or a Council decision restores the rights; where the record
 *       shows neither, its end is not known (INDETERMINATE after its day)</td></tr>
 *   <tr><td>INSTRUMENT-IN-FORCE</td><td>the instrument judged; the rule itself: the Charter's
 *       entry-into-force clause, Charter [2002]</td><td>TEXT</td></tr>
 *   <tr><td>CHARTER-BUDGET</td><td>Charter [2002] (the budget article; number not visible)</td><td>TEXT
 *       (Uzbek translation of the consolidated 2010 wording)</td></tr>
 *   <tr><td>PK-COORDINATING-STATE</td><td>Peacekeeping Agreement Art. 1 [2007]; Peacekeeping Protocol
 *       [2021]</td><td>OFFICIAL_SUMMARY (the protocol's opening read, the definition cut); INDETERMINATE
 *       while the Agreement or the protocol is not shown in force</td></tr>
 *   <tr><td>CRDF-WITHDRAWAL</td><td>CRDF Agreement [2006] (final article; number not visible)</td><td>TEXT
 *       (read in full; its being the CRDF Agreement's is inferred from place and date, so a short notice is
 *       INDETERMINATE)</td></tr>
 *   <tr><td>DECISION-FORM-DEPOSITARY</td><td>Documents Decision [2004] (final clause)</td><td>TEXT</td></tr>
 *   <tr><td>CSC-DECISION-SIGNATORIES</td><td>Treaty Art. 3 [1992/2010]; Charter Art. 13(3) [2002/2018]</td>
 *       <td>SECONDARY (the composition from Treaty Art. 3 and the opening of Protocol No. 2; who signs for a
 *       state is in no text read, so a head of government's signature before 2021-01-19 is INDETERMINATE,
 *       from that day SATISFIED)</td></tr>
 * </table>
 *
 * <p>Where the wording of a cited provision was read, a finding carries the words
 * ({@link Finding#words()}): the facts give them ({@link CstoFacts#provision(Citation)}), and
 * {@link Verdict#explain()} and {@link Verdict#toJson()} show them. The Observer and Partner Regulations
 * number their points "1.3"; the citation gives point 1.3 as {@code Art. 1(3)}.
 *
 * <pre>{@code
 * Rule r = Rule.byId("CHARTER-12-CONSENSUS").orElseThrow();
 * r.basis();                                     // SECONDARY
 * r.citations(LocalDate.of(2022, 1, 6), facts);  // [Citation[Charter Art. 12 [2010]]]
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Rule {
  /**
   * Decisions of the statutory bodies are taken by consensus of the members on the date (suspended states
   * excluded, and members whose vote a Council decision under Charter Art. 25 suspended, from that
   * decision's day until the debt is paid or the Council restores it; frozen ones and those in arrears
   * without such a decision included), shown by every member supporting or signing, at the session or later; a consent given by
   * joining later rests on practice and counts from its recorded joining day only. Positions of states
   * not entitled on the date are listed and count neither for nor against. A consent still missing without an objection is "no consensus yet": a signature can still
   * come, since no text read sets a deadline. Where a decision records neither positions nor signatures,
   * its recorded outcome decides: reported adopted (no member objected) satisfies the rule, reported not
   * adopted is no consensus, no recorded outcome leaves it open.
   */
  CHARTER_12_CONSENSUS(
      "CHARTER-12-CONSENSUS",
      Basis.SECONDARY,
      "Decisions of the CSC, CFM, CDM and CSSC are taken by consensus of the member states.",
      Provision.CHARTER_12),
  /**
   * From the 2010 protocol's entry into force the CSC may decide in a limited format: no member objects, at
   * least one supports (or as many as a {@link LimitedFormat} asks), and the decision binds the participants
   * only. Assumptions, since no source gives them: the article (Art. 12), the threshold of one participant
   * (configurable: fewer participants than the threshold, nobody objecting, is open), and the subjects
   * excluded in practice (Secretary General appointments, CRRF deployment). Members outside the format are
   * listed and count neither for nor against.
   */
  CHARTER_12_LIMITED_FORMAT(
      "CHARTER-12-LIMITED-FORMAT",
      Basis.SECONDARY,
      "A limited-format decision passes if no member objects and one supports; it binds participants only.",
      Provision.CHARTER_12),
  /**
   * The quorum of a session; the Rules of Procedure text was not available, so absences stay open. A
   * decision that records no attendance but is reported adopted counts as taken by a body able to decide.
   */
  ROP_QUORUM(
      "ROP-QUORUM",
      Basis.SECONDARY,
      "Quorum of a session of a statutory body (Rules of Procedure text not read).",
      Provision.RULES_OF_PROCEDURE),
  /**
   * Decisions of the CSC bind the member states (Charter Art. 2 names the Treaty, the treaties under it and
   * the Council's decisions only); whether other bodies' decisions bind is open.
   */
  CHARTER_2_BINDING_FORCE(
      "CHARTER-2-BINDING-FORCE",
      Basis.TEXT,
      "The Treaty, treaties under it and CSC decisions bind the member states; other bodies: open.",
      Provision.CHARTER_2),
  /** A threat to a member obliges the members to start joint consultations at once. */
  TREATY_2_2_THREAT_CONSULTATION(
      "TREATY-2.2-THREAT-CONSULTATION",
      Basis.TEXT,
      "When a member is threatened, members start joint consultations at once (no number of days).",
      Provision.TREATY_2_2),
  /**
   * Aggression against one member is aggression against all, and each other State Party gives it assistance:
   * the 1992 text covers aggression by a state or group of states, the 2010 text drops that qualifier and
   * (per a press quotation) adds the request of the attacked member. The obligation binds the states: no
   * collective decision is no violation, and individual assistance is not assessed.
   */
  TREATY_4_COLLECTIVE_DEFENCE(
      "TREATY-4-COLLECTIVE-DEFENCE",
      Basis.TEXT,
      "Aggression against one member (1992: by a state) obliges each other to assist (2010: at its request).",
      Provision.TREATY_4),
  /** Measures taken under Art. 4 are reported to the UN Security Council at once. */
  TREATY_4_UNSC_REPORT(
      "TREATY-4-UNSC-REPORT",
      Basis.TEXT,
      "Measures taken under Art. 4 are reported to the UN Security Council at once.",
      Provision.TREATY_4),
  /** The heads of state (the CSC) decide on the use of forces. */
  TREATY_6_USE_OF_FORCES(
      "TREATY-6-USE-OF-FORCES",
      Basis.OFFICIAL_SUMMARY,
      "The use of forces under the Treaty is decided by the heads of state, the CSC.",
      Provision.TREATY_6),
  /** A member may host a non-member's forces only if no member has officially objected. */
  TREATY_7_STATIONING_AND_THIRD_STATE_BASES(
      "TREATY-7-STATIONING-AND-THIRD-STATE-BASES",
      Basis.SECONDARY,
      "Third-state bases need consultations and no official objection by any member (2011 protocol).",
      Provision.TREATY_7,
      Provision.BASES_PROTOCOL),
  /**
   * Five-year terms from 1999-04-21, renewed automatically under the Extension Protocol; a non-renewal takes
   * effect at a term's end. A party to the Extension Protocol (by signature, or by a later ratification or
   * accession) leaves by withdrawal (Art. 11 part two, not read), not by non-renewal: such a non-renewal,
   * and any party's notice of withdrawal, is INDETERMINATE. The terms rest on the Protocol's text; the mode
   * of exit on Art. 11, cited in the version in force on the date and not read.
   */
  TREATY_11_DURATION_EXTENSION(
      "TREATY-11-DURATION-EXTENSION",
      Basis.TEXT,
      "The Treaty runs in five-year terms from 1999-04-21; a non-renewal takes effect when a term ends.",
      Provision.TREATY_11,
      Provision.EXTENSION_PROTOCOL),
  /**
   * The head of the state hosting the regular session chairs the CSC unless the CSC decides otherwise. A
   * head of government is accepted as chair only from the entry into force of Charter Protocol No. 2
   * (2021-01-19), which admitted heads of government to the Council; whether it also amended the Chair
   * paragraph is not known. Before it, a head of government in the chair violates the rule: the Council
   * consisted of the heads of state.
   */
  CHARTER_13_CSC_COMPOSITION_AND_CHAIR(
      "CHARTER-13-CSC-COMPOSITION-AND-CHAIR",
      Basis.OFFICIAL_SUMMARY,
      "The head of the state hosting the regular session chairs the CSC, unless the CSC decides otherwise.",
      Provision.CHARTER_13),
  /** In practice the chairmanship passes in the Russian alphabetical order of the members. */
  CHAIRMANSHIP_ROTATION_PRACTICE(
      "CHAIRMANSHIP-ROTATION-PRACTICE",
      Basis.PRACTICE,
      "In practice the chairmanship passes in the Russian alphabetical order of the members.",
      Provision.CHARTER_13),
  /**
   * The Secretary General is appointed (and recalled) by a CSC decision by consensus, shown by every head's
   * signature, from among the members' citizens; acting arrangements are practice only.
   */
  CHARTER_SG_APPOINTMENT_ROTATION_RECALL(
      "CHARTER-SG-APPOINTMENT-ROTATION-RECALL",
      Basis.SECONDARY,
      "The Secretary General is appointed or recalled by a CSC decision by consensus of all members.",
      Provision.CHARTER_SG,
      Provision.CHARTER_12),
  /** The Secretary General's term is three years. */
  CHARTER_SG_TERM(
      "CHARTER-SG-TERM",
      Basis.SECONDARY,
      "The Secretary General is appointed for three years.",
      Provision.CHARTER_SG),
  /**
   * Since the 2015 CSC decision the post rotates in the Russian alphabetical order of the members, for
   * terms that start after the decision; the transitional extension of the holder in office decided with it
   * is outside the rotation.
   */
  CHARTER_SG_ROTATION_2015(
      "CHARTER-SG-ROTATION-2015",
      Basis.SECONDARY,
      "Since 2015 the Secretary General post rotates in the Russian alphabetical order of the members.",
      Provision.SG_ROTATION_DECISION),
  /**
   * The CSC decides on admission; a member withdraws by notice to the depositary at least six months before
   * leaving.
   */
  CHARTER_19_ADMISSION_AND_WITHDRAWAL(
      "CHARTER-19-ADMISSION-AND-WITHDRAWAL",
      Basis.SECONDARY,
      "The CSC admits members; a member withdraws on notice given at least six months ahead.",
      Provision.CHARTER_19),
  /** A withdrawing member must first settle the obligations it incurred as a member. */
  CHARTER_19_OBLIGATIONS_SETTLED(
      "CHARTER-19-OBLIGATIONS-SETTLED",
      Basis.SECONDARY,
      "A withdrawing member settles the obligations incurred during its membership.",
      Provision.CHARTER_19),
  /**
   * Only the CSC suspends a member's participation or expels it; cited as the Charter's membership
   * provisions, whose article is not identified.
   */
  CHARTER_SUSPENSION_EXPULSION(
      "CHARTER-SUSPENSION-EXPULSION",
      Basis.SECONDARY,
      "Suspension and expulsion are decided by the CSC.",
      Provision.CHARTER_MEMBERSHIP,
      Provision.SUSPENSION_REGULATIONS),
  /** A declared freeze of participation is no Charter category and changes no legal status. */
  MEMBERSHIP_FREEZE_NO_LEGAL_EFFECT(
      "MEMBERSHIP-FREEZE-NO-LEGAL-EFFECT",
      Basis.SECONDARY,
      "A declared freeze of participation changes no legal status: the state remains a member.",
      Provision.CHARTER_19),
  /**
   * The CSC decides on a peacekeeping operation on a member's territory on that state's official request,
   * made before the decision; the notice to the UN Security Council is {@link #PK_3_UNSC_NOTICE}.
   */
  PK_3_OPERATION_ON_MEMBER_TERRITORY(
      "PK-3-OPERATION-ON-MEMBER-TERRITORY",
      Basis.OFFICIAL_SUMMARY,
      "Peacekeeping on a member's territory: the host's official request, then a CSC decision.",
      Provision.PK_3),
  /**
   * A peacekeeping operation outside the members' territory rests on a UN Security Council decision, which
   * must precede the Council's decision.
   */
  PK_3_OPERATION_OUTSIDE_CSTO(
      "PK-3-OPERATION-OUTSIDE-CSTO",
      Basis.OFFICIAL_SUMMARY,
      "Peacekeeping outside the members' territory rests on a UN Security Council decision.",
      Provision.PK_3),
  /**
   * Commanders appointed by the competent body (several only in succession, on distinct days); contingents
   * from members in good standing, under that command and voluntary; completion decided and withdrawal
   * carried out.
   */
  PK_COMMAND_COMPOSITION_COMPLETION(
      "PK-COMMAND-COMPOSITION-COMPLETION",
      Basis.PRACTICE,
      "Unified command, contingents from members under it and voluntary, completion decided.",
      Provision.PK_COMMAND),
  /** The CSC decides on CRRF use by consensus and consent of all, on members' territory, for listed tasks. */
  CRRF_USE_DECISION(
      "CRRF-USE-DECISION",
      Basis.SECONDARY,
      "CRRF use: CSC decision by consensus and consent of all, members' territory only, listed tasks.",
      Provision.CRRF,
      Provision.CHARTER_12),
  /**
   * The CSC decides on the Central Asian rapid deployment forces at the request of one or more members (the
   * host or others), on proposals of the defence ministers; request and proposal precede the decision.
   */
  REGIONAL_FORCES_USE(
      "REGIONAL-FORCES-USE",
      Basis.TEXT,
      "CRDF CAR use: request of one or more members, proposal of the CDM, then a decision of the CSC.",
      Provision.CRDF_3),
  /**
   * The UN Security Council is informed at once of a decision on a peacekeeping operation on a member's
   * territory: a duty that goes with the decision, not a condition of its validity.
   */
  PK_3_UNSC_NOTICE(
      "PK-3-UNSC-NOTICE",
      Basis.OFFICIAL_SUMMARY,
      "Peacekeeping on a member's territory: the UN Security Council is informed at once.",
      Provision.PK_3),
  /**
   * Observer status (Charter Art. 21, 2002 wording): a state that is not a member, or an international
   * organization, applies by an official written request addressed to the Secretary General; the Council
   * grants, suspends or annuls the status. From the entry into force of Protocol No. 3, which sets out
   * Chapter VII anew in a wording not read, the findings are INDETERMINATE and cite the Protocol. The
   * rule's citations list both; a finding cites the one that governs on its date (the article number of
   * the new Chapter VII is not known, so the Protocol is cited without one).
   */
  CHARTER_21_OBSERVER_STATUS(
      "CHARTER-21-OBSERVER-STATUS",
      Basis.TEXT,
      "Observer status: official written request to the Secretary General; the Council decides on it.",
      Provision.CHARTER_21,
      Provision.CHARTER_PROTOCOL_3),
  /**
   * An applicant for observer status must be a member of the United Nations, have diplomatic relations with
   * all the member states and support the settlement of disputes by peaceful means only (Observer
   * Regulations para 1.3, as far as read: the copy breaks off after it).
   */
  OBSERVER_REGULATIONS_CRITERIA(
      "OBSERVER-REGULATIONS-CRITERIA",
      Basis.TEXT,
      "An observer applicant is a UN member, has relations with all members, settles disputes peacefully.",
      Provision.OBSERVER_REGULATIONS_1_3),
  /**
   * An applicant for partner status must have no international security obligations contrary to the
   * treaties and other documents signed within the CSTO (Partner Regulations para 1.3, as far as read).
   */
  PARTNER_REGULATIONS_CRITERIA(
      "PARTNER-REGULATIONS-CRITERIA",
      Basis.TEXT,
      "A partner applicant has no security obligations contrary to the documents signed within the CSTO.",
      Provision.PARTNER_REGULATIONS_1_3),
  /**
   * After two years of arrears to the budget the Council decides to suspend the member's right to nominate
   * citizens to quota posts (and, on the likely reading, its vote) until the debt is paid: the sanction is
   * a Council decision, never automatic, so arrears alone take no right away. A suspension ends when the
   * debt unpaid on its day is paid in full, or on the day of a recorded Council decision restoring the
   * rights; where the record shows neither such a debt nor a restoration, whether the rights stand
   * suspended after its day is not known.
   */
  CHARTER_25_ARREARS(
      "CHARTER-25-ARREARS",
      Basis.TEXT,
      "After two years of arrears the Council decides a suspension of rights; arrears alone suspend none.",
      Provision.CHARTER_25),
  /**
   * An instrument a decision relies on applies from its entry into force, not its signature: before
   * signature it did not exist (NOT_APPLICABLE), signed but not shown in force it is INDETERMINATE. The
   * finding cites the instrument judged.
   */
  INSTRUMENT_IN_FORCE(
      "INSTRUMENT-IN-FORCE",
      Basis.TEXT,
      "An instrument applies from its entry into force, not from its signature.",
      Provision.CHARTER_ENTRY_INTO_FORCE),
  /**
   * The budget is formed from the members' shared contributions approved by the Council, may not be in
   * deficit, and is approved by the Council (the Charter's budget article, read in full in an Uzbek
   * translation of the consolidated 2010 wording; its number is not visible, so the citation has none). A
   * budget approved by another body, or planning more expenditure than contributions, violates it.
   */
  CHARTER_BUDGET(
      "CHARTER-BUDGET",
      Basis.TEXT,
      "The budget is approved by the Council and may not be in deficit.",
      Provision.CHARTER_BUDGET),
  /**
   * The 2021 protocol adds to Peacekeeping Agreement Art. 1 a "coordinating state" for peacekeeping
   * operations of the United Nations, designated by the Council. Only the protocol's opening was read (the
   * definition is cut), and its entry into force is not established, so on the bundled dataset every
   * finding is INDETERMINATE.
   */
  PK_COORDINATING_STATE(
      "PK-COORDINATING-STATE",
      Basis.OFFICIAL_SUMMARY,
      "A coordinating state for UN peacekeeping operations is designated by the Council (2021 protocol).",
      Provision.PK_1,
      Provision.PK_PROTOCOL_2021),
  /**
   * A party may withdraw from the CRDF Agreement by written notice to the depositary at least six months
   * before the intended day; the agreement runs as long as the Treaty, and claims that arose before the
   * withdrawal must be settled. The final article was read in full, but the page shows no title: that it
   * is the CRDF Agreement's is inferred from place and date, so a notice short of six months is
   * INDETERMINATE, not a final violation.
   */
  CRDF_WITHDRAWAL(
      "CRDF-WITHDRAWAL",
      Basis.TEXT,
      "A party leaves the CRDF Agreement on written notice to the depositary six months ahead.",
      Provision.CRDF_FINAL),
  /**
   * A decision of the Council is made in one authentic copy in Russian, kept by the Secretariat, which
   * sends certified copies to the signatory states: the form read in the final clause of the Council's
   * 2004 decision on the documents regulating the Organization's activity, taken as the form of the
   * Council's decisions. Decisions of other bodies are not judged.
   */
  DECISION_FORM_DEPOSITARY(
      "DECISION-FORM-DEPOSITARY",
      Basis.TEXT,
      "A Council decision: one authentic Russian copy kept by the Secretariat; certified copies to signatories.",
      Provision.DOCUMENTS_DECISION),
  /**
   * Who signed a Council decision for a state, judged by the Council's composition in the text in force on
   * the decision's date: the heads of state (Treaty Art. 3), and from the entry into force of Charter
   * Protocol No. 2 (2021-01-19), which set out Art. 13 para 3 anew, also heads of government. No text read
   * says who signs a decision for a state: the form of the Council's decisions (the 2004 Documents Decision)
   * speaks of "signatory states", and the Rules of Procedure and the Regulations on the Council, where
   * signature and representation would be, were not read. So a head of government's signature before
   * 2021-01-19, which the text then did not provide for, is INDETERMINATE, never a final violation.
   */
  CSC_DECISION_SIGNATORIES(
      "CSC-DECISION-SIGNATORIES",
      Basis.SECONDARY,
      "A Council decision is signed by the heads of state; from 2021-01-19 heads of government may sign too.",
      Provision.TREATY_3,
      Provision.CHARTER_13_3);

  private static final Map<String, Rule> BY_ID = new HashMap<>();

  static {
    for (Rule r : values()) {
      BY_ID.put(r.id, r);
    }
  }

  private final String id;
  private final Basis basis;
  private final String summary;
  private final List<List<Citation>> citationsByMask;
  /** The instruments that must be in force for the rule to apply, by id, without repeats. */
  private final List<String> conditions;

  Rule(String id, Basis basis, String summary, Provision... provisions) {
    this.id = id;
    this.basis = basis;
    this.summary = summary;
    List<String> cond = new ArrayList<>(2);
    for (Provision p : provisions) {
      if (p.condition() && !cond.contains(p.instrumentId())) {
        cond.add(p.instrumentId());
      }
    }
    this.conditions = Collections.unmodifiableList(cond);
    List<List<Citation>> byMask = new ArrayList<>(Law.MASKS);
    for (int mask = 0; mask < Law.MASKS; mask++) {
      List<Citation> list = new ArrayList<>(provisions.length);
      for (Provision p : provisions) {
        list.add(p.cite(mask));
      }
      // List.copyOf lists, which a finding takes as they are instead of copying them.
      byMask.add(List.copyOf(list));
    }
    this.citationsByMask = Collections.unmodifiableList(byMask);
  }

  /**
   * Finds a rule by its stable id.
   *
   * @param id the id, such as {@code CHARTER-12-CONSENSUS}, not null
   * @return the rule, or empty if no rule has that id
   */
  public static Optional<Rule> byId(String id) {
    return Optional.ofNullable(BY_ID.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * The stable id, such as {@code CHARTER-12-CONSENSUS}, which findings and documentation use.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }

  /**
   * How firm the legal footing of the rule is.
   *
   * @return the basis, not null
   */
  public Basis basis() {
    return basis;
  }

  /**
   * A one-line summary of the rule.
   *
   * @return the summary, not null
   */
  public String summary() {
    return summary;
  }

  /**
   * The provisions the rule rests on, in the texts as signed: without facts no amending protocol is known
   * to be in force, so no amendment is applied. Which text is in force on a date is a question of the
   * facts' instruments; ask {@link #citations(LocalDate, CstoFacts)}.
   *
   * @param date the date, not null
   * @return an unmodifiable list, not empty
   */
  public List<Citation> citations(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return citationsByMask.get(0);
  }

  /**
   * The provisions the rule rests on, in the versions in force on a date according to the facts (and the
   * texts as signed for protocols the facts do not know or do not show in force).
   *
   * @param date the date, not null
   * @param facts the facts, not null
   * @return an unmodifiable list, not empty
   */
  public List<Citation> citations(LocalDate date, CstoFacts facts) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(facts, "facts");
    return citationsByMask.get(Law.mask(facts, date));
  }

  /**
   * The ids of the instruments that must be in force on the date judged for the rule to apply; judged for
   * every finding in one place ({@link Findings}).
   */
  List<String> conditions() {
    return conditions;
  }

  /** The precomputed citations for a mask of amendments in force. */
  List<Citation> citationsForMask(int mask) {
    return citationsByMask.get(mask);
  }
}
