package io.github.cstokit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OutcomeTest {

  @Test
  void theMoreSeriousOutcomeWins() {
    assertEquals(Outcome.VIOLATED, Outcome.SATISFIED.and(Outcome.VIOLATED));
    assertEquals(Outcome.INDETERMINATE, Outcome.INDETERMINATE.and(Outcome.SATISFIED));
    assertEquals(Outcome.SATISFIED, Outcome.NOT_APPLICABLE.and(Outcome.SATISFIED));
    assertEquals(Outcome.NOT_APPLICABLE, Outcome.NOT_APPLICABLE.and(Outcome.NOT_APPLICABLE));
  }
}
