package io.github.cstokit.testkit;

import io.github.cstokit.model.Scenario;
import java.util.Objects;

/**
 * A synthetic set of facts and a subject judged under them (a decision, a mandate): the input of a
 * procedure check, for what-if tests that need no real data.
 *
 * <pre>{@code
 * Gen<WhatIf<Decision>> inputs = CstoGens.whatIf(DecisionGens::consensus);
 * WhatIf<Decision> in = inputs.next(Samples.random(3L));
 * in.facts().members(in.subject().date());   // every one of them supports in.subject()
 * }</pre>
 *
 * <p>This record is immutable and thread-safe if its subject is.
 *
 * @param <T> the type of the subject
 * @param facts the facts, not null
 * @param subject the subject, not null
 */
public record WhatIf<T>(Scenario facts, T subject) {

  /**
   * Checks the components.
   *
   * @param facts the facts, not null
   * @param subject the subject, not null
   * @throws NullPointerException if a component is null
   */
  public WhatIf {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(subject, "subject");
  }
}
