package io.github.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cstokit.examples.internal.JsonReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

  private static String error(String json) {
    return assertThrows(JsonReader.Syntax.class, () -> JsonReader.read(json)).getMessage();
  }

  @Test
  void readsEveryKindOfValue() {
    Object value = JsonReader.read(" {\"a\": [1, -2.5e3, true, false, null], \"b\": \"\\u00e9\\n\\ud83d\\ude00\"} ");
    assertEquals(Map.of("a", List.of(BigDecimal.ONE, new BigDecimal("-2.5e3"), true, false, JsonReader.NULL),
        "b", "é\n😀"), value);
  }

  @Test
  void rejectsWhatRfc8259Rejects() {
    assertEquals("1:9: leading zero in a number", error("[1, 2, 01]"));
    assertEquals("1:2: unexpected '\''; expected a value", error("['a']"));
    assertEquals("1:4: trailing comma before ']'", error("[1,]"));
    assertEquals("1:4: unexpected end of file; expected a value", error("[1,"));
    assertEquals("1:5: unexpected '/' after the end of the JSON value", error("{}  // comment"));
    assertEquals("1:3: control character U+0009 inside a string; escape it", error("[\"\t\"]"));
    assertEquals("1:9: lone surrogate \\uD83D in a string", error("[\"\\ud83d\"]"));
    assertEquals("1:4: invalid escape '\\x' in a string", error("[\"\\x\"]"));
    assertEquals("2:1: trailing comma before ']'", error("[1,\n]"));
  }

  @Test
  void limitsTheNesting() {
    assertEquals("1:65: nested deeper than 64 levels", error("[".repeat(65) + "]".repeat(65)));
  }
}
