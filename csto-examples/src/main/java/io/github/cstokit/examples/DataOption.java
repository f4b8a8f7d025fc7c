package io.github.cstokit.examples;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR|ZIP|JAR|VERSION} option of every command that reads facts: without it the bundled
 * dataset (the newest available), with it the dataset in that directory, ZIP archive or dataset jar,
 * validated as {@code csto validate} validates it, or the dataset of that version ({@code 2026.11.0}) among
 * those the class path or the module path provides, so an edited or an older dataset can be queried and
 * checked against.
 */
final class DataOption {

  @Option(names = "--data", paramLabel = "DIR|ZIP|JAR|VERSION",
      description = {"read the facts from this dataset instead of the bundled one: a directory, a ZIP",
          "archive or a dataset jar holding the data files, or a version such as 2026.11.0"})
  String data;

  /** The dataset the command reads: the one named by {@code --data}, else the bundled one. */
  CstoDataset dataset() {
    return data == null ? CstoData.bundled() : resolve(data);
  }

  /**
   * The dataset a command-line argument names: a directory, a ZIP archive or a dataset jar (a jar is a ZIP
   * archive, and its data files are matched by name), or, when no such file exists and the argument has
   * the form {@code YYYY.MINOR.PATCH}, the dataset of that version ({@link CstoData#version(String)}).
   */
  static CstoDataset resolve(String argument) {
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      throw new BadInput(argument + ": not a path: " + e.getReason());
    }
    if (!Files.exists(path) && argument.matches("\\d{4}\\.\\d{1,9}\\.\\d{1,9}")) {
      return CstoData.version(argument);
    }
    return load(path);
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
