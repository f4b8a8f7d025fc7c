package io.github.cstokit.examples;

import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.data.DatasetDiff;
import io.github.cstokit.data.Datasets;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code csto diff OLD NEW [--json | --changelog]}: every fact added, removed or changed between two
 * datasets, with its sources, through {@link Datasets#diff}. OLD and NEW are each a version among those
 * available ({@code 2026.11.0}), a directory, a ZIP archive or a dataset jar, as {@code --data} takes them.
 * {@code --changelog} prints the entries of the CHANGELOG's data section.
 *
 * <pre>{@code
 * csto diff 2026.11.0 2026.12.0
 * csto diff old-data/ 2026.12.0 --json > diff.json
 * csto diff csto-dataset-2026.11.0.jar 2026.12.0 --changelog
 * }</pre>
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"What changed between two datasets: every fact added (+), removed (-) or changed (~),",
        "with the fields that differ and its sources. OLD and NEW are each a version such as",
        "2026.11.0, a directory, a ZIP archive or a dataset jar. --changelog prints the entries of",
        "the CHANGELOG's data section."})
final class Diff implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "the older dataset")
  String older;

  @Parameters(index = "1", paramLabel = "NEW", description = "the newer dataset")
  String newer;

  @CommandLine.ArgGroup(exclusive = true)
  Format format;

  /** At most one output format besides the text. */
  static final class Format {
    @Option(names = "--json", description = "print the changes as JSON")
    boolean json;

    @Option(names = "--changelog", description = "print the CHANGELOG data section's entries (Markdown)")
    boolean changelog;
  }

  @Override
  public Integer call() {
    CstoDataset from = DataOption.resolve(older);
    CstoDataset to = DataOption.resolve(newer);
    DatasetDiff diff = Datasets.diff(from, to);
    String text = format == null ? diff.text() : format.json ? diff.json() : diff.changelog();
    PrintWriter out = spec.commandLine().getOut();
    // Values are one line each already; Printable escapes what else could reach a terminal.
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        out.println(Printable.of(line));
      }
    }
    return Csto.OK;
  }
}
