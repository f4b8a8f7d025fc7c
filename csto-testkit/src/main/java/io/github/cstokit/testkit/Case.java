package io.github.cstokit.testkit;

import io.github.cstokit.model.Scenario;
import java.util.Objects;

/**
 * A case for a procedure check: a synthetic set of facts and a subject judged under them (a decision, a
 * mandate), for what-if tests that need no real data.
 *
 * <pre>{@code
 * Gen<Case<Decision>> inputs = CstoGens.cases(DecisionGens::consensus);
 * Case<Decision> in = inputs.next(Samples.random(3L));
 * in.facts().members(in.subject().date());   // every one of them supports in.subject()
 * }</pre>
 *
 * <p>This record is immutable and thread-safe if its subject is.
 *
 * @param <T> the type of the subject
 * @param facts the facts, not null
 * @param subject the subject, not null
 */
public record Case<T>(Scenario facts, T subject) {

  /**
   * Checks the components.
   *
   * @param facts the facts, not null
   * @param subject the subject, not null
   * @throws NullPointerException if a component is null
   */
  public Case {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(subject, "subject");
  }
}
