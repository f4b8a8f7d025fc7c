package io.github.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the csto tool in-process and keeps its exit code, standard output and standard error. */
final class Cli {
  final int code;
  final String out;
  final String err;

  private Cli(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Csto.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Cli(code, out.toString(), err.toString());
  }

  /**
   * Asserts the exit code.
   *
   * @param expected the exit code the run must have ended with
   * @return this run
   */
  Cli exits(int expected) {
    assertEquals(expected, code, toString());
    return this;
  }

  /**
   * Asserts that standard output holds each of the parts.
   *
   * @param parts texts standard output must contain, each checked on its own
   * @return this run
   */
  Cli prints(String... parts) {
    assertContains(out, parts);
    return this;
  }

  /**
   * Asserts that a text holds each of the parts.
   *
   * @param text the text, such as a program's output
   * @param parts texts it must contain, each checked on its own
   */
  static void assertContains(String text, String... parts) {
    for (String part : parts) {
      assertTrue(text.contains(part), () -> "expected '" + part + "' in\n" + text);
    }
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
  }
}
