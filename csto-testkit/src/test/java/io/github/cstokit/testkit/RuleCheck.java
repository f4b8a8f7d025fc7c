package io.github.cstokit.testkit;

import io.github.cstokit.model.Contingent;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.ForceKind;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.State;
import io.github.cstokit.model.Territory;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The documented rules, checked directly from the facts, independently of the generators. */
final class RuleCheck {

  private RuleCheck() {}

  /** The ids of the rules a decision breaks under the facts. */
  static Set<String> broken(CstoFacts facts, Decision d) {
    Set<String> out = new TreeSet<>();
    Set<String> members = new TreeSet<>();
    for (State s : facts.members(d.date())) {
      members.add(s.isoAlpha2());
    }
    if (members.isEmpty()) {
      out.add("NO-MEMBERS");
    }
    // A position of a state not entitled on the date counts neither for nor against.
    if (d.format() == DecisionFormat.STANDARD) {
      for (String m : members) {
        if (d.position(m).orElse(Position.ABSENT) != Position.SUPPORTS) {
          out.add(RuleIds.CHARTER_12_CONSENSUS);
        }
      }
    } else {
      if (d.date().isBefore(CstoGens.LIMITED_FORMAT_IN_FORCE)) {
        out.add(RuleIds.CHARTER_12_LIMITED_FORMAT);
      }
      if (d.positions().containsValue(Position.OBJECTS)
          || !d.positions().containsValue(Position.SUPPORTS)) {
        out.add(RuleIds.CHARTER_12_LIMITED_FORMAT);
      }
    }
    return out;
  }

  /** The ids of the rules a mandate breaks under the facts, its decision's included. */
  static Set<String> broken(CstoFacts facts, Mandate m) {
    Decision d = m.decision().orElseThrow();
    LocalDate day = d.date();
    Set<String> out = broken(facts, d);
    boolean hostMember = facts.status(m.hostState(), day) == MembershipStatus.MEMBER;
    boolean inside = m.territory() == Territory.MEMBER_STATE;
    if (inside != hostMember) {
      out.add("TERRITORY-MISMATCH");
    }
    if (!inside && facts.status(m.hostState(), day) == MembershipStatus.SUSPENDED) {
      out.add("HOST-SUSPENDED");
    }
    if (m.forceKind() == ForceKind.COLLECTIVE_PEACEKEEPING_FORCES) {
      if (inside && (m.request().isEmpty() || !m.request().get().date().lastDay().isBefore(day))) {
        out.add(RuleIds.PK_3_OPERATION_ON_MEMBER_TERRITORY);
      }
      if (!inside
          && (m.unSecurityCouncilDecision().isEmpty()
              || !m.unSecurityCouncilDecision().get().isBefore(day))) {
        out.add(RuleIds.PK_3_OPERATION_OUTSIDE_CSTO);
      }
    }
    if (m.forceKind() == ForceKind.COLLECTIVE_RAPID_REACTION_FORCES && !(inside && hostMember)) {
      out.add(RuleIds.CRRF_USE_DECISION);
    }
    for (Contingent c : m.contingents()) {
      if (facts.status(c.state(), day) != MembershipStatus.MEMBER || !c.underUnifiedCommand()) {
        out.add(RuleIds.PK_COMMAND_COMPOSITION_COMPLETION);
      }
    }
    if (m.command().isEmpty() || m.command().get().commander().isBlank()
        || !m.command().get().appointingBody().takesBindingDecisions()) {
      out.add(RuleIds.PK_COMMAND_COMPOSITION_COMPLETION);
    }
    return out;
  }
}
