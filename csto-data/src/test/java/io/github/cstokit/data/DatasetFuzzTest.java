package io.github.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.testsupport.Fuzz;
import io.github.cstokit.testsupport.JsonMutations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the loader. Random cases: one bundled file at a time is mutated ({@link JsonMutations}) and the
 * dataset's files are loaded. Null cases: a {@code null} in place of every value of every file, and added to
 * every array. Amplified cases: one array element repeated up to the size limit and past it. ZIP cases:
 * archives of the bundled files with entry names that are not UTF-8, very long, or junk. Every case must
 * load, or fail with a {@link CstoDataException} whose every problem names a dataset file (or the archive)
 * and a JSON pointer; any other throwable, a problem without a location, or a case that takes longer than
 * {@value Fuzz#TIME_BOX_MILLIS} ms fails the build.
 *
 * <p>The run is deterministic: {@value #SEED} unless {@code -Dcsto.fuzz.seed=N} is given. The budget is
 * set by properties, so that CI stays within its time: {@code csto.fuzz.dataset.cases} random cases
 * ({@value #CASES}), {@code csto.fuzz.dataset.amplified} amplified ones ({@value #AMPLIFIED}),
 * {@code csto.fuzz.dataset.zip} ZIP ones ({@value #ZIPS}), and {@code csto.fuzz.dataset.nulls=false} skips
 * the null cases (one per value and array of the dataset, about 6,500). Each test prints its case count,
 * the seed and the time taken.
 */
class DatasetFuzzTest {

  static final long SEED = 20260212L;
  static final long CASES = 5_000;
  static final long AMPLIFIED = 12;
  static final long ZIPS = 400;

  /** A problem located in one of the dataset's files: {@code file.json#/pointer: what}. */
  private static final Pattern LOCATED = Pattern.compile("(?s)("
      + DatasetLoader.FILES.stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"))
      + ")#(/.*?)?: \\S.*|archive#: \\S.*");
  private static final Pattern MORE = Pattern.compile("\\.\\.\\. and \\d+ more problems?");

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

  @AfterAll
  static void theBundledDatasetIsUntouched() {
    assertSame(bundledBefore, CstoData.bundled());
  }

  /** Null if the load behaved, else what it did wrong. */
  static String behaves(String what, Supplier<CstoDataset> load) {
    try {
      load.get();
      return null;
    } catch (CstoDataException e) {
      List<String> problems = e.problems();
      for (int i = 0; i < problems.size(); i++) {
        String problem = problems.get(i);
        boolean summary = i == problems.size() - 1 && i == 1000 && MORE.matcher(problem).matches();
        if (!summary && !LOCATED.matcher(problem).matches()) {
          return what + ": a problem without file and pointer: " + problem;
        }
        if (problem.contains("sources element") || problem.contains("Cannot build")) {
          return what + ": a message of the builder, not of the dataset: " + problem;
        }
      }
      return null;
    } catch (Throwable t) {
      return what + ": " + t;
    }
  }

  private static String loadWith(String file, JsonMutations.Mutant mutant) {
    Map<String, byte[]> files = new HashMap<>(BUNDLED);
    files.put(file, mutant.bytes());
    return behaves(file + " (" + mutant.description() + ")", () -> DatasetLoader.load(files));
  }

  /** Runs one random case: null if the loader behaved, else what it did wrong. */
  static String mutatedCase(SplittableRandom random) {
    String file = DatasetLoader.FILES.get(random.nextInt(DatasetLoader.FILES.size()));
    return loadWith(file, JsonMutations.mutate(BUNDLED.get(file), random));
  }

  private static void assertNoFailures(String name, long seed, long cases, Fuzz.Result result) {
    System.out.println(name + ": " + cases + " cases, seed " + seed + ", " + result.millis() + " ms, "
        + result.failures().size() + " failures");
    result.failures().stream().limit(50).forEach(f -> System.out.println("  seed " + seed + " " + f));
    assertEquals(List.of(), result.failures().subList(0, Math.min(20, result.failures().size())));
  }

  /**
   * Runs seeded random cases, each with its own random source, and asserts that none failed; the seed
   * and the number of cases come from properties.
   *
   * @param name the name printed with the counts
   * @param casesProperty the property giving the number of cases
   * @param defaultCases the number of cases without it
   * @param oneCase a case: null if the loader behaved, else what it did wrong
   */
  private static Fuzz.Result fuzz(String name, String casesProperty, long defaultCases,
      Function<SplittableRandom, String> oneCase) throws InterruptedException {
    long seed = Long.getLong("csto.fuzz.seed", SEED);
    long cases = Long.getLong(casesProperty, defaultCases);
    Fuzz.Result result = Fuzz.run(seed, cases, (s, c) -> oneCase.apply(JsonMutations.random(s, c)));
    assertNoFailures(name, seed, cases, result);
    return result;
  }

  @Test
  void mutatedFilesLoadOrFailWithALocatedProblem() throws InterruptedException {
    fuzz("Dataset fuzzing", "csto.fuzz.dataset.cases", CASES, DatasetFuzzTest::mutatedCase);
  }

  @Test
  void aNullAtEveryNodeOfEveryFileIsALocatedProblem() throws InterruptedException {
    if (!Boolean.parseBoolean(System.getProperty("csto.fuzz.dataset.nulls", "true"))) {
      System.out.println("Null at every node: skipped (csto.fuzz.dataset.nulls=false)");
      return;
    }
    // Case 2k puts a null in place of value k (numbered across the files), case 2k+1 adds one to it.
    List<String> fileOf = new ArrayList<>();
    List<Integer> valueOf = new ArrayList<>();
    for (String file : DatasetLoader.FILES) {
      int n = JsonMutations.valueCount(BUNDLED.get(file));
      for (int v = 0; v < n; v++) {
        fileOf.add(file);
        valueOf.add(v);
      }
    }
    long cases = 2L * fileOf.size();
    Fuzz.Result result = Fuzz.run(0, cases, (seed, c) -> {
      String file = fileOf.get((int) (c / 2));
      int value = valueOf.get((int) (c / 2));
      if (c % 2 == 0) {
        return loadWith(file, JsonMutations.nullAt(BUNDLED.get(file), value));
      }
      return JsonMutations.nullAddedTo(BUNDLED.get(file), value).map(m -> loadWith(file, m)).orElse(null);
    });
    assertNoFailures("Null at every node", 0, cases, result);
  }

  @Test
  void amplifiedArraysAreBounded() throws InterruptedException {
    fuzz("Amplified arrays", "csto.fuzz.dataset.amplified", AMPLIFIED, random -> {
      String file = DatasetLoader.FILES.get(random.nextInt(DatasetLoader.FILES.size()));
      return loadWith(file, JsonMutations.amplified(BUNDLED.get(file), 8L * 1024 * 1024, random));
    });
  }

  /** Names an entry may take: dataset names, not UTF-8, very long, junk, with folders. */
  private static byte[] entryName(String file, SplittableRandom random) {
    byte[] plain = ("data/" + file).getBytes(StandardCharsets.UTF_8);
    switch (random.nextInt(6)) {
      case 0: {
        byte[] junk = new byte[1 + random.nextInt(40)];
        random.nextBytes(junk);
        return junk;
      }
      case 1: {
        byte[] name = plain.clone();
        name[random.nextInt(name.length)] = (byte) (0x80 + random.nextInt(0x80));
        return name;
      }
      case 2:
        return ("x".repeat(1 + random.nextInt(65_000 - plain.length)) + "/" + file)
            .getBytes(StandardCharsets.UTF_8);
      case 3:
        return ("../" + file).getBytes(StandardCharsets.UTF_8);
      case 4:
        return ("data/" + DatasetLoader.FILES.get(random.nextInt(DatasetLoader.FILES.size())))
            .getBytes(StandardCharsets.UTF_8);
      default:
        return plain;
    }
  }

  @Test
  void zipArchivesWithOddEntryNamesLoadOrFailWithALocatedProblem() throws InterruptedException {
    Fuzz.Result result = fuzz("ZIP entry names", "csto.fuzz.dataset.zip", ZIPS, random -> {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      List<String> names = new ArrayList<>();
      // ISO-8859-1 writes each char as the byte it stands for: any byte sequence can be a name.
      try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.ISO_8859_1)) {
        for (String file : DatasetLoader.FILES) {
          String name = new String(random.nextInt(4) == 0 ? entryName(file, random)
              : ("data/" + file).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
          if (names.contains(name)) {
            continue; // the writer refuses a duplicate
          }
          names.add(name);
          zip.putNextEntry(new ZipEntry(name));
          zip.write(BUNDLED.get(file));
          zip.closeEntry();
        }
      } catch (IOException | IllegalArgumentException e) {
        return null; // a name the writer cannot write
      }
      byte[] archive = bytes.toByteArray();
      return behaves("archive with entries " + names.stream().map(n -> n.length() > 60
          ? n.substring(0, 60) + "..." : n).toList(), () -> CstoData.load(new ByteArrayInputStream(archive)));
    });
    assertTrue(result.millis() >= 0);
  }
}
