package io.github.cstokit.examples;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.examples.internal.Documents;
import io.github.cstokit.examples.internal.JsonReader;
import io.github.cstokit.rules.DecisionRules;
import io.github.cstokit.rules.MandateRules;
import io.github.cstokit.rules.Outcome;
import io.github.cstokit.rules.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code csto check FILE.json [--json]}: checks a decision or a deployment mandate against the rules, with
 * the bundled dataset as the facts, and prints the verdict as an explanation or as JSON. The exit code is
 * {@value Csto#VIOLATED} when the verdict is {@code VIOLATED}, {@value Csto#OK} otherwise (also for
 * {@code INDETERMINATE}: the texts leave the answer open), {@value Csto#BAD_INPUT} for a bad file.
 *
 * <p><b>The document form.</b> A UTF-8 JSON object with exactly one property, {@code "decision"} or
 * {@code "mandate"}. Unknown properties are errors; optional properties may be left out or be
 * {@code null}. Dates are {@code YYYY-MM-DD}; a request's or command's date may also be {@code YYYY-MM} or
 * {@code YYYY}. Enum values are written as in the model ({@code SUPPORTS}, {@code DEPLOYMENT}).
 *
 * <pre>{@code
 * {"decision": {
 *   "id": "my-decision",                optional, lower-case kebab-case
 *   "body": "csc",                      csc, cfm, cdm, cssc, permanent-council, secretariat,
 *                                       joint-staff, parliamentary-assembly
 *   "date": "2025-03-01",
 *   "matter": "what it is about",
 *   "matterKind": "GENERAL",            optional: GENERAL (default), PROCEDURAL, BUDGET, MEMBERSHIP,
 *                                       APPOINTMENT_SECRETARY_GENERAL, APPOINTMENT_OTHER, CHAIRMANSHIP,
 *                                       STATEMENT, ASSISTANCE, DEPLOYMENT, CRRF_DEPLOYMENT
 *   "format": "STANDARD",               optional: STANDARD (default) or LIMITED
 *   "positions": {"BY": "SUPPORTS"},    optional: SUPPORTS, OBJECTS, ABSTAINS, DOES_NOT_PARTICIPATE,
 *                                       ABSENT, JOINED_LATER; by ISO alpha-2 code
 *   "signatures": ["BY"],               optional: the states that signed
 *   "note": "...", "sources": ["..."]   optional
 * }}
 *
 * {"mandate": {
 *   "id": "kz-2022",
 *   "force": "COLLECTIVE_PEACEKEEPING_FORCES",   or COLLECTIVE_RAPID_REACTION_FORCES,
 *                                       CENTRAL_ASIAN_RAPID_DEPLOYMENT_FORCES, COLLECTIVE_AVIATION_FORCES, OTHER
 *   "host": "KZ",
 *   "territory": "MEMBER_STATE",        or OUTSIDE_MEMBER_STATES
 *   "request": {"author": "...", "date": "2022-01-05", "addressee": "..."},   optional; from the host
 *   "legalBases": ["Treaty Art. 4 [2010]"],    optional: citations in the text form
 *   "decision": {...} or "csc-2022-01-06-kazakhstan-deployment",
 *                                       optional: a decision as above, or the id of a recorded one
 *   "contingents": [{"state": "RU", "size": 3000, "underUnifiedCommand": true, "voluntary": true}],
 *   "command": {"commander": "...", "commanderState": "RU", "appointingBody": "cdm", "date": "2022-01"},
 *   "tasks": ["..."], "area": "...",
 *   "period": {"start": "2022-01-06", "lastDay": "2022-01-19"},   lastDay optional (still going)
 *   "unSecurityCouncilInformed": "2022-01-07", "unSecurityCouncilDecision": "...",
 *   "completion": {"decidingBody": "csc", "decisionDate": "2022-01",
 *                  "withdrawalStart": "2022-01-13", "withdrawalEnd": "2022-01-19"},
 *   "deployed": true,                   optional, default true
 *   "sources": ["..."]
 * }}
 * }</pre>
 *
 * <p>A mandate is judged on its decision's date, else its request's first day, else the start of its
 * period; one with none of the three is bad input. Errors name the file and the place: a syntax error
 * its line and column ({@code kz.json:3:17: ...}), a value that does not fit the form its JSON pointer
 * ({@code kz.json#/mandate/request/date: '2023-02-30' is not a date ...}).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check a decision or a mandate (a JSON document) against the rules.",
        "Prints the verdict with its findings and citations; exit code 1 when it is VIOLATED.",
        "The document form is described in the README."})
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
   * the document and the place: {@code name:line:column: ...} for malformed JSON, {@code name#/pointer: ...}
   * for a value that does not fit the form or that the rules cannot judge.
   */
  static Verdict check(String name, byte[] bytes, CstoDataset data) {
    Documents.Subject subject = read(name, text(name, bytes), data);
    try {
      return subject.decision().isPresent()
          ? DecisionRules.check(subject.decision().get(), data)
          : MandateRules.check(subject.mandate().get(), data);
    } catch (IllegalArgumentException e) {
      throw new BadInput(name + "#/" + (subject.decision().isPresent() ? "decision" : "mandate") + ": "
          + e.getMessage());
    }
  }

  /** Parses a document, turning every problem into one line naming the document and place. */
  static Documents.Subject read(String name, String text, CstoDataset data) {
    try {
      return Documents.read(text, data::decision);
    } catch (JsonReader.Syntax e) {
      throw new BadInput(name + ":" + e.getMessage() + " (malformed JSON)");
    } catch (Documents.Invalid e) {
      throw new BadInput(name + "#" + e.pointer() + ": " + e.getMessage());
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

  /** Decodes UTF-8 strictly; a leading byte-order mark is left for the JSON reader, which skips it. */
  private static String text(String name, byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < out.position(); i++) {
        if (out.get(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      throw new BadInput(String.format(Locale.ROOT, "%s:%d:%d: not UTF-8 text (byte 0x%02X)", name, line,
          column, bytes[in.position()] & 0xFF));
    }
    out.flip();
    return out.toString();
  }
}
