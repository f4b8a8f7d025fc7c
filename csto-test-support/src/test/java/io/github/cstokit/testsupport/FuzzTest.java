package io.github.cstokit.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class FuzzTest {

  @Test
  void everyCaseRunsOnceWithTheSeed() throws InterruptedException {
    Set<Long> seen = ConcurrentHashMap.newKeySet();
    Fuzz.Result result = Fuzz.run(42L, 1_000, (seed, c) -> {
      assertEquals(42L, seed);
      assertTrue(seen.add(c), "case " + c + " ran twice");
      return null;
    });
    assertEquals(1_000, seen.size());
    assertEquals(List.of(), result.failures());
    assertEquals(42L, result.seed());
    assertEquals(1_000, result.cases());
    assertTrue(result.toString().startsWith("1000 cases, seed 42, "), result::toString);
    assertTrue(result.toString().endsWith(" ms, 0 failures"), result::toString);
  }

  @Test
  void failuresAndThrowsNameTheirCase() throws InterruptedException {
    Fuzz.Result result = Fuzz.run(7L, 100, (seed, c) -> {
      if (c == 13) {
        return "unlucky";
      }
      if (c == 42) {
        throw new IllegalStateException("boom");
      }
      return null;
    });
    assertEquals(Set.of("case 13: unlucky",
            "case 42: the case itself threw java.lang.IllegalStateException: boom"),
        Set.copyOf(result.failures()));
    assertThrows(UnsupportedOperationException.class, () -> result.failures().add("x"));
  }

  @Test
  void aHangIsReportedAfterTheTimeBox() throws InterruptedException {
    CountDownLatch never = new CountDownLatch(1);
    Fuzz.Result result = Fuzz.run(1L, 10, 200, (seed, c) -> {
      if (c == 3) {
        try {
          never.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return null;
    });
    assertEquals(List.of("case 3: no result after 200 ms (a hang)"), result.failures());
  }

  @Test
  void argumentsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> Fuzz.run(1L, -1, (s, c) -> null));
    assertThrows(IllegalArgumentException.class, () -> Fuzz.run(1L, 1, 0, (s, c) -> null));
    assertThrows(NullPointerException.class, () -> Fuzz.run(1L, 1, null));
  }
}
