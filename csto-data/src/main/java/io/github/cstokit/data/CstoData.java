package io.github.cstokit.data;

import io.github.cstokit.data.internal.snapshot.SnapshotReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Entry point to the CSTO dataset: the one bundled in this module, or a newer or edited one loaded from
 * files with the same validation.
 *
 * <p>A dataset is eleven JSON files ({@code sources.json}, {@code states.json}, {@code instruments.json},
 * {@code events.json}, {@code organs.json}, {@code offices.json}, {@code chairmanships.json},
 * {@code sessions.json}, {@code forces.json}, {@code mandates.json}, {@code activities.json}) in the
 * format described in the project's {@code docs/data-format.md}. Loading is strict and all or nothing:
 * every problem found (malformed JSON, unknown or missing properties, wrong types, duplicate ids,
 * dangling references, impossible dates, periods that end before they start or overlap, facts without a
 * source, a wrong format, versions or data dates that differ between files, events before 1992-05-15 or
 * after the data date) is reported in one {@link CstoDataException}, each problem with its file and
 * JSON pointer, such as {@code events.json#/events/12/date: 2023-02-30 is not a date}. Nothing is
 * half-loaded, and a failed load leaves the bundled dataset untouched.
 *
 * <pre>{@code
 * CstoDataset bundled = CstoData.bundled();
 * bundled.version();                                  // 2026.11.0
 * CstoDataset edited = CstoData.load(Path.of("my-data"));   // a directory holding the eleven files
 * try (InputStream zip = Files.newInputStream(Path.of("my-data.zip"))) {
 *   CstoDataset zipped = CstoData.load(zip);
 * }
 * }</pre>
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class CstoData {

  /** Largest file accepted from a ZIP archive, uncompressed, in bytes. */
  private static final long MAX_ENTRY_SIZE = 8L * 1024 * 1024;

  private CstoData() {}

  /**
   * Holds the bundled dataset; the JVM initializes it once, lazily and thread-safely. Also its loader, a
   * class rather than a method reference, so that the first {@code bundled()} bootstraps no lambda.
   */
  private static final class Bundled implements Supplier<CstoDataset> {
    static final Outcome OUTCOME = Outcome.of(new Bundled());

    private Bundled() {}

    @Override
    public CstoDataset get() {
      return loadBundled();
    }
  }

  /**
   * The outcome of loading the bundled dataset: the dataset, or the problems that stopped it. A failure
   * is caught here, never in a class initializer's error, and each {@link #get()} throws a fresh
   * exception, so that every caller sees a {@link CstoDataException} with its own stack trace.
   */
  static final class Outcome {
    private final CstoDataset dataset;
    private final List<String> problems;

    private Outcome(CstoDataset dataset, List<String> problems) {
      this.dataset = dataset;
      this.problems = problems;
    }

    /** Runs the load once and keeps what it gave. */
    static Outcome of(Supplier<CstoDataset> load) {
      try {
        return new Outcome(Objects.requireNonNull(load.get(), "the loaded dataset"), List.of());
      } catch (CstoDataException e) {
        return new Outcome(null, e.problems());
      } catch (RuntimeException | LinkageError e) {
        return new Outcome(null, List.of(SnapshotReader.RESOURCE
            + "#: the bundled dataset cannot be loaded: " + e));
      }
    }

    CstoDataset get() {
      if (dataset == null) {
        throw new CstoDataException(problems);
      }
      return dataset;
    }
  }

  /**
   * Returns the dataset bundled with this module, loading and validating it on the first call only.
   *
   * @return the bundled dataset, the same instance on every call; not null
   * @throws CstoDataException if the bundled files are missing or invalid (a packaging error), on
   *     every call
   */
  public static CstoDataset bundled() {
    return Bundled.OUTCOME.get();
  }

  /**
   * Loads a dataset from a directory holding the eleven dataset files, or from a ZIP archive file (such
   * as {@code my-data.zip}) holding them, read as {@link #load(InputStream)} reads it. In a directory,
   * other files (such as the {@code *.schema.json} files) are ignored. A path that is a regular file is
   * read as a ZIP archive, whatever its name; any other path is read as a directory.
   *
   * @param path the directory or the ZIP archive file, not null
   * @return the dataset, not null
   * @throws CstoDataException if the archive or a file is missing, unreadable or invalid, listing every
   *     problem; read failures are reported this way too
   */
  public static CstoDataset load(Path path) {
    Objects.requireNonNull(path, "path");
    if (Files.isRegularFile(path)) {
      try (InputStream in = Files.newInputStream(path)) {
        return load(in);
      } catch (IOException e) {
        throw new CstoDataException(List.of("archive#: cannot be read: " + reason(e)));
      }
    }
    Path dir = path;
    Map<String, byte[]> files = new HashMap<>();
    List<String> unreadable = new java.util.ArrayList<>();
    for (String name : DatasetLoader.FILES) {
      Path file = dir.resolve(name);
      // Never more than MAX_ENTRY_SIZE bytes in memory: the size is checked before reading, and the
      // read itself stops there (a device or a pipe has no size but may never end).
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = Files.size(file) > MAX_ENTRY_SIZE ? null : readLimited(in);
        if (bytes == null) {
          unreadable.add(name + "#: the file is larger than " + MAX_ENTRY_SIZE + " bytes");
          continue;
        }
        files.put(name, bytes);
      } catch (NoSuchFileException e) {
        // reported as missing by the loader
      } catch (IOException e) {
        unreadable.add(name + "#: cannot be read: " + reason(e));
      }
    }
    if (!unreadable.isEmpty()) {
      throw new CstoDataException(unreadable);
    }
    return DatasetLoader.load(files);
  }

  /**
   * Loads a dataset from a ZIP archive holding the eleven dataset files. Entries are matched by their
   * file name, in any folder of the archive; other entries are ignored. The stream is read to its end
   * but not closed.
   *
   * @param zip the ZIP archive, not null
   * @return the dataset, not null
   * @throws CstoDataException if the stream is not a ZIP archive, cannot be read, or a file is missing,
   *     appears twice, is too large or is invalid, listing every problem
   */
  public static CstoDataset load(InputStream zip) {
    Objects.requireNonNull(zip, "zip");
    Map<String, byte[]> files = new HashMap<>();
    List<String> problems = new java.util.ArrayList<>();
    boolean anyEntry = false;
    try {
      ZipInputStream in = new ZipInputStream(zip);
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        anyEntry = true;
        if (entry.isDirectory()) {
          continue;
        }
        String name = entry.getName();
        name = name.substring(name.lastIndexOf('/') + 1);
        if (!DatasetLoader.FILES.contains(name)) {
          continue;
        }
        byte[] bytes = readLimited(in);
        if (bytes == null) {
          problems.add(name + "#: the file is larger than " + MAX_ENTRY_SIZE + " bytes");
        } else if (files.putIfAbsent(name, bytes) != null) {
          problems.add(name + "#: the archive holds the file twice (" + entry.getName() + ")");
        }
      }
    } catch (ZipException e) {
      problems.add("archive#: not a readable ZIP archive: " + e.getMessage());
    } catch (IOException e) {
      problems.add("archive#: cannot be read: " + reason(e));
    }
    if (!anyEntry && problems.isEmpty()) {
      problems.add("archive#: not a ZIP archive, or an empty one");
    }
    if (!problems.isEmpty()) {
      throw new CstoDataException(problems);
    }
    return DatasetLoader.load(files);
  }

  /** Why a file cannot be read, without repeating its path. */
  private static String reason(IOException e) {
    if (e instanceof java.nio.file.FileSystemException) {
      String reason = ((java.nio.file.FileSystemException) e).getReason();
      if (reason != null) {
        return reason;
      }
      return e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.toString();
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  private static byte[] readLimited(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > MAX_ENTRY_SIZE) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * Reads the bundled dataset from its binary snapshot, compiled at build time from the JSON files after
   * every check ({@code SnapshotCompiler}); without a snapshot (classes run straight from sources), loads
   * and checks the JSON files instead. Both give equal datasets.
   */
  private static CstoDataset loadBundled() {
    byte[] snapshot;
    try {
      snapshot = readSnapshot();
    } catch (IOException | URISyntaxException e) {
      throw new CstoDataException(List.of(SnapshotReader.RESOURCE
          + "#: the bundled snapshot cannot be read: " + e.getMessage()));
    }
    if (snapshot == null) {
      return loadBundledJson();
    }
    try {
      return new CstoDataset(SnapshotReader.read(snapshot));
    } catch (IOException | RuntimeException e) {
      throw new CstoDataException(List.of(SnapshotReader.RESOURCE + "#: the bundled snapshot is"
          + " corrupt or from another version of csto-data: " + e));
    }
  }

  /**
   * The bundled snapshot's bytes, or null if there is none. On the module path, from this module; on the
   * class path, from the jar this class was loaded from, which its class loader has already opened (a
   * resource looked up through the class loader is opened through a {@code jar:} URL and its connection
   * classes, which a fresh JVM must first load); else as a class-relative resource.
   */
  private static byte[] readSnapshot() throws IOException, URISyntaxException {
    Module module = CstoData.class.getModule();
    java.security.CodeSource code = CstoData.class.getProtectionDomain().getCodeSource();
    java.net.URL jar = code == null ? null : code.getLocation();
    if (!module.isNamed() && jar != null && "file".equals(jar.getProtocol())
        && jar.getPath().endsWith(".jar")) {
      try (ZipFile zip = new ZipFile(new File(jar.toURI()))) {
        ZipEntry entry = zip.getEntry("io/github/cstokit/data/" + SnapshotReader.RESOURCE);
        if (entry != null) {
          try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
          }
        }
      }
    }
    try (InputStream in = CstoData.class.getResourceAsStream(SnapshotReader.RESOURCE)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  private static CstoDataset loadBundledJson() {
    Map<String, byte[]> files = new HashMap<>();
    for (String name : DatasetLoader.FILES) {
      // Class-relative lookup: resources of a named module are encapsulated from class loaders.
      try (InputStream in = CstoData.class.getResourceAsStream(name)) {
        if (in != null) {
          files.put(name, in.readAllBytes());
        }
      } catch (IOException e) {
        throw new CstoDataException(List.of(name + "#: the bundled file cannot be read: "
            + e.getMessage()));
      }
    }
    return DatasetLoader.load(files);
  }
}
