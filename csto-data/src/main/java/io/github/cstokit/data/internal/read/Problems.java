package io.github.cstokit.data.internal.read;

import io.github.cstokit.data.internal.json.Report;
import java.util.ArrayList;
import java.util.List;

/** Collects problems, each as {@code file#/json/pointer: what is wrong}, in the order found. Not thread-safe. */
public final class Problems implements Report {

  private final List<String> list = new ArrayList<>();

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
