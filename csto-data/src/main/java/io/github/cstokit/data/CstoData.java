package io.github.cstokit.data;

import io.github.cstokit.data.internal.read.DatasetFiles;
import io.github.cstokit.data.internal.snapshot.SnapshotReader;
import io.github.cstokit.data.spi.DatasetProvider;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StreamCorruptedException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Entry point to the CSTO dataset: the one bundled in this module, a newer one from a dataset jar, a
 * version named by the analysis that cites it, or an edited one loaded from files, all with the same
 * validation.
 *
 * <p>A dataset is twelve JSON files ({@code sources.json}, {@code states.json}, {@code instruments.json},
 * {@code events.json}, {@code organs.json}, {@code offices.json}, {@code chairmanships.json},
 * {@code sessions.json}, {@code forces.json}, {@code mandates.json}, {@code activities.json},
 * {@code observers.json}) in the format described in the project's {@code docs/data-format.md}.
 * {@code observers.json} may be absent, as it is from datasets older than the file (2026.11.0): such a
 * dataset records no observer statuses. Loading is strict and all or nothing:
 * every problem found (malformed JSON, unknown or missing properties, wrong types, duplicate ids,
 * dangling references, impossible dates, periods that end before they start or overlap, facts without a
 * source, a wrong format, versions or data dates that differ between files, events before 1992-05-15 or
 * after the data date) is reported in one {@link CstoDataException}, each problem with its file and
 * JSON pointer, such as {@code events.json#/events/12/date: 2023-02-30 is not a date}. Nothing is
 * half-loaded, and a failed load leaves the bundled dataset untouched.
 *
 * <pre>{@code
 * CstoDataset bundled = CstoData.bundled();
 * bundled.version();                                  // 2026.12.0
 * CstoData.versions();                                // [2026.12.0], more with dataset jars
 * CstoDataset cited = CstoData.version("2026.12.0");
 * CstoDataset edited = CstoData.load(Path.of("my-data"));   // a directory holding the dataset's files
 * try (InputStream zip = Files.newInputStream(Path.of("my-data.zip"))) {
 *   CstoDataset zipped = CstoData.load(zip);
 * }
 * }</pre>
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class CstoData {

  /**
   * The system property that pins the dataset version {@link #bundled()} returns, such as
   * {@code -Dio.github.cstokit.data.version=2026.11.0}; read on the first call of {@code bundled()}.
   */
  public static final String VERSION_PROPERTY = Catalog.VERSION_PROPERTY;

  private CstoData() {}

  /**
   * Holds the built-in dataset, loaded on first use; the JVM initializes it once, lazily and
   * thread-safely. Also reads the snapshot again when its later sections are first needed.
   */
  private static final class Installed implements Supplier<CstoDataset>, Callable<SnapshotReader> {
    static final Outcome BUILT_IN = Outcome.of(new Installed());

    private Installed() {}

    /** Loads the built-in dataset (a class, not a lambda: nothing to spin up on the first call). */
    @Override
    public CstoDataset get() {
      return loadBundled();
    }

    /** Reads the whole snapshot again, for the sections the first read left unread. */
    @Override
    public SnapshotReader call() throws IOException, URISyntaxException {
      return readSnapshot(null);
    }
  }

  /** Holds the catalog of versions, the built-in one among them, discovered on first use. */
  private static final class Versions implements Supplier<CstoDataset> {
    static final Catalog CATALOG = new Catalog(new Versions());

    private Versions() {}

    /** The built-in dataset, the same instance {@link #bundled()} may return. */
    @Override
    public CstoDataset get() {
      return Installed.BUILT_IN.get();
    }
  }

  /** Holds the dataset {@link #bundled()} returns, chosen and loaded on its first call. */
  private static final class Bundled implements Supplier<CstoDataset> {
    static final Outcome OUTCOME = Outcome.of(new Bundled());

    private Bundled() {}

    /**
     * Without a pinned version and without any dataset provider, the built-in dataset, without the
     * catalog (which the JVM then never loads); otherwise the catalog's choice, the newest or the pinned.
     */
    @Override
    public CstoDataset get() {
      if (System.getProperty(VERSION_PROPERTY, "").isBlank() && !anyProvider()) {
        return Installed.BUILT_IN.get();
      }
      return Versions.CATALOG.bundled();
    }
  }

  /**
   * Whether {@link ServiceLoader} finds a dataset provider for this class's loader and module layer, as
   * the catalog's discovery would; true as well if looking fails, so that the catalog reports why.
   */
  private static boolean anyProvider() {
    try {
      return ServiceLoader.load(DatasetProvider.class, CstoData.class.getClassLoader()).iterator()
          .hasNext();
    } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
      return true;
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

    /**
     * Runs the load once and keeps what it gave. (A {@link CstoDataException} is told apart by
     * {@code instanceof}, not caught by type, and thrown by {@link CstoDataException#of}: a catch or a
     * throw of that type would load its class on every first {@code bundled()}.)
     */
    static Outcome of(Supplier<CstoDataset> load) {
      try {
        return new Outcome(Objects.requireNonNull(load.get(), "the loaded dataset"), List.of());
      } catch (RuntimeException | LinkageError e) {
        return new Outcome(null, e instanceof CstoDataException ? ((CstoDataException) e).problems()
            : List.of(SnapshotReader.RESOURCE + "#: the bundled dataset cannot be loaded: " + e));
      }
    }

    CstoDataset get() {
      if (dataset == null) {
        throw CstoDataException.of(problems);
      }
      return dataset;
    }
  }

  /**
   * Returns the newest dataset available: the one built into this module, or a newer one that a dataset
   * jar (such as {@code io.github.cstokit:csto-dataset}) on the class path or the module path provides
   * (see {@link io.github.cstokit.data.spi.DatasetProvider}). The system property
   * {@value #VERSION_PROPERTY} pins the version instead. The dataset is chosen, loaded and validated on
   * the first call only; a provider's files are checked as {@link #load(Path)} checks a directory's, at
   * the cost of such a load, while the built-in dataset is read from its snapshot. A dataset jar of the
   * built-in version is not read: the built-in dataset is that version.
   *
   * <pre>{@code
   * CstoData.bundled().version();        // 2026.12.0, or the newest dataset jar's version
   * }</pre>
   *
   * @return the newest or the pinned dataset, the same instance on every call; not null
   * @throws CstoDataException if that dataset is missing or invalid, or a dataset provider cannot be
   *     loaded or declares a bad or duplicate version, on every call
   */
  public static CstoDataset bundled() {
    return Bundled.OUTCOME.get();
  }

  /**
   * Lists the dataset versions available: the built-in one and those of the dataset jars found.
   *
   * <pre>{@code
   * CstoData.versions();                 // [2026.11.0, 2026.12.0] with csto-dataset 2026.11.0 present
   * }</pre>
   *
   * @return an unmodifiable list of versions such as {@code 2026.12.0}, oldest first, never empty
   * @throws CstoDataException if the built-in dataset cannot be loaded, or a dataset provider cannot be
   *     loaded or declares a bad or duplicate version
   */
  public static List<String> versions() {
    return Versions.CATALOG.versions();
  }

  /**
   * Returns the dataset of one version, so that an analysis can be re-run on the data version it cites:
   * the built-in dataset if it has that version, else the one a dataset jar provides, loaded and checked
   * as {@link #load(Path)} checks a directory on the first call for that version only. This pins the
   * version for one caller; {@value #VERSION_PROPERTY} pins it for {@link #bundled()}.
   *
   * <pre>{@code
   * CstoDataset cited = CstoData.version("2026.11.0");
   * cited.members(LocalDate.of(2012, 12, 31));   // what that data version knew about that date
   * }</pre>
   *
   * @param version the version, such as {@code 2026.11.0}, not null
   * @return the dataset, the same instance on every call for a version; not null
   * @throws CstoDataException if no dataset of that version is available (the problem lists those that
   *     are), or its files are missing or invalid
   */
  public static CstoDataset version(String version) {
    Objects.requireNonNull(version, "version");
    return Versions.CATALOG.version(version);
  }

  /**
   * Loads a dataset from a directory holding the dataset's JSON files, or from a ZIP archive file (such
   * as {@code my-data.zip}) holding them; {@code observers.json} may be absent (no observer statuses). In a directory, other files (such as the {@code *.schema.json}
   * files) are ignored, and only regular files are opened; a directory changed while it is read is
   * reported, not returned. A path that is a regular file is read as a ZIP archive, whatever its name,
   * through its index: other entries are not read. A path that is neither (a named pipe, a device) is
   * refused without being opened.
   *
   * @param path the directory or the ZIP archive file, not null
   * @return the dataset, not null
   * @throws CstoDataException if the archive or a file is missing, unreadable or invalid, listing every
   *     problem; read failures are reported this way too
   */
  public static CstoDataset load(Path path) {
    return DatasetLoader.load(DatasetFiles.read(Objects.requireNonNull(path, "path")));
  }

  /**
   * Loads a dataset from a ZIP archive holding the dataset's JSON files ({@code observers.json} may be
   * absent: no observer statuses). Entries are matched by their
   * file name, in any folder of the archive; other entries are ignored. The stream is read to its end
   * but not closed.
   *
   * @param zip the ZIP archive, not null
   * @return the dataset, not null
   * @throws CstoDataException if the stream is not a ZIP archive, cannot be read, or a file is missing,
   *     appears twice, is too large or is invalid, listing every problem
   */
  public static CstoDataset load(InputStream zip) {
    return DatasetLoader.load(DatasetFiles.zip(Objects.requireNonNull(zip, "zip")));
  }

  /**
   * Reads the bundled dataset from its binary snapshot, compiled at build time from the JSON files after
   * every check ({@code SnapshotCompiler}); without a snapshot (classes run straight from sources), loads
   * and checks the JSON files instead. Both give equal datasets.
   */
  private static CstoDataset loadBundled() {
    SnapshotReader snapshot;
    try {
      snapshot = readSnapshot(new Installed());
    } catch (StreamCorruptedException | EOFException | RuntimeException e) {
      throw CstoDataException.of(List.of(SnapshotReader.RESOURCE + "#: the bundled snapshot is"
          + " corrupt or from another version of csto-data: " + e));
    } catch (IOException | URISyntaxException e) {
      throw CstoDataException.of(List.of(SnapshotReader.RESOURCE
          + "#: the bundled snapshot cannot be read: " + e.getMessage()));
    }
    return snapshot == null ? DatasetLoader.loadBundledJson() : new CstoDataset(snapshot);
  }

  /**
   * Reads the bundled snapshot, or returns null if there is none: with {@code whole} set, its first part
   * only, leaving the rest to be read on first use through {@code whole} (see
   * {@link SnapshotReader#read(InputStream, java.util.concurrent.Callable)}); with null, all of it. On
   * the module path, from this module; on the class path, from the jar this class was loaded from, which
   * its class loader has already opened (a resource looked up through the class loader is opened through
   * a {@code jar:} URL and its connection classes, which a fresh JVM must first load); else as a
   * class-relative resource.
   */
  private static SnapshotReader readSnapshot(Installed whole) throws IOException, URISyntaxException {
    Module module = CstoData.class.getModule();
    java.security.CodeSource code = CstoData.class.getProtectionDomain().getCodeSource();
    java.net.URL jar = code == null ? null : code.getLocation();
    if (!module.isNamed() && jar != null && "file".equals(jar.getProtocol())
        && jar.getPath().endsWith(".jar")) {
      try (ZipFile zip = new ZipFile(new File(jar.toURI()))) {
        ZipEntry entry = zip.getEntry("io/github/cstokit/data/" + SnapshotReader.RESOURCE);
        if (entry != null) {
          try (InputStream in = zip.getInputStream(entry)) {
            return SnapshotReader.read(in, whole);
          }
        }
      }
    }
    try (InputStream in = CstoData.class.getResourceAsStream(SnapshotReader.RESOURCE)) {
      return in == null ? null : SnapshotReader.read(in, whole);
    }
  }
}
