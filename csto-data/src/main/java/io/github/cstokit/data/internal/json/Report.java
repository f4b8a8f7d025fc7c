package io.github.cstokit.data.internal.json;

/** Where the JSON side reports a problem: a file, an RFC 6901 pointer into it, and what is wrong. */
@FunctionalInterface
public interface Report {

  /**
   * Records one problem.
   *
   * @param file the file name, not null
   * @param pointer the JSON pointer, {@code ""} for the whole file, not null
   * @param message what is wrong, not null
   */
  void add(String file, String pointer, String message);
}
