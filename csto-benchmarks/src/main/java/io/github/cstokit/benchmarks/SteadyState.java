package io.github.cstokit.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the steady-state benchmarks ({@link AsOfLookupBenchmark}, {@link RulesBenchmark},
 * {@link TestkitBenchmark}) in one command with JMH's GC profiler, and prints each result beside its target:
 * the as-of look-ups within 2× of {@code ZoneRules.getOffset} (same run) and allocating nothing, a
 * consensus verdict under 1 µs, the Kazakhstan mandate under 5 µs, at least 100 000 generated decisions a
 * second.
 *
 * <pre>
 * java -cp ... io.github.cstokit.benchmarks.SteadyState [forks] [warm-up iterations] [iterations]
 * </pre>
 *
 * <p>Each iteration lasts one second; the defaults (1 fork, 5 warm-up and 3 measured iterations) keep the
 * run short on a shared machine, while giving the rules the warm-up they need (their first seconds run
 * partly interpreted: the Kazakhstan verdict took 62, 17 and 14 µs in its first three one-second
 * iterations on a loaded machine, then settled near 3 µs). ± is JMH's 99.9 % error.
 */
public final class SteadyState {

  private static final String ANCHOR = "zoneRulesGetOffset";
  /** Below this many bytes per operation, JMH's GC profiler is measuring its own noise: zero allocation. */
  private static final double ZERO_ALLOCATION = 1.0;

  private SteadyState() {}

  /**
   * Runs the benchmarks and prints the table.
   *
   * @param args forks, warm-up iterations and measured iterations (defaults 1, 5, 3)
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    int forks = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(AsOfLookupBenchmark.class.getName() + "\\.")
        .include(RulesBenchmark.class.getName() + "\\.")
        .include(TestkitBenchmark.class.getName() + "\\.")
        .forks(forks)
        .warmupIterations(warmups)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(iterations)
        .measurementTime(TimeValue.seconds(1))
        .addProfiler("gc")
        .verbosity(VerboseMode.SILENT)
        .shouldFailOnError(true)
        .build()).run();
    Map<String, RunResult> byName = new LinkedHashMap<>();
    for (RunResult r : results) {
      String label = r.getParams().getBenchmark();
      byName.put(label.substring(label.lastIndexOf('.') + 1), r);
    }
    double anchor = byName.get(ANCHOR).getPrimaryResult().getScore();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%nSteady state: %d fork(s), %d warm-up and %d measured iterations of"
        + " 1 s each, JMH's GC profiler; ± is the 99.9 %% error.%n%n", forks, warmups, iterations));
    out.append("| Benchmark | Result | Ratio to getOffset (same run) | Allocation | Target | Met |\n");
    out.append("|---|---|---|---|---|---|\n");
    for (Map.Entry<String, RunResult> e : byName.entrySet()) {
      String name = e.getKey();
      Result<?> primary = e.getValue().getPrimaryResult();
      double score = primary.getScore();
      double alloc = allocation(e.getValue());
      String result = String.format(Locale.ROOT, "%,.2f ± %,.2f %s", score, primary.getScoreError(),
          primary.getScoreUnit());
      String ratio = "";
      String target;
      boolean met;
      switch (name) {
        case ANCHOR:
          ratio = "1 (anchor)";
          target = "anchor";
          met = true;
          break;
        case "status":
        case "participation":
        case "members":
        case "chair":
        case "secretaryGeneral":
          ratio = String.format(Locale.ROOT, "%.2f×", score / anchor);
          target = "≤ 2× getOffset, zero allocation";
          met = score / anchor <= 2.0 && alloc < ZERO_ALLOCATION;
          break;
        case "consensusOfSix":
          target = "< 1 µs";
          met = score < 1000;
          break;
        case "kazakhstanMandate":
          target = "< 5 µs";
          met = score < 5000;
          break;
        case "validDecision":
          target = "≥ 100 000 /s";
          met = score >= 100_000;
          break;
        default:
          target = "report";
          met = true;
      }
      out.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %s | %s | %s |%n", name, result, ratio,
          Double.isNaN(alloc) ? "n/a" : String.format(Locale.ROOT, "%,.1f B/op", alloc), target,
          target.equals("report") || target.equals("anchor") ? "" : met ? "met" : "**not met**"));
    }
    System.out.print(out);
  }

  /** The bytes allocated per operation, from the GC profiler, or NaN. */
  private static double allocation(RunResult r) {
    Result<?> alloc = r.getSecondaryResults().get("·gc.alloc.rate.norm");
    if (alloc == null) {
      alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
    }
    return alloc == null ? Double.NaN : alloc.getScore();
  }
}
