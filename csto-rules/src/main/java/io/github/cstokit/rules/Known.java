package io.github.cstokit.rules;

import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.Participation;
import java.time.LocalDate;

/**
 * A state's status and participation as the rules read them: a state the facts do not know (a third
 * state, a hypothetical one) is not a party and participates normally, whether the facts answer so
 * ({@code Scenario}) or reject the code (the dataset).
 */
final class Known {

  private Known() {}

  static MembershipStatus status(CstoFacts facts, String state, LocalDate date) {
    return facts.state(state).isPresent() ? facts.status(state, date) : MembershipStatus.NOT_PARTY;
  }

  static Participation participation(CstoFacts facts, String state, LocalDate date) {
    return facts.state(state).isPresent() ? facts.participation(state, date) : Participation.NORMAL;
  }
}
