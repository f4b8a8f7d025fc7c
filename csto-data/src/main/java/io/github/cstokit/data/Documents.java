package io.github.cstokit.data;

import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.json.Json;
import io.github.cstokit.data.internal.json.JsonFile;
import io.github.cstokit.data.internal.read.DocumentReader;
import io.github.cstokit.data.internal.read.files.MandatesFile;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Mandate;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes one decision or one mandate as a JSON document, in the form of the dataset's
 * {@code mandates.json}: the same field names and the same fields.
 *
 * <p><b>The document form.</b> A JSON object holding
 * <ul>
 *   <li>{@code "decision"}: a record of the {@code decisions} array of {@code mandates.json}
 *       ({@code id}, {@code kind}, {@code organ}, {@code date}, {@code matter}, {@code matterKind},
 *       {@code format}, {@code outcome}, {@code positions}, {@code signatures}, {@code joiningDates}
 *       (the day a state that signed or joined later did so, {@link Decision#joiningDates()}),
 *       {@code instrument},
 *       {@code note}, {@code alternatives}, {@code choice}, {@code sources}) with one field more,
 *       {@code session}: the id of the session at which the decision was taken
 *       ({@link Decision#sessionId()}), which in {@code mandates.json} the dataset derives from
 *       {@code sessions.json} instead; or
 *   <li>{@code "mandate"}: a record of its {@code mandates} array ({@code id}, {@code force},
 *       {@code host}, {@code territory}, {@code request}, {@code legalBases}, {@code decision},
 *       {@code contingents}, {@code strength}, {@code command}, {@code tasks}, {@code area},
 *       {@code period}, {@code unSecurityCouncilInformed}, {@code unSecurityCouncilDecision},
 *       {@code completion}, {@code deployed}, {@code note}, {@code sources}), and, optionally, beside it
 *       a {@code "decision"}: the mandate's decision, when it is not one of the dataset's. The mandate's
 *       own {@code decision} is then that decision's id, or left out; without a {@code "decision"} beside
 *       it, it is the id of a decision of the dataset.
 * </ul>
 * The records are read by the dataset's own mapping, as strictly (duplicate keys, nesting, string and
 * number lengths, trailing content, unknown properties and strict UTF-8 are errors), except that a
 * document may describe a hypothetical decision or mandate: what the model does not need may be left out
 * ({@code sources}, a decision's {@code id}, {@code kind}, {@code format}, read as {@code STANDARD}, and
 * {@code outcome}, read as {@code UNKNOWN}; a mandate's {@code request}, {@code legalBases},
 * {@code contingents}, {@code tasks}, {@code deployed}, read as true, and so on); state codes need only
 * be ISO 3166-1 alpha-2 codes, so that the rules judge states the data does not know; a source id need
 * only have the form of one; any organ of the dataset may be named, so that the rules judge a decision
 * of a body that takes none. Organs, forces, decisions, sessions and instruments are resolved against a
 * dataset, the bundled one unless another is given; a decision's {@code session} must be a session of
 * that dataset, of the decision's organ, on the decision's day. The JSON Schema of the form is published beside this class as
 * {@value #SCHEMA} ({@link #schema()}); {@code docs/data-format.md} describes it.
 *
 * <p><b>Errors.</b> A document that cannot be read throws a {@link CstoDataException} listing every
 * problem found, each naming the document and the place: {@code name:line:column: ...} for JSON that
 * is not well-formed or goes beyond a safety limit, {@code name#/json/pointer: ...} for a value that
 * does not fit the form. Reading takes time linear in the document's length, up to {@value #MAX_LENGTH}
 * characters.
 *
 * <p><b>Writing</b> gives the fields the model keeps, in the document form, so that reading a written
 * document against the same dataset gives an equal value.
 *
 * <pre>{@code
 * Decision d = Documents.readDecision(Files.newBufferedReader(Path.of("decision.json")));
 * Mandate m = Documents.readMandate(Files.newInputStream(file), file.toString(), CstoData.bundled());
 * Documents.writeMandate(m, new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
 * }</pre>
 *
 * <p>This class has static methods only and is thread-safe.
 */
public final class Documents {

  /** The classpath resource name of the document form's JSON Schema. */
  public static final String SCHEMA = "/io/github/cstokit/data/document.schema.json";

  /** The longest document read, in characters (in bytes, for an input stream): 8 MiB. */
  public static final long MAX_LENGTH = Json.MAX_DOCUMENT_LENGTH;

  private static final String UNNAMED = "document";

  private Documents() {}

  /**
   * What a document holds: a decision, or a mandate (whose decision, if any, is in the mandate).
   *
   * <p>Instances are immutable and thread-safe.
   */
  public static final class Subject {
    private final Decision decision;
    private final Mandate mandate;

    private Subject(Decision decision, Mandate mandate) {
      this.decision = decision;
      this.mandate = mandate;
    }

    /**
     * The decision of a decision document.
     *
     * @return the decision, or empty for a mandate document
     */
    public Optional<Decision> decision() {
      return Optional.ofNullable(decision);
    }

    /**
     * The mandate of a mandate document.
     *
     * @return the mandate, or empty for a decision document
     */
    public Optional<Mandate> mandate() {
      return Optional.ofNullable(mandate);
    }

    /**
     * Returns the decision or the mandate, such as {@code Subject[Mandate[kz-2022 ...]]}.
     *
     * @return a short readable form, not null
     */
    @Override
    public String toString() {
      return "Subject[" + (decision != null ? decision : mandate) + "]";
    }
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the document form, the resource {@value #SCHEMA}.
   *
   * @return the schema's JSON text, not null
   */
  public static String schema() {
    try (InputStream in = Documents.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a decision document, resolving its references against the bundled dataset.
   *
   * @param reader the document, not null; read to its end, not closed
   * @return the decision, not null
   * @throws CstoDataException if the document is not a decision document of the form, naming the
   *     place; problems are reported against the name {@code document}
   * @throws IOException if the reader fails
   */
  public static Decision readDecision(Reader reader) throws IOException {
    return readDecision(reader, UNNAMED, CstoData.bundled());
  }

  /**
   * Reads a decision document.
   *
   * @param reader the document, not null; read to its end, not closed
   * @param name the name problems are reported against, such as the file name, not null
   * @param data the dataset references are resolved against, not null
   * @return the decision, not null
   * @throws CstoDataException if the document is not a decision document of the form, naming the place
   * @throws IOException if the reader fails
   */
  public static Decision readDecision(Reader reader, String name, CstoDataset data)
      throws IOException {
    return decision(text(reader, name, data), name, data);
  }

  /**
   * Reads a decision document from UTF-8 bytes, strictly: bytes that are not UTF-8 are an error at
   * their line and column. One leading byte-order mark is skipped.
   *
   * @param in the document, not null; read to its end, not closed
   * @param name the name problems are reported against, such as the file name, not null
   * @param data the dataset references are resolved against, not null
   * @return the decision, not null
   * @throws CstoDataException if the document is not a decision document of the form, naming the place
   * @throws IOException if the stream fails
   */
  public static Decision readDecision(InputStream in, String name, CstoDataset data)
      throws IOException {
    return decision(text(in, name, data), name, data);
  }

  /**
   * Reads a mandate document, resolving its references against the bundled dataset.
   *
   * @param reader the document, not null; read to its end, not closed
   * @return the mandate, not null
   * @throws CstoDataException if the document is not a mandate document of the form, naming the place;
   *     problems are reported against the name {@code document}
   * @throws IOException if the reader fails
   */
  public static Mandate readMandate(Reader reader) throws IOException {
    return readMandate(reader, UNNAMED, CstoData.bundled());
  }

  /**
   * Reads a mandate document.
   *
   * @param reader the document, not null; read to its end, not closed
   * @param name the name problems are reported against, such as the file name, not null
   * @param data the dataset references are resolved against, not null
   * @return the mandate, not null
   * @throws CstoDataException if the document is not a mandate document of the form, naming the place
   * @throws IOException if the reader fails
   */
  public static Mandate readMandate(Reader reader, String name, CstoDataset data) throws IOException {
    return mandate(text(reader, name, data), name, data);
  }

  /**
   * Reads a mandate document from UTF-8 bytes, strictly, as {@link #readDecision(InputStream, String,
   * CstoDataset)} does.
   *
   * @param in the document, not null; read to its end, not closed
   * @param name the name problems are reported against, such as the file name, not null
   * @param data the dataset references are resolved against, not null
   * @return the mandate, not null
   * @throws CstoDataException if the document is not a mandate document of the form, naming the place
   * @throws IOException if the stream fails
   */
  public static Mandate readMandate(InputStream in, String name, CstoDataset data)
      throws IOException {
    return mandate(text(in, name, data), name, data);
  }

  /**
   * Reads a document that holds either a decision or a mandate.
   *
   * @param reader the document, not null; read to its end, not closed
   * @param name the name problems are reported against, such as the file name, not null
   * @param data the dataset references are resolved against, not null
   * @return what it holds, not null
   * @throws CstoDataException if the document is not a document of the form, naming the place
   * @throws IOException if the reader fails
   */
  public static Subject read(Reader reader, String name, CstoDataset data) throws IOException {
    return read(text(reader, name, data), name, data, DocumentReader.Expect.EITHER);
  }

  /**
   * Reads a document that holds either a decision or a mandate from UTF-8 bytes, strictly, as
   * {@link #readDecision(InputStream, String, CstoDataset)} does.
   *
   * @param in the document, not null; read to its end, not closed
   * @param name the name problems are reported against, such as the file name, not null
   * @param data the dataset references are resolved against, not null
   * @return what it holds, not null
   * @throws CstoDataException if the document is not a document of the form, naming the place
   * @throws IOException if the stream fails
   */
  public static Subject read(InputStream in, String name, CstoDataset data) throws IOException {
    return read(text(in, name, data), name, data, DocumentReader.Expect.EITHER);
  }

  /**
   * Writes a decision document: {@code {"decision": {...}}}, two-space indented, ending in a line break.
   *
   * @param decision the decision, not null
   * @param writer where to write, not null; not flushed or closed
   * @throws IllegalArgumentException if the decision's date is outside the years 1900 to 2999
   * @throws IOException if the writer fails
   */
  public static void writeDecision(Decision decision, Writer writer) throws IOException {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(writer, "writer");
    writer.write(JsonFile.write(new Dto.Document(null, MandatesFile.write(decision))));
  }

  /**
   * Writes a mandate document: {@code {"mandate": {...}}}, with {@code "decision": {...}} beside it when
   * the mandate has a decision, two-space indented, ending in a line break.
   *
   * @param mandate the mandate, not null
   * @param writer where to write, not null; not flushed or closed
   * @throws IllegalArgumentException if a legal basis names no version (the form requires one, as in
   *     {@code Treaty Art. 4 [2010]}), or a date is outside the years 1900 to 2999
   * @throws IOException if the writer fails
   */
  public static void writeMandate(Mandate mandate, Writer writer) throws IOException {
    Objects.requireNonNull(mandate, "mandate");
    Objects.requireNonNull(writer, "writer");
    Dto.Decision decision = mandate.decision().map(MandatesFile::write).orElse(null);
    writer.write(JsonFile.write(new Dto.Document(MandatesFile.write(mandate), decision)));
  }

  /** The decision of a document's text that must hold one. */
  private static Decision decision(String text, String name, CstoDataset data) {
    return read(text, name, data, DocumentReader.Expect.DECISION).decision().get();
  }

  /** The mandate of a document's text that must hold one. */
  private static Mandate mandate(String text, String name, CstoDataset data) {
    return read(text, name, data, DocumentReader.Expect.MANDATE).mandate().get();
  }

  private static Subject read(String text, String name, CstoDataset data,
      DocumentReader.Expect expect) {
    DocumentReader.Result result = DocumentReader.read(name, text, expect,
        new DocumentReader.Known(data.organs(), data.forces(), data.decisions(), data.instruments(),
            data.sessions()));
    if (!result.problems().isEmpty()) {
      throw new CstoDataException(name, result.problems());
    }
    if (result.decision() == null && result.mandate() == null) {
      throw new IllegalStateException(name + ": read without a problem, but holds nothing");
    }
    return new Subject(result.decision(), result.mandate());
  }

  /** The reader's text, no longer than {@link #MAX_LENGTH} characters. */
  private static String text(Reader reader, String name, CstoDataset data) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(data, "data");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = reader.read(buffer)) >= 0; ) {
      text.append(buffer, 0, n);
      if (text.length() > MAX_LENGTH) {
        throw tooLong(name, "characters");
      }
    }
    return text.toString();
  }

  /** The stream's bytes, no more than {@link #MAX_LENGTH} of them, decoded as strict UTF-8. */
  private static String text(InputStream in, String name, CstoDataset data) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(data, "data");
    byte[] bytes = in.readNBytes((int) MAX_LENGTH + 1);
    if (bytes.length > MAX_LENGTH) {
      throw tooLong(name, "bytes");
    }
    JsonFile.Utf8 decoded = JsonFile.utf8(bytes);
    if (decoded.text() == null) {
      throw new CstoDataException(name, java.util.List.of(String.format(Locale.ROOT,
          "%s:%d:%d: not UTF-8 text (byte 0x%02X)", name, decoded.line(), decoded.column(),
          decoded.badByte())));
    }
    return decoded.text();
  }

  private static CstoDataException tooLong(String name, String unit) {
    return new CstoDataException(name, java.util.List.of(
        name + "#: the document is longer than " + MAX_LENGTH + " " + unit));
  }
}
