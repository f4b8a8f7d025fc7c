package io.github.cstokit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodTest {

  private static final LocalDate D2020 = LocalDate.of(2020, 1, 1);
  private static final LocalDate D2023 = LocalDate.of(2023, 1, 1);

  @Test
  void isHalfOpen() {
    Period zas = Period.of(D2020, D2023);
    assertFalse(zas.contains(D2020.minusDays(1)));
    assertTrue(zas.contains(D2020));
    assertTrue(zas.contains(D2023.minusDays(1)));
    assertFalse(zas.contains(D2023));
    Period next = Period.startingOn(D2023);
    assertTrue(next.contains(D2023));
    assertFalse(zas.overlaps(next));
    assertFalse(next.overlaps(zas));
    assertTrue(zas.overlaps(Period.of(D2023.minusDays(1), D2023.plusDays(5))));
    assertTrue(Period.startingOn(D2020).overlaps(Period.startingOn(D2023)));
    assertEquals(Optional.of(D2023.minusDays(1)), zas.lastDay());
    assertEquals(zas, Period.ofClosed(D2020, LocalDate.of(2022, 12, 31)));
  }

  @Test
  void openPeriods() {
    Period open = Period.startingOn(D2020);
    assertTrue(open.isOpen());
    assertTrue(open.end().isEmpty());
    assertTrue(open.contains(LocalDate.of(2999, 1, 1)));
    assertEquals("[2020-01-01, ...)", open.toString());
    assertEquals(open, Period.of(D2020, Optional.empty()));
    assertSame(open, open.withoutEnd());
    assertEquals(Period.of(D2020, D2023), open.withEnd(D2023));
  }

  @Test
  void rejectsEndNotAfterStart() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Period.of(LocalDate.of(2021, 1, 1), D2020));
    assertEquals("end (2020-01-01) must be after start (2021-01-01)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Period.of(D2020, D2020));
    assertEquals("end (2020-01-01) must be after start (2020-01-01)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Period.ofClosed(D2020, D2020.minusDays(1)));
    assertEquals("lastDay (2019-12-31) must not be before start (2020-01-01)", e.getMessage());
  }

  @Test
  void equalsHashCodeAndOrder() {
    assertEquals(Period.of(D2020, D2023), Period.of(D2020, D2023));
    assertEquals(Period.of(D2020, D2023).hashCode(), Period.of(D2020, D2023).hashCode());
    assertNotEquals(Period.of(D2020, D2023), Period.startingOn(D2020));
    List<Period> sorted = List.of(Period.of(D2020, D2023.minusDays(1)), Period.of(D2020, D2023),
        Period.startingOn(D2020), Period.of(D2023, D2023.plusDays(1)));
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = 0; j < sorted.size(); j++) {
        assertEquals(Integer.signum(Integer.compare(i, j)),
            Integer.signum(sorted.get(i).compareTo(sorted.get(j))), i + " vs " + j);
      }
    }
    assertEquals("[2020-01-01, 2023-01-01)", Period.of(D2020, D2023).toString());
  }

  @Test
  void aLastDayWithNoDayAfterItIsAnIllegalArgument() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Period.ofClosed(D2020, LocalDate.MAX));
    assertEquals("lastDay must be before +999999999-12-31: a period ends on the day after its last day;"
        + " use startingOn(start) for a period with no end", e.getMessage());
    assertEquals(LocalDate.MAX, Period.ofClosed(D2020, LocalDate.MAX.minusDays(1)).end().orElseThrow());
    NullPointerException npe = assertThrows(NullPointerException.class, () -> Period.ofClosed(D2020, null));
    assertEquals("lastDay", npe.getMessage());
  }
}
