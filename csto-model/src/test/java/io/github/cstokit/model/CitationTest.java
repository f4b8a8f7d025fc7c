package io.github.cstokit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitationTest {

  @ParameterizedTest
  @ValueSource(strings = {"Treaty Art. 4", "Charter Art. 12(1)", "Charter Art. 12(1) [2010]",
      "Treaty Art. 2 [2010]", "Peacekeeping Agreement Art. 3", "CRRF Agreement Art. 2.1(b) [2009]",
      "Charter Protocol No. 2 Art. 1", "Rules of Procedure [2004]", "Charter", "Charter 12"})
  void roundTrips(String text) {
    Citation c = Citation.parse(text);
    assertEquals(text, c.text());
    assertEquals("Citation[" + text + "]", c.toString());
    assertEquals(c, Citation.parse(c.text()));
  }

  @Test
  void parsesParts() {
    Citation c = Citation.parse("Peacekeeping Agreement Art. 12(1) [2021]");
    assertEquals("Peacekeeping Agreement", c.shortName());
    assertEquals(Optional.of("12"), c.article());
    assertEquals(Optional.of("1"), c.paragraph());
    assertEquals(Optional.of("2021"), c.version());
    assertEquals(Citation.of("Charter", "12", "1").withVersion("2010"),
        Citation.parse("Charter Art. 12(1) [2010]"));
    assertEquals(Citation.parse("Charter Art. 12(1)"),
        Citation.parse("Charter Art. 12(1) [2010]").withoutVersion());
    assertEquals(Citation.parse("Charter Art. 12(2) [2010]"),
        Citation.parse("Charter Art. 12(1) [2010]").withParagraph("2"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Art. 12", "Charter Art.12", "Charter [2002] Art. 1", "Charter(1)", "Charter Art. ",
      "Charter Art. 12 (1)", "Charter Art. 12(1)[2010]", "Charter Art. 12 [2010] ",
      "Citation[Charter Art. 12]", " Charter Art. 12", "Charter  Art. 12", "Charter Art. 12()",
      "Charter Art. Art. 12"})
  void rejectsMalformedText(String text) {
    TextParseException e = assertThrows(TextParseException.class, () -> Citation.parse(text));
    assertEquals(text, e.parsedText());
  }

  @Test
  void malformedMessages() {
    TextParseException e = assertThrows(TextParseException.class, () -> Citation.parse("Art. 12"));
    assertEquals("Citation text must have the form"
        + " '<shortName>[ Art. <article>[(<paragraph>)]][ [<version>]]' but was 'Art. 12'",
        e.getMessage());
    e = assertThrows(TextParseException.class, () -> Citation.parse("Char@ter Art. 12"));
    assertEquals("Citation text 'Char@ter Art. 12' is malformed: shortName must match "
        + "[\\p{L}\\p{N}][\\p{L}\\p{N}.'-]*(?: [\\p{L}\\p{N}][\\p{L}\\p{N}.'-]*)*"
        + " but was 'Char@ter'", e.getMessage());
  }

  @Test
  void invariantsNameTheField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Citation.of("Treaty Art. 4 Protocol", "1"));
    assertEquals("shortName must not contain the word 'Art.' but was 'Treaty Art. 4 Protocol'",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Citation.of("Treaty", "4)"));
    assertEquals("article must match [\\p{L}\\p{N}][\\p{L}\\p{N}.-]* but was '4)'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Citation.of("Treaty", "4", ""));
    assertEquals("paragraph must match [\\p{L}\\p{N}][\\p{L}\\p{N}.-]* but was ''", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Citation.of("Treaty", "4").withVersion("[2010]"));
    assertEquals("version must match [\\p{L}\\p{N}][\\p{L}\\p{N}.-]* but was '[2010]'",
        e.getMessage());
  }

  @Test
  void citesAnInstrumentWithoutAnArticle() {
    Citation c = Citation.parse("Rules of Procedure [2004]");
    assertEquals("Rules of Procedure", c.shortName());
    assertEquals(Optional.empty(), c.article());
    assertEquals(Optional.empty(), c.paragraph());
    assertEquals(Optional.of("2004"), c.version());
    assertEquals(Citation.of("Rules of Procedure").withVersion("2004"), c);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Citation.of("Charter").withParagraph("1"));
    assertEquals("paragraph requires an article but was '1' without one", e.getMessage());
  }

  @Test
  void ordersNumbersByValue() {
    List<Citation> sorted = List.of(Citation.parse("Charter"), Citation.parse("Charter [2002]"),
        Citation.parse("Charter Art. 4"), Citation.parse("Charter Art. 12"),
        Citation.parse("Charter Art. 12(1)"), Citation.parse("Charter Art. 12(1) [2010]"),
        Citation.parse("Charter Art. 12(2)"), Citation.parse("Charter Art. 12a"),
        Citation.parse("Treaty Art. 2"));
    Fixtures.assertStrictlyOrdered(sorted);
    assertEquals(Citation.parse("Treaty Art. 4").hashCode(), Citation.of("Treaty", "4").hashCode());
    assertNotEquals(Citation.parse("Treaty Art. 4"), Citation.parse("Treaty Art. 04"));
  }
}
