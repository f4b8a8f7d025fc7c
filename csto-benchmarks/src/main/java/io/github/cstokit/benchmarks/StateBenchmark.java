package io.github.cstokit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;

/** Building a model value, the smallest unit of work in csto-kit. */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StateBenchmark {

  /**
   * Builds one state through its builder and checks.
   *
   * @return the state, so that the work is not eliminated
   */
  @Benchmark
  public io.github.cstokit.model.State buildState() {
    return io.github.cstokit.model.State.builder()
        .isoAlpha2("KZ").isoAlpha3("KAZ").cowCode(705).cowAbbreviation("KZK")
        .nameEn("Kazakhstan").nameRu("Казахстан")
        .build();
  }
}
