package io.github.cstokit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GenTest {

  @Test
  void drawsWithinTheClosedRange() {
    SplittableRandom random = new SplittableRandom(1);
    Gen<Integer> gen = Gen.intRange(3, 5);
    for (int i = 0; i < 10_000; i++) {
      int value = gen.next(random);
      assertTrue(value >= 3 && value <= 5, "out of range: " + value);
    }
  }

  @Test
  void theSameSeedReplaysTheSameValues() {
    Gen<String> gen = Gen.intRange(0, 1000).map(i -> "v" + i);
    SplittableRandom a = new SplittableRandom(7);
    SplittableRandom b = new SplittableRandom(7);
    for (int i = 0; i < 100; i++) {
      assertEquals(gen.next(a), gen.next(b));
    }
  }

  @Test
  void rejectsAnEmptyRange() {
    assertThrows(IllegalArgumentException.class, () -> Gen.intRange(2, 1));
  }
}
