package io.github.cstokit.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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

  /**
   * A form a text must have, checked by hand rather than by a compiled regular expression (so that
   * building a value compiles no pattern); {@link #pattern()} is the equivalent regular expression, which
   * the messages quote.
   */
  enum Form {
    /** ISO 3166-1 alpha-2 code. */
    ISO2("[A-Z]{2}"),
    /** Three upper-case Latin letters (ISO 3166-1 alpha-3 code, Correlates of War abbreviation). */
    ALPHA3("[A-Z]{3}"),
    /**
     * Identifiers of records (sources, events, instruments, organs, ...): a letter or digit, then
     * letters, digits, '.', '_', ':' or '-'.
     */
    ID("[A-Za-z0-9][A-Za-z0-9._:-]*"),
    /** A label (article, paragraph, version): {@code [\p{L}\p{N}][\p{L}\p{N}.-]*}. */
    LABEL("[\\p{L}\\p{N}][\\p{L}\\p{N}.-]*"),
    /** Words of {@code [\p{L}\p{N}][\p{L}\p{N}.'-]*} separated by single spaces. */
    WORDS("[\\p{L}\\p{N}][\\p{L}\\p{N}.'-]*(?: [\\p{L}\\p{N}][\\p{L}\\p{N}.'-]*)*");

    private final String pattern;

    Form(String pattern) {
      this.pattern = pattern;
    }

    /** The equivalent regular expression. */
    String pattern() {
      return pattern;
    }

    /**
     * Whether the whole text has this form. (Tests of identity, not a {@code switch}: a switch on an
     * enum compiles to one more class, which the first value built in a fresh JVM would load.)
     */
    boolean matches(String s) {
      if (this == ISO2) {
        return isIso2(s);
      } else if (this == ALPHA3) {
        return isAlpha3(s);
      } else if (this == ID) {
        return isId(s);
      } else if (this == LABEL) {
        return isWord(s, 0, s.length(), false);
      }
      return isWords(s);
    }
  }

  private Checks() {}

  // The forms' tests are Checks' own, not the enum's, so that the checks of a code or an id (iso2,
  // alpha3, id, ids) load the enum only to word a failure: the first values built in a fresh JVM then
  // load one class less.

  private static boolean isIso2(String s) {
    return s.length() == 2 && isUpper(s.charAt(0)) && isUpper(s.charAt(1));
  }

  private static boolean isAlpha3(String s) {
    return s.length() == 3 && isUpper(s.charAt(0)) && isUpper(s.charAt(1)) && isUpper(s.charAt(2));
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  private static boolean isId(String s) {
    if (s.isEmpty() || !isAsciiAlnum(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAsciiAlnum(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** {@code \p{L}} or {@code \p{N}}, as the regular expressions define them (by code point). */
  private static boolean isLetterOrNumber(int cp) {
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  /** Whether s[from, to) is a letter or number followed by letters, numbers, '.', '-' (and '\''). */
  private static boolean isWord(String s, int from, int to, boolean apostrophe) {
    if (from >= to) {
      return false;
    }
    int i = from;
    int cp = s.codePointAt(i);
    if (!isLetterOrNumber(cp)) {
      return false;
    }
    i += Character.charCount(cp);
    while (i < to) {
      cp = s.codePointAt(i);
      if (!isLetterOrNumber(cp) && cp != '.' && cp != '-' && (!apostrophe || cp != '\'')) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean isWords(String s) {
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == ' ') {
        if (!isWord(s, start, i, true)) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  /** The failure of a form check, naming the field, the form's pattern and the value. */
  private static IllegalArgumentException mismatch(String field, String value, Form form) {
    return new IllegalArgumentException(
        field + " must match " + form.pattern() + " but was '" + value + "'");
  }

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

  static void matches(String field, String value, Form form) {
    if (!form.matches(value)) {
      throw mismatch(field, value, form);
    }
  }

  static void matches(String field, Optional<String> value, Form form) {
    if (value.isPresent()) {
      matches(field, value.get(), form);
    }
  }

  static void iso2(String field, String value) {
    if (!isIso2(value)) {
      throw mismatch(field, value, Form.ISO2);
    }
  }

  static void iso2(String field, Optional<String> value) {
    if (value.isPresent()) {
      iso2(field, value.get());
    }
  }

  static void alpha3(String field, String value) {
    if (!isAlpha3(value)) {
      throw mismatch(field, value, Form.ALPHA3);
    }
  }

  static void id(String field, String value) {
    if (!isId(value)) {
      throw mismatch(field, value, Form.ID);
    }
  }

  /** A fact of the historical record names at least one source, and each is an id. */
  static void sourced(Sourced fact) {
    notEmpty("sources", fact.sources());
    ids("sources", fact.sources());
  }

  /**
   * A record of the historical record: its id has the form of one, it names at least one source, each
   * an id, and its note, if any, is not blank.
   */
  static <T extends Identified & Sourced & Noted> void recorded(T fact) {
    id("id", fact.id());
    sourced(fact);
    notBlank("note", fact.note());
  }

  /**
   * A fact that may be hypothetical: the sources it names, possibly none, are ids, and its note, if any,
   * is not blank.
   */
  static <T extends Sourced & Noted> void sourcesAndNote(T fact) {
    ids("sources", fact.sources());
    notBlank("note", fact.note());
  }

  /** A record on a status names itself and its applicant by id, and its sources by their ids. */
  static void statusMatter(StatusMatter matter) {
    id("id", matter.id());
    id("applicant", matter.applicant());
    ids("sources", matter.sources());
  }

  /** The abbreviations of a part of the structure are not blank. */
  static void abbreviated(Abbreviated part) {
    notBlank("abbreviation", part.abbreviation());
    notBlank("abbreviationRu", part.abbreviationRu());
  }

  /** The instruments a part of the structure rests on as a whole are named by id. */
  static void legallyBased(LegallyBased part) {
    ids("legalBasisInstrumentIds", part.legalBasisInstrumentIds());
  }

  /** Each element must be an id; the message names the element by index, e.g. {@code sources[1]}. */
  static void ids(String field, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (!isId(values.get(i))) {
        throw mismatch(field + "[" + i + "]", values.get(i), Form.ID);
      }
    }
  }

  static void positive(String field, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be positive but was " + value);
    }
  }

  static void positive(String field, OptionalInt value) {
    if (value.isPresent()) {
      positive(field, value.getAsInt());
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

  /** No two records may have the same id; the message names the first repeated one. */
  static void distinctIds(String field, List<? extends Identified> records) {
    List<String> ids = new java.util.ArrayList<>(records.size());
    for (Identified record : records) {
      ids.add(record.id());
    }
    distinct(field, ids);
  }

  /** A value that belongs to another ({@code absent} is false) must be absent unless that one is given. */
  static void onlyWith(String field, boolean absent, String other, boolean otherGiven) {
    if (!absent && !otherGiven) {
      throw new IllegalArgumentException(field + " must be empty when there is no " + other);
    }
  }

  /** Alternatives kept for one field name that field, or none. */
  static void fieldIs(String list, List<AlternativeValue> alternatives, String field) {
    for (AlternativeValue a : alternatives) {
      if (a.field().isPresent() && !a.field().get().equals(field)) {
        throw new IllegalArgumentException(list + " must be for " + field + " but " + a + " is for "
            + a.field().get());
      }
    }
  }

  /** The alternatives, each naming the field given where it names none. */
  static List<AlternativeValue> named(List<AlternativeValue> alternatives, String field) {
    List<AlternativeValue> list = new java.util.ArrayList<>();
    for (AlternativeValue a : alternatives) {
      list.add(a.field().isPresent() ? a : AlternativeValue.builder().from(a).field(field).build());
    }
    return list;
  }

  /** Alternatives for a record's fields must each name the field they are for. */
  static void fieldsNamed(String field, List<AlternativeValue> alternatives) {
    for (AlternativeValue a : alternatives) {
      if (a.field().isEmpty()) {
        throw new IllegalArgumentException(field + " must each name the field they are for but "
            + a + " names none");
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

  /** A disputed fact must say which values it uses. */
  static void choiceGiven(Disputed fact) {
    choiceGiven(fact.alternatives(), fact.choice());
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
