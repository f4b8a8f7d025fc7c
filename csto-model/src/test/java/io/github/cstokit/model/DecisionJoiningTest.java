package io.github.cstokit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The day a state joined a decision after its session: default, invariants and copies. */
class DecisionJoiningTest {

  private static final LocalDate SESSION = LocalDate.of(2022, 1, 6);
  private static final LocalDate LATER = LocalDate.of(2022, 2, 1);

  private static Decision.Builder council() {
    return Decision.builder().body(Body.COLLECTIVE_SECURITY_COUNCIL).title("x").date(SESSION)
        .putPosition("RU", Position.SUPPORTS).putPosition("AM", Position.JOINED_LATER).addSignatures("BY");
  }

  @Test
  void noJoiningDayIsRecordedByDefault() {
    Decision d = council().build();
    assertEquals(Map.of(), d.joiningDates());
    assertEquals(Optional.empty(), d.joiningDate("AM"));
  }

  @Test
  void aStateThatSignedOrJoinedLaterHasItsDay() {
    Decision d = council().putJoiningDate("AM", LATER).putJoiningDate("BY", SESSION).build();
    assertEquals(Optional.of(LATER), d.joiningDate("AM"));
    assertEquals(Optional.of(SESSION), d.joiningDate("BY"));
    assertEquals(List.of("AM", "BY"), List.copyOf(d.joiningDates().keySet()));
    assertTrue(d.toString().endsWith(" joined on {AM=2022-02-01, BY=2022-01-06}]"), d.toString());
    assertEquals(Map.of(), d.withJoiningDates(Map.of()).joiningDates());
  }

  @Test
  void aJoiningDayBeforeTheSessionOrOfAStateThatDidNotJoinIsRefused() {
    IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
        () -> council().putJoiningDate("AM", SESSION.minusDays(1)).build());
    assertEquals("joiningDates[AM] (2022-01-05) must not be before date (2022-01-06)", early.getMessage());
    IllegalArgumentException ru = assertThrows(IllegalArgumentException.class,
        () -> council().putJoiningDate("RU", LATER).build());
    assertEquals("joiningDates[RU] is given, but RU neither signed nor has the position JOINED_LATER",
        ru.getMessage());
    assertThrows(IllegalArgumentException.class, () -> council().putJoiningDate("am", LATER).build());
    Decision d = council().putJoiningDate("AM", LATER).build();
    assertThrows(IllegalArgumentException.class, () -> d.withoutPosition("AM"));
    assertThrows(IllegalArgumentException.class, () -> d.withDate(LATER.plusDays(1)));
  }
}
