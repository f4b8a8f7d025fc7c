package io.github.cstokit.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.json.Json;
import io.github.cstokit.model.AlternativeValue;
import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Command;
import io.github.cstokit.model.Completion;
import io.github.cstokit.model.Contingent;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.DecisionMode;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.ForceKind;
import io.github.cstokit.model.Framework;
import io.github.cstokit.model.HostRequest;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.InstrumentKind;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipEventType;
import io.github.cstokit.model.Office;
import io.github.cstokit.model.Organ;
import io.github.cstokit.model.OrganKind;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.RecordedOutcome;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.Source;
import io.github.cstokit.model.SourceKind;
import io.github.cstokit.model.State;
import io.github.cstokit.model.Territory;
import io.github.cstokit.model.TextParseException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Reads the eleven dataset files, checks them strictly and maps them to the model. Every problem is
 * collected, with its file and JSON pointer; if there is any, nothing is returned. One loader per load;
 * not thread-safe.
 */
final class DatasetLoader {

  static final String SOURCES = "sources.json";
  static final String STATES = "states.json";
  static final String INSTRUMENTS = "instruments.json";
  static final String EVENTS = "events.json";
  static final String ORGANS = "organs.json";
  static final String OFFICES = "offices.json";
  static final String CHAIRMANSHIPS = "chairmanships.json";
  static final String SESSIONS = "sessions.json";
  static final String FORCES = "forces.json";
  static final String MANDATES = "mandates.json";
  static final String ACTIVITIES = "activities.json";

  /** The dataset files, in the order they are checked. */
  static final List<String> FILES =
      List.of(SOURCES, STATES, INSTRUMENTS, EVENTS, ORGANS, OFFICES, CHAIRMANSHIPS, SESSIONS, FORCES,
          MANDATES, ACTIVITIES);

  /** The file format this loader reads. */
  static final int FORMAT = 1;

  private static final Map<String, List<String>> ARRAYS =
      Map.ofEntries(
          Map.entry(SOURCES, List.of("sources")),
          Map.entry(STATES, List.of("states")),
          Map.entry(INSTRUMENTS, List.of("instruments")),
          Map.entry(EVENTS, List.of("events")),
          Map.entry(ORGANS, List.of("organs")),
          Map.entry(OFFICES, List.of("appointments")),
          Map.entry(CHAIRMANSHIPS, List.of("chairmanships")),
          Map.entry(SESSIONS, List.of("sessions")),
          Map.entry(FORCES, List.of("forces")),
          Map.entry(MANDATES, List.of("mandates", "decisions")),
          Map.entry(ACTIVITIES, List.of("activities")));

  private static final LocalDate TREATY_SIGNED = Framework.TREATY.signed();
  private static final int FIRST_YEAR = 1992;

  private static final Set<String> CONFIDENCE = Set.of("GOOD", "MEDIUM", "INFERRED", "UNVERIFIED");
  private static final Set<String> ORGAN_KINDS =
      Set.of("STATUTORY_BODY", "ADVISORY_BODY", "WORKING_BODY", "PARLIAMENTARY");
  private static final Set<String> DECISION_KINDS =
      Set.of("DECISION", "PROTOCOL_DECISION", "DRAFT_DECISION", "EPISODE");
  private static final Set<String> DECISION_FORMATS = Set.of("STANDARD", "LIMITED", "UNKNOWN");
  private static final Set<String> OUTCOMES = Set.of("ADOPTED", "NOT_ADOPTED", "UNKNOWN");
  private static final Set<String> TERRITORIES = Set.of("MEMBER", "OUTSIDE");
  private static final Set<String> SESSION_KINDS =
      Set.of("REGULAR", "EXTRAORDINARY", "INFORMAL", "JUBILEE", "UNSPECIFIED");
  private static final Set<String> SESSION_FORMATS = Set.of("IN_PERSON", "VIDEO", "UNKNOWN");
  private static final Set<String> ACTIVITY_KINDS = Set.of("RECURRING_OPERATION", "EXERCISE");
  private static final Set<String> OFFICES_IN_DATA = Set.of("SECRETARY_GENERAL", "CHIEF_OF_JOINT_STAFF");
  private static final Map<String, ForceKind> FORCE_KINDS =
      Map.of(
          "collective-peacekeeping-forces", ForceKind.COLLECTIVE_PEACEKEEPING_FORCES,
          "crrf", ForceKind.COLLECTIVE_RAPID_REACTION_FORCES,
          "crdf-car", ForceKind.CENTRAL_ASIAN_RAPID_DEPLOYMENT_FORCES,
          "collective-aviation-forces", ForceKind.COLLECTIVE_AVIATION_FORCES);

  /** A bound record with the JSON pointer of its object. */
  private record Item<T>(T dto, String ptr) {}

  /** A term of office or chairmanship before conversion to a half-open period. */
  private record Term(String id, String ptr, String group, LocalDate start, LocalDate lastDay) {}

  private final Problems problems = new Problems();
  private final Map<String, JsonNode> roots = new HashMap<>();
  private final Map<String, Set<String>> idsByArray = new HashMap<>();
  private final Set<String> cited = new HashSet<>();
  private String version;
  private LocalDate dataAsOf;
  private final Map<String, Dto.Instrument> instrumentDtos = new HashMap<>();
  private final Map<String, String> baseByShortName = new HashMap<>();
  /** The arrays whose ids are known: their file was read and the array is there. */
  private final Set<String> knownArrays = new HashSet<>();
  /** The organs whose {@code decides} is false in organs.json. */
  private final Set<String> nonDeciding = new HashSet<>();

  private DatasetLoader() {}

  /**
   * Loads a dataset from the contents of its files, keyed by file name.
   *
   * @throws CstoDataException listing every problem found
   */
  static CstoDataset load(Map<String, byte[]> files) {
    return new DatasetLoader().run(files);
  }

  private CstoDataset run(Map<String, byte[]> files) {
    for (String file : FILES) {
      byte[] bytes = files.get(file);
      if (bytes == null) {
        problems.add(file, "", "the file is missing");
        continue;
      }
      JsonNode root = parse(file, bytes);
      if (root != null) {
        roots.put(file, root);
      }
    }
    checkEnvelopes();
    for (String file : FILES) {
      JsonNode root = roots.get(file);
      if (root != null) {
        for (String array : ARRAYS.get(file)) {
          collectIds(file, array, root.get(array));
        }
      }
    }

    List<Item<Dto.Source>> sourceItems = bind(SOURCES, "sources", Dto.Source.class);
    List<Item<Dto.State>> stateItems = bind(STATES, "states", Dto.State.class);
    List<Item<Dto.Instrument>> instrumentItems =
        bind(INSTRUMENTS, "instruments", Dto.Instrument.class);
    List<Item<Dto.Event>> eventItems = bind(EVENTS, "events", Dto.Event.class);
    List<Item<Dto.Organ>> organItems = bind(ORGANS, "organs", Dto.Organ.class);
    List<Item<Dto.Appointment>> appointmentItems =
        bind(OFFICES, "appointments", Dto.Appointment.class);
    List<Item<Dto.Chairmanship>> chairItems =
        bind(CHAIRMANSHIPS, "chairmanships", Dto.Chairmanship.class);
    List<Item<Dto.Session>> sessionItems = bind(SESSIONS, "sessions", Dto.Session.class);
    List<Item<Dto.Force>> forceItems = bind(FORCES, "forces", Dto.Force.class);
    List<Item<Dto.Decision>> decisionItems = bind(MANDATES, "decisions", Dto.Decision.class);
    List<Item<Dto.Mandate>> mandateItems = bind(MANDATES, "mandates", Dto.Mandate.class);
    List<Item<Dto.Activity>> activityItems = bind(ACTIVITIES, "activities", Dto.Activity.class);

    List<Source> sources = sources(sourceItems);
    List<State> states = states(stateItems);
    List<Instrument> instruments = instruments(instrumentItems);
    List<MembershipEvent> events = events(eventItems);
    List<Organ> organs = organs(organItems);
    List<Appointment> appointments = appointments(appointmentItems);
    List<Chairmanship> chairmanships = chairmanships(chairItems);
    sessions(sessionItems);
    Map<String, Force> forces = forces(forceItems);
    Map<String, Decision> decisions = decisions(decisionItems);
    List<Mandate> mandates = mandates(mandateItems, forces, decisions);
    activities(activityItems);
    uncitedSources(sourceItems);
    problems.throwIfAny();

    Scenario scenario;
    try {
      scenario =
          Scenario.builder()
              .addStates(states)
              .addEvents(events)
              .addInstruments(instruments)
              .addChairmanships(chairmanships)
              .addAppointments(appointments)
              .version(version)
              .build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      // Not expected after the checks above; still reported, never thrown raw.
      problems.add(EVENTS, "", "the facts are inconsistent: " + e.getMessage());
      throw new CstoDataException(problems.list());
    }
    return new CstoDataset(
        dataAsOf,
        scenario,
        sources,
        organs,
        List.copyOf(forces.values()),
        List.copyOf(decisions.values()),
        mandates);
  }

  // ---------------------------------------------------------------------------------------------
  // Parsing and binding

  private JsonNode parse(String file, byte[] bytes) {
    String text = utf8(file, bytes);
    if (text == null) {
      return null;
    }
    try {
      JsonNode root = Json.mapper().readTree(text);
      if (root == null || root.isMissingNode()) {
        problems.add(file, "", "the file is empty");
        return null;
      }
      if (!root.isObject()) {
        problems.add(file, "", "must be a JSON object, not " + kind(root));
        return null;
      }
      return root;
    } catch (StreamConstraintsException e) {
      problems.add(file, "", "exceeds a safety limit: " + firstLine(e.getOriginalMessage()));
      return null;
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      problems.add(file, "", "malformed JSON" + where + ": " + firstLine(e.getOriginalMessage()));
      return null;
    }
  }

  /**
   * Decodes a file as UTF-8, strictly: a byte sequence that is not UTF-8 (including the byte-order marks
   * of UTF-16 and UTF-32) is a problem. One leading UTF-8 byte-order mark is accepted and dropped.
   */
  private String utf8(String file, byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < out.position(); i++) {
        if (out.get(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      problems.add(file, "", String.format(java.util.Locale.ROOT,
          "is not UTF-8 text: byte 0x%02X at line %d, column %d", bytes[in.position()] & 0xFF, line,
          column));
      return null;
    }
    out.flip();
    return out.toString();
  }

  private void checkEnvelopes() {
    String versionFile = null;
    String asOfFile = null;
    String asOfText = null;
    for (String file : FILES) {
      JsonNode root = roots.get(file);
      if (root == null) {
        continue;
      }
      List<String> arrays = ARRAYS.get(file);
      for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!name.equals("format") && !name.equals("version") && !name.equals("dataAsOf")
            && !arrays.contains(name)) {
          problems.add(file, "/" + Problems.token(name), "unknown property");
        }
      }
      JsonNode format = root.get("format");
      if (format == null) {
        problems.add(file, "/format", "is required");
      } else if (!format.isInt() || format.intValue() != FORMAT) {
        problems.add(file, "/format", format + " is not a supported format (this library reads format "
            + FORMAT + ")");
      }
      JsonNode v = root.get("version");
      if (v == null) {
        problems.add(file, "/version", "is required");
      } else if (!v.isTextual() || !isVersion(v.textValue())) {
        problems.add(file, "/version", v + " is not a dataset version of the form YYYY.MINOR.PATCH");
      } else if (version == null) {
        version = v.textValue();
        versionFile = file;
      } else if (!version.equals(v.textValue())) {
        problems.add(file, "/version", v.textValue() + " differs from " + version + " in " + versionFile);
      }
      JsonNode asOf = root.get("dataAsOf");
      if (asOf == null) {
        problems.add(file, "/dataAsOf", "is required");
      } else if (!asOf.isTextual()) {
        problems.add(file, "/dataAsOf", asOf + " is not a date");
      } else {
        LocalDate d = fullDateOrNull(file, "/dataAsOf", asOf.textValue(), false);
        if (d != null) {
          if (dataAsOf == null) {
            dataAsOf = d;
            asOfFile = file;
            asOfText = asOf.textValue();
          } else if (!dataAsOf.equals(d)) {
            problems.add(file, "/dataAsOf", asOf.textValue() + " differs from " + asOfText + " in "
                + asOfFile);
          }
        }
      }
      for (String array : arrays) {
        JsonNode node = root.get(array);
        if (node == null) {
          problems.add(file, "/" + array, "is required");
        } else if (!node.isArray()) {
          problems.add(file, "/" + array, "must be an array, not " + kind(node));
        }
      }
    }
  }

  private static boolean isVersion(String s) {
    int dots = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (run == 0 || (dots == 0 && run != 4)) {
          return false;
        }
        dots++;
        run = 0;
      } else if (c >= '0' && c <= '9') {
        run++;
      } else {
        return false;
      }
    }
    return dots == 2 && run > 0;
  }

  private void collectIds(String file, String array, JsonNode node) {
    Set<String> ids = new HashSet<>();
    idsByArray.put(array, ids);
    if (node == null || !node.isArray()) {
      return;
    }
    knownArrays.add(array);
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode id = node.get(i).get("id");
      if (id != null && id.isTextual()) {
        Integer previous = first.putIfAbsent(id.textValue(), i);
        if (previous != null) {
          problems.add(file, "/" + array + "/" + i + "/id", "duplicate id '" + id.textValue()
              + "' (first at /" + array + "/" + previous + ")");
        }
        ids.add(id.textValue());
      }
    }
  }

  private <T> List<Item<T>> bind(String file, String array, Class<T> type) {
    JsonNode root = roots.get(file);
    JsonNode node = root == null ? null : root.get(array);
    if (node == null || !node.isArray()) {
      return List.of();
    }
    List<Item<T>> items = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      String ptr = "/" + array + "/" + i;
      JsonNode element = node.get(i);
      if (!element.isObject()) {
        problems.add(file, ptr, "must be an object, not " + kind(element));
        continue;
      }
      try {
        items.add(new Item<>(Json.mapper().treeToValue(element, type), ptr));
      } catch (JsonMappingException e) {
        problems.add(file, ptr + pointer(e.getPath()), mappingMessage(e));
      } catch (JsonProcessingException | IllegalArgumentException e) {
        problems.add(file, ptr, "cannot be read: " + firstLine(e.getMessage()));
      }
    }
    return items;
  }

  private static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      if (ref.getFieldName() != null) {
        sb.append('/').append(Problems.token(ref.getFieldName()));
      } else if (ref.getIndex() >= 0) {
        sb.append('/').append(ref.getIndex());
      }
    }
    return sb.toString();
  }

  private static String mappingMessage(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "unknown property";
    }
    if (e instanceof MismatchedInputException) {
      Class<?> target = ((MismatchedInputException) e).getTargetType();
      return "wrong type, expected " + typeName(target);
    }
    return firstLine(e.getOriginalMessage());
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "another type";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Integer.class || type == int.class) {
      return "an integer";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (List.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  // ---------------------------------------------------------------------------------------------
  // Field helpers

  private String required(String file, String ptr, String field, String value) {
    if (value == null) {
      problems.add(file, ptr + "/" + field, "is required");
      return null;
    }
    if (value.isBlank()) {
      problems.add(file, ptr + "/" + field, "must not be blank");
      return null;
    }
    return value;
  }

  private <T> T requiredValue(String file, String ptr, String field, T value) {
    if (value == null) {
      problems.add(file, ptr + "/" + field, "is required");
    }
    return value;
  }

  private String optionalText(String file, String ptr, String field, String value) {
    if (value != null && value.isBlank()) {
      problems.add(file, ptr + "/" + field, "must not be blank");
      return null;
    }
    return value;
  }

  private String vocabulary(String file, String ptr, String field, String value, Set<String> allowed,
      boolean isRequired) {
    if (value == null) {
      if (isRequired) {
        problems.add(file, ptr + "/" + field, "is required");
      }
      return null;
    }
    if (!allowed.contains(value)) {
      problems.add(file, ptr + "/" + field, "'" + value + "' is not one of "
          + new java.util.TreeSet<>(allowed));
      return null;
    }
    return value;
  }

  private <E extends Enum<E>> E enumValue(String file, String ptr, String field, String value,
      Class<E> type, boolean isRequired) {
    Set<String> names = new HashSet<>();
    for (E e : EnumSet.allOf(type)) {
      names.add(e.name());
    }
    String v = vocabulary(file, ptr, field, value, names, isRequired);
    return v == null ? null : Enum.valueOf(type, v);
  }

  private String reference(String file, String ptr, String field, String value, String array,
      String what, boolean isRequired) {
    if (value == null) {
      if (isRequired) {
        problems.add(file, ptr + "/" + field, "is required");
      }
      return null;
    }
    if (!idsByArray.getOrDefault(array, Set.of()).contains(value)) {
      // When the referenced file could not be read, that is the problem reported, not every reference.
      if (knownArrays.contains(array)) {
        problems.add(file, ptr + "/" + field, "unknown " + what + " '" + value + "'");
      }
      return null;
    }
    return value;
  }

  private String state(String file, String ptr, String field, String value, boolean isRequired) {
    return reference(file, ptr, field, value, "states", "state", isRequired);
  }

  private Body body(String file, String ptr, String field, String value, boolean isRequired) {
    String organ = reference(file, ptr, field, value, "organs", "organ", isRequired);
    if (organ == null) {
      return null;
    }
    Optional<Body> body = Body.byOrganId(organ);
    if (body.isEmpty()) {
      problems.add(file, ptr + "/" + field, "organ '" + organ + "' is not a body that decides");
      return null;
    }
    return body.get();
  }

  /** A body that takes decisions: as {@link #body}, and the organ's {@code decides} must be true. */
  private Body decidingBody(String file, String ptr, String field, String value, boolean isRequired) {
    Body body = body(file, ptr, field, value, isRequired);
    if (body != null && nonDeciding.contains(value)) {
      problems.add(file, ptr + "/" + field, "organ '" + value + "' takes no decisions (its decides is"
          + " false in " + ORGANS + ")");
      return null;
    }
    return body;
  }

  private List<String> sources(String file, String ptr, List<String> ids, boolean isRequired) {
    if (ids == null || ids.isEmpty()) {
      if (isRequired) {
        problems.add(file, ptr + "/sources", "a fact needs at least one source");
      }
      return List.of();
    }
    Set<String> known = idsByArray.getOrDefault("sources", Set.of());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id == null) {
        problems.add(file, ptr + "/sources/" + i, "must be a source id, not null");
      } else if (!known.contains(id)) {
        if (knownArrays.contains("sources")) {
          problems.add(file, ptr + "/sources/" + i, "unknown source '" + id + "'");
        }
      } else if (!seen.add(id)) {
        problems.add(file, ptr + "/sources/" + i, "source '" + id + "' is cited twice");
      } else {
        cited.add(id);
      }
    }
    return ids;
  }

  /** Parses a full or partial date and checks it lies within the dataset's years. */
  private PartialDate date(String file, String ptr, String text) {
    if (text == null) {
      return null;
    }
    if (!hasDateForm(text)) {
      problems.add(file, ptr, "'" + text + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
      return null;
    }
    PartialDate date;
    try {
      date = PartialDate.parse(text);
    } catch (TextParseException e) {
      problems.add(file, ptr, text + " is not a date");
      return null;
    }
    int last = dataAsOf == null ? 2999 : dataAsOf.getYear();
    if (date.year() < FIRST_YEAR || date.year() > last) {
      problems.add(file, ptr, text + " is outside the dataset's years " + FIRST_YEAR + " to " + last);
      return null;
    }
    return date;
  }

  private PartialDate requiredDate(String file, String ptr, String field, String text) {
    if (text == null) {
      problems.add(file, ptr + "/" + field, "is required");
      return null;
    }
    return date(file, ptr + "/" + field, text);
  }

  private LocalDate fullDate(String file, String ptr, String text) {
    return fullDateOrNull(file, ptr, text, true);
  }

  private LocalDate fullDateOrNull(String file, String ptr, String text, boolean checkRange) {
    if (text == null) {
      return null;
    }
    if (text.length() != 10 || !hasDateForm(text)) {
      problems.add(file, ptr, "'" + text + "' is not a full date of the form YYYY-MM-DD");
      return null;
    }
    if (checkRange) {
      PartialDate d = date(file, ptr, text);
      return d == null ? null : d.firstDay();
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      problems.add(file, ptr, text + " is not a date");
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

  private List<AlternativeValue> dateAlternatives(String file, String ptr,
      List<Dto.DateAlternative> alternatives, String choice) {
    List<AlternativeValue> list = new ArrayList<>();
    if (alternatives != null) {
      for (int i = 0; i < alternatives.size(); i++) {
        Dto.DateAlternative a = alternatives.get(i);
        String p = ptr + "/alternatives/" + i;
        if (a == null) {
          problems.add(file, p, "must be an object, not null");
          continue;
        }
        PartialDate d = requiredDate(file, p, "date", a.date());
        List<String> s = sources(file, p, a.sources(), true);
        String note = optionalText(file, p, "note", a.note());
        if (d != null && !s.isEmpty()) {
          AlternativeValue v =
              build(file, p, () -> AlternativeValue.builder().value(d.toString()).sources(s)
                  .note(Optional.ofNullable(note)).build());
          if (v != null) {
            list.add(v);
          }
        }
      }
    }
    checkChoice(file, ptr, alternatives, choice);
    return list;
  }

  private void fieldAlternatives(String file, String ptr, List<Dto.FieldAlternative> alternatives,
      String choice) {
    if (alternatives != null) {
      for (int i = 0; i < alternatives.size(); i++) {
        Dto.FieldAlternative a = alternatives.get(i);
        String p = ptr + "/alternatives/" + i;
        if (a == null) {
          problems.add(file, p, "must be an object, not null");
          continue;
        }
        required(file, p, "field", a.field());
        required(file, p, "value", a.value());
        sources(file, p, a.sources(), true);
        optionalText(file, p, "note", a.note());
      }
    }
    checkChoice(file, ptr, alternatives, choice);
  }

  private void checkChoice(String file, String ptr, List<?> alternatives, String choice) {
    optionalText(file, ptr, "choice", choice);
    if (alternatives != null && alternatives.isEmpty()) {
      problems.add(file, ptr + "/alternatives", "must not be empty; leave it out instead");
    }
    if (alternatives != null && !alternatives.isEmpty() && choice == null) {
      problems.add(file, ptr + "/choice", "is required when alternatives are given");
    }
  }

  /** Runs a model builder, reporting its invariant violations at the record's pointer. */
  private <T> T build(String file, String ptr, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException
        | NullPointerException e) {
      problems.add(file, ptr, firstLine(e.getMessage()));
      return null;
    }
  }

  private static <T> void addIfPresent(List<T> list, T value) {
    if (value != null) {
      list.add(value);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Records

  private List<Source> sources(List<Item<Dto.Source>> items) {
    List<Source> list = new ArrayList<>();
    Map<String, String> urls = new HashMap<>();
    for (Item<Dto.Source> item : items) {
      Dto.Source s = item.dto();
      String f = SOURCES;
      String p = item.ptr();
      String id = required(f, p, "id", s.id());
      String title = required(f, p, "title", s.title());
      String publisher = required(f, p, "publisher", s.publisher());
      String url = required(f, p, "url", s.url());
      SourceKind kind = enumValue(f, p, "kind", s.kind(), SourceKind.class, true);
      PartialDate date = date(f, p + "/date", s.date());
      if (url != null && !url.equals("document")) {
        String previous = urls.putIfAbsent(url, p);
        if (previous != null) {
          problems.add(f, p + "/url", "the address is already cited by " + previous);
        }
      }
      if (id == null || title == null || publisher == null || url == null || kind == null
          || (s.date() != null && date == null)) {
        continue;
      }
      boolean offline = url.equals("document");
      addIfPresent(list, build(f, p, () -> Source.builder().id(id).title(title).publisher(publisher)
          .url(offline ? Optional.empty() : Optional.of(url))
          .document(offline ? Optional.of(title) : Optional.empty())
          .kind(kind).date(Optional.ofNullable(date)).build()));
    }
    list.sort(Comparator.comparing(Source::id));
    return list;
  }

  private List<State> states(List<Item<Dto.State>> items) {
    List<State> list = new ArrayList<>();
    for (Item<Dto.State> item : items) {
      Dto.State s = item.dto();
      String f = STATES;
      String p = item.ptr();
      String id = required(f, p, "id", s.id());
      String a3 = required(f, p, "isoAlpha3", s.isoAlpha3());
      Integer cow = requiredValue(f, p, "cowCode", s.cowCode());
      String abbrev = required(f, p, "cowAbbrev", s.cowAbbrev());
      String en = required(f, p, "nameEn", s.nameEn());
      String ru = required(f, p, "nameRu", s.nameRu());
      optionalText(f, p, "note", s.note());
      sources(f, p, s.sources(), true);
      if (id == null || a3 == null || cow == null || abbrev == null || en == null || ru == null) {
        continue;
      }
      addIfPresent(list, build(f, p, () -> State.builder().isoAlpha2(id).isoAlpha3(a3).cowCode(cow)
          .cowAbbreviation(abbrev).nameEn(en).nameRu(ru).build()));
    }
    return list;
  }

  private List<Instrument> instruments(List<Item<Dto.Instrument>> items) {
    List<Instrument> list = new ArrayList<>();
    Map<String, String> shortNames = new HashMap<>();
    for (Item<Dto.Instrument> item : items) {
      Dto.Instrument d = item.dto();
      String f = INSTRUMENTS;
      String p = item.ptr();
      String id = required(f, p, "id", d.id());
      InstrumentKind kind = enumValue(f, p, "kind", d.kind(), InstrumentKind.class, true);
      String shortName = required(f, p, "shortName", d.shortName());
      String title = required(f, p, "title", d.title());
      String titleRu = optionalText(f, p, "titleRu", d.titleRu());
      PartialDate signed = requiredDate(f, p, "signed", d.signed());
      PartialDate inForce = date(f, p + "/inForce", d.inForce());
      optionalText(f, p, "place", d.place());
      optionalText(f, p, "inForceNote", d.inForceNote());
      String amends = reference(f, p, "amends", d.amends(), "instruments", "instrument", false);
      String version = required(f, p, "version", d.version());
      vocabulary(f, p, "confidence", d.confidence(), CONFIDENCE, false);
      String note = optionalText(f, p, "note", d.note());
      fieldAlternatives(f, p, d.alternatives(), d.choice());
      List<String> sources = sources(f, p, d.sources(), true);
      if (shortName != null) {
        String previous = shortNames.putIfAbsent(shortName, p);
        if (previous != null) {
          problems.add(f, p + "/shortName", "'" + shortName + "' is already the short name of "
              + previous);
        }
      }
      if (id != null) {
        instrumentDtos.put(id, d);
      }
      if (id == null || kind == null || shortName == null || title == null || signed == null
          || version == null || sources.isEmpty() || (d.inForce() != null && inForce == null)) {
        continue;
      }
      addIfPresent(list, build(f, p, () -> Instrument.builder().id(id).kind(kind)
          .shortName(shortName).titleEn(title).titleRu(Optional.ofNullable(titleRu)).signed(signed)
          .entryIntoForce(Optional.ofNullable(inForce)).amendedId(Optional.ofNullable(amends))
          .version(version).sources(sources).note(Optional.ofNullable(note)).build()));
    }
    for (Map.Entry<String, Dto.Instrument> e : instrumentDtos.entrySet()) {
      if (e.getValue().shortName() != null && e.getValue().amends() == null) {
        baseByShortName.put(e.getValue().shortName(), e.getKey());
      }
    }
    return list;
  }

  private List<MembershipEvent> events(List<Item<Dto.Event>> items) {
    List<MembershipEvent> list = new ArrayList<>();
    for (Item<Dto.Event> item : items) {
      Dto.Event d = item.dto();
      String f = EVENTS;
      String p = item.ptr();
      String id = required(f, p, "id", d.id());
      String state = state(f, p, "state", d.state(), true);
      MembershipEventType type = enumValue(f, p, "type", d.type(), MembershipEventType.class, true);
      PartialDate date = requiredDate(f, p, "date", d.date());
      Framework framework = enumValue(f, p, "framework", d.framework(), Framework.class, true);
      String instrument =
          reference(f, p, "instrument", d.instrument(), "instruments", "instrument", false);
      String note = optionalText(f, p, "note", d.note());
      List<AlternativeValue> alternatives = dateAlternatives(f, p, d.alternatives(), d.choice());
      List<String> sources = sources(f, p, d.sources(), true);
      if (date != null && date.firstDay().isBefore(TREATY_SIGNED)) {
        problems.add(f, p + "/date", date + " is before the Treaty was signed on " + TREATY_SIGNED);
        date = null;
      } else if (date != null && dataAsOf != null && date.firstDay().isAfter(dataAsOf)) {
        problems.add(f, p + "/date", date + " is after the dataset's dataAsOf " + dataAsOf);
        date = null;
      }
      if (d.effective() != null && type != null && type != MembershipEventType.ADMISSION_DECISION
          && type != MembershipEventType.RESTORATION_DECISION) {
        problems.add(f, p + "/effective", "is allowed only for ADMISSION_DECISION and"
            + " RESTORATION_DECISION");
      }
      PartialDate eventDate = date;
      if (id == null || state == null || type == null || eventDate == null || framework == null
          || sources.isEmpty()) {
        continue;
      }
      boolean effective = d.effective() == null || d.effective();
      addIfPresent(list, build(f, p, () -> MembershipEvent.builder().id(id).state(state).type(type)
          .date(eventDate).framework(framework).instrumentId(Optional.ofNullable(instrument))
          .sources(sources).note(Optional.ofNullable(note)).alternatives(alternatives)
          .choice(Optional.ofNullable(d.choice())).effective(effective).build()));
    }
    return list;
  }

  /** Resolves a legal-basis entry: a citation string (it contains spaces) or an instrument id. */
  private Citation legalBasis(String file, String ptr, String text, boolean idAllowed) {
    if (text == null) {
      problems.add(file, ptr, "must be a citation, not null");
      return null;
    }
    if (!knownArrays.contains("instruments")) {
      return null; // instruments.json could not be read: that is the problem reported
    }
    if (idAllowed && text.indexOf(' ') < 0) {
      if (!instrumentDtos.containsKey(text)) {
        problems.add(file, ptr, "unknown instrument '" + text + "'");
      }
      return null;
    }
    Citation citation;
    try {
      citation = Citation.parse(text);
    } catch (TextParseException e) {
      problems.add(file, ptr, "'" + text + "' is not a citation of the form"
          + " '<shortName>[ Art. <article>[(<paragraph>)]] [<version>]'");
      return null;
    }
    String base = baseByShortName.get(citation.shortName());
    if (base == null) {
      problems.add(file, ptr, "'" + text + "' names no instrument: no base instrument has the short"
          + " name '" + citation.shortName() + "'");
      return null;
    }
    if (citation.version().isEmpty()) {
      problems.add(file, ptr, "'" + text + "' must name the version of the text, as in [2010]");
      return null;
    }
    String v = citation.version().get();
    boolean resolves = v.equals(instrumentDtos.get(base).version());
    for (Dto.Instrument i : instrumentDtos.values()) {
      resolves |= base.equals(i.amends()) && v.equals(i.version());
    }
    if (!resolves) {
      problems.add(file, ptr, "'" + text + "': no version " + v + " of " + base + " is recorded");
      return null;
    }
    return citation;
  }

  private List<Organ> organs(List<Item<Dto.Organ>> items) {
    List<Organ> list = new ArrayList<>();
    for (Item<Dto.Organ> item : items) {
      Dto.Organ d = item.dto();
      String f = ORGANS;
      String p = item.ptr();
      String id = required(f, p, "id", d.id());
      String en = required(f, p, "nameEn", d.nameEn());
      String ru = required(f, p, "nameRu", d.nameRu());
      String abbreviation = required(f, p, "abbreviation", d.abbreviation());
      optionalText(f, p, "abbreviationRu", d.abbreviationRu());
      String kind = vocabulary(f, p, "kind", d.kind(), ORGAN_KINDS, true);
      String composition = required(f, p, "composition", d.composition());
      Boolean decides = requiredValue(f, p, "decides", d.decides());
      DecisionMode mode = enumValue(f, p, "decisionMode", d.decisionMode(), DecisionMode.class, true);
      List<Citation> bases = new ArrayList<>();
      if (requiredValue(f, p, "legalBasis", d.legalBasis()) != null) {
        for (int i = 0; i < d.legalBasis().size(); i++) {
          addIfPresent(bases, legalBasis(f, p + "/legalBasis/" + i, d.legalBasis().get(i), true));
        }
      }
      optionalText(f, p, "note", d.note());
      List<String> sources = sources(f, p, d.sources(), true);
      if (id != null && Boolean.FALSE.equals(decides)) {
        nonDeciding.add(id);
      }
      if (decides != null && mode != null && decides != (mode == DecisionMode.CONSENSUS)) {
        problems.add(f, p + "/decisionMode", mode + " does not agree with decides: " + decides);
      }
      if (id == null || en == null || ru == null || abbreviation == null || kind == null
          || composition == null || mode == null || sources.isEmpty()) {
        continue;
      }
      OrganKind organKind = organKind(kind);
      addIfPresent(list, build(f, p, () -> Organ.builder().id(id).nameEn(en).nameRu(ru)
          .abbreviation(abbreviation).kind(organKind).composition(composition).decisionMode(mode)
          .legalBases(bases).sources(sources).build()));
    }
    return list;
  }

  private static OrganKind organKind(String kind) {
    switch (kind) {
      case "ADVISORY_BODY":
        return OrganKind.COORDINATING_BODY;
      case "WORKING_BODY":
        return OrganKind.PERMANENT_WORKING_BODY;
      case "PARLIAMENTARY":
        return OrganKind.PARLIAMENTARY_BODY;
      default:
        return OrganKind.STATUTORY_BODY;
    }
  }

  private List<Appointment> appointments(List<Item<Dto.Appointment>> items) {
    List<Term> terms = new ArrayList<>();
    Map<String, Appointment.Builder> builders = new LinkedHashMap<>();
    for (Item<Dto.Appointment> item : items) {
      Dto.Appointment d = item.dto();
      String f = OFFICES;
      String p = item.ptr();
      String id = required(f, p, "id", d.id());
      String office = vocabulary(f, p, "office", d.office(), OFFICES_IN_DATA, true);
      String person = required(f, p, "person", d.person());
      String personRu = optionalText(f, p, "personRu", d.personRu());
      String state = state(f, p, "state", d.state(), true);
      PartialDate start = requiredDate(f, p, "start", d.start());
      PartialDate end = date(f, p + "/end", d.end());
      Boolean acting = requiredValue(f, p, "acting", d.acting());
      Body appointedBy = decidingBody(f, p, "appointedBy", d.appointedBy(), false);
      LocalDate decisionDate = fullDate(f, p + "/decisionDate", d.decisionDate());
      vocabulary(f, p, "confidence", d.confidence(), CONFIDENCE, false);
      String note = optionalText(f, p, "note", d.note());
      List<AlternativeValue> alternatives = dateAlternatives(f, p, d.alternatives(), d.choice());
      List<String> sources = sources(f, p, d.sources(), true);
      Term term = term(f, p, id, office, start, end, d.end() != null);
      if (term == null || person == null || state == null || acting == null || sources.isEmpty()
          || (d.decisionDate() != null && decisionDate == null)
          || (d.appointedBy() != null && appointedBy == null)) {
        continue;
      }
      terms.add(term);
      Appointment.Builder b = Appointment.builder();
      b.id(id).office(Office.valueOf(office)).personEn(person).personRu(Optional.ofNullable(personRu))
          .state(state).acting(acting).appointedBy(Optional.ofNullable(appointedBy))
          .decisionDate(Optional.ofNullable(decisionDate)).sources(sources)
          .alternatives(alternatives).choice(Optional.ofNullable(d.choice()))
          .note(Optional.ofNullable(note));
      builders.put(p, b);
    }
    Map<String, Period> periods = periods(OFFICES, terms, false);
    List<Appointment> list = new ArrayList<>();
    for (Map.Entry<String, Appointment.Builder> e : builders.entrySet()) {
      Period period = periods.get(e.getKey());
      if (period != null) {
        addIfPresent(list, build(OFFICES, e.getKey(), () -> e.getValue().period(period).build()));
      }
    }
    return list;
  }

  private Term term(String f, String p, String id, String group, PartialDate start, PartialDate end,
      boolean endGiven) {
    if (id == null || group == null || start == null || (endGiven && end == null)) {
      return null;
    }
    if (dataAsOf != null && start.firstDay().isAfter(dataAsOf)) {
      problems.add(f, p + "/start", start + " is after the dataset's dataAsOf " + dataAsOf);
      return null;
    }
    if (end != null && end.firstDay().isBefore(start.firstDay())) {
      problems.add(f, p + "/end", end + " is before the start " + start);
      return null;
    }
    return new Term(id, p, group, start.firstDay(), end == null ? null : end.firstDay());
  }

  /**
   * Converts closed terms (first and last day included) to half-open periods, group by group. When one
   * term's last day is the next term's first day, the later start holds that day. A term without an end
   * is open, or, if {@code untilNext}, lasts until the next term's start. Overlaps are problems.
   */
  private Map<String, Period> periods(String file, List<Term> terms, boolean untilNext) {
    Map<String, List<Term>> byGroup = new TreeMap<>();
    for (Term t : terms) {
      byGroup.computeIfAbsent(t.group(), g -> new ArrayList<>()).add(t);
    }
    Map<String, Period> periods = new HashMap<>();
    for (List<Term> group : byGroup.values()) {
      group.sort(Comparator.comparing(Term::start).thenComparing(Term::id));
      Term previous = null;
      LocalDate previousEnd = null;
      for (int i = 0; i < group.size(); i++) {
        Term t = group.get(i);
        Term next = i + 1 < group.size() ? group.get(i + 1) : null;
        LocalDate end;
        if (t.lastDay() != null) {
          end = next != null && next.start().equals(t.lastDay()) ? t.lastDay() : t.lastDay().plusDays(1);
        } else {
          end = untilNext && next != null ? next.start() : null;
        }
        if (previous != null && (previousEnd == null || previousEnd.isAfter(t.start()))) {
          problems.add(file, t.ptr(), "overlaps '" + previous.id() + "' (" + previous.start()
              + " to " + (previous.lastDay() == null ? "open" : previous.lastDay().toString())
              + ")");
        } else if (end != null && !end.isAfter(t.start())) {
          problems.add(file, t.ptr(), "overlaps '" + next.id() + "', which starts on its only day "
              + t.start());
        } else {
          periods.put(t.ptr(), end == null ? Period.startingOn(t.start()) : Period.of(t.start(), end));
        }
        previous = t;
        previousEnd = end;
      }
    }
    return periods;
  }

  private List<Chairmanship> chairmanships(List<Item<Dto.Chairmanship>> items) {
    List<Term> terms = new ArrayList<>();
    Map<String, Chairmanship.Builder> builders = new LinkedHashMap<>();
    for (Item<Dto.Chairmanship> item : items) {
      Dto.Chairmanship d = item.dto();
      String f = CHAIRMANSHIPS;
      String p = item.ptr();
      String id = required(f, p, "id", d.id());
      String state = state(f, p, "state", d.state(), true);
      PartialDate start = requiredDate(f, p, "start", d.start());
      PartialDate end = date(f, p + "/end", d.end());
      Boolean fragmentary = requiredValue(f, p, "fragmentary", d.fragmentary());
      vocabulary(f, p, "confidence", d.confidence(), CONFIDENCE, false);
      String note = optionalText(f, p, "note", d.note());
      List<String> sources = sources(f, p, d.sources(), true);
      Term term = term(f, p, id, "chair", start, end, d.end() != null);
      if (term == null || state == null || fragmentary == null || sources.isEmpty()) {
        continue;
      }
      terms.add(term);
      Chairmanship.Builder b = Chairmanship.builder();
      b.id(id).state(state).fragmentary(fragmentary).note(Optional.ofNullable(note)).sources(sources);
      builders.put(p, b);
    }
    Map<String, Period> periods = periods(CHAIRMANSHIPS, terms, true);
    List<Chairmanship> list = new ArrayList<>();
    for (Map.Entry<String, Chairmanship.Builder> e : builders.entrySet()) {
      Period period = periods.get(e.getKey());
      if (period != null) {
        addIfPresent(list, build(CHAIRMANSHIPS, e.getKey(),
            () -> e.getValue().period(period).build()));
      }
    }
    return list;
  }

  private void sessions(List<Item<Dto.Session>> items) {
    for (Item<Dto.Session> item : items) {
      Dto.Session d = item.dto();
      String f = SESSIONS;
      String p = item.ptr();
      required(f, p, "id", d.id());
      body(f, p, "organ", d.organ(), true);
      requiredDate(f, p, "date", d.date());
      required(f, p, "place", d.place());
      state(f, p, "host", d.host(), false);
      vocabulary(f, p, "kind", d.kind(), SESSION_KINDS, true);
      vocabulary(f, p, "format", d.format(), SESSION_FORMATS, true);
      state(f, p, "chairState", d.chairState(), false);
      if (d.absent() != null) {
        for (int i = 0; i < d.absent().size(); i++) {
          state(f, p + "/absent", String.valueOf(i), d.absent().get(i), true);
        }
      }
      optionalText(f, p, "note", d.note());
      sources(f, p, d.sources(), true);
    }
  }

  private Map<String, Force> forces(List<Item<Dto.Force>> items) {
    Map<String, Force> map = new LinkedHashMap<>();
    for (Item<Dto.Force> item : items) {
      Dto.Force d = item.dto();
      String f = FORCES;
      String p = item.ptr();
      String id = required(f, p, "id", d.id());
      String en = required(f, p, "nameEn", d.nameEn());
      String ru = optionalText(f, p, "nameRu", d.nameRu());
      String abbreviation = required(f, p, "abbreviation", d.abbreviation());
      optionalText(f, p, "abbreviationRu", d.abbreviationRu());
      PartialDate established = date(f, p + "/established", d.established());
      if (requiredValue(f, p, "legalBasis", d.legalBasis()) != null) {
        for (int i = 0; i < d.legalBasis().size(); i++) {
          legalBasis(f, p + "/legalBasis/" + i, d.legalBasis().get(i), true);
        }
      }
      optionalText(f, p, "note", d.note());
      List<String> sources = sources(f, p, d.sources(), true);
      if (id == null || en == null || abbreviation == null || sources.isEmpty()
          || (d.established() != null && established == null)) {
        continue;
      }
      ForceKind kind = FORCE_KINDS.getOrDefault(id, ForceKind.OTHER);
      Force force = build(f, p, () -> Force.builder().id(id).kind(kind).nameEn(en)
          .nameRu(Optional.ofNullable(ru)).abbreviation(abbreviation)
          .established(Optional.ofNullable(established)).sources(sources).build());
      if (force != null) {
        map.put(id, force);
      }
    }
    return map;
  }

  private Map<String, Decision> decisions(List<Item<Dto.Decision>> items) {
    Map<String, Decision> map = new LinkedHashMap<>();
    for (Item<Dto.Decision> item : items) {
      Dto.Decision d = item.dto();
      String f = MANDATES;
      String p = item.ptr();
      String id = required(f, p, "id", d.id());
      vocabulary(f, p, "kind", d.kind(), DECISION_KINDS, true);
      Body body = decidingBody(f, p, "organ", d.organ(), true);
      PartialDate date = requiredDate(f, p, "date", d.date());
      String matter = required(f, p, "matter", d.matter());
      Matter matterKind = enumValue(f, p, "matterKind", d.matterKind(), Matter.class, false);
      String format = vocabulary(f, p, "format", d.format(), DECISION_FORMATS, true);
      String outcome = vocabulary(f, p, "outcome", d.outcome(), OUTCOMES, true);
      Map<String, Position> positions = new TreeMap<>();
      boolean positionsOk = true;
      if (d.positions() != null) {
        for (Map.Entry<String, String> e : d.positions().entrySet()) {
          String pp = p + "/positions";
          String s = state(f, pp, Problems.token(e.getKey()), e.getKey(), true);
          Position pos = enumValue(f, pp, Problems.token(e.getKey()), e.getValue(), Position.class, true);
          if (s != null && pos != null) {
            positions.put(s, pos);
          } else {
            positionsOk = false;
          }
        }
      }
      List<String> signatures = new ArrayList<>();
      if (d.signatures() != null) {
        for (int i = 0; i < d.signatures().size(); i++) {
          addIfPresent(signatures, state(f, p + "/signatures", String.valueOf(i),
              d.signatures().get(i), true));
        }
      }
      reference(f, p, "instrument", d.instrument(), "instruments", "instrument", false);
      String note = optionalText(f, p, "note", d.note());
      dateAlternatives(f, p, d.alternatives(), d.choice());
      List<String> sources = sources(f, p, d.sources(), true);
      if (id == null || body == null || date == null || matter == null || format == null
          || outcome == null || (d.matterKind() != null && matterKind == null) || !positionsOk
          || sources.isEmpty()) {
        continue;
      }
      DecisionFormat decisionFormat =
          format.equals("LIMITED") ? DecisionFormat.LIMITED : DecisionFormat.STANDARD;
      // UNKNOWN: the sources do not say what became of the decision.
      Optional<RecordedOutcome> recorded = outcome.equals("UNKNOWN")
          ? Optional.empty() : Optional.of(RecordedOutcome.valueOf(outcome));
      Matter kind = matterKind == null ? Matter.GENERAL : matterKind;
      Decision decision = build(f, p, () -> Decision.builder().id(id).body(body)
          .date(date.firstDay()).title(matter).matter(kind).format(decisionFormat)
          .recordedOutcome(recorded).positions(positions).signatures(signatures)
          .note(Optional.ofNullable(note)).sources(sources).build());
      if (decision != null) {
        map.put(id, decision);
      }
    }
    return map;
  }

  private List<Mandate> mandates(List<Item<Dto.Mandate>> items, Map<String, Force> forces,
      Map<String, Decision> decisions) {
    List<Mandate> list = new ArrayList<>();
    for (Item<Dto.Mandate> item : items) {
      Dto.Mandate d = item.dto();
      String f = MANDATES;
      String p = item.ptr();
      int before = problems.list().size();
      String id = required(f, p, "id", d.id());
      String force = reference(f, p, "force", d.force(), "forces", "force", false);
      String host = state(f, p, "host", d.host(), true);
      String territory = vocabulary(f, p, "territory", d.territory(), TERRITORIES, true);
      HostRequest request = request(f, p + "/request", requiredValue(f, p, "request", d.request()));
      List<Citation> bases = new ArrayList<>();
      if (requiredValue(f, p, "legalBases", d.legalBases()) != null) {
        for (int i = 0; i < d.legalBases().size(); i++) {
          addIfPresent(bases, legalBasis(f, p + "/legalBases/" + i, d.legalBases().get(i), false));
        }
      }
      String decision = reference(f, p, "decision", d.decision(), "decisions", "decision", false);
      List<Contingent> contingents = new ArrayList<>();
      if (requiredValue(f, p, "contingents", d.contingents()) != null) {
        for (int i = 0; i < d.contingents().size(); i++) {
          addIfPresent(contingents, contingent(f, p + "/contingents/" + i, d.contingents().get(i)));
        }
      }
      if (d.strength() != null) {
        Dto.Strength s = d.strength();
        String sp = p + "/strength";
        optionalText(f, sp, "note", s.note());
        fieldAlternatives(f, sp, s.alternatives(), s.choice());
        sources(f, sp, s.sources(), true);
        if (s.personnel() != null && s.personnel() <= 0) {
          problems.add(f, sp + "/personnel", "must be positive");
        }
        if (s.equipment() != null && s.equipment() < 0) {
          problems.add(f, sp + "/equipment", "must not be negative");
        }
      }
      Command command = command(f, p + "/command", d.command());
      List<String> tasks = requiredValue(f, p, "tasks", d.tasks());
      String area = optionalText(f, p, "area", d.area());
      Period period = mandatePeriod(f, p + "/period", d.period());
      LocalDate unsc = null;
      if (d.unSecurityCouncilInformed() != null) {
        Dto.UnscInformed u = d.unSecurityCouncilInformed();
        String up = p + "/unSecurityCouncilInformed";
        unsc = fullDate(f, up + "/date", u.date());
        optionalText(f, up, "note", u.note());
        sources(f, up, u.sources(), true);
      }
      Completion completion = completion(f, p + "/completion", d.completion());
      Boolean deployed = requiredValue(f, p, "deployed", d.deployed());
      optionalText(f, p, "note", d.note());
      List<String> sources = sources(f, p, d.sources(), true);
      // A reference into a file that could not be read is left null without a problem of its own.
      if (problems.list().size() != before || id == null || host == null || territory == null
          || tasks == null || deployed == null) {
        continue;
      }
      ForceKind forceKind =
          force == null || !forces.containsKey(force) ? ForceKind.OTHER : forces.get(force).kind();
      Territory where = territory.equals("MEMBER") ? Territory.MEMBER_STATE
          : Territory.OUTSIDE_MEMBER_STATES;
      Optional<Decision> adopted = Optional.ofNullable(decision == null ? null : decisions.get(decision));
      LocalDate unscDate = unsc;
      addIfPresent(list, build(f, p, () -> Mandate.builder().id(id).forceKind(forceKind)
          .hostState(host).territory(where).request(Optional.ofNullable(request))
          .legalBases(bases).decision(adopted).contingents(contingents)
          .command(Optional.ofNullable(command)).tasks(tasks).area(Optional.ofNullable(area))
          .period(Optional.ofNullable(period)).unSecurityCouncilInformed(Optional.ofNullable(unscDate))
          .completion(Optional.ofNullable(completion)).deployed(deployed).sources(sources).build()));
    }
    return list;
  }

  private HostRequest request(String f, String p, Dto.Request r) {
    if (r == null) {
      return null;
    }
    String state = state(f, p, "state", r.state(), true);
    String author = required(f, p, "author", r.author());
    PartialDate date = requiredDate(f, p, "date", r.date());
    String addressee = required(f, p, "addressee", r.addressee());
    optionalText(f, p, "note", r.note());
    fieldAlternatives(f, p, r.alternatives(), r.choice());
    List<String> sources = sources(f, p, r.sources(), true);
    if (state == null || author == null || date == null || addressee == null) {
      return null;
    }
    return build(f, p, () -> HostRequest.builder().state(state).author(author).date(date)
        .addressee(addressee).sources(sources).build());
  }

  private Contingent contingent(String f, String p, Dto.Contingent c) {
    if (c == null) {
      problems.add(f, p, "must be an object, not null");
      return null;
    }
    String state = state(f, p, "state", c.state(), true);
    String sizeNote = optionalText(f, p, "sizeNote", c.sizeNote());
    sources(f, p, c.sources(), true);
    if (state == null) {
      return null;
    }
    return build(f, p, () -> {
      Contingent.Builder b = Contingent.builder();
      b.state(state).sizeNote(Optional.ofNullable(sizeNote));
      if (c.size() != null) {
        b.size(c.size());
      }
      return b.build();
    });
  }

  private Command command(String f, String p, Dto.Command c) {
    if (c == null) {
      return null;
    }
    String commander = required(f, p, "commander", c.commander());
    optionalText(f, p, "commanderRu", c.commanderRu());
    String state = state(f, p, "commanderState", c.commanderState(), true);
    Body body = decidingBody(f, p, "appointingBody", c.appointingBody(), true);
    PartialDate date = date(f, p + "/date", c.date());
    String note = optionalText(f, p, "note", c.note());
    sources(f, p, c.sources(), true);
    if (commander == null || state == null || body == null) {
      return null;
    }
    return build(f, p, () -> Command.builder().commander(commander).commanderState(state)
        .appointingBody(body).date(Optional.ofNullable(date)).note(Optional.ofNullable(note)).build());
  }

  private Period mandatePeriod(String f, String p, Dto.Period d) {
    if (d == null) {
      return null;
    }
    PartialDate start = requiredDate(f, p, "start", d.start());
    PartialDate end = date(f, p + "/end", d.end());
    optionalText(f, p, "note", d.note());
    fieldAlternatives(f, p, d.alternatives(), d.choice());
    sources(f, p, d.sources(), true);
    if (start == null || (d.end() != null && end == null)) {
      return null;
    }
    if (end != null && end.firstDay().isBefore(start.firstDay())) {
      problems.add(f, p + "/end", end + " is before the start " + start);
      return null;
    }
    return end == null ? Period.startingOn(start.firstDay())
        : Period.ofClosed(start.firstDay(), end.firstDay());
  }

  private Completion completion(String f, String p, Dto.Completion c) {
    if (c == null) {
      return null;
    }
    Body body = decidingBody(f, p, "decisionBody", c.decisionBody(), true);
    PartialDate decisionDate = date(f, p + "/decisionDate", c.decisionDate());
    LocalDate start = fullDate(f, p + "/withdrawalStart", c.withdrawalStart());
    LocalDate end = fullDate(f, p + "/withdrawalEnd", c.withdrawalEnd());
    String note = optionalText(f, p, "note", c.note());
    sources(f, p, c.sources(), true);
    if (start != null && end != null && end.isBefore(start)) {
      problems.add(f, p + "/withdrawalEnd", end + " is before the withdrawalStart " + start);
      return null;
    }
    if (body == null) {
      return null;
    }
    return build(f, p, () -> Completion.builder().decidingBody(body)
        .decisionDate(Optional.ofNullable(decisionDate)).withdrawalStart(Optional.ofNullable(start))
        .withdrawalEnd(Optional.ofNullable(end)).note(Optional.ofNullable(note)).build());
  }

  private void activities(List<Item<Dto.Activity>> items) {
    for (Item<Dto.Activity> item : items) {
      Dto.Activity d = item.dto();
      String f = ACTIVITIES;
      String p = item.ptr();
      required(f, p, "id", d.id());
      vocabulary(f, p, "kind", d.kind(), ACTIVITY_KINDS, true);
      required(f, p, "name", d.name());
      optionalText(f, p, "nameRu", d.nameRu());
      date(f, p + "/start", d.start());
      optionalText(f, p, "note", d.note());
      sources(f, p, d.sources(), true);
      if (d.occurrences() == null) {
        continue;
      }
      for (int i = 0; i < d.occurrences().size(); i++) {
        Dto.Occurrence o = d.occurrences().get(i);
        String op = p + "/occurrences/" + i;
        if (o == null) {
          problems.add(f, op, "must be an object, not null");
          continue;
        }
        optionalText(f, op, "name", o.name());
        if (o.year() != null && (o.year() < FIRST_YEAR || (dataAsOf != null
            && o.year() > dataAsOf.getYear()))) {
          problems.add(f, op + "/year", o.year() + " is outside the dataset's years");
        }
        PartialDate start = date(f, op + "/start", o.start());
        PartialDate end = date(f, op + "/end", o.end());
        if (start != null && end != null && end.firstDay().isBefore(start.firstDay())) {
          problems.add(f, op + "/end", end + " is before the start " + start);
        }
        state(f, op, "host", o.host(), false);
        vocabulary(f, op, "confidence", o.confidence(), CONFIDENCE, false);
        optionalText(f, op, "note", o.note());
        sources(f, op, o.sources(), false);
      }
    }
  }

  private void uncitedSources(List<Item<Dto.Source>> items) {
    if (roots.size() != FILES.size()) {
      return; // a file that could not be read cites sources that are not counted
    }
    // Citations of records that could not be bound count too: their problem is reported already.
    for (Map.Entry<String, JsonNode> root : roots.entrySet()) {
      if (!root.getKey().equals(SOURCES)) {
        collectCitations(root.getValue(), 0);
      }
    }
    for (Item<Dto.Source> item : items) {
      String id = item.dto().id();
      if (id != null && !cited.contains(id)) {
        problems.add(SOURCES, item.ptr() + "/id", "source '" + id + "' is never cited");
      }
    }
  }

  private void collectCitations(JsonNode node, int depth) {
    if (depth > Json.MAX_NESTING_DEPTH) {
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (field.getKey().equals("sources") && field.getValue().isArray()) {
          for (JsonNode id : field.getValue()) {
            if (id.isTextual()) {
              cited.add(id.textValue());
            }
          }
        } else {
          collectCitations(field.getValue(), depth + 1);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        collectCitations(element, depth + 1);
      }
    }
  }
}
