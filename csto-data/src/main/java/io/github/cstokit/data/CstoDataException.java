package io.github.cstokit.data;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a dataset cannot be loaded, or a {@link Documents document} read: unreadable, malformed or
 * inconsistent input.
 *
 * <p>A dataset or a document is read all or nothing, so one exception reports every problem found, each
 * naming the file and the JSON pointer where it was found ({@code file#/json/pointer: what is wrong});
 * a document that is not well-formed JSON names the line and column instead
 * ({@code name:line:column: what is wrong}). {@link #getMessage()} lists them all.
 *
 * <pre>{@code
 * try {
 *   CstoData.load(Path.of("my-data"));
 * } catch (CstoDataException e) {
 *   e.problems().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>Instances are immutable (the problem list cannot be changed) and thread-safe.
 */
public final class CstoDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problems, each of the form {@code file#/json/pointer: what is wrong} or {@code name:line:column: ...}. */
  private final List<String> problems;

  /**
   * Creates an exception that reports the given problems.
   *
   * @param problems the problems found, each naming its file and JSON pointer, not null or empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  CstoDataException(List<String> problems) {
    this("the dataset", problems);
  }

  /**
   * Creates an exception that reports the given problems of a dataset or a document.
   *
   * @param what what has the problems, such as {@code the dataset}, not null
   * @param problems the problems found, each naming its place, not null or empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  CstoDataException(String what, List<String> problems) {
    super(message(what, problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(String what, List<String> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    return problems.size() == 1
        ? problems.get(0)
        : problems.size() + " problems in " + what + ":\n  " + String.join("\n  ", problems);
  }

  /**
   * Returns every problem found, in the order found.
   *
   * @return an unmodifiable, non-empty list, not null
   */
  public List<String> problems() {
    return problems;
  }
}
