package io.github.cstokit.examples;

/**
 * Text made safe to print: a value read from a dataset or a document may hold a newline, which could forge a
 * line of the tool's own output, or a terminal escape sequence. Control characters are written as Java-style
 * escapes ({@code \n}, {@code \u001b}), so every printed line is one line and says what the input held.
 */
final class Printable {

  private Printable() {}

  /** The text with every control character, line or paragraph separator and bidirectional control escaped. */
  static String of(String text) {
    StringBuilder safe = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (needsEscape(c)) {
        if (safe == null) {
          safe = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        switch (c) {
          case '\n': safe.append("\\n"); break;
          case '\r': safe.append("\\r"); break;
          case '\t': safe.append("\\t"); break;
          default: safe.append(String.format("\\u%04x", (int) c));
        }
      } else if (safe != null) {
        safe.append(c);
      }
    }
    return safe == null ? text : safe.toString();
  }

  /** The string form of a value, made safe to print. */
  static String of(Object value) {
    return of(String.valueOf(value));
  }

  private static boolean needsEscape(char c) {
    return Character.getType(c) == Character.CONTROL
        || c == '\u2028' || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }
}
