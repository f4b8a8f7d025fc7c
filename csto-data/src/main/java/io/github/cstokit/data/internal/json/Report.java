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

  /**
   * Records JSON that is not well-formed. The default reports it at the whole file, naming the line and
   * the column in the message.
   *
   * @param file the file name, not null
   * @param line the line, from 1
   * @param column the column, from 1
   * @param message what is wrong, not null
   */
  default void malformed(String file, int line, int column, String message) {
    add(file, "", "malformed JSON at line " + line + ", column " + column + ": " + message);
  }

  /**
   * Records a file with no JSON value at all. The default reports it at the whole file.
   *
   * @param file the file name, not null
   */
  default void empty(String file) {
    add(file, "", "the file is empty");
  }

  /**
   * Records JSON that exceeds a safety limit (nesting, string or number length, document size). The
   * default reports it at the whole file.
   *
   * @param file the file name, not null
   * @param line the line where reading stopped, from 1
   * @param column the column where reading stopped, from 1
   * @param message which limit, not null
   */
  default void limit(String file, int line, int column, String message) {
    add(file, "", "exceeds a safety limit: " + message);
  }
}
