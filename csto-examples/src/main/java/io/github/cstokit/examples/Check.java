package io.github.cstokit.examples;

import io.github.cstokit.data.CstoDataException;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.data.Documents;
import io.github.cstokit.rules.DecisionRules;
import io.github.cstokit.rules.MandateRules;
import io.github.cstokit.rules.Outcome;
import io.github.cstokit.rules.Verdict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code csto check FILE.json [--json]}: checks a decision or a deployment mandate against the rules, with
 * the bundled dataset (or the one {@code --data} names) as the facts, and prints the verdict as an
 * explanation or as JSON. The exit code is {@value Csto#VIOLATED} when the verdict is {@code VIOLATED},
 * {@value Csto#OK} otherwise (also for {@code INDETERMINATE}: the texts leave the answer open),
 * {@value Csto#BAD_INPUT} for a bad file.
 *
 * <p><b>The document form</b> is the one {@link Documents} reads and writes: a UTF-8 JSON object holding a
 * {@code "decision"} or a {@code "mandate"}, each a record of the dataset's {@code mandates.json} with the
 * same field names, and beside a mandate, optionally, the {@code "decision"} it refers to
 * ({@code docs/data-format.md} describes it, and {@code document.schema.json} in csto-data's jar is its
 * JSON Schema). Organs, forces, recorded decisions and instruments are those of the dataset used as the
 * facts; states and sources need only have the form of a code or an id.
 *
 * <pre>{@code
 * {"decision": {
 *   "organ": "csc", "date": "2025-03-01", "matter": "A statement of the Council",
 *   "matterKind": "STATEMENT", "format": "LIMITED",
 *   "positions": {"AM": "DOES_NOT_PARTICIPATE", "BY": "SUPPORTS", "KZ": "SUPPORTS", "RU": "SUPPORTS"}
 * }}
 *
 * {"mandate": {
 *   "id": "kz-2022", "force": "collective-peacekeeping-forces", "host": "KZ", "territory": "MEMBER",
 *   "request": {"state": "KZ", "author": "President Kassym-Jomart Tokayev", "date": "2022-01-05"},
 *   "legalBases": ["Treaty Art. 4 [2010]"],
 *   "decision": "csc-2022-01-06-kazakhstan-deployment",
 *   "contingents": [{"state": "RU"}, {"state": "BY"}, {"state": "AM"}, {"state": "TJ"}, {"state": "KG"}],
 *   "period": {"start": "2022-01-06", "end": "2022-01-19"}
 * }}
 * }</pre>
 *
 * <p>A mandate is judged on its decision's date, else its request's first day, else the start of its
 * period; one with none of the three is bad input. Errors name the file and the place: a syntax error
 * its line and column ({@code kz.json:3:17: ...}), a value that does not fit the form its JSON pointer
 * ({@code kz.json#/mandate/request/date: 2023-02-30 is not a date}).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check a decision or a mandate (a JSON document) against the rules.",
        "Prints the verdict with its findings and citations; exit code 1 when it is VIOLATED.",
        "The document form (the records of mandates.json) is described in docs/data-format.md."})
final class Check implements Callable<Integer> {

  /** The largest document read, in bytes. */
  static final long MAX_SIZE = 1024 * 1024;

  @Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin DataOption source;

  @Parameters(paramLabel = "FILE.json", description = "the decision or mandate document")
  Path file;

  @Option(names = "--json", description = "print the verdict as deterministic JSON")
  boolean json;

  @Override
  public Integer call() {
    CstoDataset data = source.dataset();
    Verdict verdict = check(file.toString(), bytes(file), data);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(verdict.toJson());
    } else {
      if (!data.covers(verdict.date())) {
        out.println(Csto.beyondDataDate(data, verdict.date())
            + " The facts are taken as last recorded, on " + data.dataAsOf() + ".");
      }
      out.print(verdict.explain());
    }
    return verdict.outcome() == Outcome.VIOLATED ? Csto.VIOLATED : Csto.OK;
  }

  /**
   * Reads a document's bytes and checks what it holds, turning every problem into one line that names
   * the document and the place: {@code name:line:column: ...} for malformed JSON or bytes that are not
   * UTF-8, {@code name#/pointer: ...} for a value that does not fit the form or that the rules cannot
   * judge.
   */
  static Verdict check(String name, byte[] bytes, CstoDataset data) {
    Documents.Subject subject = read(name, bytes, data);
    try {
      return subject.decision().isPresent()
          ? DecisionRules.check(subject.decision().get(), data)
          : MandateRules.check(subject.mandate().get(), data);
    } catch (IllegalArgumentException e) {
      throw new BadInput(name + "#/" + (subject.decision().isPresent() ? "decision" : "mandate") + ": "
          + e.getMessage());
    }
  }

  /** Reads a document, turning its problems into one line naming the document and the first place. */
  static Documents.Subject read(String name, byte[] bytes, CstoDataset data) {
    try {
      return Documents.read(new ByteArrayInputStream(bytes), name, data);
    } catch (CstoDataException e) {
      throw new BadInput(BadInput.message(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array cannot fail to be read
    }
  }

  /** The file's bytes, never more than {@link #MAX_SIZE} of them in memory. */
  private static byte[] bytes(Path file) {
    if (Files.isDirectory(file)) {
      throw new BadInput(file + ": is a directory, not a JSON file");
    }
    if (!Files.exists(file)) {
      throw new BadInput(file + ": no such file");
    }
    if (!Files.isReadable(file)) {
      throw new BadInput(file + ": cannot be read (permission denied)");
    }
    try (InputStream in = Files.newInputStream(file)) {
      // A device or a pipe has no size and may never end, so the read itself stops at the limit too.
      byte[] bytes = Files.size(file) > MAX_SIZE ? null : in.readNBytes((int) MAX_SIZE + 1);
      if (bytes == null || bytes.length > MAX_SIZE) {
        throw new BadInput(file + ": larger than " + MAX_SIZE + " bytes; not a decision or mandate");
      }
      return bytes;
    } catch (IOException e) {
      throw new BadInput(file + ": cannot be read: " + reason(e));
    }
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return BadInput.message(e);
  }
}
