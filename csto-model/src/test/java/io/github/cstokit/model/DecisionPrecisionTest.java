package io.github.cstokit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A decision's date precision and whether its format is known: defaults, invariants and copies. */
class DecisionPrecisionTest {

  private static Decision.Builder council() {
    return Decision.builder().body(Body.COLLECTIVE_SECURITY_COUNCIL).title("x");
  }

  @Test
  void aDecisionIsDatedToTheDayAndItsFormatKnownByDefault() {
    Decision d = council().date(LocalDate.of(2022, 1, 6)).build();
    assertEquals(DatePrecision.DAY, d.datePrecision());
    assertEquals(PartialDate.of(2022, 1, 6), d.partialDate());
    assertTrue(d.formatKnown());
    assertEquals(Optional.of(DecisionFormat.STANDARD), d.recordedFormat());
  }

  @Test
  void aPartialDateKeepsItsPrecision() {
    Decision month = council().date(PartialDate.of(2021, 5)).build();
    assertEquals(LocalDate.of(2021, 5, 1), month.date());
    assertEquals(DatePrecision.MONTH, month.datePrecision());
    assertEquals(PartialDate.of(2021, 5), month.partialDate());
    assertTrue(month.toString().contains(" 2021-05 "), month.toString());
    Decision year = council().date(PartialDate.ofYear(2021)).build();
    assertEquals(PartialDate.ofYear(2021), year.partialDate());
    assertEquals(DatePrecision.DAY, month.withDate(LocalDate.of(2021, 5, 17)).datePrecision());
    assertEquals(PartialDate.ofYear(2020), month.withDate(PartialDate.ofYear(2020)).partialDate());
  }

  @Test
  void aDateThatIsNotTheFirstDayOfItsMonthOrYearIsKnownToTheDay() {
    assertEquals(DatePrecision.DAY, council().date(LocalDate.of(2021, 5, 17))
        .datePrecision(DatePrecision.MONTH).build().datePrecision());
    assertEquals(DatePrecision.DAY, council().date(LocalDate.of(2021, 5, 1))
        .datePrecision(DatePrecision.YEAR).build().datePrecision());
    assertEquals(DatePrecision.YEAR, council().date(LocalDate.of(2021, 1, 1))
        .datePrecision(DatePrecision.YEAR).build().datePrecision());
  }

  @Test
  void anUnknownFormatIsPresumedStandard() {
    Decision unknown = council().date(LocalDate.of(2023, 11, 23)).formatKnown(false).build();
    assertFalse(unknown.formatKnown());
    assertEquals(DecisionFormat.STANDARD, unknown.format());
    assertEquals(Optional.empty(), unknown.recordedFormat());
    assertTrue(unknown.toString().contains("format UNKNOWN"), unknown.toString());
    assertTrue(council().date(LocalDate.of(2023, 11, 23)).format(DecisionFormat.LIMITED)
        .formatKnown(false).build().formatKnown());
    assertFalse(unknown.withFormat(DecisionFormat.STANDARD).formatKnown());
    Decision limited = unknown.withFormat(DecisionFormat.LIMITED);
    assertTrue(limited.formatKnown());
    assertEquals(Optional.of(DecisionFormat.LIMITED), limited.recordedFormat());
  }
}
