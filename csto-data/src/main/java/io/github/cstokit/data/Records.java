package io.github.cstokit.data;

import io.github.cstokit.model.Period;
import io.github.cstokit.model.Session;
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

  /**
   * The sessions within a period, as {@link #within} with {@link Session#isWithin} would give them,
   * written out: no method reference to bootstrap on a first sessions query.
   */
  static List<Session> sessionsWithin(List<Session> sessions, Period period) {
    List<Session> list = new ArrayList<>();
    for (Session session : sessions) {
      if (session.isWithin(period)) {
        list.add(session);
      }
    }
    return Collections.unmodifiableList(list);
  }
}
