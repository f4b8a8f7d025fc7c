package io.github.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cstokit.testsupport.NamedPipes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded work and memory for any input, one snapshot per load, only regular files read
 * ({@code docs/bad-input.md}, "Bounded work" and "One snapshot"): the cap on problems, the token limit,
 * the ZIP caps, interrupts, files that are not regular, a directory rewritten during loads.
 */
class BoundedLoadTest {

  @TempDir Path dir;

  private static final Map<String, byte[]> BUNDLED = new HashMap<>();

  @BeforeAll
  static void readTheBundledFiles() throws IOException {
    for (String name : DatasetLoader.FILES) {
      try (InputStream in = CstoData.class.getResourceAsStream(name)) {
        BUNDLED.put(name, in.readAllBytes());
      }
    }
  }

  private void writeBundled(Path to) throws IOException {
    for (Map.Entry<String, byte[]> file : BUNDLED.entrySet()) {
      Files.write(to.resolve(file.getKey()), file.getValue());
    }
  }

  private static String bundled(String name) {
    return new String(BUNDLED.get(name), StandardCharsets.UTF_8);
  }

  /** The envelope of a file with one array, as the bundled files have it. */
  private static String envelope(String array, String elements) {
    return "{\"format\": 1, \"version\": \"2026.12.0\", \"dataAsOf\": \"2026-02-12\", \"" + array + "\": ["
        + elements + "]}";
  }

  @Test
  void problemsBeyondTheFirstThousandAreCountedNotListed() throws IOException {
    writeBundled(dir);
    // 60,000 empty events, within the token limit: six missing fields each.
    Files.writeString(dir.resolve("events.json"), envelope("events", String.join(",",
        java.util.Collections.nCopies(60_000, "{}"))));
    CstoDataException e = assertThrows(CstoDataException.class, () -> CstoData.load(dir));
    List<String> problems = e.problems();
    assertEquals(1001, problems.size());
    assertEquals("events.json#/events/0/id: is required", problems.get(0));
    String last = problems.get(1000);
    assertTrue(last.matches("\\.\\.\\. and \\d+ more problems"), last);
    long more = Long.parseLong(last.replaceAll("\\D", ""));
    long total = 1000 + more;
    assertTrue(total >= 60_000 * 4L, last);
    assertTrue(e.getMessage().startsWith(total + " problems in the dataset:\n"),
        e.getMessage().substring(0, 80));
    assertTrue(e.getMessage().length() < 100_000, "message of " + e.getMessage().length() + " chars");
    assertEquals(total, e.problemCount());
  }

  @Test
  void eightMebibytesOfEmptyObjectsIsOneProblem() throws IOException {
    writeBundled(dir);
    String head = "{\"format\": 1, \"version\": \"2026.12.0\", \"dataAsOf\": \"2026-02-12\", \"events\": [";
    int n = (8 * 1024 * 1024 - head.length() - 3) / 3;
    StringBuilder text = new StringBuilder(head).append("{}");
    for (int i = 1; i < n; i++) {
      text.append(",{}");
    }
    Files.writeString(dir.resolve("events.json"), text.append("]}"));
    assertTrue(Files.size(dir.resolve("events.json")) <= 8 * 1024 * 1024);
    CstoDataException e = assertThrows(CstoDataException.class, () -> CstoData.load(dir));
    assertEquals(1, e.problems().size(), e::getMessage);
    assertTrue(e.problems().get(0).startsWith("events.json#: exceeds a safety limit: Token count (200001)"
        + " exceeds the maximum allowed (200000"), e::getMessage);
  }

  /** A ZIP archive of the bundled files, then the given extra entries (name, bytes), all deflated. */
  private static byte[] zip(Map<String, byte[]> extra) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : DatasetLoader.FILES) {
        zip.putNextEntry(new ZipEntry("data/" + name));
        zip.write(BUNDLED.get(name));
        zip.closeEntry();
      }
      for (Map.Entry<String, byte[]> e : extra.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void tooManyEntries() throws IOException {
    Map<String, byte[]> extra = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 1000; i++) {
      extra.put("padding/" + i, new byte[0]);
    }
    byte[] zip = zip(extra);
    assertEquals(List.of("archive#: holds more than 1000 entries"), assertThrows(CstoDataException.class,
        () -> CstoData.load(new ByteArrayInputStream(zip))).problems());
    Path file = Files.write(dir.resolve("data.zip"), zip);
    int entries = DatasetLoader.FILES.size() + extra.size();
    assertEquals(List.of("archive#: holds " + entries + " entries, more than 1000"),
        assertThrows(CstoDataException.class, () -> CstoData.load(file)).problems());
  }

  @Test
  void tooManyBytesInflatedInAll() throws IOException {
    // 17 ignored entries of 8 MiB of zeros each: 136 MiB inflated, a few hundred KB deflated.
    Map<String, byte[]> extra = new java.util.LinkedHashMap<>();
    byte[] zeros = new byte[8 * 1024 * 1024];
    for (int i = 0; i < 17; i++) {
      extra.put("padding/" + i, zeros);
    }
    byte[] zip = zip(extra);
    assertTrue(zip.length < 2_000_000, () -> zip.length + " bytes");
    List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> assertThrows(CstoDataException.class, () -> CstoData.load(new ByteArrayInputStream(zip))))
        .problems();
    assertEquals(List.of("archive#: inflates to more than 134217728 bytes"), problems);
    // An archive file has an index: its ignored entries are not read at all, and it loads.
    Path file = Files.write(dir.resolve("data.zip"), zip);
    assertEquals(CstoData.bundled().toString(), CstoData.load(file).toString());
  }

  @Test
  void anIgnoredEntryOfAnArchiveFileIsNotInflated() throws IOException {
    byte[] junk = new byte[200_000];
    new java.util.SplittableRandom(7).nextBytes(junk);
    byte[] zip = zip(Map.of("junk.bin", junk));
    // Break the junk entry's deflated data: inflating it would fail.
    int at = indexOf(zip, "junk.bin".getBytes(StandardCharsets.US_ASCII)) + 8 + 100;
    Arrays.fill(zip, at, at + 150_000, (byte) 0xFF);
    Path file = Files.write(dir.resolve("data.zip"), zip);
    assertEquals(CstoData.bundled().toString(), CstoData.load(file).toString());
    // A stream has no index: the entry must be read past, and that fails, located at the archive.
    CstoDataException e = assertThrows(CstoDataException.class,
        () -> CstoData.load(new ByteArrayInputStream(zip)));
    assertTrue(e.problems().get(0).startsWith("archive#: not a readable ZIP archive: "), e::getMessage);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }

  @Test
  void anEntryNameThatIsNotUtf8IsALocatedProblem() throws IOException {
    byte[] zip = zip(Map.of("QQQQ.txt", "hello".getBytes(StandardCharsets.US_ASCII)));
    byte[] name = "QQQQ.txt".getBytes(StandardCharsets.US_ASCII);
    for (int found = 0; found < 2; found++) {
      int i = indexOf(zip, name);
      zip[i] = (byte) 0xFF; // in the local header, then in the central directory
      zip[i + 1] = (byte) 0xFE;
    }
    // The dataset's files come first: the bad name is the entry after them.
    int entry = DatasetLoader.FILES.size() + 1;
    assertEquals(List.of("archive#: the name of entry " + entry + " is not UTF-8 text"),
        assertThrows(CstoDataException.class, () -> CstoData.load(new ByteArrayInputStream(zip)))
            .problems());
    Path file = Files.write(dir.resolve("data.zip"), zip);
    assertEquals(List.of("archive#: an entry's name is not UTF-8 text"),
        assertThrows(CstoDataException.class, () -> CstoData.load(file)).problems());
  }

  @Test
  void aVeryLongEntryNameIsReadAsAnyOther() throws IOException {
    byte[] zip = zip(Map.of("x".repeat(60_000) + "/notes.txt", new byte[] {1}));
    assertEquals(CstoData.bundled().toString(),
        CstoData.load(new ByteArrayInputStream(zip)).toString());
  }

  @Test
  void anInterruptEndsALargeZipLoadAndIsKept() throws Exception {
    // A stored ignored entry of 32 MiB, served slowly: the load takes far longer than the test waits.
    byte[] padding = new byte[32 * 1024 * 1024];
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      ZipEntry stored = new ZipEntry("padding.bin");
      stored.setMethod(ZipEntry.STORED);
      stored.setSize(padding.length);
      CRC32 crc = new CRC32();
      crc.update(padding);
      stored.setCrc(crc.getValue());
      zip.putNextEntry(stored);
      zip.write(padding);
      zip.closeEntry();
      for (String name : DatasetLoader.FILES) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(BUNDLED.get(name));
        zip.closeEntry();
      }
    }
    InputStream slow = new ByteArrayInputStream(bytes.toByteArray()) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        LockSupport.parkNanos(200_000); // returns at once once the thread is interrupted
        return super.read(b, off, Math.min(len, 4096));
      }
    };
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean stillInterrupted = new AtomicBoolean();
    Thread loader = new Thread(() -> {
      try {
        CstoData.load(slow);
      } catch (Throwable t) {
        thrown.set(t);
      }
      stillInterrupted.set(Thread.currentThread().isInterrupted());
    });
    loader.start();
    Thread.sleep(300);
    assertTrue(loader.isAlive(), "the load ended before the interrupt: the test proves nothing");
    long interruptedAt = System.nanoTime();
    loader.interrupt();
    loader.join(10_000);
    assertFalse(loader.isAlive(), "the load went on after the interrupt");
    assertTrue(System.nanoTime() - interruptedAt < TimeUnit.SECONDS.toNanos(5));
    CstoDataException e = assertInstanceOf(CstoDataException.class, thrown.get());
    assertEquals(List.of("archive#: the load was interrupted"), e.problems());
    assertTrue(stillInterrupted.get(), "the interrupt status was cleared");
  }

  @Test
  void aNamedPipeInsideTheDirectoryIsNotOpened() throws Exception {
    writeBundled(dir);
    Path fifo = dir.resolve("forces.json");
    Files.delete(fifo);
    assumeTrue(NamedPipes.create(fifo), "no named pipe: no mkfifo on this system, or it failed");
    // Opening a pipe with no writer blocks forever: the load must not open it.
    List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> assertThrows(CstoDataException.class, () -> CstoData.load(dir))).problems();
    assertEquals(List.of("forces.json#: is a named pipe or a device, not a regular file; not opened"),
        problems);
    // Given directly, the pipe is refused in the same way.
    assertEquals(List.of("dataset#: not a directory or a regular file (a named pipe or a device); not"
        + " opened"), assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> assertThrows(CstoDataException.class, () -> CstoData.load(fifo))).problems());
  }

  @Test
  void aMissingDirectoryIsOneProblem() {
    assertEquals(List.of("dataset#: no such directory or ZIP archive"), assertThrows(
        CstoDataException.class, () -> CstoData.load(dir.resolve("no-such-dir"))).problems());
  }

  /**
   * A writer rewrites two files over and over, in place and by renaming: round {@code n} writes
   * {@code events.json} with the mark {@code n}, then {@code offices.json} with {@code n}; the files keep
   * their sizes. So the directory only ever holds marks (n, n) or, between the two writes, (n, n - 1).
   * Every load must return one of those, or report that a file changed; a load that returned offices
   * newer than its events would be a dataset that never existed.
   */
  @Test
  void aDirectoryRewrittenDuringLoadsGivesOneSnapshotOrAProblem() throws Exception {
    String events = bundled("events.json");
    String offices = bundled("offices.json");
    String eventsNote = "Signed in Tashkent as one of the six first signatories.";
    String officesNote = "First Secretary General of the Organization";
    assertTrue(events.contains(eventsNote) && offices.contains(officesNote), "test setup");
    writeBundled(dir);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Throwable> writerFailed = new AtomicReference<>();
    Thread writer = new Thread(() -> {
      try {
        for (int round = 0; !stop.get(); round++) {
          String mark = String.format(java.util.Locale.ROOT, " mark %06d", round);
          Map<String, String> next = Map.of("events.json", events.replace(eventsNote, eventsNote + mark),
              "offices.json", offices.replace(officesNote, officesNote + mark));
          for (String name : List.of("events.json", "offices.json")) {
            if (round % 4 < 2) {
              Files.writeString(dir.resolve(name), next.get(name)); // in place
            } else {
              Path tmp = dir.resolve(name + ".tmp");
              Files.writeString(tmp, next.get(name));
              Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                  StandardCopyOption.ATOMIC_MOVE);
            }
          }
          // A pause longer than a file system's timestamp tick (a few ms): every change shows in the
          // modification time even though the size stays the same.
          Thread.sleep(15);
        }
      } catch (IOException | InterruptedException e) {
        writerFailed.set(e);
      }
    });
    writer.start();
    Thread.sleep(50);
    int loaded = 0;
    int detected = 0;
    List<String> wrong = new ArrayList<>();
    try {
      for (int i = 0; i < 150; i++) {
        try {
          CstoDataset data = CstoData.load(dir);
          int e = mark(data.events().stream().map(x -> x.note().orElse("")), eventsNote);
          int o = mark(data.appointments().stream().map(x -> x.note().orElse("")), officesNote);
          if (o != e && o != e - 1) {
            wrong.add("a dataset that never existed: events of round " + e + ", offices of round " + o);
          }
          loaded++;
        } catch (CstoDataException e) {
          for (String problem : e.problems()) {
            // In place, a file is empty or half-written for a moment, on disk: a load may see that.
            if (!problem.matches("(events|offices)\\.json#: .*")) {
              wrong.add(problem);
            }
          }
          if (e.problems().stream().anyMatch(p -> p.endsWith(": the file changed while the dataset was"
              + " read; load it again (a ZIP archive is replaced in one step)"))) {
            detected++;
          }
        }
      }
    } finally {
      stop.set(true);
      writer.join();
    }
    assertEquals(null, writerFailed.get());
    assertEquals(List.of(), wrong);
    assertTrue(detected > 0, "no change detected in 150 loads; loaded " + loaded);
    System.out.println("Rewritten directory: " + loaded + " loads of one snapshot, " + detected
        + " changes detected, of 150");
  }

  private static int mark(java.util.stream.Stream<String> notes, String note) {
    String marked = notes.filter(n -> n.startsWith(note + " mark ")).findFirst().orElseThrow();
    return Integer.parseInt(marked.substring(note.length() + " mark ".length()).substring(0, 6));
  }
}
