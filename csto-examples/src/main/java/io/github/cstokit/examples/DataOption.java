package io.github.cstokit.examples;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR|ZIP} option of every command that reads facts: without it the bundled dataset,
 * with it the dataset at that path, validated as {@code csto validate} validates it, so an edited dataset
 * can be queried and checked against.
 */
final class DataOption {

  @Option(names = "--data", paramLabel = "DIR|ZIP",
      description = "read the facts from this dataset (a directory or a ZIP archive) instead of the bundled one")
  Path path;

  /** The dataset the command reads: the one named by {@code --data}, else the bundled one. */
  CstoDataset dataset() {
    return path == null ? CstoData.bundled() : load(path);
  }

  /**
   * Loads the dataset at a path, refusing without opening it anything that is neither a directory nor a
   * regular file (a named pipe or a device would block or never end).
   */
  static CstoDataset load(Path path) {
    if (Files.isDirectory(path) || Files.isRegularFile(path)) {
      return CstoData.load(path);
    }
    if (Files.exists(path)) {
      throw new BadInput(path + ": not a regular file or a directory");
    }
    throw new BadInput(path + ": no such directory or file");
  }
}
