package io.github.cstokit.data.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A dataset that ships in its own jar, such as {@code io.github.cstokit:csto-dataset:2026.12.0}, found by
 * {@link java.util.ServiceLoader}: on the module path through the jar's {@code provides} clause, on the
 * class path through its {@code META-INF/services/io.github.cstokit.data.spi.DatasetProvider} file.
 *
 * <p>A provider only hands over the dataset's files; {@code io.github.cstokit.data.CstoData} reads and
 * checks them exactly as it reads and checks a directory, and refuses a provider whose files hold
 * another version than {@link #version()} declares. A newer dataset is thus taken up by adding its jar,
 * without upgrading the library, as {@code java.time} takes up tzdb data through its zone rules
 * providers.
 *
 * <pre>{@code
 * public final class MyDataset implements DatasetProvider {
 *   public String version() { return "2027.1.0"; }
 *   public Optional<InputStream> open(String file) {
 *     return Optional.ofNullable(MyDataset.class.getResourceAsStream(file));
 *   }
 * }
 * }</pre>
 *
 * <p>Implementations must be thread-safe and have a public no-argument constructor.
 */
public interface DatasetProvider {

  /**
   * The version of the dataset this provider holds, of the form {@code YYYY.MINOR.PATCH}, such as
   * {@code 2026.12.0}; it must equal the {@code version} recorded in each of its files. Called often:
   * it must not read the files.
   *
   * @return the version, not null
   */
  String version();

  /**
   * Opens one of the dataset's files by its name, such as {@code events.json}; the caller reads the
   * stream to its end and closes it.
   *
   * @param file the file name, one of the dataset's JSON files, not null
   * @return the file's content, or empty if the provider has no such file
   * @throws IOException if the file exists but cannot be opened
   */
  Optional<InputStream> open(String file) throws IOException;
}
