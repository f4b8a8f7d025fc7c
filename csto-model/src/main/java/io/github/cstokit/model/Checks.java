package io.github.cstokit.model;

import java.util.regex.Pattern;

/** Argument checks shared by the model's value types; messages always name the field. */
final class Checks {

  private Checks() {}

  static void notBlank(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }

  static void matches(String field, String value, Pattern pattern) {
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must match " + pattern.pattern() + " but was '" + value + "'");
    }
  }

  static void positive(String field, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be positive but was " + value);
    }
  }
}
