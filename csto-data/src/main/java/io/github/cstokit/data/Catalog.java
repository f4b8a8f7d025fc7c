package io.github.cstokit.data;

import io.github.cstokit.data.internal.read.DatasetFiles;
import io.github.cstokit.data.spi.DatasetProvider;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The dataset versions available: the one built into csto-data and those of the {@link DatasetProvider}s
 * found. Each version is loaded once, on first use, the built-in one from its snapshot, a provider's from
 * its JSON files with every check ({@link DatasetLoader}, as for a directory). Thread-safe.
 */
final class Catalog {

  /** The system property that pins the version {@link CstoData#bundled()} returns. */
  static final String VERSION_PROPERTY = "io.github.cstokit.data.version";

  /** Versions, oldest first: by year, then minor, then patch, each compared as a number. */
  static final Comparator<String> OLDEST_FIRST = new OldestFirst();

  /**
   * {@link #OLDEST_FIRST}, written out: no lambda to spin up on the first {@code bundled()}. Texts that
   * are not versions sort first, among themselves by text.
   */
  private static final class OldestFirst implements Comparator<String> {
    OldestFirst() {}

    @Override
    public int compare(String a, String b) {
      for (int i = 0; i < 3; i++) {
        int c = Long.compare(part(a, i), part(b, i));
        if (c != 0) {
          return c;
        }
      }
      return a.compareTo(b);
    }
  }

  private final Supplier<CstoDataset> builtIn;
  /** The providers by version, or null if discovery failed. */
  private final Map<String, DatasetProvider> providers;
  /** Why discovery failed, if it did; empty otherwise. */
  private final List<String> discoveryProblems;
  private final ConcurrentMap<String, CstoData.Outcome> loaded = new ConcurrentHashMap<>();

  /**
   * A catalog of the built-in dataset and the given providers.
   *
   * @param builtIn loads the built-in dataset (called at most once)
   * @param providers supplies the providers found (called once, here)
   */
  Catalog(Supplier<CstoDataset> builtIn, Supplier<List<DatasetProvider>> providers) {
    this.builtIn = new Once(builtIn);
    List<String> problems = new ArrayList<>();
    Map<String, DatasetProvider> byVersion = new TreeMap<>(OLDEST_FIRST);
    Map<String, String> names = new HashMap<>();
    try {
      for (DatasetProvider provider : providers.get()) {
        String name = provider.getClass().getName();
        String version = provider.version();
        if (version == null || !isVersion(version)) {
          problems.add(where(name) + "#: declares version '" + version
              + "', not a dataset version of the form YYYY.MINOR.PATCH");
        } else if (byVersion.putIfAbsent(version, provider) != null) {
          problems.add(where(name) + "#: declares version " + version + ", as "
              + names.get(version) + " does: which to read is ambiguous");
        } else {
          names.put(version, name);
        }
      }
    } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
      problems.add("META-INF/services/" + DatasetProvider.class.getName()
          + "#: a dataset provider cannot be loaded: " + e);
    }
    this.providers = problems.isEmpty() ? Map.copyOf(byVersion) : null;
    this.discoveryProblems = List.copyOf(problems);
  }

  /** The providers that {@link ServiceLoader} finds for csto-data's class loader and module layer. */
  static List<DatasetProvider> discovered() {
    List<DatasetProvider> found = new ArrayList<>();
    for (DatasetProvider provider
        : ServiceLoader.load(DatasetProvider.class, Catalog.class.getClassLoader())) {
      found.add(provider);
    }
    return found;
  }

  /** {@link #discovered()} as a supplier, written out: no lambda on the first {@code bundled()}. */
  static final class Discovered implements Supplier<List<DatasetProvider>> {
    @Override
    public List<DatasetProvider> get() {
      return discovered();
    }
  }

  /**
   * The versions available, oldest first, the built-in one among them.
   *
   * @throws CstoDataException if a provider cannot be loaded or declares a bad or duplicate version, or
   *     the built-in dataset cannot be loaded
   */
  List<String> versions() {
    List<String> all = new ArrayList<>(providers().keySet());
    String own = builtIn.get().version();
    if (!all.contains(own)) {
      all.add(own);
    }
    all.sort(OLDEST_FIRST);
    return List.copyOf(all);
  }

  /**
   * The dataset {@link CstoData#bundled()} returns: the version the system property pins, else the
   * newest available; without providers, the built-in one.
   */
  CstoDataset bundled() {
    String pinned = System.getProperty(VERSION_PROPERTY, "").strip();
    if (!pinned.isEmpty()) {
      return version(pinned, "the system property " + VERSION_PROPERTY + " pins version " + pinned);
    }
    if (providers().isEmpty()) {
      return builtIn.get();
    }
    List<String> versions = versions();
    return version(versions.get(versions.size() - 1));
  }

  /** The dataset of one version; the built-in one if it has that version. */
  CstoDataset version(String version) {
    return version(version, "version " + version);
  }

  private CstoDataset version(String version, String asked) {
    Objects.requireNonNull(version, "version");
    Map<String, DatasetProvider> all = providers();
    CstoDataset own = builtIn.get();
    if (own.version().equals(version)) {
      return own;
    }
    DatasetProvider provider = all.get(version);
    if (provider == null) {
      throw new CstoDataException(List.of("dataset#: " + asked + ", which is not available;"
          + " available: " + String.join(", ", versions())));
    }
    return loaded.computeIfAbsent(version, v -> CstoData.Outcome.of(() -> load(provider))).get();
  }

  private Map<String, DatasetProvider> providers() {
    if (providers == null) {
      throw new CstoDataException(discoveryProblems);
    }
    return providers;
  }

  /**
   * Reads a provider's files and loads them as a directory's are loaded; the files must hold the
   * version the provider declares. Each problem is prefixed with the provider's name.
   */
  static CstoDataset load(DatasetProvider provider) {
    String name = where(provider.getClass().getName());
    Map<String, byte[]> files = new HashMap<>();
    List<String> unreadable = new ArrayList<>();
    for (String file : DatasetLoader.FILES) {
      try {
        Optional<InputStream> opened = provider.open(file);
        if (opened.isEmpty()) {
          continue; // reported as missing by the loader
        }
        try (InputStream in = opened.get()) {
          byte[] bytes = DatasetFiles.readBounded(in);
          if (bytes == null) {
            unreadable.add(name + ": " + file + "#: the file is larger than "
                + DatasetFiles.MAX_FILE_SIZE + " bytes");
          } else {
            files.put(file, bytes);
          }
        }
      } catch (IOException | RuntimeException e) {
        unreadable.add(name + ": " + file + "#: cannot be read: " + e);
      }
    }
    if (!unreadable.isEmpty()) {
      throw new CstoDataException(unreadable);
    }
    CstoDataset dataset;
    try {
      dataset = DatasetLoader.load(files);
    } catch (CstoDataException e) {
      List<String> problems = new ArrayList<>();
      for (String problem : e.problems()) {
        problems.add(name + ": " + problem);
      }
      throw new CstoDataException(problems);
    }
    if (!dataset.version().equals(provider.version())) {
      throw new CstoDataException(List.of(name + ": states.json#/version: the files hold version "
          + dataset.version() + ", the provider declares " + provider.version()));
    }
    return dataset;
  }

  /** Loads the built-in dataset on the first call only, keeping the outcome, failure included. */
  private static final class Once implements Supplier<CstoDataset> {
    private final Supplier<CstoDataset> load;
    private volatile CstoData.Outcome outcome;

    Once(Supplier<CstoDataset> load) {
      this.load = load;
    }

    @Override
    public CstoDataset get() {
      CstoData.Outcome o = outcome;
      if (o == null) {
        synchronized (this) {
          o = outcome;
          if (o == null) {
            o = CstoData.Outcome.of(load);
            outcome = o;
          }
        }
      }
      return o.get();
    }
  }

  private static String where(String providerClass) {
    return "dataset provider " + providerClass;
  }

  /**
   * Whether a text is a version of the form {@code YYYY.MINOR.PATCH}: four digits, a dot, one to nine
   * digits, a dot, one to nine digits.
   */
  static boolean isVersion(String text) {
    return parts(text) != null;
  }

  /** The three numbers of a version, or null if the text is not one. */
  private static long[] parts(String text) {
    long[] parts = new long[3];
    int part = 0;
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' && digits < 9) {
        parts[part] = parts[part] * 10 + (c - '0');
        digits++;
      } else if (c == '.' && part < 2 && (part == 0 ? digits == 4 : digits > 0)) {
        part++;
        digits = 0;
      } else {
        return null;
      }
    }
    return part == 2 && digits > 0 ? parts : null;
  }

  private static long part(String version, int index) {
    long[] parts = parts(version);
    return parts == null ? -1 : parts[index];
  }
}
