package io.github.cstokit.data.internal.read;

import io.github.cstokit.data.internal.json.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems, each as {@code file#/json/pointer: what is wrong}, in the order found: the first
 * {@value #LISTED} in full, the rest only counted, so that no input, however broken, costs more memory in
 * problems than that. Not thread-safe.
 */
public final class Problems implements Report {

  /** The most problems listed; the count of the others is kept exact. */
  public static final int LISTED = 1000;

  private final List<String> list = new ArrayList<>();
  private long count;

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
