package io.github.cstokit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StateTest {

  private static State.Builder kazakhstan() {
    return State.builder()
        .isoAlpha2("KZ")
        .isoAlpha3("KAZ")
        .cowCode(705)
        .cowAbbreviation("KZK")
        .nameEn("Kazakhstan")
        .nameRu("Казахстан");
  }

  @Test
  void readsWellInJshell() {
    assertEquals("State[KZ Kazakhstan]", kazakhstan().build().toString());
  }

  @Test
  void equalStatesAreInterchangeable() {
    assertEquals(kazakhstan().build(), kazakhstan().build());
    assertEquals(kazakhstan().build().hashCode(), kazakhstan().build().hashCode());
  }

  @Test
  void sortsByAlpha2Code() {
    State armenia = kazakhstan().isoAlpha2("AM").isoAlpha3("ARM").cowCode(371).cowAbbreviation("ARM")
        .nameEn("Armenia").nameRu("Армения").build();
    assertTrue(armenia.compareTo(kazakhstan().build()) < 0);
  }

  @Test
  void anotherRussianNameIsAnAliasAndNoneByDefault() {
    assertEquals(java.util.List.of(), kazakhstan().build().nameRuAliases());
    assertEquals(java.util.List.of("Республика Казахстан"),
        kazakhstan().addNameRuAliases("Республика Казахстан").build().nameRuAliases());
  }

  @Test
  void rejectsAnAliasThatRepeatsTheName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> kazakhstan().addNameRuAliases("Казахстан").build());
    assertTrue(e.getMessage().contains("nameRuAliases"), e.getMessage());
  }

  @Test
  void rejectsAMalformedCodeNamingTheField() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> kazakhstan().isoAlpha2("kz").build());
    assertEquals("isoAlpha2 must match [A-Z]{2} but was 'kz'", e.getMessage());
  }
}
