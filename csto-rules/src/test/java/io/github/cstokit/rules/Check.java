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

  /**
   * The finding of a rule, with this outcome and a reason that holds each of the parts.
   *
   * @param v the verdict
   * @param rule the rule whose finding it is
   * @param expected the finding's outcome
   * @param reasonParts texts its reason must contain, each checked on its own
   * @return the finding
   */
  static Finding findingSaying(Verdict v, Rule rule, Outcome expected, String... reasonParts) {
    Finding f = finding(v, rule, expected);
    for (String part : reasonParts) {
      assertTrue(f.reason().contains(part), () -> "expected '" + part + "' in the reason '" + f.reason() + "'");
    }
    return f;
  }

  /**
   * Asserts that a text holds each of the parts.
   *
   * @param text the text, such as a verdict's explanation or JSON
   * @param parts texts it must contain, each checked on its own
   */
  static void assertContains(String text, String... parts) {
    for (String part : parts) {
      assertTrue(text.contains(part), () -> "expected '" + part + "' in\n" + text);
    }
  }
}
