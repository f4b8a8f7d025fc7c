package io.github.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {

  @Test
  void plainTextIsReturnedAsItIs() {
    String text = "Республика Армения (AM)";
    assertSame(text, Printable.of(text));
  }

  @Test
  void aNewlineCannotStartALineOfItsOwn() {
    assertEquals("x\\ncsto validate: all good", Printable.of("x\ncsto validate: all good"));
  }

  @Test
  void terminalEscapesAndBidiControlsAreShownNotObeyed() {
    assertEquals("\\u001b[31mred\\u001b[0m", Printable.of("\u001b[31mred\u001b[0m"));
    assertEquals("a\\u202eb\\u2028c\\u0085d\\u007f", Printable.of("a\u202eb\u2028c\u0085d\u007f"));
    assertEquals("a\\tb\\rc", Printable.of("a\tb\rc"));
  }
}
