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
 * The settings of the benchmarks of a first call in a fresh JVM: no warm-up, one measured call per fork,
 * twenty forks for the distribution, in milliseconds. JMH's annotations are inherited. The class holds
 * nothing and initialises nothing, so that a benchmark extending it touches nothing before its measured
 * call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public abstract class FreshJvmSettings {

  /** For the benchmarks only. */
  protected FreshJvmSettings() {}
}
