package io.github.cstokit.data;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thrown when a dataset cannot be loaded, or a {@link Documents document} read: unreadable, malformed or
 * inconsistent input.
 *
 * <p>A dataset or a document is read all or nothing, so one exception reports every problem found, each
 * naming the file and the JSON pointer where it was found ({@code file#/json/pointer: what is wrong});
 * a document that is not well-formed JSON names the line and column instead
 * ({@code name:line:column: what is wrong}). {@link #getMessage()} lists them all. However broken the
 * input, at most the first 1,000 problems are listed; a last line {@code ... and N more problems} then
 * counts the others, and the message's first line gives the exact total.
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

  private static final Pattern MORE = Pattern.compile("\\.\\.\\. and (\\d{1,18}) more problems?");

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

  /**
   * The exception for the given problems, typed as a {@link RuntimeException}, for the code that
   * {@link CstoData#bundled()} runs: {@code throw CstoDataException.of(problems)} leaves this class out of
   * the verification of the throwing class, so that a first {@code bundled()} that fails nowhere never
   * loads it.
   *
   * @param problems the problems found, not null or empty
   * @return the exception, not null
   */
  static RuntimeException of(List<String> problems) {
    return new CstoDataException(problems);
  }

  private static String message(String what, List<String> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    return problems.size() == 1
        ? problems.get(0)
        : count(problems) + " problems in " + what + ":\n  " + String.join("\n  ", problems);
  }

  /** The number of problems: the listed ones, and those a last {@code ... and N more problems} counts. */
  private static long count(List<String> problems) {
    String last = problems.get(problems.size() - 1);
    Matcher more = MORE.matcher(last);
    return more.matches() ? problems.size() - 1 + Long.parseLong(more.group(1)) : problems.size();
  }

  /**
   * Returns every problem found, in the order found; after the first 1,000, one last line
   * {@code ... and N more problems} stands for the others.
   *
   * @return an unmodifiable, non-empty list, not null
   */
  public List<String> problems() {
    return problems;
  }

  /**
   * Returns how many problems were found, listed or not: {@code problems().size()}, or more when the
   * list was cut after the first 1,000.
   *
   * @return the exact number of problems, at least 1
   */
  public long problemCount() {
    return count(problems);
  }
}
