package io.github.cstokit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cstokit.model.PartialDate;
import io.github.cstokit.testkit.CstoGens;
import io.github.cstokit.testkit.PropertyCheck;
import org.junit.jupiter.api.Test;

/** The README's property-test example, word for word, so that the README never shows code that fails. */
class ReadmeSnippetTest {

  @Test
  void everyDayOfTheTreatysHistoryRoundTrips() {
    PropertyCheck.forAll(CstoGens.dates(), 42L, 10_000,
        day -> assertEquals(day, PartialDate.parse(day.toString()).firstDay()));
  }
}
