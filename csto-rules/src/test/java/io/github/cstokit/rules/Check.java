package io.github.cstokit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertion helpers. */
final class Check {

  private Check() {}

  static Finding finding(Verdict v, Rule rule, Outcome expected) {
    Finding f = v.finding(rule).orElseThrow(() -> new AssertionError(rule + " missing in\n" + v.explain()));
    assertEquals(expected, f.outcome(), () -> v.explain());
    assertTrue(!f.citations().isEmpty());
    return f;
  }
}
