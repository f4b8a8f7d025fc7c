package io.github.cstokit.data.internal.read;

import io.github.cstokit.data.internal.json.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems, each as {@code file#/json/pointer: what is wrong}, in the order found; those of a
 * document ({@link #forDocument()}) that is not well-formed JSON as {@code name:line:column: what is
 * wrong}. The first {@value #LISTED} are kept in full, the rest only counted, so that no input, however
 * broken, costs more memory in problems than that. Not thread-safe.
 */
public final class Problems implements Report {

  /** The most problems listed; the count of the others is kept exact. */
  public static final int LISTED = 1000;

  private final List<String> list = new ArrayList<>();
  private long count;

  private final boolean document;

  /** Collects the problems of dataset files. */
  public Problems() {
    this(false);
  }

  private Problems(boolean document) {
    this.document = document;
  }

  /**
   * Collects the problems of a document, placing malformed JSON by line and column.
   *
   * @return the collector, empty
   */
  public static Problems forDocument() {
    return new Problems(true);
  }

  @Override
  public void malformed(String file, int line, int column, String message) {
    if (document) {
      listed(file + ":" + line + ":" + column + ": " + message + " (malformed JSON)");
    } else {
      Report.super.malformed(file, line, column, message);
    }
  }

  @Override
  public void limit(String file, int line, int column, String message) {
    if (document) {
      listed(file + ":" + line + ":" + column + ": exceeds a safety limit: " + message);
    } else {
      Report.super.limit(file, line, column, message);
    }
  }

  @Override
  public void empty(String file) {
    if (document) {
      listed(file + ":1:1: the document is empty");
    } else {
      Report.super.empty(file);
    }
  }

  private void listed(String problem) {
    if (count++ < LISTED) {
      list.add(problem);
    }
  }

  @Override
  public void add(String file, String pointer, String message) {
    if (count++ < LISTED) {
      list.add(file + "#" + pointer + ": " + message);
    }
  }

  /**
   * Returns the problems found so far: the first {@value #LISTED}, then, if there were more, one line
   * {@code ... and N more problems}.
   *
   * @return the problems, unmodifiable, not null
   */
  public List<String> list() {
    if (count <= LISTED) {
      return List.copyOf(list);
    }
    List<String> all = new ArrayList<>(list);
    all.add(more(count - LISTED));
    return List.copyOf(all);
  }

  /**
   * The line that ends a list of problems cut at {@value #LISTED}.
   *
   * @param more how many problems were not listed, positive
   * @return {@code ... and N more problems}
   */
  public static String more(long more) {
    return "... and " + more + " more problem" + (more == 1 ? "" : "s");
  }

  /**
   * Returns how many problems were found, listed or not.
   *
   * @return the exact count
   */
  public long count() {
    return count;
  }

  boolean isEmpty() {
    return count == 0;
  }
}
