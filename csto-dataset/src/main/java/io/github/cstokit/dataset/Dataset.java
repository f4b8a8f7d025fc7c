package io.github.cstokit.dataset;

import io.github.cstokit.data.spi.DatasetProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The dataset this jar holds: its files sit next to this class, its version in {@code dataset.properties}.
 * csto-data reads and checks the files as it checks a directory.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dataset implements DatasetProvider {

  private final String version;

  /** Reads the version this jar provides; called by {@link java.util.ServiceLoader}. */
  public Dataset() {
    Properties properties = new Properties();
    try (InputStream in = Dataset.class.getResourceAsStream("dataset.properties")) {
      if (in == null) {
        throw new IllegalStateException("dataset.properties is missing from the dataset jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("dataset.properties cannot be read", e);
    }
    this.version = Objects.requireNonNull(properties.getProperty("version"),
        "dataset.properties has no version");
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public Optional<InputStream> open(String file) {
    Objects.requireNonNull(file, "file");
    // Only plain file names: never a path that could reach another resource of the module.
    if (file.indexOf('/') >= 0 || file.indexOf('\\') >= 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(Dataset.class.getResourceAsStream(file));
  }

  /**
   * Names the dataset version, such as {@code csto-dataset 2026.12.0}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "csto-dataset " + version;
  }
}
