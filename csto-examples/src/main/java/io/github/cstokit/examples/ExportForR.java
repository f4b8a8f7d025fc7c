package io.github.cstokit.examples;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.data.Exports;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Example: "Export for R." Writes the COW-style member file and the event log as CSV and prints the R
 * lines that read them, with the dates as {@code Date}s.
 *
 * <pre>{@code
 * java -p csto-examples/target/lib:csto-examples/target/classes \
 *     -m io.github.cstokit.examples/io.github.cstokit.examples.ExportForR /tmp/csto
 * }</pre>
 */
public final class ExportForR {

  private ExportForR() {}

  /**
   * Writes the files into a directory (default: the current one).
   *
   * @param args the directory, or nothing
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    run(CstoData.bundled(), Path.of(args.length > 0 ? args[0] : "."), out);
    out.flush();
  }

  /**
   * Writes {@code csto-cow-members.csv} and {@code csto-events.csv} into a directory and prints the R code
   * that reads them.
   *
   * @param data the dataset, not null
   * @param dir an existing directory, not null
   * @param out where to print the R code, not null
   * @throws IOException if writing fails
   */
  public static void run(CstoDataset data, Path dir, PrintWriter out) throws IOException {
    Path cow = dir.resolve("csto-cow-members.csv");
    Path events = dir.resolve("csto-events.csv");
    write(cow, w -> Exports.writeCowMembers(data, w));
    write(events, w -> Exports.writeEventLog(data, w));
    out.println("# csto-kit dataset " + data.version() + ", data as of " + data.dataAsOf());
    out.println("cow <- read.csv(\"" + rPath(cow) + "\", stringsAsFactors = FALSE)");
    out.println("events <- read.csv(\"" + rPath(events) + "\", stringsAsFactors = FALSE,"
        + " colClasses = c(date = \"character\"))");
    out.println("events$firstday <- as.Date(events$firstday)");
    out.println("table(events$state, events$type)");
  }

  private interface Body {
    void write(Writer writer) throws IOException;
  }

  private static void write(Path file, Body body) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      body.write(writer);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static String rPath(Path file) {
    return file.toAbsolutePath().normalize().toString().replace("\\", "/").replace("\"", "\\\"");
  }
}
