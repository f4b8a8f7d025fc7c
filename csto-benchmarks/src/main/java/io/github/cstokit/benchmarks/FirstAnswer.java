package io.github.cstokit.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs {@link FirstAnswerBenchmark} twice in one command, its forks on the class path and then with
 * csto-kit's modules on the module path, and prints each first answer beside the first zone offset of the
 * same run: median, mean and the ratios to the anchor. The forks run one at a time, the benchmarks
 * interleaved round by round, so that the machine's load weighs on the anchor as on the queries.
 *
 * <pre>
 * java -cp ... io.github.cstokit.benchmarks.FirstAnswer [forks] [classpath|modulepath|both|cds|all]
 * </pre>
 *
 * <p>On the module path the forks get {@code --module-path} with {@code io.github.cstokit.data} and the
 * modules it requires, taken from this JVM's class path, and {@code --add-modules io.github.cstokit.data}:
 * csto-kit's packages then load from their named modules, the benchmark itself from the class path.
 *
 * <p>{@code cds} runs both paths again in JVMs started with an application class-data-sharing archive,
 * as an application that wants a quick first answer would start (and as the {@code csto} launcher
 * does): a training fork per path asks the anchor and every query once and writes the archive at its exit
 * ({@code -XX:ArchiveClassesAtExit}), and each measured fork maps it ({@code -XX:SharedArchiveFile},
 * {@code -Xshare:on}, so that a fork that cannot map it fails instead of measuring without it). The
 * anchor's fork maps the same archive. {@code all} runs the four.
 */
public final class FirstAnswer {

  private static final String ANCHOR = "firstZoneOffset";
  /** The benchmarks, the anchor first. */
  private static final List<String> BENCHMARKS = List.of(ANCHOR, "firstStatus", "firstMembers",
      "firstChair", "firstSecretaryGeneral", "firstSessions");
  private static final String ROOT_MODULE = "io.github.cstokit.data";
  /** The target: each first answer within this factor of the anchor. */
  private static final double TARGET = 1.5;

  private FirstAnswer() {}

  /**
   * Runs the benchmark and prints the table.
   *
   * @param args the forks (rounds) per benchmark (default 20), and {@code classpath}, {@code modulepath},
   *     {@code both} (the default), {@code cds} (both, with a class-data-sharing archive) or {@code all}
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    int forks = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    String which = args.length > 1 ? args[1] : "both";
    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT, "%nFirst answer in a fresh JVM: %d forks of each benchmark,"
        + " one single-shot call each, interleaved round by round; ms. Ratio: median over median of the"
        + " anchor; paired: median of each round's query over that round's anchor. Target <= %.1f×,"
        + " both ratios.%n%n", forks, TARGET));
    report.append("| Path | Query | Median ms | Mean ms | Ratio | Paired ratio | Met |\n");
    report.append("|---|---|---|---|---|---|---|\n");
    boolean plain = !which.equals("cds");
    boolean cds = which.equals("cds") || which.equals("all");
    boolean classPath = !which.equals("modulepath");
    boolean modulePath = !which.equals("classpath");
    if (plain && classPath) {
      run("class path", forks, new String[0], report);
    }
    if (plain && modulePath) {
      run("module path", forks, modulePathArgs(), report);
    }
    if (cds && classPath) {
      run("class path, CDS archive", forks, withArchive(new String[0]), report);
    }
    if (cds && modulePath) {
      run("module path, CDS archive", forks, withArchive(modulePathArgs()), report);
    }
    System.out.print(report);
  }

  /**
   * The options of forks that map an application class-data-sharing archive, written first by a training
   * fork with the same options ({@link FirstAnswerBenchmark#everyQueryOnce()}).
   */
  private static String[] withArchive(String[] jvmArgs) throws RunnerException {
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty() && Files.isDirectory(Path.of(entry))) {
        throw new IllegalStateException("a class-data-sharing archive takes jars only on the class path,"
            + " and " + entry + " is a directory: put csto-benchmarks/target/csto-benchmarks.jar first");
      }
    }
    Path archive;
    try {
      Path dir = Files.createTempDirectory("csto-first-answer");
      dir.toFile().deleteOnExit();
      archive = dir.resolve("first-answer.jsa");
      archive.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] training = append(jvmArgs, "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off",
        "-Xlog:cds+dynamic=off");
    new Runner(new OptionsBuilder()
        .include(FirstAnswerBenchmark.class.getName() + "\\.everyQueryOnce$")
        .forks(1)
        .verbosity(VerboseMode.SILENT)
        .shouldFailOnError(true)
        .jvmArgsAppend(training)
        .build()).run();
    if (!Files.isRegularFile(archive)) {
      throw new IllegalStateException("the training fork wrote no archive at " + archive);
    }
    return append(jvmArgs, "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-Xlog:cds=off");
  }

  private static String[] append(String[] first, String... then) {
    String[] all = new String[first.length + then.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(then, 0, all, first.length, then.length);
    return all;
  }

  private static void run(String path, int rounds, String[] jvmArgs, StringBuilder report)
      throws RunnerException {
    // One fork at a time, the benchmarks interleaved round by round (the anchor in every round), so that
    // a change in the machine's load falls on the anchor and the queries alike.
    Map<String, List<Double>> shots = new LinkedHashMap<>();
    for (String name : BENCHMARKS) {
      shots.put(name, new ArrayList<>());
    }
    for (int round = 0; round < rounds; round++) {
      List<String> order = new ArrayList<>(BENCHMARKS);
      Collections.rotate(order, round);
      for (String name : order) {
        ChainedOptionsBuilder options = new OptionsBuilder()
            .include(FirstAnswerBenchmark.class.getName() + "\\." + name + "$")
            .forks(1)
            .verbosity(VerboseMode.SILENT)
            .shouldFailOnError(true);
        if (jvmArgs.length > 0) {
          options.jvmArgsAppend(jvmArgs);
        }
        for (RunResult r : new Runner(options.build()).run()) {
          shots.get(name).add(r.getPrimaryResult().getScore());
        }
      }
      System.err.printf(Locale.ROOT, "%s: round %d of %d%n", path, round + 1, rounds);
    }
    List<Double> anchor = shots.get(ANCHOR);
    for (String name : BENCHMARKS) {
      List<Double> s = shots.get(name);
      List<Double> paired = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        paired.add(s.get(i) / anchor.get(i));
      }
      double ratio = median(s) / median(anchor);
      double pairedRatio = median(paired);
      boolean isAnchor = name.equals(ANCHOR);
      report.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %s | %s | %s |%n", path,
          isAnchor ? "anchor: " + name : name, median(s), mean(s),
          isAnchor ? "1" : String.format(Locale.ROOT, "%.2f×", ratio),
          isAnchor ? "1" : String.format(Locale.ROOT, "%.2f×", pairedRatio),
          isAnchor ? "" : Math.max(ratio, pairedRatio) <= TARGET ? "met" : "not met"));
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double mean(List<Double> values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.size();
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
