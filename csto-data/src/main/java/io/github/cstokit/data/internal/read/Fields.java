package io.github.cstokit.data.internal.read;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.Confidence;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.TextParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The checks of one field, shared by every file: presence, vocabularies, references to other records,
 * citations of sources and dates. Each reports at the field's pointer and returns null for a value that
 * is absent or wrong; the record's {@link Where} remembers the problem. Holds what the whole dataset
 * knows: the ids of every array, the dataset's last date, the organs that take no decisions. Not
 * thread-safe.
 *
 * <p>The fields of a document ({@link #forDocument()}) are checked as the dataset's, except that what a
 * hypothetical decision or mandate may leave out or make up is open: sources are optional and checked by
 * their form, states by the form of their code, dates by the model's range, and no organ is known not to
 * decide. References to other records (organs, forces, decisions, instruments) are checked against the
 * arrays made known.
 */
public final class Fields {

  /** The first year a dataset date may have. */
  public static final int FIRST_YEAR = 1992;

  /** The form of a state code in a document, and of a record id (lower-case kebab-case). */
  private static final Pattern CODE = Pattern.compile("[A-Z]{2}");
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Map<String, Set<String>> ids = new HashMap<>();
  private final Set<String> known = new HashSet<>();
  private final Set<String> cited = new HashSet<>();
  private final Set<String> nonDeciding = new HashSet<>();
  private LocalDate dataAsOf;
  private final boolean dataset;
  private final Alternatives alternatives = new Alternatives(this);

  /** The fields of the dataset files. */
  public Fields() {
    this(true);
  }

  private Fields(boolean dataset) {
    this.dataset = dataset;
  }

  /**
   * The fields of a document: open where a hypothetical record may be (see the class comment).
   *
   * @return the fields, knowing no array yet
   */
  public static Fields forDocument() {
    return new Fields(false);
  }

  /**
   * The checks of the alternative values a record gives, with these field checks.
   *
   * @return the checks, not null
   */
  public Alternatives alternatives() {
    return alternatives;
  }

  /**
   * Whether these are the fields of the dataset files, which require what a document may leave out.
   *
   * @return true for the dataset, false for a document
   */
  public boolean isDataset() {
    return dataset;
  }

  /** Records the ids of an array whose file was read; references into it are checked from now on. */
  void knownArray(String array, Set<String> arrayIds) {
    ids.put(array, arrayIds);
    known.add(array);
  }

  void dataAsOf(LocalDate date) {
    dataAsOf = date;
  }

  /** The dataset's dataAsOf, or null if unknown. */
  public LocalDate dataAsOf() {
    return dataAsOf;
  }

  /** Whether the array's file was read, so that its ids are known. */
  public boolean knows(String array) {
    return known.contains(array);
  }

  /** Records that an organ's {@code decides} is false. */
  public void nonDeciding(String organ) {
    nonDeciding.add(organ);
  }

  Set<String> cited() {
    return cited;
  }

  /** A required text. */
  public String required(Where at, String field, String value) {
    if (value == null) {
      at.at(field).problem("is required");
      return null;
    }
    return optionalText(at, field, value);
  }

  /** A required value of any type. */
  public <T> T required(Where at, String field, T value) {
    if (value == null) {
      at.at(field).problem("is required");
    }
    return value;
  }

  /** An optional text: when given, it must not be blank. */
  public String optionalText(Where at, String field, String value) {
    if (value != null && value.isBlank()) {
      at.at(field).problem("must not be blank");
      return null;
    }
    return value;
  }

  /** A word of a closed vocabulary. */
  public String word(Where at, String field, String value, Collection<String> allowed,
      boolean isRequired) {
    if (value == null) {
      if (isRequired) {
        at.at(field).problem("is required");
      }
      return null;
    }
    if (!allowed.contains(value)) {
      at.at(field).problem("'" + value + "' is not one of " + new TreeSet<>(allowed));
      return null;
    }
    return value;
  }

  /** A word of a closed vocabulary, mapped to the model's value. */
  public <V> V word(Where at, String field, String value, Map<String, V> vocabulary,
      boolean isRequired) {
    String w = word(at, field, value, vocabulary.keySet(), isRequired);
    return w == null ? null : vocabulary.get(w);
  }

  /** A constant name of a model enum. */
  public <E extends Enum<E>> E constant(Where at, String field, String value, Class<E> type,
      boolean isRequired) {
    Set<String> names = new HashSet<>();
    for (E e : EnumSet.allOf(type)) {
      names.add(e.name());
    }
    String v = word(at, field, value, names, isRequired);
    return v == null ? null : Enum.valueOf(type, v);
  }

  /**
   * A record's optional {@code confidence} mark.
   *
   * @param at the record, not null
   * @param value the mark as written, or null when absent
   * @return the confidence, or null when absent or not a {@link Confidence} name (a problem)
   */
  public Confidence confidence(Where at, String value) {
    return constant(at, "confidence", value, Confidence.class, false);
  }

  /** The id of a record of another array. */
  public String reference(Where at, String field, String value, String array, String what,
      boolean isRequired) {
    if (value == null) {
      if (isRequired) {
        at.at(field).problem("is required");
      }
      return null;
    }
    if (!ids.getOrDefault(array, Set.of()).contains(value)) {
      // When the referenced file could not be read, that is the problem reported, not every reference.
      if (known.contains(array)) {
        at.at(field).problem("unknown " + what + " '" + value + "'");
      } else {
        at.drop();
      }
      return null;
    }
    return value;
  }

  /** The id (ISO alpha-2 code) of a state of states.json; in a document, any code of that form. */
  public String state(Where at, String field, String value, boolean isRequired) {
    if (dataset || value == null) {
      return reference(at, field, value, "states", "state", isRequired);
    }
    if (!CODE.matcher(value).matches()) {
      at.at(field).problem("'" + value + "' is not an ISO 3166-1 alpha-2 code such as KZ");
      return null;
    }
    return value;
  }


  /** An organ id naming a model body. */
  public Body body(Where at, String field, String value, boolean isRequired) {
    String organ = reference(at, field, value, "organs", "organ", isRequired);
    if (organ == null) {
      return null;
    }
    Optional<Body> body = Body.byOrganId(organ);
    if (body.isEmpty()) {
      at.at(field).problem("organ '" + organ + "' is not a body that decides");
      return null;
    }
    return body.get();
  }

  /** A body that takes decisions: as {@link #body}, and the organ's {@code decides} must be true. */
  public Body decidingBody(Where at, String field, String value, boolean isRequired) {
    Body body = body(at, field, value, isRequired);
    if (body != null && nonDeciding.contains(value)) {
      at.at(field).problem("organ '" + value + "' takes no decisions (its decides is false in"
          + " organs.json)");
      return null;
    }
    return body;
  }

  /**
   * The {@code sources} of a fact: known source ids, each cited once; in a document, optional, and ids by
   * their form.
   */
  public List<String> sources(Where at, List<String> sourceIds, boolean isRequired) {
    if (sourceIds == null || sourceIds.isEmpty()) {
      if (isRequired && dataset) {
        at.at("sources").problem("a fact needs at least one source");
      }
      return List.of();
    }
    Set<String> knownIds = ids.getOrDefault("sources", Set.of());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < sourceIds.size(); i++) {
      String id = sourceIds.get(i);
      Where here = at.at("sources").at(i);
      if (id == null) {
        here.problem("must be a source id, not null");
      } else if (!dataset && !ID.matcher(id).matches()) {
        here.problem("'" + id + "' is not a source id: lower-case kebab-case such as tass-2022-01-06");
      } else if (dataset && !knownIds.contains(id)) {
        if (known.contains("sources")) {
          here.problem("unknown source '" + id + "'");
        } else {
          here.drop();
        }
      } else if (!seen.add(id)) {
        here.problem("source '" + id + "' is cited twice");
      } else {
        cited.add(id);
      }
    }
    return sourceIds;
  }

  /** A full or partial date at this place, within the dataset's years. */
  public PartialDate date(Where at, String text) {
    if (text == null) {
      return null;
    }
    if (!hasDateForm(text)) {
      at.problem("'" + text + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
      return null;
    }
    PartialDate date;
    try {
      date = PartialDate.parse(text);
    } catch (TextParseException e) {
      at.problem(text + " is not a date");
      return null;
    }
    int last = dataAsOf == null ? 2999 : dataAsOf.getYear();
    if (dataset && (date.year() < FIRST_YEAR || date.year() > last)) {
      at.problem(text + " is outside the dataset's years " + FIRST_YEAR + " to " + last);
      return null;
    }
    return date;
  }

  /** An optional date field. */
  public PartialDate date(Where at, String field, String text) {
    return date(at.at(field), text);
  }

  /** A required date field. */
  public PartialDate requiredDate(Where at, String field, String text) {
    if (text == null) {
      at.at(field).problem("is required");
      return null;
    }
    return date(at.at(field), text);
  }

  /** An optional end that must not come before the start: a problem at {@code end} if it does. */
  public void endNotBeforeStart(Where at, PartialDate start, PartialDate end) {
    if (start != null && end != null && end.firstDay().isBefore(start.firstDay())) {
      at.at("end").problem(end + " is before the start " + start);
    }
  }

  /** An optional count that must be positive: a problem at the field if it is zero or less. */
  public void positive(Where at, String field, Integer value) {
    if (value != null && value <= 0) {
      at.at(field).problem("must be positive");
    }
  }

  /** An optional full date field, within the dataset's years. */
  public LocalDate fullDate(Where at, String field, String text) {
    return fullDate(at.at(field), text, true);
  }

  /** A full date at this place, checked against the dataset's years or not. */
  LocalDate fullDate(Where at, String text, boolean checkRange) {
    if (text == null) {
      return null;
    }
    if (text.length() != 10 || !hasDateForm(text)) {
      at.problem("'" + text + "' is not a full date of the form YYYY-MM-DD");
      return null;
    }
    if (checkRange) {
      PartialDate d = date(at, text);
      return d == null ? null : d.firstDay();
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      at.problem(text + " is not a date");
      return null;
    }
  }

  private static boolean hasDateForm(String s) {
    int n = s.length();
    if (n != 4 && n != 7 && n != 10) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean dash = i == 4 || i == 7;
      if (dash ? c != '-' : (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The ISO alpha-2 codes of a list of states, each checked as by {@link #state} at its index under
   * {@code field}; a code given twice is a problem at its second place. Null for none given.
   */
  public List<String> states(Where at, String field, List<String> values) {
    if (values == null) {
      return null;
    }
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String s = state(at.at(field), String.valueOf(i), values.get(i), true);
      if (s != null && codes.contains(s)) {
        at.at(field).at(i).problem("repeats '" + s + "'");
      } else if (s != null) {
        codes.add(s);
      }
    }
    return codes;
  }
}
