package io.github.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.testsupport.Fuzz;
import io.github.cstokit.testsupport.JsonMutations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes {@code csto check}: the sample decisions and mandates ({@code samples/*.json}) are mutated
 * ({@link JsonMutations}) and go through the command's own path from bytes to verdict ({@link Check#check}):
 * strict UTF-8, the JSON reader, the document form and the rules. Every case must give a verdict, or the
 * one-line bad-input message that names the document and the place ({@code doc.json:3:10: ...} or
 * {@code doc.json#/mandate/period: ...}); any other throwable, a message without a place, or a case that
 * takes longer than {@value Fuzz#TIME_BOX_MILLIS} ms fails the build.
 *
 * <p>The run is deterministic: seed {@value #SEED} unless {@code -Dcsto.fuzz.seed=N} is given, with
 * {@value #CASES} cases unless {@code -Dcsto.fuzz.document.cases=N}. It prints the case count, the seed
 * and the time taken.
 */
class DocumentFuzzTest {

  static final long SEED = 20260212L;
  static final long CASES = 100_000;

  /** Cases that once failed, as {seed, case}; they run on every build. */
  static final long[][] REGRESSIONS = {
    // Pointers with a blank in a property name, once taken for messages without a place.
    {20260212L, 23968}, {20260212L, 42737}, {20260212L, 83258},
  };

  private static final String NAME = "doc.json";
  private static final Pattern LOCATED =
      Pattern.compile("(?s)" + Pattern.quote(NAME) + "(:[1-9]\\d*:[1-9]\\d*: |#(/.*?)?: )\\S.*");

  private static final List<byte[]> SAMPLES = new ArrayList<>();
  private static final List<String> SAMPLE_NAMES = new ArrayList<>();
  private static CstoDataset data;

  @BeforeAll
  static void readTheSamples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        SAMPLES.add(Files.readAllBytes(file));
        SAMPLE_NAMES.add(file.getFileName().toString());
      }
    }
    assertTrue(SAMPLES.size() >= 4, SAMPLE_NAMES::toString);
    data = CstoData.bundled();
  }

  /** Runs one case: null if the command behaved, else what it did wrong. */
  static String runCase(long seed, long caseNumber) {
    SplittableRandom random = JsonMutations.random(seed, caseNumber);
    int sample = random.nextInt(SAMPLES.size());
    JsonMutations.Mutant mutant = JsonMutations.mutate(SAMPLES.get(sample), random);
    try {
      Check.check(NAME, mutant.bytes(), data);
      return null;
    } catch (BadInput e) {
      return LOCATED.matcher(e.getMessage()).matches() ? null
          : SAMPLE_NAMES.get(sample) + " (" + mutant.description() + "): a message without a place: "
              + e.getMessage();
    } catch (Throwable t) {
      return SAMPLE_NAMES.get(sample) + " (" + mutant.description() + "): " + t;
    }
  }

  @Test
  void mutatedDocumentsGiveAVerdictOrALocatedMessage() throws InterruptedException {
    long seed = Long.getLong("csto.fuzz.seed", SEED);
    long cases = Long.getLong("csto.fuzz.document.cases", CASES);
    Fuzz.Result result = Fuzz.run(seed, cases, DocumentFuzzTest::runCase);
    System.out.println("Document fuzzing: " + cases + " cases, seed " + seed + ", " + result.millis()
        + " ms, " + result.failures().size() + " failures");
    result.failures().stream().limit(50).forEach(f -> System.out.println("  seed " + seed + " " + f));
    assertEquals(List.of(), result.failures().subList(0, Math.min(20, result.failures().size())));
  }

  @Test
  void casesThatOnceFailed() {
    for (long[] regression : REGRESSIONS) {
      String failure = runCase(regression[0], regression[1]);
      assertTrue(failure == null, () -> "seed " + regression[0] + " case " + regression[1] + ": " + failure);
    }
  }
}
