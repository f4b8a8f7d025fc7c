package io.github.cstokit.benchmarks;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.model.Decision;
import io.github.cstokit.testkit.DecisionGens;
import io.github.cstokit.testkit.Gen;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Threads;

/** Valid (consensus) decisions generated per second on one thread, under the bundled dataset. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class TestkitBenchmark extends SteadySettings {

  private Gen<Decision> decisions;
  private SplittableRandom random;

  /** Builds the generator and a seeded random source. */
  @Setup
  public void setUp() {
    decisions = DecisionGens.consensus(CstoData.bundled());
    random = new SplittableRandom(42L);
  }

  /**
   * One valid decision.
   *
   * @return the decision
   */
  @Benchmark
  public Decision validDecision() {
    return decisions.next(random);
  }
}
