package io.github.cstokit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PropertyCheckTest {

  @Test
  void aFailurePrintsTheSeedTheCaseAndTheShrunkValue() {
    Gen<Integer> gen = Gen.intRange(0, 1_000_000);
    AssertionError e = assertThrows(AssertionError.class,
        () -> PropertyCheck.forAll(gen, 1234L, 10_000, i -> assertTrue(i < 500, "too big: " + i)));
    String message = e.getMessage();
    assertTrue(message.contains("seed 1234"), message);
    assertTrue(message.contains("case 1 of 10000"), message); // edge case 1_000_000 is case 1
    assertTrue(message.contains("value:     1000000"), message);
    assertTrue(message.contains("shrunk:    500 ("), message);
    assertTrue(message.contains("Samples.of(gen, 1234L, 2).get(1)"), message);
    assertTrue(e.getCause().getMessage().contains("too big: 500"), e.getCause().getMessage());
  }

  @Test
  void theReportedCaseReplaysFromSamples() {
    Gen<LocalDate> gen = CstoGens.dates();
    AssertionError e = assertThrows(AssertionError.class,
        () -> PropertyCheck.holds(gen, 77L, 10_000, d -> d.getDayOfMonth() != 13));
    int index = Integer.parseInt(e.getMessage().replaceAll("(?s).*case (\\d+) of.*", "$1"));
    LocalDate value = Samples.of(gen, 77L, index + 1).get(index);
    assertEquals(13, value.getDayOfMonth());
    assertTrue(e.getMessage().contains("value:     " + value), e.getMessage());
    assertTrue(e.getMessage().contains("seed 77"), e.getMessage());
  }

  @Test
  void dateFailuresShrinkTowardsTheTreatysSignature() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> PropertyCheck.holds(CstoGens.dates(), 5L, 1_000,
            d -> d.isBefore(LocalDate.of(2020, 1, 1))));
    assertTrue(e.getMessage().contains("value:     2024-02-22"), e.getMessage());
    assertTrue(e.getMessage().contains("shrunk:    2020-01-01"), e.getMessage());
  }

  @Test
  void runtimeExceptionsAreFailuresToo() {
    IllegalStateException boom = new IllegalStateException("boom");
    AssertionError e = assertThrows(AssertionError.class,
        () -> PropertyCheck.forAll(Gen.constant(1), 3L, 5, i -> {
          throw boom;
        }));
    assertSame(boom, e.getCause());
    assertTrue(e.getMessage().contains("no simpler failing value"), e.getMessage());
  }

  @Test
  void aHoldingPropertyPasses() {
    PropertyCheck.forAll(CstoGens.dates(), 9L, 10_000, d ->
        assertEquals(d, io.github.cstokit.model.PartialDate.parse(d.toString()).firstDay()));
    assertThrows(IllegalArgumentException.class,
        () -> PropertyCheck.forAll(Gen.constant(1), 1L, -1, i -> { }));
  }

  @Test
  void samplesStartWithTheEdgeCasesAndStreamTheSameValues() {
    Gen<LocalDate> dates = CstoGens.dates(RealFacts.FACTS);
    List<LocalDate> keyDates = CstoGens.keyDates(RealFacts.FACTS);
    List<LocalDate> sample = Samples.of(dates, 3L, 10_000);
    assertEquals(keyDates, sample.subList(0, keyDates.size()));
    assertEquals(sample, Samples.stream(dates, 3L, 10_000).collect(Collectors.toList()));
    assertEquals(List.of(CstoGens.TREATY_SIGNED), Samples.of(dates, 3L, 1));
    assertTrue(Samples.of(dates, 3L, 0).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> Samples.of(Gen.constant(1), 1L, -1));
  }
}
