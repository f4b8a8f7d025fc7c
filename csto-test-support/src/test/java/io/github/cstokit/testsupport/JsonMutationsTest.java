package io.github.cstokit.testsupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JsonMutationsTest {

  private static final byte[] DOC = ("{\n  \"id\": \"decision-2010-12-10\",\n  \"date\": \"2010-12-10\",\n"
      + "  \"period\": {\n    \"from\": \"2011-01\",\n    \"to\": \"2012\"\n  },\n  \"states\": [\n"
      + "    \"AM\",\n    \"BY\"\n  ],\n  \"binding\": true,\n  \"count\": 6\n}\n")
      .getBytes(StandardCharsets.UTF_8);

  private static final long SEED = 20260212L;

  @Test
  void theMutantsOfASeedNeverChange() throws NoSuchAlgorithmException {
    // Kept regression cases ({seed, case} pairs) depend on these exact bytes: a change here breaks them.
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (long c = 0; c < 5000; c++) {
      JsonMutations.Mutant mutant = JsonMutations.mutate(DOC, SEED, c);
      digest.update(mutant.bytes());
      digest.update(mutant.description().getBytes(StandardCharsets.UTF_8));
    }
    assertEquals("a752274e5812dbae3abca1f6c23c22d0cac14da5de9e6b4fa723db59793064e4",
        HexFormat.of().formatHex(digest.digest()));
  }

  @Test
  void aCaseReplaysFromItsSeedAndNumber() {
    JsonMutations.Mutant first = JsonMutations.mutate(DOC, SEED, 1);
    assertEquals("duplicated the property at 71", first.description());
    assertTrue(new String(first.bytes(), StandardCharsets.UTF_8)
        .contains("\"from\": \"2011-01\",\n    \"from\": \"2011-01\",\n"));
    JsonMutations.Mutant again = JsonMutations.mutate(DOC, JsonMutations.random(SEED, 1));
    assertArrayEquals(first.bytes(), again.bytes());
    assertEquals(first.description(), again.description());
  }

  @Test
  void drawingFromTheSameSourceFirstStaysDeterministic() {
    SplittableRandom a = JsonMutations.random(SEED, 7);
    SplittableRandom b = JsonMutations.random(SEED, 7);
    assertEquals(a.nextInt(11), b.nextInt(11));
    assertArrayEquals(JsonMutations.mutate(DOC, a).bytes(), JsonMutations.mutate(DOC, b).bytes());
  }

  @Test
  void everyKindOfMutationOccursAndTheInputIsLeftAlone() {
    byte[] copy = DOC.clone();
    Set<String> kinds = new HashSet<>();
    for (long c = 0; c < 2000; c++) {
      JsonMutations.Mutant mutant = JsonMutations.mutate(copy, SEED, c);
      assertFalse(mutant.description().isEmpty());
      assertNotEquals(0, mutant.toString().length());
      for (String kind : List.of("byte flips at", "truncated at", "deleted ", "duplicated the property",
          "replaced ", "date ")) {
        if (mutant.description().startsWith(kind) || mutant.description().contains("; " + kind)) {
          kinds.add(kind);
        }
      }
    }
    assertEquals(6, kinds.size(), kinds::toString);
    assertArrayEquals(DOC, copy);
  }

  @Test
  void bytesReturnsACopy() {
    JsonMutations.Mutant mutant = JsonMutations.mutate(DOC, SEED, 3);
    byte[] bytes = mutant.bytes();
    if (bytes.length > 0) {
      bytes[0] ^= 1;
      assertNotEquals(bytes[0], mutant.bytes()[0]);
    }
  }

  @Test
  void unstructuredInputFallsBackToBytes() {
    byte[] empty = new byte[0];
    for (long c = 0; c < 200; c++) {
      JsonMutations.Mutant mutant = JsonMutations.mutate(empty, SEED, c);
      assertEquals(0, mutant.bytes().length, mutant.description());
    }
    assertThrows(NullPointerException.class, () -> JsonMutations.mutate(null, SEED, 0));
  }

  private static final byte[] SMALL =
      "{\"a\": [1, {\"b\": null}], \"c\": \"x,]\"}".getBytes(StandardCharsets.UTF_8);

  private static String utf8(JsonMutations.Mutant m) {
    return new String(m.bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void aNullCanBePutAtEveryValue() {
    // The root, the array, 1, the object, its null, and the string (whose comma and bracket are text).
    assertEquals(6, JsonMutations.valueCount(SMALL));
    assertEquals("null", utf8(JsonMutations.nullAt(SMALL, 0)));
    JsonMutations.Mutant array = JsonMutations.nullAt(SMALL, 1);
    assertEquals("{\"a\": null, \"c\": \"x,]\"}", utf8(array));
    assertEquals("null at /a", array.description());
    assertEquals("{\"a\": [1, {\"b\": null}], \"c\": null}", utf8(JsonMutations.nullAt(SMALL, 5)));
    assertEquals("{\"a\": [null, 1, {\"b\": null}], \"c\": \"x,]\"}",
        utf8(JsonMutations.nullAddedTo(SMALL, 1).orElseThrow()));
    assertTrue(JsonMutations.nullAddedTo(SMALL, 3).isEmpty());
    assertEquals("[null]", utf8(JsonMutations.nullAddedTo("[]".getBytes(StandardCharsets.UTF_8), 0)
        .orElseThrow()));
    assertThrows(IllegalArgumentException.class,
        () -> JsonMutations.valueCount("{\"a\": ".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anAmplifiedArrayRepeatsOneElementUpToTheSize() {
    for (long c = 0; c < 30; c++) {
      JsonMutations.Mutant m = JsonMutations.amplified(SMALL, 100_000, JsonMutations.random(1, c));
      String text = utf8(m);
      java.util.regex.Matcher d = java.util.regex.Pattern.compile("element /a/[01] repeated (\\d+) times")
          .matcher(m.description());
      assertTrue(d.matches(), m.description());
      long times = Long.parseLong(d.group(1));
      assertTrue(times >= 1, m.description());
      assertTrue(text.length() < 100_000 + 200, () -> text.length() + " chars");
      assertEquals(6 + times + (m.description().contains("/a/1") ? times : 0),
          JsonMutations.valueCount(m.bytes()), m.description());
    }
  }
}
