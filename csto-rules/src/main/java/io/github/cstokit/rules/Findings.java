package io.github.cstokit.rules;

import io.github.cstokit.model.Basis;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.State;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;

/**
 * Small helpers shared by the checks, and the one place every finding is made. Two principles hold here
 * for every rule:
 *
 * <ul>
 *   <li><b>In force on the date.</b> A rule applies only while the instruments of the provisions it rests
 *       on ({@link Rule#conditions()}) are in force on the date judged, as the facts' instruments say
 *       ({@link LawInForce}). Before an instrument was signed the finding is {@link Outcome#NOT_APPLICABLE},
 *       naming the instrument that did not yet exist; signed but not shown to be in force (or unknown to the
 *       facts), it is {@link Outcome#INDETERMINATE}, giving the reason and what the rule would otherwise
 *       have found. A finding that is not applicable for a reason of its own stays so.
 *   <li><b>No final violation on a weak basis.</b> A finding of {@link Outcome#VIOLATED} whose basis is
 *       {@link Basis#SECONDARY} or {@link Basis#PRACTICE} alone becomes {@link Outcome#INDETERMINATE}, its
 *       reason saying what it would violate and on what footing. This is judged before the instruments'
 *       standing, so that what a finding says the rule would have found, had an instrument been in force,
 *       is never a violation on such a basis either.
 * </ul>
 */
final class Findings {

  private Findings() {}

  static Finding of(Rule rule, Outcome outcome, LawInForce.On on, String reason, List<String> facts) {
    return of(rule, outcome, on, rule.basis(), reason, facts);
  }

  static Finding of(
      Rule rule, Outcome outcome, LawInForce.On on, Basis basis, String reason, List<String> facts) {
    Outcome o = outcome;
    String why = reason;
    List<String> f = facts;
    // First what the rule finds on its own footing: a violation on a weak basis is open, and the reason
    // given for an instrument not in force says so rather than "had it been in force: VIOLATED".
    if (o == Outcome.VIOLATED && (basis == Basis.SECONDARY || basis == Basis.PRACTICE)) {
      o = Outcome.INDETERMINATE;
      why = why + "; this would be a violation, but the rule rests on "
          + (basis == Basis.SECONDARY
              ? "secondary sources alone (the text was not read)"
              : "practice alone (no text read states it)")
          + ", so no final violation is found";
    }
    List<String> conditions = rule.conditions();
    for (int i = 0; i < conditions.size(); i++) {
      String id = conditions.get(i);
      LawInForce.Standing s = on.standing(id);
      if (s == LawInForce.Standing.IN_FORCE) {
        continue;
      }
      if (s == LawInForce.Standing.NOT_YET_SIGNED) {
        f = with(f, "instrument " + id + ": not yet signed");
        o = Outcome.NOT_APPLICABLE;
        why = on.explain(id) + "; " + rule.id() + " does not apply";
        break;
      }
      if (o != Outcome.NOT_APPLICABLE) {
        f = with(f, "instrument " + id + ": not shown to be in force");
        why = on.explain(id) + "; had it been in force: " + o + " (" + why + ")";
        o = Outcome.INDETERMINATE;
      }
    }
    List<Citation> citations = rule.citationsForMask(on.mask);
    return Finding.of(rule, o, citations, basis, why, f, on.words(rule));
  }

  private static List<String> with(List<String> facts, String fact) {
    List<String> l = new ArrayList<>(facts.size() + 1);
    l.addAll(facts);
    l.add(fact);
    return l;
  }

  static String codes(SortedSet<State> states) {
    if (states.isEmpty()) {
      return "none";
    }
    StringBuilder sb = new StringBuilder(states.size() * 4);
    for (State s : states) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(s.isoAlpha2());
    }
    return sb.toString();
  }

  static String join(Collection<String> items) {
    if (items == null || items.isEmpty()) {
      return "none";
    }
    return String.join(", ", items);
  }
}
