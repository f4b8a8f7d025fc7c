package io.github.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.cstokit.testsupport.Fuzz;
import io.github.cstokit.testsupport.JsonMutations;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the loader: one bundled file at a time is mutated ({@link JsonMutations}) and the dataset's files are
 * loaded. Every case must load, or fail with a {@link CstoDataException} whose every problem names a
 * dataset file and a JSON pointer; any other throwable, a problem without a location, or a case that
 * takes longer than {@value Fuzz#TIME_BOX_MILLIS} ms fails the build.
 *
 * <p>The run is deterministic: {@value #SEED} unless {@code -Dcsto.fuzz.seed=N} is given, with
 * {@value #CASES} cases unless {@code -Dcsto.fuzz.dataset.cases=N}. It prints the case count, the seed and
 * the time taken.
 */
class DatasetFuzzTest {

  static final long SEED = 20260212L;
  static final long CASES = 20_000;

  /** A problem located in one of the dataset's files: {@code file.json#/pointer: what}. */
  private static final Pattern LOCATED = Pattern.compile("(?s)("
      + DatasetLoader.FILES.stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"))
      + ")#(/.*?)?: \\S.*");

  private static final Map<String, byte[]> BUNDLED = new HashMap<>();
  private static CstoDataset bundledBefore;

  @BeforeAll
  static void readTheBundledFiles() throws IOException {
    for (String name : DatasetLoader.FILES) {
      try (InputStream in = CstoData.class.getResourceAsStream(name)) {
        BUNDLED.put(name, in.readAllBytes());
      }
    }
    bundledBefore = CstoData.bundled();
  }

  /** Runs one case: null if the loader behaved, else what it did wrong. */
  static String runCase(long seed, long caseNumber) {
    SplittableRandom random = JsonMutations.random(seed, caseNumber);
    String file = DatasetLoader.FILES.get(random.nextInt(DatasetLoader.FILES.size()));
    JsonMutations.Mutant mutant = JsonMutations.mutate(BUNDLED.get(file), random);
    Map<String, byte[]> files = new HashMap<>(BUNDLED);
    files.put(file, mutant.bytes());
    try {
      DatasetLoader.load(files);
      return null;
    } catch (CstoDataException e) {
      for (String problem : e.problems()) {
        if (!LOCATED.matcher(problem).matches()) {
          return file + " (" + mutant.description() + "): a problem without file and pointer: " + problem;
        }
      }
      return null;
    } catch (Throwable t) {
      return file + " (" + mutant.description() + "): " + t;
    }
  }

  @Test
  void mutatedFilesLoadOrFailWithALocatedProblem() throws InterruptedException {
    long seed = Long.getLong("csto.fuzz.seed", SEED);
    long cases = Long.getLong("csto.fuzz.dataset.cases", CASES);
    Fuzz.Result result = Fuzz.run(seed, cases, DatasetFuzzTest::runCase);
    System.out.println("Dataset fuzzing: " + cases + " cases, seed " + seed + ", " + result.millis() + " ms, "
        + result.failures().size() + " failures");
    result.failures().stream().limit(50).forEach(f -> System.out.println("  seed " + seed + " " + f));
    assertEquals(List.of(), result.failures().subList(0, Math.min(20, result.failures().size())));
    assertSame(bundledBefore, CstoData.bundled());
  }
}
