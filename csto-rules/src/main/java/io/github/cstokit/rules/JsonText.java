package io.github.cstokit.rules;

import java.util.List;

/** Writes JSON string literals by hand: quotes, backslashes and control characters are escaped. */
final class JsonText {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonText() {}

  /**
   * Appends a JSON string literal.
   *
   * @param out the target
   * @param s the string
   * @return the target
   */
  static StringBuilder string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15])
                .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"');
  }

  /**
   * Appends a JSON array of string literals.
   *
   * @param out the target
   * @param strings the strings
   * @return the target
   */
  static StringBuilder strings(StringBuilder out, List<String> strings) {
    out.append('[');
    for (int i = 0, n = strings.size(); i < n; i++) {
      if (i > 0) {
        out.append(',');
      }
      string(out, strings.get(i));
    }
    return out.append(']');
  }
}
