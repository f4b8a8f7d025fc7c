package io.github.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TourTest {

  @Test
  void printsTheTour() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Tour.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("State[KZ Kazakhstan]"), text);
  }
}
