package io.github.cstokit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @ParameterizedTest
  @ValueSource(strings = {"1993", "1993-12", "1993-12-09", "2012-02-29", "1900", "2999-12-31"})
  void roundTrips(String text) {
    assertEquals(text, PartialDate.parse(text).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "93", "1993-1", "1993-12-9", "1993/12", " 1993", "1993-12-09T00:00",
      "+1993", "1993-", "abcd"})
  void rejectsMalformedText(String text) {
    TextParseException e = assertThrows(TextParseException.class, () -> PartialDate.parse(text));
    assertEquals("PartialDate text must have the form YYYY, YYYY-MM or YYYY-MM-DD but was '" + text
        + "'", e.getMessage());
    assertEquals(text, e.parsedText());
  }

  @Test
  void rejectsImpossibleDatesNamingTheField() {
    TextParseException e = assertThrows(TextParseException.class,
        () -> PartialDate.parse("1993-02-30"));
    assertEquals("PartialDate text '1993-02-30' is not a valid date:"
        + " day must be between 1 and 28 but was 30", e.getMessage());
    e = assertThrows(TextParseException.class, () -> PartialDate.parse("1993-13"));
    assertEquals("PartialDate text '1993-13' is not a valid date:"
        + " month must be between 1 and 12 but was 13", e.getMessage());
    IllegalArgumentException y = assertThrows(IllegalArgumentException.class,
        () -> PartialDate.ofYear(1899));
    assertEquals("year must be between 1900 and 2999 but was 1899", y.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PartialDate.of(LocalDate.of(3000, 1, 1)));
  }

  @Test
  void firstAndLastDayAndFields() {
    PartialDate month = PartialDate.parse("2012-02");
    assertEquals(DatePrecision.MONTH, month.precision());
    assertEquals(LocalDate.of(2012, 2, 1), month.firstDay());
    assertEquals(LocalDate.of(2012, 2, 29), month.lastDay());
    assertEquals(OptionalInt.of(2), month.month());
    assertEquals(OptionalInt.empty(), month.day());
    assertTrue(month.toLocalDate().isEmpty());
    assertTrue(month.mayBe(LocalDate.of(2012, 2, 29)));
    PartialDate year = PartialDate.parse("1993");
    assertEquals(LocalDate.of(1993, 12, 31), year.lastDay());
    assertEquals(OptionalInt.empty(), year.month());
    PartialDate day = PartialDate.of(LocalDate.of(1994, 4, 20));
    assertEquals(PartialDate.of(1994, 4, 20), day);
    assertEquals(LocalDate.of(1994, 4, 20), day.toLocalDate().orElseThrow());
    assertEquals(1994, day.year());
    assertTrue(day.isExact());
  }

  @Test
  void ordersByFirstDayThenLessPreciseFirst() {
    List<PartialDate> sorted = List.of(PartialDate.parse("1993"), PartialDate.parse("1993-01"),
        PartialDate.parse("1993-01-01"), PartialDate.parse("1993-01-02"),
        PartialDate.parse("1993-02"));
    Fixtures.assertStrictlyOrdered(sorted);
  }

  @Test
  void equalsAndHashCode() {
    assertEquals(PartialDate.parse("1993-12"), PartialDate.of(1993, 12));
    assertEquals(PartialDate.parse("1993-12").hashCode(), PartialDate.of(1993, 12).hashCode());
    assertNotEquals(PartialDate.parse("1993-12"), PartialDate.parse("1993-12-01"));
    assertNotEquals(PartialDate.parse("1993"), PartialDate.parse("1993-01"));
  }
}
