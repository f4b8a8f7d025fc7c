package io.github.cstokit.benchmarks;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Measures the retained heap of the bundled dataset: used heap after full collections, before and after
 * loading it (facts and supplement both materialised) while a strong reference holds it. Run in a fresh
 * JVM with a fixed heap and the serial collector, so that the figure is stable:
 *
 * <pre>
 * java -Xms256m -Xmx256m -XX:+UseSerialGC -cp ... io.github.cstokit.benchmarks.RetainedSize
 * </pre>
 */
public final class RetainedSize {

  private RetainedSize() {}

  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /**
   * Prints the retained size.
   *
   * @param args ignored
   * @throws InterruptedException if interrupted while waiting for a collection
   */
  public static void main(String[] args) throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    // Load the classes first, so that only the dataset's objects are counted.
    Class<?> load = CstoDataset.class;
    long before = usedAfterGc(memory);
    CstoDataset data = CstoData.bundled();
    int records = data.sources().size() + data.organs().size() + data.forces().size()
        + data.decisions().size() + data.mandates().size() + data.events().size();
    long after = usedAfterGc(memory);
    System.out.printf(Locale.ROOT, "retained by the bundled dataset (%d records, %s): %d bytes = %.2f MB%n",
        records, load.getSimpleName(), after - before, (after - before) / 1024.0 / 1024.0);
    System.out.println(data.toString().length() > 0 ? "" : "unreachable");
  }
}
