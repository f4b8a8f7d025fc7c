package io.github.cstokit.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small, time-boxed fuzz runner for plain JUnit (or any test framework): runs the numbered cases
 * {@code 0 .. cases-1} of a seeded run on two worker threads, each case watched by a watchdog, and
 * collects the failures with their case numbers, so that any one can be replayed from the seed and its
 * number.
 *
 * <p>A case is a function of the seed and its number only (see {@link JsonMutations#random(long, long)});
 * it returns null when the code under test behaved, or a description of what went wrong. A case that
 * throws is a failure too. A case still running after the time box ({@value #TIME_BOX_MILLIS} ms unless
 * given) is reported as a hang and ends the run at once; the hung worker is a daemon thread and is left
 * behind, since it cannot be stopped safely.
 *
 * <pre>{@code
 * long seed = Long.getLong("fuzz.seed", 42L);
 * Fuzz.Result result = Fuzz.run(seed, 10_000,
 *     (s, c) -> myImporterBehaves(JsonMutations.mutate(valid, s, c)) ? null : "rejected badly");
 * System.out.println(result);               // 10000 cases, seed 42, 812 ms, 0 failures
 * assertEquals(List.of(), result.failures());
 * }</pre>
 *
 * <p>This class is thread-safe: it has no state.
 */
public final class Fuzz {

  /** The longest one case may take by default, in milliseconds. */
  public static final long TIME_BOX_MILLIS = 10_000;

  private static final int WORKERS = 2;

  private Fuzz() {}

  /**
   * One fuzz case.
   */
  @FunctionalInterface
  public interface CaseCheck {
    /**
     * Runs one case.
     *
     * @param seed the seed of the run
     * @param caseNumber the number of the case, from 0
     * @return null if the code under test behaved, else a description of what went wrong
     */
    String check(long seed, long caseNumber);
  }

  /**
   * The outcome of a run: the seed, the number of cases, the failures (each naming its case number) and
   * the time taken. Immutable.
   */
  public static final class Result {
    private final long seed;
    private final long cases;
    private final List<String> failures;
    private final long millis;

    Result(long seed, long cases, List<String> failures, long millis) {
      this.seed = seed;
      this.cases = cases;
      this.failures = List.copyOf(failures);
      this.millis = millis;
    }

    /**
     * The seed of the run.
     *
     * @return the seed
     */
    public long seed() {
      return seed;
    }

    /**
     * The number of cases asked for; after a hang, fewer ran.
     *
     * @return the number of cases
     */
    public long cases() {
      return cases;
    }

    /**
     * The failures, in the order they were found: {@code "case 123: what went wrong"}, and for a hang
     * {@code "case 123: no result after 10000 ms (a hang)"}.
     *
     * @return the failures, unmodifiable; empty when every case behaved
     */
    public List<String> failures() {
      return failures;
    }

    /**
     * The time the run took.
     *
     * @return the wall-clock time in milliseconds
     */
    public long millis() {
      return millis;
    }

    /**
     * A one-line summary: {@code "10000 cases, seed 42, 812 ms, 0 failures"}.
     *
     * @return the summary
     */
    @Override
    public String toString() {
      return cases + " cases, seed " + seed + ", " + millis + " ms, " + failures.size() + " failures";
    }
  }

  /**
   * Runs cases {@code 0 .. cases-1} with the default time box of {@value #TIME_BOX_MILLIS} ms per case.
   *
   * @param seed the seed, passed to every case and reported in the result
   * @param cases the number of cases, not negative
   * @param check the case, not null; called from two threads at once
   * @return the outcome
   * @throws InterruptedException if the calling thread is interrupted while waiting
   * @throws IllegalArgumentException if {@code cases} is negative
   */
  public static Result run(long seed, long cases, CaseCheck check) throws InterruptedException {
    return run(seed, cases, TIME_BOX_MILLIS, check);
  }

  /**
   * Runs cases {@code 0 .. cases-1}, each allowed at most {@code timeBoxMillis} milliseconds.
   *
   * @param seed the seed, passed to every case and reported in the result
   * @param cases the number of cases, not negative
   * @param timeBoxMillis the longest one case may take, positive
   * @param check the case, not null; called from two threads at once
   * @return the outcome
   * @throws InterruptedException if the calling thread is interrupted while waiting
   * @throws IllegalArgumentException if {@code cases} is negative or {@code timeBoxMillis} not positive
   */
  public static Result run(long seed, long cases, long timeBoxMillis, CaseCheck check)
      throws InterruptedException {
    Objects.requireNonNull(check, "check");
    if (cases < 0) {
      throw new IllegalArgumentException("cases must not be negative but was " + cases);
    }
    if (timeBoxMillis <= 0) {
      throw new IllegalArgumentException("timeBoxMillis must be positive but was " + timeBoxMillis);
    }
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicLong next = new AtomicLong();
    long[] startedAt = new long[WORKERS];
    long[] running = new long[WORKERS];
    Thread[] threads = new Thread[WORKERS];
    long start = System.nanoTime();
    for (int w = 0; w < WORKERS; w++) {
      int worker = w;
      threads[w] = new Thread(() -> {
        for (long c = next.getAndIncrement(); c < cases; c = next.getAndIncrement()) {
          synchronized (startedAt) {
            running[worker] = c;
            startedAt[worker] = System.nanoTime();
          }
          String failure;
          try {
            failure = check.check(seed, c);
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
    long timeBoxNanos = TimeUnit.MILLISECONDS.toNanos(timeBoxMillis);
    while (true) {
      boolean alive = false;
      for (int w = 0; w < WORKERS; w++) {
        threads[w].join(50);
        alive |= threads[w].isAlive();
        synchronized (startedAt) {
          if (startedAt[w] != 0 && System.nanoTime() - startedAt[w] > timeBoxNanos) {
            failures.add("case " + running[w] + ": no result after " + timeBoxMillis + " ms (a hang)");
            return new Result(seed, cases, snapshot(failures), (System.nanoTime() - start) / 1_000_000);
          }
        }
      }
      if (!alive) {
        return new Result(seed, cases, snapshot(failures), (System.nanoTime() - start) / 1_000_000);
      }
    }
  }

  private static List<String> snapshot(List<String> failures) {
    synchronized (failures) {
      return new ArrayList<>(failures);
    }
  }
}
