package io.github.cstokit.benchmarks;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.data.Documents;
import io.github.cstokit.model.AlternativeValue;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.Strength;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Reading a mandate document ({@link Documents#readMandate(java.io.Reader, String, CstoDataset)}, the
 * path of {@code csto check}) of about 64 KiB and of about 1 MiB: the Kazakhstan 2022 mandate of the
 * bundled dataset, written by {@link Documents#writeMandate}, with a {@code strength} of as many
 * {@code alternatives} (objects of three properties, kept as its alternative personnel figures) as make
 * up the length. Many
 * property names are what made the hand-written reader of {@code csto check} quadratic (it counted lines
 * from the start for each one). Linear time shows as a ratio of about 16 between the two.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DocumentReadBenchmark extends SteadySettings {

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
    // The mandate's strength with as many alternative personnel figures as make up the length, counted
    // from the length of 64 of them, gives a long document that reads back equal.
    Mandate mandate = withFigures(kz, 64);
    int per = (write(mandate).length() - write(withFigures(kz, 0)).length()) / 64;
    for (int count = length / per; write(mandate).length() < length; count += 64) {
      mandate = withFigures(kz, count);
    }
    document = write(mandate);
    if (!Documents.readMandate(new StringReader(document), "bench.json", data).equals(mandate)) {
      throw new AssertionError("the document of " + document.length() + " characters does not read back");
    }
  }

  /**
   * The mandate with so many alternative personnel figures, each naming its field as the reader does and
   * citing the mandate's first source.
   */
  private static Mandate withFigures(Mandate kz, int count) {
    Strength.Builder figures = Strength.builder().from(kz.strength().orElseThrow())
        .personnelAlternatives(List.of());
    for (int i = 0; i < count; i++) {
      figures.addPersonnelAlternatives(AlternativeValue.builder().field("personnel").value("about " + i)
          .addSources(kz.sources().get(0)).build());
    }
    return Mandate.builder().from(kz).strength(figures.build()).build();
  }

  private static String write(Mandate mandate) throws IOException {
    StringWriter out = new StringWriter();
    Documents.writeMandate(mandate, out);
    return out.toString();
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
