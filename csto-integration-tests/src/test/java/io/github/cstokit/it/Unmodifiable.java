package io.github.cstokit.it;

import java.util.Collection;
import java.util.Map;

/** Whether a collection or map refuses every change, checked by trying one that must be refused. */
final class Unmodifiable {

  private Unmodifiable() {}

  static boolean holds(Object value) {
    try {
      if (value instanceof Collection) {
        Collection<?> collection = (Collection<?>) value;
        if (collection.isEmpty()) {
          collection.add(null);
        } else {
          collection.removeIf(x -> true);
        }
      } else if (value instanceof Map) {
        Map<?, ?> map = (Map<?, ?>) value;
        if (map.isEmpty()) {
          map.put(null, null);
        } else {
          map.clear();
        }
      } else {
        return true;
      }
      return false;
    } catch (UnsupportedOperationException expected) {
      return true;
    }
  }
}
