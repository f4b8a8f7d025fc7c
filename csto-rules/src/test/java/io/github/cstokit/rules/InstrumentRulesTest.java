package io.github.cstokit.rules;

import static io.github.cstokit.rules.Check.finding;
import static io.github.cstokit.rules.Check.findingSaying;
import static io.github.cstokit.rules.Episodes.FACTS;
import static io.github.cstokit.rules.Episodes.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Decision;
import java.util.List;
import org.junit.jupiter.api.Test;

/** INSTRUMENT-IN-FORCE on the real instruments and their dates (reference §3 and §4.1). */
class InstrumentRulesTest {

  static final CstoDataset DATA = CstoData.bundled();

  @Test
  void theCrrfAgreementAppliesFromItsEntryIntoForceNotItsSignature() {
    Finding before = findingSaying(InstrumentRules.check("crrf-agreement-2009", d("2009-06-13"), DATA),
        Rule.INSTRUMENT_IN_FORCE, Outcome.NOT_APPLICABLE, "did not yet exist on 2009-06-13");
    assertEquals(List.of(Citation.parse("CRRF Agreement [2009]")), before.citations());
    findingSaying(InstrumentRules.check("crrf-agreement-2009", d("2010-09-09"), DATA),
        Rule.INSTRUMENT_IN_FORCE, Outcome.INDETERMINATE, "in force from 2010-09-10");
    finding(InstrumentRules.check("crrf-agreement-2009", d("2010-09-10"), DATA), Rule.INSTRUMENT_IN_FORCE,
        Outcome.SATISFIED);
  }

  @Test
  void anInstrumentWithNoKnownEntryIntoForceIsNotShownInForce() {
    // Peacekeeping Agreement: signed 2007-10-06, entry into force not found (reference §3).
    Finding f = finding(InstrumentRules.check("peacekeeping-agreement-2007", d("2022-01-06"), DATA),
        Rule.INSTRUMENT_IN_FORCE, Outcome.INDETERMINATE);
    assertTrue(f.facts().contains("in force: not recorded (NOT_ESTABLISHED)"), f.facts().toString());
    // The third-state bases protocol, signed 2011-12-20: not in force from its signature.
    finding(InstrumentRules.check("third-state-bases-protocol-2011", d("2012-01-01"), DATA),
        Rule.INSTRUMENT_IN_FORCE, Outcome.INDETERMINATE);
  }

  @Test
  void anInstrumentTheFactsDoNotKnowIsNotShownToExist() {
    Finding f = finding(InstrumentRules.check("no-such-agreement", d("2022-01-06"), FACTS),
        Rule.INSTRUMENT_IN_FORCE, Outcome.INDETERMINATE);
    assertEquals(Rule.INSTRUMENT_IN_FORCE.citations(d("2022-01-06")), f.citations());
    assertTrue(f.reason().startsWith("the facts record no instrument no-such-agreement"), f.reason());
  }

  @Test
  void aDecisionIsJudgedOnEachInstrumentItReliesOnInTheOrderGiven() {
    Decision kz = DATA.decision("csc-2022-01-06-kazakhstan-deployment").orElseThrow();
    Verdict v = InstrumentRules.check(kz, List.of("charter-2002", "peacekeeping-agreement-2007"), DATA);
    assertEquals(2, v.findings().size());
    assertEquals(Outcome.SATISFIED, v.findings().get(0).outcome());
    assertEquals(Outcome.INDETERMINATE, v.findings().get(1).outcome());
    assertEquals(Outcome.INDETERMINATE, v.outcome());
    assertTrue(v.subject().startsWith("Decision csc-2022-01-06-kazakhstan-deployment"), v.subject());
    assertEquals(List.of(Citation.parse("Charter [2002]")), v.findings().get(0).citations());
  }
}
