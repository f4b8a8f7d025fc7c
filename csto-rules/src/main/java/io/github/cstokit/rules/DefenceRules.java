package io.github.cstokit.rules;

import io.github.cstokit.model.Appeal;
import io.github.cstokit.model.Attacker;
import io.github.cstokit.model.BasingRequest;
import io.github.cstokit.model.Basis;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.ThreatKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks of collective defence: on an {@link Appeal}, the duty to consult under Treaty Art. 2 para 2
 * ({@link Rule#TREATY_2_2_THREAT_CONSULTATION}), the assistance obligation of Art. 4
 * ({@link Rule#TREATY_4_COLLECTIVE_DEFENCE}) and the report to the UN Security Council
 * ({@link Rule#TREATY_4_UNSC_REPORT}), followed by the findings on the assistance decision, if any; and, on
 * a {@link BasingRequest}, the stationing of a non-member's forces under Treaty Art. 7 and the 2011
 * protocol ({@link Rule#TREATY_7_STATIONING_AND_THIRD_STATE_BASES}).
 *
 * <p><b>Art. 4 by date.</b> The 1992 text (until the 2010 protocol's entry into force; read in full) covers
 * aggression "by any state or group of states" and has no request condition: an attacker recorded as a
 * non-state actor does not trigger it ({@link Outcome#NOT_APPLICABLE}), one not recorded or unknown leaves it
 * open ({@link Outcome#INDETERMINATE}); an appeal that gives no attacker takes the one its request records
 * ({@link Appeal#recordedAttacker()}). The 2010 text drops the qualifier; only its first sentence was read,
 * and its request condition ("at the request of the attacked member") is known from a press quotation, so
 * its findings rest on {@link io.github.cstokit.model.Basis#SECONDARY}, and an appeal under it with no
 * request recorded is {@link Outcome#INDETERMINATE}, not "not applicable". Art. 4 concerns aggression: a threat
 * short of an armed attack, or internal unrest, does not trigger it. No instrument read says which body
 * finds that an armed attack occurred, so an attack asserted by the affected member alone gives
 * {@link Outcome#INDETERMINATE}. The obligation to assist binds each other State Party: without an adopted
 * collective decision the finding is {@link Outcome#INDETERMINATE} (assistance by each state is not
 * assessed), never a violation by the Council.
 *
 * <pre>{@code
 * Verdict v = DefenceRules.check(am2022, facts);
 * v.finding(Rule.TREATY_4_COLLECTIVE_DEFENCE).get().outcome();   // INDETERMINATE
 * DefenceRules.checkThirdStateBasing(BasingRequest.of("KG", "US", LocalDate.of(2013, 1, 10)), facts)
 *     .outcome();                  // INDETERMINATE: the 2011 protocol is not shown to be in force
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: it has no state.
 */
public final class DefenceRules {

  private DefenceRules() {}

  /**
   * Checks an appeal against the facts on its date.
   *
   * @param appeal the appeal, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict check(Appeal appeal, CstoFacts facts) {
    facts = Answers.checked(facts);
    Objects.requireNonNull(appeal, "appeal");
    LawInForce.On on = LawInForce.of(facts).on(appeal.date());
    boolean member = facts.status(appeal.state(), appeal.date()).isMember();
    List<Finding> out = new ArrayList<>(7);
    out.add(consultation(appeal, member, on));
    out.add(article4(appeal, member, facts, on));
    out.add(report(appeal, on));
    if (appeal.assistanceDecision().isPresent()) {
      Decision d = appeal.assistanceDecision().get();
      DecisionRules.appendFindings(out, d, facts, on.on(d.date()));
    }
    return Verdict.builder()
        .subject("Appeal of " + appeal.state() + " (" + appeal.threat() + ")")
        .date(appeal.date())
        .findings(out)
        .wordsFrom(facts)
        .build();
  }

  private static Finding consultation(Appeal a, boolean member, LawInForce.On on) {
    Rule r = Rule.TREATY_2_2_THREAT_CONSULTATION;
    List<String> f = new ArrayList<>(4);
    f.add("state: " + a.state());
    f.add("threat: " + a.threat());
    f.add("text: " + (on.has(Law.Amendment.TREATY_2010) ? "2010" : "1992"));
    if (!member) {
      return Findings.of(r, Outcome.NOT_APPLICABLE, on, a.state() + " is not a member on " + a.date(), f);
    }
    if (a.consultationsStarted().isEmpty()) {
      f.add("consultations: not recorded");
      return Findings.of(r, Outcome.INDETERMINATE, on,
          "no record of joint consultations; the Treaty requires them at once", f);
    }
    PartialDate started = a.consultationsStarted().get();
    f.add("consultations started: " + started);
    String when = started.isExact()
        ? ChronoUnit.DAYS.between(a.date(), started.firstDay()) + " days after the threat"
        : "known only to " + started.precision().name().toLowerCase(java.util.Locale.ROOT);
    return Findings.of(r, Outcome.SATISFIED, on,
        "joint consultations started (" + when + "); the Treaty sets no number of days", f);
  }

  /** The basis of an Art. 4 finding: the 1992 text was read in full, the 2010 text only in part. */
  private static Basis article4Basis(LawInForce.On on) {
    return on.has(Law.Amendment.TREATY_2010) ? Basis.SECONDARY : Basis.TEXT;
  }

  private static Finding article4(Appeal a, boolean member, CstoFacts facts, LawInForce.On on) {
    Rule r = Rule.TREATY_4_COLLECTIVE_DEFENCE;
    boolean text2010 = on.has(Law.Amendment.TREATY_2010);
    Basis basis = article4Basis(on);
    Attacker attacker = a.recordedAttacker().orElse(Attacker.UNKNOWN);
    List<String> f = new ArrayList<>(7);
    f.add("state: " + a.state());
    f.add("threat: " + a.threat());
    f.add("attacker: " + a.recordedAttacker().map(Attacker::name).orElse("not recorded")
        + (a.attacker().isEmpty() && a.recordedAttacker().isPresent() ? " (as its request records)" : ""));
    f.add("text: " + (text2010
        ? "2010 (first sentence read; the request condition is known from a press quotation of the second)"
        : "1992 (aggression by a state or group of states; no request condition)"));
    f.add("request to the Organization: "
        + a.request().map(q -> q.date() + " by " + q.author()).orElse("none recorded"));
    if (!member) {
      return Findings.of(r, Outcome.NOT_APPLICABLE, on, basis, a.state() + " is not a member on " + a.date(),
          f);
    }
    if (a.threat() == ThreatKind.THREAT || a.threat() == ThreatKind.INTERNAL_UNREST) {
      return Findings.of(r, Outcome.NOT_APPLICABLE, on, basis,
          "Art. 4 concerns aggression (an armed attack); the situation is recorded as " + a.threat(), f);
    }
    if (!text2010 && attacker == Attacker.NON_STATE_ACTOR) {
      return Findings.of(r, Outcome.NOT_APPLICABLE, on, basis,
          "the 1992 text covers aggression by a state or group of states; the attacker is recorded as a"
              + " non-state actor",
          f);
    }
    if (text2010 && a.request().isEmpty()) {
      // The request condition is known only from a press quotation: without a request the outcome is open.
      return Findings.of(r, Outcome.INDETERMINATE, on, basis,
          "no request of the attacked member is recorded, and the 2010 text makes assistance depend on one"
              + " only as a press quotation of its second sentence gives it (that wording was not read), so"
              + " whether Art. 4 applies is open",
          f);
    }
    if (a.threat() == ThreatKind.ARMED_ATTACK_DISPUTED) {
      return Findings.of(r, Outcome.INDETERMINATE, on, basis,
          "the attack was not characterised as aggression collectively, and no instrument read says which"
              + " body makes that finding",
          f);
    }
    if (!text2010 && !attacker.isStateOrGroupOfStates()) {
      return Findings.of(r, Outcome.INDETERMINATE, on, basis,
          "the 1992 text covers aggression by a state or group of states; who attacked is not recorded", f);
    }
    boolean adopted = false;
    if (a.assistanceDecision().isPresent()) {
      Decision d = a.assistanceDecision().get();
      f.add("assistance decision: " + d.body().abbreviation() + " " + d.date());
      Boolean adoption = d.body() == Body.COLLECTIVE_SECURITY_COUNCIL
          ? DecisionRules.adoption(d, facts, on.on(d.date())) : Boolean.FALSE;
      if (adoption == null) {
        return Findings.of(r, Outcome.INDETERMINATE, on, basis,
            "the Council's assistance decision records no member's position and no outcome: whether it was"
                + " adopted is open",
            f);
      }
      if (adoption && text2010 && Boolean.FALSE.equals(MandateRules.precedes(a.request().get().date(),
          d.date()))) {
        return Findings.of(r, Outcome.VIOLATED, on, basis,
            "the assistance decision (" + d.date() + ") came before the request (" + a.request().get().date()
                + "), on which the 2010 text makes assistance depend",
            f);
      }
      adopted = adoption;
    } else {
      f.add("assistance decision: none recorded");
    }
    if (!adopted) {
      return Findings.of(r, Outcome.INDETERMINATE, on, basis,
          "aggression against a member triggered the obligation, which binds each other State Party; no"
              + " collective assistance decision was adopted, and assistance by each state is not assessed",
          f);
    }
    return Findings.of(r, Outcome.SATISFIED, on, basis,
        "aggression against a member; the Council adopted an assistance decision", f);
  }

  private static Finding report(Appeal a, LawInForce.On on) {
    Rule r = Rule.TREATY_4_UNSC_REPORT;
    Basis basis = article4Basis(on);
    List<String> f = new ArrayList<>(2);
    f.add("measures taken: " + a.measuresTaken());
    if (!a.measuresTaken()) {
      return Findings.of(r, Outcome.NOT_APPLICABLE, on, basis, "no collective measures were taken", f);
    }
    if (a.unSecurityCouncilInformed().isEmpty()) {
      f.add("UN Security Council informed: not recorded");
      return Findings.of(r, Outcome.INDETERMINATE, on, basis,
          "measures were taken; no record that the UN Security Council was informed", f);
    }
    f.add("UN Security Council informed: " + a.unSecurityCouncilInformed().get());
    return Findings.of(r, Outcome.SATISFIED, on, basis,
        "the UN Security Council was informed of the measures (no number of days is set)", f);
  }

  /**
   * Checks a member's hosting of a non-member's forces or infrastructure under Treaty Art. 7 and the 2011
   * protocol (instrument id {@code third-state-bases-protocol-2011}): urgent consultations and no official
   * objection by any member. Before the protocol's signature, or when the facts do not know it, the finding
   * is NOT_APPLICABLE; signed but not shown by the facts to be in force (the bundled dataset records no
   * entry into force), INDETERMINATE; in force, judged.
   *
   * @param request the request, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict checkThirdStateBasing(BasingRequest request, CstoFacts facts) {
    facts = Answers.checked(facts);
    LocalDate date = request.date();
    LawInForce.On on = LawInForce.of(facts).on(date);
    Rule r = Rule.TREATY_7_STATIONING_AND_THIRD_STATE_BASES;
    List<String> f = new ArrayList<>(6);
    f.add("host: " + request.hostState());
    f.add("third state: " + request.thirdState());
    f.add("consultations: " + request.consultationsHeld().map(Object::toString).orElse("none"));
    LawInForce law = LawInForce.of(facts);
    LawInForce.Standing protocol = law.standing(Law.BASES_PROTOCOL_ID, date);
    List<String> memberObjections = new ArrayList<>();
    List<String> otherObjections = new ArrayList<>();
    for (String s : request.objections()) {
      (facts.status(s, date).isMember() && !s.equals(request.hostState()) ? memberObjections : otherObjections)
          .add(s);
    }
    f.add("objections by members: " + Findings.join(memberObjections));
    if (!otherObjections.isEmpty()) {
      f.add("objections not counted (host or non-members): " + Findings.join(otherObjections));
    }
    Finding finding;
    if (protocol == LawInForce.Standing.UNKNOWN || protocol == LawInForce.Standing.NOT_YET_SIGNED) {
      finding = Findings.of(r, Outcome.NOT_APPLICABLE, on,
          law.explain(Law.BASES_PROTOCOL_ID, date) + "; Art. 7 leaves stationing to separate agreements", f);
    } else if (!facts.status(request.hostState(), date).isMember()) {
      finding = Findings.of(r, Outcome.NOT_APPLICABLE, on, request.hostState() + " is not a member", f);
    } else if (facts.status(request.thirdState(), date).isMember()) {
      finding = Findings.of(r, Outcome.NOT_APPLICABLE, on,
          request.thirdState() + " is a member; the protocol concerns non-members", f);
    } else if (protocol == LawInForce.Standing.NOT_SHOWN_IN_FORCE) {
      finding = Findings.of(r, Outcome.INDETERMINATE, on,
          law.explain(Law.BASES_PROTOCOL_ID, date) + "; a protocol binds from its entry into force", f);
    } else if (!memberObjections.isEmpty()) {
      finding = Findings.of(r, Outcome.VIOLATED, on,
          "officially objected to by " + Findings.join(memberObjections), f);
    } else if (request.consultationsHeld().isEmpty()) {
      finding = Findings.of(r, Outcome.VIOLATED, on, "no urgent consultations with the other members", f);
    } else {
      finding = Findings.of(r, Outcome.SATISFIED, on,
          "consultations held and no member objected officially", f);
    }
    List<Finding> out = new ArrayList<>(1);
    out.add(finding);
    return Verdict.builder()
        .subject("Hosting of " + request.thirdState() + " forces in " + request.hostState())
        .date(date)
        .findings(out)
        .wordsFrom(facts)
        .build();
  }
}
