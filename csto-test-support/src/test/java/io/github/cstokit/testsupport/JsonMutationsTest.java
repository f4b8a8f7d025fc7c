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
}
