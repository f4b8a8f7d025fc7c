package io.github.cstokit.examples;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.data.Exports;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code csto export --format atop|cow|events [--out FILE]}: the membership record as CSV for research,
 * through the data module's {@link Exports}: an ATOP-style member table, a COW-style member file or the
 * event log. Without {@code --out} the CSV goes to standard output.
 *
 * <pre>{@code
 * csto export --format cow --out csto-cow.csv
 * }</pre>
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"The membership record as CSV for research: atop, cow or events.",
        "UTF-8, a header row first, lines ending in LF:",
        "  atop    ATOP-style member table, one row per phase of status and participation",
        "  cow     COW-style member file, one row per uninterrupted run of membership",
        "  events  the event log, one row per legal event, with its sources"})
final class Export implements Callable<Integer> {

  /** The export formats. */
  enum Format {
    ATOP, COW, EVENTS;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin DataOption source;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
      description = "atop, cow or events")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
  Path out;

  /** Converts the format name, naming the choices when it is unknown. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.label().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a format; expected atop, cow or events");
    }
  }

  @Override
  public Integer call() throws IOException {
    CstoDataset data = source.dataset();
    if (out == null) {
      write(data, spec.commandLine().getOut());
      return Csto.OK;
    }
    if (Files.isDirectory(out)) {
      throw new BadInput(out + ": is a directory; give a file name");
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new BadInput(out + ": the directory " + parent + " does not exist");
    }
    StringWriter text = new StringWriter();
    write(data, text);
    Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
    long rows = text.toString().chars().filter(c -> c == '\n').count() - 1;
    spec.commandLine().getOut().println("Wrote " + out + ": " + rows + " rows (" + format.label()
        + "), dataset " + data.version() + ", data as of " + data.dataAsOf());
    return Csto.OK;
  }

  private void write(CstoDataset data, Writer writer) throws IOException {
    switch (format) {
      case ATOP:
        Exports.writeAtopMembers(data, writer);
        break;
      case COW:
        Exports.writeCowMembers(data, writer);
        break;
      default:
        Exports.writeEventLog(data, writer);
        break;
    }
  }
}
