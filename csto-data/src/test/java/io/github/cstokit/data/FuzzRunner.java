package io.github.cstokit.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Runs numbered fuzz cases on two worker threads, each case time-boxed by a watchdog. A case is a
 * function of its number (and the seed it captures); it returns null when it behaved, or a description
 * of what went wrong. Failures and hangs are collected with their case numbers.
 */
final class FuzzRunner {

  /** The longest one case may take. */
  static final long TIME_BOX_MILLIS = 10_000;

  private FuzzRunner() {}

  /** The outcome of a run: the failures (each naming its case number) and the time taken. */
  static final class Result {
    final List<String> failures;
    final long millis;

    Result(List<String> failures, long millis) {
      this.failures = failures;
      this.millis = millis;
    }
  }

  static Result run(long cases, LongFunction<String> oneCase) throws InterruptedException {
    int workers = 2;
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicLong next = new AtomicLong();
    long[] startedAt = new long[workers];
    long[] running = new long[workers];
    Thread[] threads = new Thread[workers];
    long start = System.nanoTime();
    for (int w = 0; w < workers; w++) {
      int worker = w;
      threads[w] = new Thread(() -> {
        for (long c = next.getAndIncrement(); c < cases; c = next.getAndIncrement()) {
          synchronized (startedAt) {
            running[worker] = c;
            startedAt[worker] = System.nanoTime();
          }
          String failure;
          try {
            failure = oneCase.apply(c);
          } catch (Throwable t) {
            failure = "the case itself threw " + t;
          }
          if (failure != null) {
            failures.add("case " + c + ": " + failure);
          }
          synchronized (startedAt) {
            startedAt[worker] = 0;
          }
        }
      }, "fuzz-" + w);
      threads[w].setDaemon(true);
      threads[w].start();
    }
    while (true) {
      boolean alive = false;
      for (int w = 0; w < workers; w++) {
        threads[w].join(50);
        alive |= threads[w].isAlive();
        synchronized (startedAt) {
          if (startedAt[w] != 0
              && System.nanoTime() - startedAt[w] > TimeUnit.MILLISECONDS.toNanos(TIME_BOX_MILLIS)) {
            failures.add("case " + running[w] + ": no result after " + TIME_BOX_MILLIS + " ms (a hang)");
            // The hung worker cannot be stopped safely; it is a daemon, and the build fails.
            return new Result(new ArrayList<>(failures), (System.nanoTime() - start) / 1_000_000);
          }
        }
      }
      if (!alive) {
        return new Result(new ArrayList<>(failures), (System.nanoTime() - start) / 1_000_000);
      }
    }
  }
}
