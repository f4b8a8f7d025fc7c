package io.github.cstokit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Instrument;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every citation a rule can give resolves against the bundled dataset's instruments. */
class CitationsTest {

  static final CstoDataset DATA = CstoData.bundled();

  static Set<String> datasetShortNames() {
    Set<String> names = new TreeSet<>();
    for (Instrument i : DATA.instruments()) {
      names.add(i.shortName());
    }
    return names;
  }

  @Test
  void everyCitationOfEveryRuleOnEveryDateNamesADatasetInstrument() {
    Set<String> names = datasetShortNames();
    Set<String> cited = new TreeSet<>();
    // Findings cite rule.citationsForMask(mask); the masks cover every combination of amendments in force,
    // so every date, whatever facts say which protocol is in force.
    for (Rule r : Rule.values()) {
      for (int mask = 0; mask < Law.MASKS; mask++) {
        for (Citation c : r.citationsForMask(mask)) {
          cited.add(c.shortName());
          assertTrue(names.contains(c.shortName())
                  || Law.CITED_BUT_NOT_IN_DATASET.containsKey(c.shortName()),
              r.id() + " cites '" + c.shortName() + "', which is no instrument shortName of the dataset "
                  + names);
        }
      }
      for (LocalDate d = LocalDate.of(1992, 5, 15); d.getYear() < 2027; d = d.plusMonths(1)) {
        assertTrue(r.citations(d, DATA).equals(r.citationsForMask(Law.mask(DATA, d))));
      }
    }
    // The exceptions are real exceptions, and each is cited.
    for (String name : Law.CITED_BUT_NOT_IN_DATASET.keySet()) {
      assertFalse(names.contains(name), name + " is in the dataset now; drop it from the exceptions");
      assertTrue(cited.contains(name), name + " is not cited by any rule");
      assertFalse(Law.CITED_BUT_NOT_IN_DATASET.get(name).isBlank());
    }
  }

  @Test
  void theInstrumentIdsTheRulesLookUpAreTheDatasets() {
    assertEquals(Law.MASKS, 1 << Law.Amendment.values().length, "one bit per amendment");
    for (Law.Amendment a : Law.Amendment.values()) {
      Instrument i = DATA.instrument(a.instrumentId()).orElseThrow(() -> new AssertionError(a.instrumentId()));
      assertTrue(i.amendedId().isPresent(), a.instrumentId() + " amends an instrument");
      assertTrue(i.entryIntoForce().isPresent(), a.instrumentId() + " has an entry into force");
    }
    assertTrue(DATA.instrument(Law.BASES_PROTOCOL_ID).isPresent(), Law.BASES_PROTOCOL_ID);
    assertEquals("Third-State Bases Protocol", DATA.instrument(Law.BASES_PROTOCOL_ID).get().shortName());
    assertTrue(DATA.instrument(Law.SG_ROTATION_DECISION_ID).isPresent(), Law.SG_ROTATION_DECISION_ID);
  }

  @Test
  void anAmendmentChangesTheTextFromItsInstrumentsEntryIntoForceNotItsSignature() {
    for (Law.Amendment a : Law.Amendment.values()) {
      Instrument i = DATA.instrument(a.instrumentId()).orElseThrow();
      LocalDate inForce = i.entryIntoForce().orElseThrow().firstDay();
      assertFalse(Law.has(Law.mask(DATA, i.signed().firstDay()), a), a + " on signature");
      assertFalse(Law.has(Law.mask(DATA, inForce.minusDays(1)), a), a + " the day before entry into force");
      assertTrue(Law.has(Law.mask(DATA, inForce), a), a + " on entry into force");
    }
  }

  @Test
  void withoutTheProtocolsInTheFactsTheTextsAreAsSigned() {
    for (LocalDate d = LocalDate.of(1992, 5, 15); d.getYear() < 2027; d = d.plusMonths(6)) {
      assertEquals(0, Law.mask(Episodes.FACTS_WITHOUT_PROTOCOLS, d), d.toString());
    }
  }
}
