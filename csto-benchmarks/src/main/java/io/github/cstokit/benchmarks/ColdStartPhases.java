package io.github.cstokit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the first load's time goes, phase by phase, in a fresh JVM (one run per JVM; repeat the command to
 * see the spread). {@code json} times the JSON path (read, Jackson mapper set-up, parsing, binding, then a
 * whole {@link CstoData#load(Path)} with the mapper warm: checks, model builders, scenario);
 * {@code snapshot} times {@link CstoData#bundled()} and then, in turn, the first query of each kind, each
 * of which decodes what the ones before it did not (its message names what that is).
 *
 * <pre>
 * java -cp ... io.github.cstokit.benchmarks.ColdStartPhases json|snapshot
 * </pre>
 */
public final class ColdStartPhases {

  private ColdStartPhases() {}

  /**
   * Prints the phases' times.
   *
   * @param args {@code json} or {@code snapshot}
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    long t0 = System.nanoTime();
    if (args.length > 0 && args[0].equals("json")) {
      // In its own class, so that the snapshot run never loads Jackson to verify this one.
      JsonPhases.run(t0);
    } else {
      SnapshotPhases.run();
    }
  }

  private static void print(String phase, long nanos) {
    System.out.println(String.format(Locale.ROOT, "%8.1f ms  %s", nanos / 1e6, phase));
  }

  /**
   * The snapshot path's phases, each as wall time, as the CPU time of this thread (which the machine's
   * other work does not inflate, unlike the wall time) and as the number of classes the JVM loaded
   * during it (csto-kit's from their jars, each at a cost that no tuning of the code removes, beside the
   * JDK's from its class-data-sharing archive); in its own class, so that the JSON run never loads what
   * this one needs to be verified.
   */
  private static final class SnapshotPhases {
    private static final String[] PHASES = {
        "CstoData.bundled(): read csto.dat's first part: frame, status index, first sections",
        "then status(UZ, 2013-01-01): the index",
        "then members(2013-01-01): the states' section, the member sets",
        "then chair(2013-01-01): the chairmanships' section",
        "then secretaryGeneral(2013-01-01): the appointments' section",
        "then sessions(2013): the sessions' section",
        "then timeline(UZ): csto.dat again, instruments and events, the scenario",
        "then sources(): the supplement (sources, organs, forces, decisions, mandates, ...)"};

    private SnapshotPhases() {}

    static void run() {
      java.time.LocalDate d = java.time.LocalDate.of(2013, 1, 1);
      Marks at = new Marks(PHASES.length + 1);
      at.mark(0);
      var data = CstoData.bundled();
      at.mark(1);
      data.status("UZ", d);
      at.mark(2);
      data.members(d);
      at.mark(3);
      data.chair(d);
      at.mark(4);
      data.secretaryGeneral(d);
      at.mark(5);
      data.sessions(io.github.cstokit.model.Period.of(d, d.plusYears(1)));
      at.mark(6);
      data.timeline("UZ");
      at.mark(7);
      data.sources();
      at.mark(8);
      long[] wall = at.wall;
      long[] cpu = at.cpu;
      long[] loaded = at.loaded;
      for (int i = 0; i < PHASES.length; i++) {
        System.out.println(String.format(Locale.ROOT, "%8.1f ms %8.1f ms cpu %5d classes  %s",
            (wall[i + 1] - wall[i]) / 1e6, (cpu[i + 1] - cpu[i]) / 1e6, loaded[i + 1] - loaded[i], PHASES[i]));
      }
    }
  }

  /**
   * The wall time, the CPU time of this thread and the number of classes loaded, at each mark; the
   * beans are looked up, and asked once, before the first mark.
   */
  private static final class Marks {
    private final java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    private final java.lang.management.ClassLoadingMXBean classes =
        java.lang.management.ManagementFactory.getClassLoadingMXBean();
    final long[] wall;
    final long[] cpu;
    final long[] loaded;

    Marks(int count) {
      wall = new long[count];
      cpu = new long[count];
      loaded = new long[count];
      threads.getCurrentThreadCpuTime();
      classes.getTotalLoadedClassCount();
    }

    void mark(int i) {
      wall[i] = System.nanoTime();
      cpu[i] = threads.getCurrentThreadCpuTime();
      loaded[i] = classes.getTotalLoadedClassCount();
    }
  }

  /** The JSON path's phases. */
  private static final class JsonPhases {
    private static final String[] FILES = {"sources.json", "states.json", "instruments.json",
        "events.json", "organs.json", "offices.json", "chairmanships.json", "sessions.json",
        "forces.json", "mandates.json", "activities.json", "observers.json"};
    private static final Object[][] ARRAYS = {
        {"sources.json", "sources", Dto.Source.class}, {"states.json", "states", Dto.State.class},
        {"instruments.json", "instruments", Dto.Instrument.class}, {"events.json", "events", Dto.Event.class},
        {"organs.json", "organs", Dto.Organ.class}, {"offices.json", "appointments", Dto.Appointment.class},
        {"chairmanships.json", "chairmanships", Dto.Chairmanship.class},
        {"sessions.json", "sessions", Dto.Session.class}, {"forces.json", "forces", Dto.Force.class},
        {"mandates.json", "decisions", Dto.Decision.class}, {"mandates.json", "mandates", Dto.Mandate.class},
        {"activities.json", "activities", Dto.Activity.class},
        {"observers.json", "observers", Dto.Observer.class}};

    private JsonPhases() {}

    static void run(long t0) throws IOException {
      Map<String, byte[]> bytes = new LinkedHashMap<>();
      for (String f : FILES) {
        try (InputStream in = CstoData.class.getResourceAsStream(f)) {
          bytes.put(f, in.readAllBytes());
        }
      }
      long t1 = System.nanoTime();
      Json.mapper();
      long t2 = System.nanoTime();
      Map<String, JsonNode> roots = new LinkedHashMap<>();
      for (Map.Entry<String, byte[]> e : bytes.entrySet()) {
        roots.put(e.getKey(), Json.mapper().readTree(e.getValue()));
      }
      long t3 = System.nanoTime();
      for (Object[] a : ARRAYS) {
        for (JsonNode element : roots.get((String) a[0]).get((String) a[1])) {
          Json.mapper().treeToValue(element, (Class<?>) a[2]);
        }
      }
      long t4 = System.nanoTime();
      Path dir = Files.createTempDirectory("csto-json");
      for (Map.Entry<String, byte[]> e : bytes.entrySet()) {
        Files.write(dir.resolve(e.getKey()), e.getValue());
      }
      long t5 = System.nanoTime();
      CstoData.load(dir);
      long t6 = System.nanoTime();
      print("read the " + FILES.length + " resources", t1 - t0);
      print("set up the Jackson mapper (class loading, configuration)", t2 - t1);
      print("parse to trees", t3 - t2);
      print("bind to records", t4 - t3);
      print("load(dir) with the mapper warm: parse + bind again, checks, builders, scenario", t6 - t5);
      print("sum of the phases (excluding the temp copy)", (t4 - t0) + (t6 - t5));
    }
  }
}
