package io.github.cstokit.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Argument checks shared by the model's value types; messages always name the field.
 *
 * <p>Every check throws {@link IllegalArgumentException} with a message of the form
 * {@code <field> must ... but was ...}. There is one check per kind of rule: types call these
 * helpers from their {@code @Value.Check} method or their factories, never write their own.
 */
final class Checks {

  /** ISO 3166-1 alpha-2 code. */
  static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

  /**
   * Identifiers of records (sources, events, instruments, organs, ...): a letter or digit, then letters,
   * digits, '.', '_', ':' or '-'.
   */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

  private Checks() {}

  static void notBlank(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }

  static void notBlank(String field, Optional<String> value) {
    if (value.isPresent()) {
      notBlank(field, value.get());
    }
  }

  static void matches(String field, String value, Pattern pattern) {
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must match " + pattern.pattern() + " but was '" + value + "'");
    }
  }

  static void matches(String field, Optional<String> value, Pattern pattern) {
    if (value.isPresent()) {
      matches(field, value.get(), pattern);
    }
  }

  static void iso2(String field, String value) {
    matches(field, value, ISO2);
  }

  static void id(String field, String value) {
    matches(field, value, ID);
  }

  /** Each element must be an id; the message names the element by index, e.g. {@code sources[1]}. */
  static void ids(String field, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      matches(field + "[" + i + "]", values.get(i), ID);
    }
  }

  static void positive(String field, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be positive but was " + value);
    }
  }

  static void between(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be between " + min + " and " + max + " but was " + value);
    }
  }

  static void notEmpty(String field, Collection<?> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
  }

  /** No element may occur twice; the message names the first repeated one. */
  static <T> void distinct(String field, Collection<T> values) {
    Set<T> seen = new HashSet<>();
    for (T value : values) {
      if (!seen.add(value)) {
        throw new IllegalArgumentException(field + " must not repeat '" + value + "'");
      }
    }
  }

  /** A fact with alternative values must say which value it uses. */
  static void choiceGiven(List<AlternativeValue> alternatives, Optional<String> choice) {
    if (!alternatives.isEmpty() && choice.isEmpty()) {
      throw new IllegalArgumentException("choice must be present when alternatives are not empty");
    }
    notBlank("choice", choice);
  }

  /** {@code later} must come strictly after {@code earlier}; both are printed in the message. */
  static void after(String laterField, Object later, String earlierField, Object earlier, boolean ok) {
    if (!ok) {
      throw new IllegalArgumentException(
          laterField + " (" + later + ") must be after " + earlierField + " (" + earlier + ")");
    }
  }

  /** {@code later} must not come before {@code earlier}; both are printed in the message. */
  static void notBefore(
      String laterField, Object later, String earlierField, Object earlier, boolean ok) {
    if (!ok) {
      throw new IllegalArgumentException(
          laterField + " (" + later + ") must not be before " + earlierField + " (" + earlier + ")");
    }
  }
}
