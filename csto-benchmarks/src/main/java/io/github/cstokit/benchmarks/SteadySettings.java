package io.github.cstokit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings the steady-state benchmarks share, so that their results compare: per-thread state, the
 * average time per call in nanoseconds, three one-second warm-up and five one-second measured iterations,
 * one fork. JMH's annotations are inherited; a benchmark extending this class states only what it does
 * differently (another time unit, more forks, throughput).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public abstract class SteadySettings {

  /** For the benchmarks only. */
  protected SteadySettings() {}
}
