package io.github.cstokit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.rules.internal.Law;
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
    for (Law.Amendment a : Law.Amendment.values()) {
      Instrument i = DATA.instrument(a.instrumentId()).orElseThrow(() -> new AssertionError(a.instrumentId()));
      assertEquals(a.catalogueInForce(), i.entryIntoForce().orElseThrow().firstDay(), a.instrumentId());
    }
    assertTrue(DATA.instrument(Law.BASES_PROTOCOL_ID).isPresent(), Law.BASES_PROTOCOL_ID);
    assertEquals("Third-State Bases Protocol", DATA.instrument(Law.BASES_PROTOCOL_ID).get().shortName());
  }

  @Test
  void theDatasetAndTheCatalogueAgreeOnTheTextInForce() {
    for (LocalDate d = LocalDate.of(1992, 5, 15); d.getYear() < 2027; d = d.plusDays(7)) {
      assertEquals(Law.mask(d), Law.mask(DATA, d), d.toString());
    }
    assertEquals(Law.mask(LocalDate.of(2012, 12, 19)), Law.mask(DATA, LocalDate.of(2012, 12, 19)));
    assertEquals(Law.mask(LocalDate.of(2021, 1, 19)), Law.mask(DATA, LocalDate.of(2021, 1, 19)));
  }
}
