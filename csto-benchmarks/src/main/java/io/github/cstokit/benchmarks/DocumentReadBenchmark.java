package io.github.cstokit.benchmarks;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.data.Documents;
import io.github.cstokit.model.Mandate;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
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
 * bundled dataset with as many tasks added as make up the length. Linear time shows as a ratio of about
 * 16 between the two.
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
    String task = "Guarding important state and military facilities and other socially significant"
        + " facilities, task ";
    List<String> tasks = new ArrayList<>(kz.tasks());
    // Each task is a line of its own: six blanks of indentation, two quotes, a comma and a line break.
    for (int i = 0, written = 0; written < length; i++) {
      tasks.add(task + i);
      written += task.length() + String.valueOf(i).length() + 10;
    }
    Mandate big = Mandate.builder().from(kz).tasks(tasks).build();
    StringWriter out = new StringWriter();
    Documents.writeMandate(big, out);
    document = out.toString();
    if (document.length() < length || !Documents.readMandate(new StringReader(document), "bench.json",
        data).equals(big)) {
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
