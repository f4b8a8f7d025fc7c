package io.github.cstokit.examples;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.data.Exports;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Example: "Export for R." Writes the whole membership record as a Frictionless Data Package (the five CSV
 * tables and {@code datapackage.json}, which names the dataset version and data date) and prints the R
 * lines that read it: with the {@code frictionless} package, which types every column from the
 * descriptor, or with base R's {@code read.csv}.
 *
 * <pre>{@code
 * java -p csto-examples/target/lib:csto-examples/target/classes \
 *     -m io.github.cstokit.examples/io.github.cstokit.examples.ExportForR /tmp/csto
 * }</pre>
 */
public final class ExportForR {

  private ExportForR() {}

  /**
   * Writes the data package into a directory (default: the current one).
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
   * Writes the data package ({@link Exports#writeDataPackage}) into a directory and prints the R code
   * that reads it.
   *
   * @param data the dataset, not null
   * @param dir the directory, created if it does not exist; not null
   * @param out where to print the R code, not null
   * @throws IOException if writing fails
   */
  public static void run(CstoDataset data, Path dir, PrintWriter out) throws IOException {
    Exports.writeDataPackage(data, dir);
    Path descriptor = dir.resolve(Exports.DATA_PACKAGE_DESCRIPTOR);
    out.println("# csto-kit dataset " + data.version() + ", data as of " + data.dataAsOf()
        + " (also in " + Exports.DATA_PACKAGE_DESCRIPTOR + ")");
    out.println("# With the frictionless package (install.packages(\"frictionless\")), columns typed:");
    out.println("library(frictionless)");
    out.println("package <- read_package(\"" + rPath(descriptor) + "\")");
    out.println("state_years <- read_resource(package, \"state-years\")");
    out.println("cow <- read_resource(package, \"cow-members\")");
    out.println("# Or with base R alone:");
    out.println("events <- read.csv(\"" + rPath(dir.resolve("csto-events.csv")) + "\", stringsAsFactors = FALSE,"
        + " colClasses = c(date = \"character\"))");
    out.println("events$firstday <- as.Date(events$firstday)");
    out.println("table(events$state, events$type)");
    out.println("aggregate(days_member ~ year, data = read.csv(\""
        + rPath(dir.resolve("csto-state-years.csv")) + "\"), FUN = sum)");
  }

  private static String rPath(Path file) {
    return file.toAbsolutePath().normalize().toString().replace("\\", "/").replace("\"", "\\\"");
  }
}
