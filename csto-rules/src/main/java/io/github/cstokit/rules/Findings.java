package io.github.cstokit.rules;

import io.github.cstokit.model.Basis;
import io.github.cstokit.model.State;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;

/** Small helpers shared by the checks. */
final class Findings {

  private Findings() {}

  static Finding of(Rule rule, Outcome outcome, int mask, String reason, List<String> facts) {
    return of(rule, outcome, mask, rule.basis(), reason, facts);
  }

  static Finding of(
      Rule rule, Outcome outcome, int mask, Basis basis, String reason, List<String> facts) {
    return Finding.builder()
        .rule(rule)
        .outcome(outcome)
        .citations(rule.citationsForMask(mask))
        .basis(basis)
        .reason(reason)
        .facts(facts)
        .build();
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
