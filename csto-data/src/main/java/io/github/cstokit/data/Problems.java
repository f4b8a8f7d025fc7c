package io.github.cstokit.data;

import java.util.ArrayList;
import java.util.List;

/** Collects load problems, each as {@code file#/json/pointer: what is wrong}. Not thread-safe. */
final class Problems {

  private final List<String> list = new ArrayList<>();

  void add(String file, String pointer, String message) {
    list.add(file + "#" + pointer + ": " + message);
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  List<String> list() {
    return list;
  }

  void throwIfAny() {
    if (!list.isEmpty()) {
      throw new CstoDataException(list);
    }
  }

  /** Escapes one JSON pointer reference token (RFC 6901). */
  static String token(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }
}
