package io.github.cstokit.data.internal.read.files;

import io.github.cstokit.model.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** How the record writers leave out what is empty and write a day, so that the readers read it back. */
final class Written {

  private Written() {}

  /** A full date as written, checked to read back: a year from 1900 to 2999. */
  static String day(LocalDate date) {
    return PartialDate.of(date).toString();
  }

  static Integer orNull(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  static <T> List<T> orNull(List<T> list) {
    return list.isEmpty() ? null : list;
  }

  static <K, V> Map<K, V> orNull(Map<K, V> map) {
    return map.isEmpty() ? null : map;
  }
}
