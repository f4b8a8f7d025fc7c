package io.github.cstokit.examples.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader (RFC 8259) for the documents the {@code csto check} command reads.
 *
 * <p>It accepts exactly one JSON value with optional whitespace around it and rejects everything else:
 * comments, trailing commas, single quotes, unescaped control characters in strings, leading zeros, lone
 * surrogates in escapes, duplicate keys in an object, nesting deeper than {@value #MAX_DEPTH}, strings longer
 * than {@value #MAX_STRING_LENGTH} characters and numbers longer than {@value #MAX_NUMBER_LENGTH}. A leading
 * byte-order mark (U+FEFF) is skipped. Objects
 * become insertion-ordered {@code Map<String, Object>}, arrays {@code List<Object>}, strings {@code String},
 * numbers {@link BigDecimal}, {@code true}/{@code false} {@link Boolean} and {@code null} {@link #NULL}. All
 * returned collections are unmodifiable.
 *
 * <p>Errors are reported as a {@link Syntax} exception with the line and column (both from 1) where the
 * problem was found.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class JsonReader {

  /** The deepest nesting of arrays and objects accepted. */
  public static final int MAX_DEPTH = 64;

  /** The longest string accepted, in characters (after escapes are resolved). */
  public static final int MAX_STRING_LENGTH = 64 * 1024;

  /** The longest number accepted, in characters, sign and exponent included. */
  public static final int MAX_NUMBER_LENGTH = 40;

  /** The JSON {@code null} value. */
  public static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  /** A syntax error, with the line and column where it was found. */
  public static final class Syntax extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The line, from 1. */
    private final int line;
    /** The column, from 1. */
    private final int column;

    Syntax(int line, int column, String message) {
      super(line + ":" + column + ": " + message);
      this.line = line;
      this.column = column;
    }

    /**
     * The line where the error was found.
     *
     * @return the line, from 1
     */
    public int line() {
      return line;
    }

    /**
     * The column where the error was found.
     *
     * @return the column, from 1
     */
    public int column() {
      return column;
    }
  }

  private final String text;
  private int pos;
  private int depth;

  private JsonReader(String text) {
    this.text = text;
  }

  /**
   * Reads one JSON value.
   *
   * @param text the JSON text, not null
   * @return the value, not null ({@link #NULL} for {@code null})
   * @throws Syntax if the text is not exactly one well-formed JSON value
   */
  public static Object read(String text) {
    JsonReader reader = new JsonReader(text);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      reader.pos = 1;
    }
    reader.skipWhitespace();
    if (reader.pos >= text.length()) {
      throw reader.error("the file is empty; expected a JSON value");
    }
    Object value = reader.value();
    reader.skipWhitespace();
    if (reader.pos < text.length()) {
      throw reader.error("unexpected " + reader.describe() + " after the end of the JSON value");
    }
    return value;
  }

  private Object value() {
    if (pos >= text.length()) {
      throw error("unexpected end of file; expected a value");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", NULL);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected " + describe() + "; expected a value");
    }
  }

  private Map<String, Object> object() {
    enter();
    pos++;
    Map<String, Object> map = new LinkedHashMap<>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      depth--;
      return Collections.unmodifiableMap(map);
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("unexpected " + describe() + "; expected a property name in double quotes");
      }
      int keyLine = line(pos);
      int keyColumn = column(pos);
      String key = string();
      if (map.containsKey(key)) {
        throw new Syntax(keyLine, keyColumn, "duplicate property \"" + key + "\"");
      }
      skipWhitespace();
      expect(':', "':' after a property name");
      skipWhitespace();
      map.put(key, value());
      skipWhitespace();
      char c = peek();
      if (c == ',') {
        pos++;
        skipWhitespace();
        if (peek() == '}') {
          throw error("trailing comma before '}'");
        }
      } else if (c == '}') {
        pos++;
        depth--;
        return Collections.unmodifiableMap(map);
      } else {
        throw error("unexpected " + describe() + "; expected ',' or '}'");
      }
    }
  }

  private List<Object> array() {
    enter();
    pos++;
    List<Object> list = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      depth--;
      return Collections.unmodifiableList(list);
    }
    while (true) {
      skipWhitespace();
      list.add(value());
      skipWhitespace();
      char c = peek();
      if (c == ',') {
        pos++;
        skipWhitespace();
        if (peek() == ']') {
          throw error("trailing comma before ']'");
        }
      } else if (c == ']') {
        pos++;
        depth--;
        return Collections.unmodifiableList(list);
      } else {
        throw error("unexpected " + describe() + "; expected ',' or ']'");
      }
    }
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH + " levels");
    }
  }

  private String string() {
    pos++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unexpected end of file inside a string");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return sb.toString();
      }
      if (c < 0x20) {
        throw error("control character U+" + String.format("%04X", (int) c)
            + " inside a string; escape it");
      }
      if (sb.length() >= MAX_STRING_LENGTH) {
        throw error("string longer than " + MAX_STRING_LENGTH + " characters");
      }
      if (c != '\\') {
        sb.append(c);
        pos++;
        continue;
      }
      pos++;
      if (pos >= text.length()) {
        throw error("unexpected end of file inside a string");
      }
      char e = text.charAt(pos);
      switch (e) {
        case '"':
        case '\\':
        case '/':
          sb.append(e);
          pos++;
          break;
        case 'b':
          sb.append('\b');
          pos++;
          break;
        case 'f':
          sb.append('\f');
          pos++;
          break;
        case 'n':
          sb.append('\n');
          pos++;
          break;
        case 'r':
          sb.append('\r');
          pos++;
          break;
        case 't':
          sb.append('\t');
          pos++;
          break;
        case 'u':
          pos++;
          char u = hex4();
          if (Character.isHighSurrogate(u)) {
            if (!text.startsWith("\\u", pos)) {
              throw error("lone surrogate \\u" + String.format("%04X", (int) u) + " in a string");
            }
            pos += 2;
            char low = hex4();
            if (!Character.isLowSurrogate(low)) {
              throw error("lone surrogate \\u" + String.format("%04X", (int) u) + " in a string");
            }
            sb.append(u).append(low);
          } else if (Character.isLowSurrogate(u)) {
            throw error("lone surrogate \\u" + String.format("%04X", (int) u) + " in a string");
          } else {
            sb.append(u);
          }
          break;
        default:
          throw error("invalid escape '\\" + e + "' in a string");
      }
    }
  }

  private char hex4() {
    if (pos + 4 > text.length()) {
      throw error("unexpected end of file in a \\u escape");
    }
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(text.charAt(pos), 16);
      if (digit < 0) {
        throw error("invalid hexadecimal digit in a \\u escape");
      }
      value = value * 16 + digit;
      pos++;
    }
    return (char) value;
  }

  private BigDecimal number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
      if (isDigit(peek())) {
        throw error("leading zero in a number");
      }
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error("unexpected " + describe() + "; expected a digit");
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error("expected a digit after the decimal point");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("expected a digit in the exponent");
      }
      digits();
    }
    if (pos - start > MAX_NUMBER_LENGTH) {
      throw new Syntax(line(start), column(start), "number longer than " + MAX_NUMBER_LENGTH
          + " characters");
    }
    try {
      return new BigDecimal(text.substring(start, pos));
    } catch (NumberFormatException e) {
      throw new Syntax(line(start), column(start), "number out of range");
    }
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected " + describe() + "; expected a value");
    }
    pos += word.length();
    return value;
  }

  private void expect(char c, String what) {
    if (peek() != c) {
      throw error("unexpected " + describe() + "; expected " + what);
    }
    pos++;
  }

  /** The character at the position, or U+0000 at the end (never valid where it is checked). */
  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private String describe() {
    if (pos >= text.length()) {
      return "end of file";
    }
    int cp = text.codePointAt(pos);
    if (cp < 0x20 || cp == 0x7F) {
      return "character U+" + String.format("%04X", cp);
    }
    return "'" + new String(Character.toChars(cp)) + "'";
  }

  private Syntax error(String message) {
    return new Syntax(line(pos), column(pos), message);
  }

  private int line(int at) {
    int line = 1;
    for (int i = 0; i < at && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private int column(int at) {
    int column = 1;
    for (int i = Math.min(at, text.length()) - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      column++;
    }
    return column;
  }
}
