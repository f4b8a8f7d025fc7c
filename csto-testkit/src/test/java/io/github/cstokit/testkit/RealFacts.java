package io.github.cstokit.testkit;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.model.InstrumentIds;
import io.github.cstokit.model.MembershipEventType;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.testkit.internal.LawDates;
import java.time.LocalDate;

/**
 * The real facts the tests draw under: the bundled dataset, as a scenario (unknown states are not
 * parties), and the days of it the tests name, read from it.
 */
final class RealFacts {

  static final Scenario FACTS = Scenario.from(CstoData.bundled());

  /** The Charter's entry into force. */
  static final LocalDate CHARTER_IN_FORCE = LawDates.inForce(FACTS, InstrumentIds.CHARTER).orElseThrow();

  /** The 2010 protocol's entry into force: the first day of the limited format. */
  static final LocalDate LIMITED_FORMAT_IN_FORCE =
      LawDates.inForce(FACTS, InstrumentIds.CHARTER_PROTOCOL_2010).orElseThrow();

  /** The Peacekeeping Agreement's signature: the first day of peacekeeping mandates. */
  static final LocalDate PEACEKEEPING_FROM = LawDates.signed(FACTS, InstrumentIds.PEACEKEEPING_AGREEMENT).orElseThrow();

  /** The CRRF Agreement's entry into force: the first day of CRRF mandates. */
  static final LocalDate CRRF_FROM = LawDates.inForce(FACTS, InstrumentIds.CRRF_AGREEMENT).orElseThrow();

  /** The day the Collective Security Council suspended Uzbekistan. */
  static final LocalDate UZ_SUSPENSION = FACTS.events().stream()
      .filter(e -> e.state().equals("UZ") && e.type() == MembershipEventType.SUSPENSION_DECISION)
      .findFirst().orElseThrow().date().firstDay();

  private RealFacts() {}
}
