package io.github.cstokit.examples;

import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.data.Exports;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code csto export TABLE [--out FILE] [--no-comment]} and {@code csto export --package DIR}: the
 * membership record as CSV for research, through the data module's {@link Exports}. TABLE is one of
 * {@code atop} (ATOP-style member table), {@code cow} (COW-style member file), {@code events} (the event
 * log), {@code state-year} (one row per state and year) and {@code sources} (the sources the events
 * cite); {@code --format TABLE} is the same. Without {@code --out} the CSV goes to standard output. A
 * single table starts with the comment line of {@link Exports#provenance(CstoDataset)}, naming the dataset
 * version and data date, unless {@code --no-comment}. {@code --package DIR} writes all five tables as a
 * Frictionless Data Package, whose {@code datapackage.json} names the version and data date instead.
 *
 * <pre>{@code
 * csto export cow --out csto-cow.csv
 * csto export state-year --no-comment
 * csto export --package csto-package
 * }</pre>
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"The membership record as CSV: one table, or all five as a Data Package.",
        "UTF-8, LF line ends. A table starts with a '# csto-kit dataset V, data as of D'",
        "line (leave it out with --no-comment), then the header row:",
        "  atop        ATOP-style member table: a row per phase of status, participation",
        "  cow         COW-style member file: a row per uninterrupted run of membership",
        "  events      the event log: a row per membership event, session and grant or",
        "              end of an observer status, with its sources",
        "  state-year  a row per state and year: status at mid-year and at year's end,",
        "              days in each status and participation",
        "  sources     the sources the event log cites, with the rows citing each",
        "--package DIR writes the five tables and datapackage.json, which names the",
        "dataset version and data date and describes every column (docs/exports.md)."})
final class Export implements Callable<Integer> {

  /** The tables. */
  enum Format {
    ATOP("atop"), COW("cow"), EVENTS("events"), STATE_YEAR("state-year"), SOURCES("sources");

    private final String label;

    Format(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin DataOption source;

  @Parameters(index = "0", arity = "0..1", paramLabel = "TABLE", converter = FormatConverter.class,
      description = "atop, cow, events, state-year or sources")
  Format table;

  @Option(names = "--format", paramLabel = "TABLE", converter = FormatConverter.class,
      description = "the same as TABLE")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
  Path out;

  @Option(names = "--no-comment", description = "leave out the first line naming the dataset version")
  boolean noComment;

  @Option(names = "--package", paramLabel = "DIR",
      description = "write all tables and datapackage.json into DIR (created if missing)")
  Path packageDir;

  /** Converts the table name, naming the choices when it is unknown. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.label().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a table; expected atop, cow, events, state-year or sources");
    }
  }

  @Override
  public Integer call() throws IOException {
    if (table != null && format != null && table != format) {
      throw new BadInput("give the table once: '" + table.label() + "' and --format " + format.label());
    }
    Format chosen = table != null ? table : format;
    if (packageDir != null) {
      if (chosen != null || out != null || noComment) {
        throw new BadInput("--package writes every table; give no TABLE, --out or --no-comment with it");
      }
      return writePackage();
    }
    if (chosen == null) {
      throw new BadInput("name a table (atop, cow, events, state-year or sources) or give --package DIR");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    if (out != null) {
      checkFile(out);
    }
    CstoDataset data = source.dataset();
    StringWriter text = new StringWriter();
    if (!noComment) {
      text.append(Exports.provenance(data)).append('\n');
    }
    int headerAt = text.getBuffer().length();
    write(chosen, data, text);
    if (out == null) {
      stdout.print(text);
      stdout.flush();
      return Csto.OK;
    }
    Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
    long rows = text.toString().substring(headerAt).chars().filter(c -> c == '\n').count() - 1;
    stdout.println("Wrote " + Printable.of(out) + ": " + rows + " rows (" + chosen.label() + "), dataset "
        + data.version() + ", data as of " + data.dataAsOf());
    return Csto.OK;
  }

  private Integer writePackage() throws IOException {
    if (Files.exists(packageDir) && !Files.isDirectory(packageDir)) {
      throw new BadInput(packageDir + ": not a directory");
    }
    Path parent = packageDir.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new BadInput(packageDir + ": the directory " + parent + " does not exist");
    }
    CstoDataset data = source.dataset();
    List<Path> files = Exports.writeDataPackage(data, packageDir);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println("Wrote the data package " + Printable.of(packageDir) + ", dataset " + data.version()
        + ", data as of " + data.dataAsOf() + ":");
    for (Path file : files) {
      stdout.println("  " + Printable.of(file.getFileName()));
    }
    return Csto.OK;
  }

  private static void checkFile(Path file) {
    if (Files.isDirectory(file)) {
      throw new BadInput(file + ": is a directory; give a file name");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new BadInput(file + ": the directory " + parent + " does not exist");
    }
  }

  private static void write(Format format, CstoDataset data, Writer writer) throws IOException {
    switch (format) {
      case ATOP:
        Exports.writeAtopMembers(data, writer);
        break;
      case COW:
        Exports.writeCowMembers(data, writer);
        break;
      case EVENTS:
        Exports.writeEventLog(data, writer);
        break;
      case STATE_YEAR:
        Exports.writeStateYears(data, data.dataAsOf(), writer);
        break;
      default:
        Exports.writeSources(data, writer);
        break;
    }
  }
}
