package io.github.cstokit.data.internal.read;

import io.github.cstokit.data.internal.json.JsonFile;
import io.github.cstokit.data.internal.json.Pointers;
import java.time.DateTimeException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the dataset: a file, a JSON pointer into it, and whether the record it belongs to has had a
 * problem. Cursors made with {@link #at(String)} share their record's state, so a problem anywhere in a
 * record, sub-records included, makes {@link #build} return empty: a mapping needs no null checks of its
 * own. Not thread-safe.
 */
public final class Where {

  private final Problems problems;
  private final String file;
  private final String pointer;
  private final boolean[] failed;

  private Where(Problems problems, String file, String pointer, boolean[] failed) {
    this.problems = problems;
    this.file = file;
    this.pointer = pointer;
    this.failed = failed;
  }

  /**
   * Starts a record.
   *
   * @param problems where problems go, not null
   * @param file the file name, not null
   * @param pointer the pointer of the record's object, not null
   * @return a cursor at the record, with no problem yet
   */
  public static Where record(Problems problems, String file, String pointer) {
    return new Where(problems, file, pointer, new boolean[1]);
  }

  /**
   * Returns a cursor at a member of this place, in the same record.
   *
   * @param name the member name, not null
   * @return the cursor
   */
  public Where at(String name) {
    return new Where(problems, file, pointer + "/" + Pointers.token(name), failed);
  }

  /**
   * Returns a cursor at an element of this place, in the same record.
   *
   * @param index the element index
   * @return the cursor
   */
  public Where at(int index) {
    return new Where(problems, file, pointer + "/" + index, failed);
  }

  /** Returns a cursor at this place that starts a record of its own (its problems stay its own). */
  Where newRecord() {
    return new Where(problems, file, pointer, new boolean[1]);
  }

  /**
   * Reports a problem here, and marks the record as failed.
   *
   * @param message what is wrong, not null
   */
  public void problem(String message) {
    problems.add(file, pointer, message);
    failed[0] = true;
  }

  /**
   * Marks the record as not to be built without a problem of its own: a value it refers to could not be
   * read, and that is the problem reported.
   */
  public void drop() {
    failed[0] = true;
  }

  /**
   * Tells whether the record is still free of problems.
   *
   * @return true if no problem was reported in the record and it was not dropped
   */
  public boolean ok() {
    return !failed[0];
  }

  /**
   * Runs a model builder if the record is free of problems, reporting its invariant violations here.
   *
   * @param builder builds the model value, not null
   * @param <T> the model type
   * @return the value, or empty after a problem in this record
   */
  public <T> Optional<T> build(Supplier<T> builder) {
    if (failed[0]) {
      return Optional.empty();
    }
    try {
      return Optional.of(builder.get());
    } catch (NullPointerException e) {
      nullProblem(e.getMessage());
      return Optional.empty();
    } catch (IllegalStateException e) {
      Matcher missing = MISSING.matcher(String.valueOf(e.getMessage()));
      if (missing.find()) {
        // The builder's own words name its Java attributes; say which values are missing.
        problem("is missing required values: " + missing.group(1));
      } else {
        problem(JsonFile.firstLine(e.getMessage()));
      }
      return Optional.empty();
    } catch (IllegalArgumentException | DateTimeException e) {
      problem(JsonFile.firstLine(e.getMessage()));
      return Optional.empty();
    }
  }

  /** The words of a builder that lacks required attributes. */
  private static final Pattern MISSING =
      Pattern.compile("some of required attributes are not set \\[([^\\]]*)\\]");

  /** A null a model builder refused: at the field it names, in the dataset's words. */
  private void nullProblem(String message) {
    String m = message == null ? "" : message.strip();
    if (m.endsWith(" element") && m.indexOf(' ') == m.length() - " element".length()) {
      at(m.substring(0, m.indexOf(' '))).problem("must not hold null");
    } else if (m.matches("[A-Za-z][A-Za-z0-9]*")) {
      at(m).problem("is required");
    } else {
      problem("holds a null where a value is required");
    }
  }

  /**
   * Returns the file name.
   *
   * @return the file, not null
   */
  public String file() {
    return file;
  }

  /**
   * Returns the JSON pointer.
   *
   * @return the pointer, not null
   */
  public String pointer() {
    return pointer;
  }
}
