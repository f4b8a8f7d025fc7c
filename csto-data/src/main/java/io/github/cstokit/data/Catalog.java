package io.github.cstokit.data;

import io.github.cstokit.data.spi.DatasetProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
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

  /**
   * Versions, oldest first: by year, then minor, then patch, each compared as a number; texts that are
   * not versions sort first, among themselves by text. Its own class, loaded only when versions are
   * sorted, not on a first {@code bundled()} without providers.
   */
  private static final class OldestFirst implements Comparator<String> {
    static final Comparator<String> INSTANCE = new OldestFirst();

    private OldestFirst() {}

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

  /** Loads the built-in dataset; called once, by {@link #builtIn()}. */
  private final Supplier<CstoDataset> builtIn;
  /** The outcome of loading the built-in dataset, failure included, once loaded. */
  private volatile CstoData.Outcome builtInOutcome;
  /** The providers by version, or null if discovery failed. */
  private final Map<String, DatasetProvider> providers;
  /** Why discovery failed, if it did; empty otherwise. */
  private final List<String> discoveryProblems;
  private final ConcurrentMap<String, CstoData.Outcome> loaded = new ConcurrentHashMap<>();

  /**
   * A catalog of the built-in dataset and the providers {@link ServiceLoader} finds ({@link #discovered}).
   *
   * @param builtIn loads the built-in dataset (called at most once)
   */
  Catalog(Supplier<CstoDataset> builtIn) {
    this(builtIn, null);
  }

  /**
   * A catalog of the built-in dataset and the given providers.
   *
   * @param builtIn loads the built-in dataset (called at most once)
   * @param providers supplies the providers found (called once, here), or null for those
   *     {@link ServiceLoader} finds
   */
  Catalog(Supplier<CstoDataset> builtIn, Supplier<List<DatasetProvider>> providers) {
    this.builtIn = builtIn;
    List<String> problems = new ArrayList<>();
    Map<String, DatasetProvider> byVersion = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    try {
      for (DatasetProvider provider : providers == null ? discovered() : providers.get()) {
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

  /**
   * The versions available, oldest first, the built-in one among them.
   *
   * @throws CstoDataException if a provider cannot be loaded or declares a bad or duplicate version, or
   *     the built-in dataset cannot be loaded
   */
  List<String> versions() {
    List<String> all = new ArrayList<>(providers().keySet());
    String own = builtIn().version();
    if (!all.contains(own)) {
      all.add(own);
    }
    all.sort(OldestFirst.INSTANCE);
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
      return builtIn();
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
    CstoDataset own = builtIn();
    if (own.version().equals(version)) {
      return own;
    }
    DatasetProvider provider = all.get(version);
    if (provider == null) {
      throw CstoDataException.of(List.of("dataset#: " + asked + ", which is not available;"
          + " available: " + String.join(", ", versions())));
    }
    return loaded.computeIfAbsent(version, v -> CstoData.Outcome.of(() -> DatasetLoader.load(provider)))
        .get();
  }

  private Map<String, DatasetProvider> providers() {
    if (providers == null) {
      throw CstoDataException.of(discoveryProblems);
    }
    return providers;
  }

  /** The built-in dataset, loaded on the first call only, the outcome kept, failure included. */
  private CstoDataset builtIn() {
    CstoData.Outcome o = builtInOutcome;
    if (o == null) {
      synchronized (this) {
        o = builtInOutcome;
        if (o == null) {
          o = CstoData.Outcome.of(builtIn);
          builtInOutcome = o;
        }
      }
    }
    return o.get();
  }

  static String where(String providerClass) {
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
