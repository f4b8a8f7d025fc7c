package io.github.cstokit.benchmarks;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.data.Documents;
import io.github.cstokit.model.Mandate;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a mandate document ({@link Documents#readMandate(java.io.Reader, String, CstoDataset)}, the
 * path of {@code csto check}) of about 64 KiB and of about 1 MiB: the Kazakhstan 2022 mandate of the
 * bundled dataset, written by {@link Documents#writeMandate}, with a {@code strength} of as many
 * {@code alternatives} (objects of three properties, checked and not kept) as make up the length. Many
 * property names are what made the hand-written reader of {@code csto check} quadratic (it counted lines
 * from the start for each one). Linear time shows as a ratio of about 16 between the two.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DocumentReadBenchmark {

  /** The document's length in characters, at least. */
  @Param({"65536", "1048576"})
  public int length;

  private CstoDataset data;
  private String document;

  /**
   * Writes the document.
   *
   * @throws IOException never: the document is written to memory
   */
  @Setup
  public void setUp() throws IOException {
    data = CstoData.bundled();
    Mandate kz = data.mandate("kz-2022-peacekeeping").orElseThrow();
    StringWriter out = new StringWriter();
    Documents.writeMandate(kz, out);
    String written = out.toString();
    String source = kz.sources().get(0);
    // The mandate's strength is written with its figures; the alternative figures the data records beside
    // them are read, checked and not kept by the model, so many of them make a long document that still
    // reads back equal.
    StringBuilder alternatives = new StringBuilder("\n      \"alternatives\": [");
    for (int i = 0; alternatives.length() < length; i++) {
      alternatives.append(i == 0 ? "\n" : ",\n").append("        {\"field\": \"personnel\", \"value\": \"about ")
          .append(i).append("\", \"sources\": [\"").append(source).append("\"]}");
    }
    alternatives.append("\n      ],\n      \"choice\": \"The official figure.\",");
    String start = "\"strength\": {";
    int at = written.indexOf(start);
    if (at < 0) {
      throw new AssertionError("the written mandate has no strength");
    }
    at += start.length();
    document = written.substring(0, at) + alternatives + written.substring(at);
    if (document.length() < length || !Documents.readMandate(new StringReader(document), "bench.json",
        data).equals(kz)) {
      throw new AssertionError("the document of " + document.length() + " characters does not read back");
    }
  }

  /**
   * Reads the document: strict JSON, the dataset's mapping, the model's checks.
   *
   * @return the mandate
   * @throws IOException never: the document is read from memory
   */
  @Benchmark
  public Mandate readMandate() throws IOException {
    return Documents.readMandate(new StringReader(document), "bench.json", data);
  }
}
