package io.github.cstokit.testkit;

import java.util.Objects;

/**
 * A deliberately invalid value, with the id of the one rule it breaks and a one-line description of how.
 *
 * <p>The invalid generators of {@link DecisionGens} and {@link MandateGens} break exactly one rule, named
 * by one of the {@link RuleIds}, and keep every other documented rule satisfied, so a test can assert
 * that code under test and the procedure checks agree on which rule fails. Where the one defect entails
 * a second breach by law, the generator's documentation says so (a limited-format decision before the
 * 2010 protocol also lacks consensus: {@link DecisionGens#limitedFormatTooEarly}).
 *
 * <pre>{@code
 * Invalid<Decision> bad = DecisionGens.withOneObjection(facts).next(Samples.random(7L));
 * bad.ruleId();        // CHARTER-12-CONSENSUS
 * bad.description();   // e.g. "KZ objects; every other member supports"
 * bad.value();         // the decision
 * }</pre>
 *
 * <p>This record is immutable and thread-safe if its value is.
 *
 * @param <T> the type of the value
 * @param value the invalid value, not null
 * @param ruleId the stable id of the rule it breaks, such as {@code CHARTER-12-CONSENSUS}, not null
 * @param description how it breaks the rule, in one line, not null
 */
public record Invalid<T>(T value, String ruleId, String description) {

  /**
   * Checks the components.
   *
   * @param value the invalid value, not null
   * @param ruleId the rule id, not null
   * @param description the description, not null
   * @throws NullPointerException if a component is null
   */
  public Invalid {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(description, "description");
  }

  /**
   * Returns an invalid value.
   *
   * @param <T> the type of the value
   * @param value the invalid value, not null
   * @param ruleId the stable id of the rule it breaks, not null
   * @param description how it breaks the rule, in one line, not null
   * @return the invalid value, not null
   */
  public static <T> Invalid<T> of(T value, String ruleId, String description) {
    return new Invalid<>(value, ruleId, description);
  }

  /**
   * Returns the rule, the description and the value, such as
   * {@code Invalid[CHARTER-12-CONSENSUS: KZ objects; ... | Decision[CSC 2015-03-02 GENERAL STANDARD]]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "Invalid[" + ruleId + ": " + description + " | " + value + "]";
  }
}
