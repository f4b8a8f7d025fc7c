package io.github.cstokit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many threads at once: the first {@link CstoData#bundled()} of the JVM (this class runs in a JVM of its
 * own, so nothing has loaded the dataset before) and verdicts computed in parallel.
 */
class ConcurrencyTest {

  private static final int THREADS = 64;

  @Test
  void sixtyFourThreadsRacingTheFirstLoadGetOneInstance() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch ready = new CountDownLatch(THREADS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<CstoDataset>> results = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        results.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return CstoData.bundled();
        }));
      }
      assertTrue(ready.await(30, TimeUnit.SECONDS));
      go.countDown();
      CstoDataset first = results.get(0).get(60, TimeUnit.SECONDS);
      for (Future<CstoDataset> result : results) {
        assertSame(first, result.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void verdictsComputedInParallelAreTheSequentialOnesByteForByte() throws Exception {
    CstoDataset data = CstoData.bundled();
    List<String> sequential = Fingerprint.verdictJson(data);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<List<String>>> tasks = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        tasks.add(() -> Fingerprint.verdictJson(data));
      }
      for (Future<List<String>> parallel : pool.invokeAll(tasks, 120, TimeUnit.SECONDS)) {
        assertEquals(sequential, parallel.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
