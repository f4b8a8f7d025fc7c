package io.github.cstokit.examples;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.ProvisionText;
import io.github.cstokit.model.TextParseException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code csto provisions [PROVISION]}: the provisions whose words were read, one line each, or the words
 * of one, found by the id of its record ({@code treaty-art-4-1992}) or by a citation
 * ({@code "Treaty Art. 4 [1992]"}), with the source they were read from. The words are the library's
 * reading of the texts, the same for every dataset, so the command takes no {@code --data}.
 *
 * <pre>{@code
 * csto provisions
 * csto provisions treaty-art-4-1992
 * csto provisions "Charter Art. 21 [2002]"
 * }</pre>
 */
@Command(name = "provisions", mixinStandardHelpOptions = true,
    description = {"The provisions whose words were read (the library's reading of the texts, the same for",
        "every dataset): one line each, or the words of one, by record id or citation, with their source."})
final class Provisions implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PROVISION",
      description = "a record id, such as treaty-art-4-1992, or a citation, such as \"Treaty Art. 4 [1992]\"")
  String wanted;

  @Override
  public Integer call() {
    CstoDataset data = CstoData.bundled();
    PrintWriter out = spec.commandLine().getOut();
    if (wanted == null) {
      List<ProvisionText> all = data.provisions();
      out.println(all.size() + " provisions whose words were read:");
      for (ProvisionText p : all) {
        out.println(line(p));
      }
      return Csto.OK;
    }
    ProvisionText p = find(data, wanted).orElseThrow(() -> new BadInput("no provision " + Printable.of(wanted)
        + " has its words recorded; csto provisions lists them"));
    out.println(line(p).strip());
    for (String passage : p.passages()) {
      out.println("  " + Printable.of(passage));
    }
    p.english().ifPresent(e -> out.println("  English: " + Printable.of(e)));
    out.println("  read from " + Printable.of(p.source().id()) + ": " + Printable.of(p.source().publisher())
        + ", \"" + Printable.of(p.source().title()) + "\""
        + p.source().url().map(u -> ", " + Printable.of(u)).orElse(""));
    p.note().ifPresent(n -> out.println("  note: " + Printable.of(n)));
    return Csto.OK;
  }

  /** A record id, else a citation (text with a space); a citation that does not parse is bad input. */
  private static Optional<ProvisionText> find(CstoDataset data, String wanted) {
    Optional<ProvisionText> byId = data.provision(wanted);
    if (byId.isPresent() || !wanted.contains(" ")) {
      return byId;
    }
    try {
      return data.provision(Citation.parse(wanted));
    } catch (TextParseException e) {
      throw new BadInput(Printable.of(wanted) + ": neither a provision's id nor a citation: "
          + Printable.of(e.getMessage()));
    }
  }

  /** One provision in one line: id, citation, reading, language and source id. */
  static String line(ProvisionText p) {
    return String.format(Locale.ROOT, "  %-28s  %-38s  %-4s  %s  [%s]", Printable.of(p.id()),
        Printable.of(p.citation().text()), p.reading(), Printable.of(p.language()),
        Printable.of(p.source().id()));
  }
}
