package io.github.cstokit.benchmarks;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first use in a fresh JVM: the bundled dataset beside java.time's first zone load. Each fork measures
 * one call, so many forks give the distribution.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class ColdStartBenchmark {

  /**
   * The first {@link CstoData#bundled()} of the JVM.
   *
   * @return the dataset
   */
  @Benchmark
  public CstoDataset firstBundledDataset() {
    return CstoData.bundled();
  }

  /**
   * The anchor: the first rules of a zone in the JVM.
   *
   * @return the rules
   */
  @Benchmark
  public ZoneRules firstZoneRules() {
    return ZoneId.of("Asia/Almaty").getRules();
  }
}
