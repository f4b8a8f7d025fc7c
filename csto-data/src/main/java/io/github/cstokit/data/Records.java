package io.github.cstokit.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiPredicate;

/** Filters a dataset's records by a period or a date, keeping their order. */
final class Records {

  private Records() {}

  /**
   * The records for which the test holds with the given period or date, as an unmodifiable list; the
   * caller has checked {@code when} for null, naming its parameter.
   */
  static <T, W> List<T> within(List<T> records, W when, BiPredicate<T, W> test) {
    List<T> list = new ArrayList<>();
    for (T record : records) {
      if (test.test(record, when)) {
        list.add(record);
      }
    }
    return Collections.unmodifiableList(list);
  }
}
