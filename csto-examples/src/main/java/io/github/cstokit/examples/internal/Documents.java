package io.github.cstokit.examples.internal;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Command;
import io.github.cstokit.model.Completion;
import io.github.cstokit.model.Contingent;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.ForceKind;
import io.github.cstokit.model.HostRequest;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.Territory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a decision or a mandate from the JSON form of the {@code csto check} command (documented in
 * {@code io.github.cstokit.examples.Check} and the README) into the model's types.
 *
 * <p>Reading is strict: unknown or missing properties, wrong types, unknown enum values, impossible dates
 * and malformed citations are errors, reported with the JSON pointer of the offending value.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class Documents {

  private Documents() {}

  /** A value that does not fit the document form, with the JSON pointer where it was found. */
  public static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The JSON pointer of the offending value ({@code ""} for the whole document). */
    private final String pointer;

    Invalid(String pointer, String message) {
      super(message);
      this.pointer = pointer;
    }

    /**
     * The JSON pointer of the offending value.
     *
     * @return the pointer, such as {@code /mandate/request/date}; {@code ""} for the whole document
     */
    public String pointer() {
      return pointer;
    }
  }

  /** What a document holds: exactly one of a decision or a mandate. */
  public static final class Subject {
    private final Decision decision;
    private final Mandate mandate;

    private Subject(Decision decision, Mandate mandate) {
      this.decision = decision;
      this.mandate = mandate;
    }

    /**
     * The decision, if the document holds one.
     *
     * @return the decision, or empty
     */
    public Optional<Decision> decision() {
      return Optional.ofNullable(decision);
    }

    /**
     * The mandate, if the document holds one.
     *
     * @return the mandate, or empty
     */
    public Optional<Mandate> mandate() {
      return Optional.ofNullable(mandate);
    }
  }

  /**
   * Reads a document.
   *
   * @param json the document text, not null
   * @param recordedDecisions looks up a decision of the dataset by id, for a mandate whose
   *     {@code decision} is given as an id; not null
   * @return what the document holds, not null
   * @throws JsonReader.Syntax if the text is not well-formed JSON
   * @throws Invalid if the JSON does not have the document form
   */
  public static Subject read(String json, Function<String, Optional<Decision>> recordedDecisions) {
    Obj root = Obj.of(JsonReader.read(json), "");
    Optional<Obj> decision = root.optObject("decision");
    Optional<Obj> mandate = root.optObject("mandate");
    root.done();
    if (decision.isPresent() == mandate.isPresent()) {
      throw new Invalid("", "the document must hold exactly one of \"decision\" or \"mandate\"");
    }
    return decision.isPresent()
        ? new Subject(decision(decision.get()), null)
        : new Subject(null, mandate(mandate.get(), recordedDecisions));
  }

  private static Decision decision(Obj o) {
    Decision.Builder b = Decision.builder();
    o.optString("id").ifPresent(b::id);
    b.body(body(o, "body"));
    b.date(o.date("date"));
    b.title(o.string("matter"));
    o.optEnum("matterKind", Matter.class).ifPresent(b::matter);
    o.optEnum("format", DecisionFormat.class).ifPresent(b::format);
    o.optObject("positions").ifPresent(p -> {
      for (String state : p.keys()) {
        b.putPosition(p.stateKey(state), p.enumValue(state, Position.class));
      }
      p.done();
    });
    o.optStates("signatures").ifPresent(b::addAllSignatures);
    o.optString("note").ifPresent(b::note);
    o.optStrings("sources").ifPresent(b::addAllSources);
    o.done();
    return o.build(b::build);
  }

  private static Mandate mandate(Obj o, Function<String, Optional<Decision>> recordedDecisions) {
    Mandate.Builder b = Mandate.builder();
    b.id(o.string("id"));
    b.forceKind(o.enumValue("force", ForceKind.class));
    String host = o.state("host");
    b.hostState(host);
    b.territory(o.enumValue("territory", Territory.class));
    o.optObject("request").ifPresent(r -> {
      HostRequest.Builder rb = HostRequest.builder().state(host);
      rb.author(r.string("author"));
      rb.date(r.partialDate("date"));
      r.optString("addressee").ifPresent(rb::addressee);
      r.optStrings("sources").ifPresent(rb::addAllSources);
      r.done();
      b.request(r.build(rb::build));
    });
    o.optStrings("legalBases").ifPresent(list -> {
      for (int i = 0; i < list.size(); i++) {
        String text = list.get(i);
        Citation citation = null;
        try {
          citation = Citation.parse(text);
        } catch (IllegalArgumentException e) {
          // reported below
        }
        // a citation without an article must name the version, so that 'Article 4' is not read as one
        if (citation == null || (citation.article().isEmpty() && citation.version().isEmpty())) {
          throw new Invalid(o.pointer + "/legalBases/" + i, "'" + text
              + "' is not a citation of the form '<instrument> Art. <article>[(<paragraph>)][ [<version>]]'"
              + " or '<instrument> [<version>]', such as 'Treaty Art. 4 [2010]' or 'Charter [2002]'");
        }
        b.addLegalBasis(citation);
      }
    });
    Object decision = o.raw("decision");
    if (decision instanceof String) {
      String id = (String) decision;
      b.decision(recordedDecisions.apply(id).orElseThrow(() -> new Invalid(o.pointer + "/decision",
          "no recorded decision has the id '" + id + "'")));
    } else if (decision != null) {
      b.decision(decision(Obj.of(decision, o.pointer + "/decision")));
    }
    o.optArray("contingents").ifPresent(list -> {
      for (Obj c : list) {
        Contingent.Builder cb = Contingent.builder().state(c.state("state"));
        c.optInt("size").ifPresent(cb::size);
        c.optString("sizeNote").ifPresent(cb::sizeNote);
        c.optBoolean("underUnifiedCommand").ifPresent(cb::underUnifiedCommand);
        c.optBoolean("voluntary").ifPresent(cb::voluntary);
        c.done();
        b.addContingent(c.build(cb::build));
      }
    });
    o.optObject("command").ifPresent(c -> {
      Command.Builder cb = Command.builder().commander(c.string("commander"));
      c.optState("commanderState").ifPresent(cb::commanderState);
      cb.appointingBody(body(c, "appointingBody"));
      c.optPartialDate("date").ifPresent(cb::date);
      c.optString("note").ifPresent(cb::note);
      c.done();
      b.command(c.build(cb::build));
    });
    o.optStrings("tasks").ifPresent(b::addAllTasks);
    o.optString("area").ifPresent(b::area);
    o.optObject("period").ifPresent(p -> {
      LocalDate start = p.date("start");
      Optional<LocalDate> lastDay = p.optDate("lastDay");
      p.done();
      if (lastDay.isPresent() && lastDay.get().isBefore(start)) {
        throw new Invalid(p.pointer + "/lastDay", "the last day " + lastDay.get()
            + " is before the start " + start);
      }
      b.period(lastDay.isPresent() ? Period.ofClosed(start, lastDay.get()) : Period.startingOn(start));
    });
    o.optDate("unSecurityCouncilInformed").ifPresent(b::unSecurityCouncilInformed);
    o.optDate("unSecurityCouncilDecision").ifPresent(b::unSecurityCouncilDecision);
    o.optObject("completion").ifPresent(c -> {
      Completion.Builder cb = Completion.builder();
      if (c.has("decidingBody")) {
        cb.decidingBody(body(c, "decidingBody"));
      }
      c.optPartialDate("decisionDate").ifPresent(cb::decisionDate);
      c.optDate("withdrawalStart").ifPresent(cb::withdrawalStart);
      c.optDate("withdrawalEnd").ifPresent(cb::withdrawalEnd);
      c.optString("note").ifPresent(cb::note);
      c.done();
      b.completion(c.build(cb::build));
    });
    b.deployed(o.optBoolean("deployed").orElse(Boolean.TRUE));
    o.optStrings("sources").ifPresent(b::addAllSources);
    o.done();
    return o.build(b::build);
  }

  private static Body body(Obj o, String key) {
    String id = o.string(key);
    return Body.byOrganId(id).orElseThrow(() -> new Invalid(o.pointer + "/" + key,
        "'" + id + "' is not a body; expected one of " + Arrays.stream(Body.values())
            .map(Body::organId).collect(Collectors.joining(", "))));
  }

  /** A JSON object being read, with its pointer; remembers which properties were read. */
  private static final class Obj {
    final Map<String, Object> map;
    final String pointer;
    final Set<String> read = new HashSet<>();

    private Obj(Map<String, Object> map, String pointer) {
      this.map = map;
      this.pointer = pointer;
    }

    @SuppressWarnings("unchecked")
    static Obj of(Object value, String pointer) {
      if (!(value instanceof Map)) {
        throw new Invalid(pointer, "expected an object but found " + kind(value));
      }
      return new Obj((Map<String, Object>) value, pointer);
    }

    List<String> keys() {
      read.addAll(map.keySet());
      return new ArrayList<>(map.keySet());
    }

    boolean has(String key) {
      return map.containsKey(key) && map.get(key) != JsonReader.NULL;
    }

    String at(String key) {
      return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** The value, or null when absent or JSON null. */
    Object raw(String key) {
      read.add(key);
      Object value = map.get(key);
      return value == JsonReader.NULL ? null : value;
    }

    Object required(String key) {
      Object value = raw(key);
      if (value == null) {
        throw new Invalid(at(key), "the property \"" + key + "\" is required");
      }
      return value;
    }

    String string(String key) {
      return asString(required(key), at(key));
    }

    Optional<String> optString(String key) {
      Object value = raw(key);
      return value == null ? Optional.empty() : Optional.of(asString(value, at(key)));
    }

    static String asString(Object value, String pointer) {
      if (!(value instanceof String)) {
        throw new Invalid(pointer, "expected a string but found " + kind(value));
      }
      if (((String) value).isBlank()) {
        throw new Invalid(pointer, "must not be blank");
      }
      return (String) value;
    }

    String state(String key) {
      return asState(string(key), at(key));
    }

    Optional<String> optState(String key) {
      return optString(key).map(s -> asState(s, at(key)));
    }

    String stateKey(String key) {
      return asState(key, at(key));
    }

    static String asState(String code, String pointer) {
      if (!code.matches("[A-Z]{2}")) {
        throw new Invalid(pointer, "'" + code + "' is not an ISO 3166-1 alpha-2 code such as KZ");
      }
      return code;
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type) {
      return asEnum(string(key), type, at(key));
    }

    <E extends Enum<E>> Optional<E> optEnum(String key, Class<E> type) {
      return optString(key).map(s -> asEnum(s, type, at(key)));
    }

    static <E extends Enum<E>> E asEnum(String text, Class<E> type, String pointer) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
      throw new Invalid(pointer, "'" + text + "' is not one of " + Arrays.stream(type.getEnumConstants())
          .map(Enum::name).collect(Collectors.joining(", ")));
    }

    LocalDate date(String key) {
      return asDate(string(key), at(key));
    }

    Optional<LocalDate> optDate(String key) {
      return optString(key).map(s -> asDate(s, at(key)));
    }

    static LocalDate asDate(String text, String pointer) {
      try {
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
          return LocalDate.parse(text);
        }
      } catch (DateTimeParseException e) {
        throw new Invalid(pointer, "'" + text + "' is not a date: that day does not exist");
      }
      throw new Invalid(pointer, "'" + text + "' is not a date of the form YYYY-MM-DD");
    }

    PartialDate partialDate(String key) {
      return asPartialDate(string(key), at(key));
    }

    Optional<PartialDate> optPartialDate(String key) {
      return optString(key).map(s -> asPartialDate(s, at(key)));
    }

    static PartialDate asPartialDate(String text, String pointer) {
      try {
        return PartialDate.parse(text);
      } catch (IllegalArgumentException e) {
        throw new Invalid(pointer, "'" + text
            + "' is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY that exists");
      }
    }

    Optional<Boolean> optBoolean(String key) {
      Object value = raw(key);
      if (value == null) {
        return Optional.empty();
      }
      if (!(value instanceof Boolean)) {
        throw new Invalid(at(key), "expected true or false but found " + kind(value));
      }
      return Optional.of((Boolean) value);
    }

    Optional<Integer> optInt(String key) {
      Object value = raw(key);
      if (value == null) {
        return Optional.empty();
      }
      if (!(value instanceof BigDecimal)) {
        throw new Invalid(at(key), "expected a number but found " + kind(value));
      }
      try {
        return Optional.of(((BigDecimal) value).intValueExact());
      } catch (ArithmeticException e) {
        throw new Invalid(at(key), value + " is not a whole number in range");
      }
    }

    Optional<Obj> optObject(String key) {
      Object value = raw(key);
      return value == null ? Optional.empty() : Optional.of(of(value, at(key)));
    }

    @SuppressWarnings("unchecked")
    private Optional<List<Object>> optList(String key) {
      Object value = raw(key);
      if (value == null) {
        return Optional.empty();
      }
      if (!(value instanceof List)) {
        throw new Invalid(at(key), "expected an array but found " + kind(value));
      }
      return Optional.of((List<Object>) value);
    }

    Optional<List<Obj>> optArray(String key) {
      return optList(key).map(list -> {
        List<Obj> objects = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
          objects.add(of(list.get(i), at(key) + "/" + i));
        }
        return objects;
      });
    }

    Optional<List<String>> optStrings(String key) {
      return optList(key).map(list -> {
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
          strings.add(asString(list.get(i), at(key) + "/" + i));
        }
        return strings;
      });
    }

    Optional<List<String>> optStates(String key) {
      return optStrings(key).map(list -> {
        for (int i = 0; i < list.size(); i++) {
          asState(list.get(i), at(key) + "/" + i);
        }
        return list;
      });
    }

    /** Rejects the properties that were not read. */
    void done() {
      for (String key : map.keySet()) {
        if (!read.contains(key)) {
          throw new Invalid(at(key), "unknown property \"" + key + "\"");
        }
      }
    }

    /** Builds a model value, reporting the model's own checks at this object. */
    <T> T build(java.util.function.Supplier<T> builder) {
      try {
        return builder.get();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new Invalid(pointer, e.getMessage());
      }
    }

    static String kind(Object value) {
      if (value == null || value == JsonReader.NULL) {
        return "null";
      }
      if (value instanceof Map) {
        return "an object";
      }
      if (value instanceof List) {
        return "an array";
      }
      if (value instanceof String) {
        return "a string";
      }
      if (value instanceof Boolean) {
        return value.toString();
      }
      return "a number (" + value.toString().toLowerCase(Locale.ROOT) + ")";
    }
  }
}
