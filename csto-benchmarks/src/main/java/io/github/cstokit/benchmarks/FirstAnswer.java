package io.github.cstokit.benchmarks;

import java.io.File;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link FirstAnswerBenchmark} twice in one command, its forks on the class path and then with
 * csto-kit's modules on the module path, and prints each first answer beside the first zone offset of the
 * same run: mean, median and their ratios to the anchor's.
 *
 * <pre>
 * java -cp ... io.github.cstokit.benchmarks.FirstAnswer [forks] [classpath|modulepath|both]
 * </pre>
 *
 * <p>On the module path the forks get {@code --module-path} with {@code io.github.cstokit.data} and the
 * modules it requires, taken from this JVM's class path, and {@code --add-modules io.github.cstokit.data}:
 * csto-kit's packages then load from their named modules, the benchmark itself from the class path.
 */
public final class FirstAnswer {

  private static final String ANCHOR = "firstZoneOffset";
  private static final String ROOT_MODULE = "io.github.cstokit.data";
  /** The target: each first answer within this factor of the anchor. */
  private static final double TARGET = 1.5;

  private FirstAnswer() {}

  /**
   * Runs the benchmark and prints the table.
   *
   * @param args the forks per benchmark (default 20), and {@code classpath}, {@code modulepath} or
   *     {@code both} (the default)
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    int forks = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    String which = args.length > 1 ? args[1] : "both";
    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT, "%nFirst answer in a fresh JVM, %d forks each, single shot (ms)."
        + " Ratio = query / first zone offset, same run; target <= %.1fx%n", forks, TARGET));
    report.append("| Path | Query | Mean ± 99.9 % | Median | Ratio (mean) | Ratio (median) | Met |\n");
    report.append("|---|---|---|---|---|---|---|\n");
    if (!which.equals("modulepath")) {
      run("class path", forks, new String[0], report);
    }
    if (!which.equals("classpath")) {
      run("module path", forks, modulePathArgs(), report);
    }
    System.out.print(report);
  }

  private static void run(String path, int forks, String[] jvmArgs, StringBuilder report)
      throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(FirstAnswerBenchmark.class.getName() + "\\.first")
        .forks(forks)
        .shouldFailOnError(true);
    if (jvmArgs.length > 0) {
      options.jvmArgsAppend(jvmArgs);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Statistics> byName = new LinkedHashMap<>();
    for (RunResult r : results) {
      String label = r.getParams().getBenchmark();
      byName.put(label.substring(label.lastIndexOf('.') + 1), r.getPrimaryResult().getStatistics());
    }
    Statistics anchor = byName.get(ANCHOR);
    for (Map.Entry<String, Statistics> e : byName.entrySet()) {
      Statistics s = e.getValue();
      double ratioMean = s.getMean() / anchor.getMean();
      double ratioMedian = s.getPercentile(50) / anchor.getPercentile(50);
      boolean isAnchor = e.getKey().equals(ANCHOR);
      report.append(String.format(Locale.ROOT, "| %s | %s | %.2f ± %.2f | %.2f | %s | %s | %s |%n", path,
          isAnchor ? "anchor: first zone offset" : e.getKey(), s.getMean(), s.getMeanErrorAt(0.999),
          s.getPercentile(50), isAnchor ? "1" : String.format(Locale.ROOT, "%.2f×", ratioMean),
          isAnchor ? "1" : String.format(Locale.ROOT, "%.2f×", ratioMedian),
          isAnchor ? "" : ratioMedian <= TARGET ? "met" : "not met"));
    }
  }

  /** The forks' options that put {@value #ROOT_MODULE} and what it requires on the module path. */
  static String[] modulePathArgs() {
    Map<String, Path> found = new LinkedHashMap<>();
    Map<String, ModuleDescriptor> descriptors = new LinkedHashMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.isEmpty()) {
        continue;
      }
      Path p = Path.of(entry);
      try {
        for (ModuleReference ref : ModuleFinder.of(p).findAll()) {
          found.putIfAbsent(ref.descriptor().name(), p);
          descriptors.putIfAbsent(ref.descriptor().name(), ref.descriptor());
        }
      } catch (FindException | SecurityException e) {
        // not a module (a directory without module-info, a jar with no valid module name): skip it
      }
    }
    Set<String> needed = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add(ROOT_MODULE);
    while (!todo.isEmpty()) {
      String name = todo.poll();
      if (!needed.add(name)) {
        continue;
      }
      ModuleDescriptor d = descriptors.get(name);
      if (d == null) {
        throw new IllegalStateException("module " + name + " is not on the class path " + found.keySet());
      }
      for (ModuleDescriptor.Requires r : d.requires()) {
        if (!r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)
            && ModuleLayer.boot().findModule(r.name()).isEmpty() && !r.name().startsWith("java.")
            && !r.name().startsWith("jdk.")) {
          todo.add(r.name());
        }
      }
    }
    StringJoiner modulePath = new StringJoiner(File.pathSeparator);
    for (String name : needed) {
      modulePath.add(found.get(name).toString());
    }
    return new String[] {"--module-path", modulePath.toString(), "--add-modules", ROOT_MODULE};
  }
}
