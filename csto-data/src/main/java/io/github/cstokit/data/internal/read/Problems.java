package io.github.cstokit.data.internal.read;

import io.github.cstokit.data.internal.json.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems, each as {@code file#/json/pointer: what is wrong}, in the order found; those of a
 * document ({@link #forDocument()}) that is not well-formed JSON as {@code name:line:column: what is
 * wrong}. Not thread-safe.
 */
public final class Problems implements Report {

  private final List<String> list = new ArrayList<>();
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
      list.add(file + ":" + line + ":" + column + ": " + message + " (malformed JSON)");
    } else {
      Report.super.malformed(file, line, column, message);
    }
  }

  @Override
  public void limit(String file, int line, int column, String message) {
    if (document) {
      list.add(file + ":" + line + ":" + column + ": exceeds a safety limit: " + message);
    } else {
      Report.super.limit(file, line, column, message);
    }
  }

  @Override
  public void empty(String file) {
    if (document) {
      list.add(file + ":1:1: the document is empty");
    } else {
      Report.super.empty(file);
    }
  }

  @Override
  public void add(String file, String pointer, String message) {
    list.add(file + "#" + pointer + ": " + message);
  }

  /**
   * Returns the problems found so far.
   *
   * @return the problems, unmodifiable, not null
   */
  public List<String> list() {
    return List.copyOf(list);
  }

  boolean isEmpty() {
    return list.isEmpty();
  }
}
