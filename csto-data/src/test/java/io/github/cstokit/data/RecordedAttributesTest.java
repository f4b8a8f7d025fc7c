package io.github.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cstokit.model.Activity;
import io.github.cstokit.model.ActivityEdition;
import io.github.cstokit.model.AlternativeValue;
import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Command;
import io.github.cstokit.model.Completion;
import io.github.cstokit.model.Contingent;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionMode;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.HostRequest;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.ObserverStatus;
import io.github.cstokit.model.Organ;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.ProvisionText;
import io.github.cstokit.model.Session;
import io.github.cstokit.model.Source;
import io.github.cstokit.model.State;
import io.github.cstokit.model.Strength;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every attribute the bundled data files record reaches the API: for every record of every file, each
 * JSON property it has (and each property of its parts: a mandate's request, period, commands,
 * contingents, strength and completion, an activity's editions, every alternative value) has a
 * counterpart in the model that is not empty, and where both are plain text, numbers or booleans, equal;
 * where both are lists, of the same size. A property with no counterpart listed here fails the test, so a
 * new field of a data file is either given to the model or argued out of it. Checked on the bundled
 * dataset (read from the snapshot) and on a fresh read of the JSON files; the words of the provisions
 * ({@code provisions.json}, the library's own, the same for every dataset) are checked record by record
 * through {@link CstoDataset#provision(String)}, each with the source it was read from.
 */
class RecordedAttributesTest {

  /** JSON property path (array name, then property names, parts included) to its model counterpart. */
  private static final Map<String, Function<Object, Object>> API = new HashMap<>();

  /** Object-valued properties compared as a whole (a map by state), not property by property. */
  private static final Set<String> WHOLE = Set.of("decisions.positions");

  private static <T> void put(String path, Class<T> type, Function<T, Object> accessor) {
    API.put(path, o -> accessor.apply(type.cast(o)));
  }

  /** The properties of a date alternative ({@code date}) or a field alternative ({@code field}, {@code value}). */
  private static void alternatives(String path) {
    put(path + ".date", AlternativeValue.class, AlternativeValue::value);
    put(path + ".field", AlternativeValue.class, AlternativeValue::field);
    put(path + ".value", AlternativeValue.class, AlternativeValue::value);
    put(path + ".sources", AlternativeValue.class, AlternativeValue::sources);
    put(path + ".note", AlternativeValue.class, AlternativeValue::note);
  }

  /** A legal basis as the file gives it: citations and instrument ids, in one list. */
  private static List<String> basis(List<Citation> citations, List<String> instrumentIds) {
    List<String> all = new ArrayList<>();
    citations.forEach(c -> all.add(c.text()));
    all.addAll(instrumentIds);
    return all;
  }

  static {
    put("states.id", State.class, State::isoAlpha2);
    put("states.isoAlpha3", State.class, State::isoAlpha3);
    put("states.cowCode", State.class, State::cowCode);
    put("states.cowAbbrev", State.class, State::cowAbbreviation);
    put("states.nameEn", State.class, State::nameEn);
    put("states.nameRu", State.class, State::nameRu);
    put("states.nameRuAliases", State.class, State::nameRuAliases);
    put("states.note", State.class, State::note);
    put("states.sources", State.class, State::sources);

    put("sources.id", Source.class, Source::id);
    put("sources.title", Source.class, Source::title);
    put("sources.publisher", Source.class, Source::publisher);
    // "document" stands for a document held offline, known by its title
    put("sources.url", Source.class, s -> s.url().orElse(s.document().isPresent() ? "document" : null));
    put("sources.kind", Source.class, Source::kind);
    put("sources.date", Source.class, Source::date);
    put("sources.weak", Source.class, Source::weak);

    put("instruments.id", Instrument.class, Instrument::id);
    put("instruments.kind", Instrument.class, Instrument::kind);
    put("instruments.shortName", Instrument.class, Instrument::shortName);
    put("instruments.title", Instrument.class, Instrument::titleEn);
    put("instruments.titleRu", Instrument.class, Instrument::titleRu);
    put("instruments.signed", Instrument.class, Instrument::signed);
    put("instruments.place", Instrument.class, Instrument::place);
    put("instruments.inForce", Instrument.class, Instrument::entryIntoForce);
    put("instruments.inForceNote", Instrument.class, Instrument::inForceNote);
    put("instruments.inForceStatus", Instrument.class, Instrument::inForceStatus);
    put("instruments.amends", Instrument.class, Instrument::amendedId);
    put("instruments.version", Instrument.class, Instrument::version);
    put("instruments.confidence", Instrument.class, Instrument::confidence);
    put("instruments.note", Instrument.class, Instrument::note);
    put("instruments.alternatives", Instrument.class, Instrument::alternatives);
    alternatives("instruments.alternatives");
    put("instruments.choice", Instrument.class, Instrument::choice);
    put("instruments.sources", Instrument.class, Instrument::sources);

    put("events.id", MembershipEvent.class, MembershipEvent::id);
    put("events.state", MembershipEvent.class, MembershipEvent::state);
    put("events.type", MembershipEvent.class, MembershipEvent::type);
    put("events.date", MembershipEvent.class, MembershipEvent::date);
    put("events.framework", MembershipEvent.class, MembershipEvent::framework);
    put("events.instrument", MembershipEvent.class, MembershipEvent::instrumentId);
    put("events.effective", MembershipEvent.class, MembershipEvent::effective);
    put("events.note", MembershipEvent.class, MembershipEvent::note);
    put("events.alternatives", MembershipEvent.class, MembershipEvent::alternatives);
    alternatives("events.alternatives");
    put("events.choice", MembershipEvent.class, MembershipEvent::choice);
    put("events.sources", MembershipEvent.class, MembershipEvent::sources);

    put("chairmanships.id", Chairmanship.class, Chairmanship::id);
    put("chairmanships.state", Chairmanship.class, Chairmanship::state);
    put("chairmanships.start", Chairmanship.class, c -> c.period().start());
    put("chairmanships.end", Chairmanship.class, c -> c.period().end());
    put("chairmanships.fragmentary", Chairmanship.class, Chairmanship::fragmentary);
    put("chairmanships.confidence", Chairmanship.class, Chairmanship::confidence);
    put("chairmanships.note", Chairmanship.class, Chairmanship::note);
    put("chairmanships.sources", Chairmanship.class, Chairmanship::sources);

    put("appointments.id", Appointment.class, Appointment::id);
    put("appointments.office", Appointment.class, Appointment::office);
    put("appointments.person", Appointment.class, Appointment::personEn);
    put("appointments.personRu", Appointment.class, Appointment::personRu);
    put("appointments.state", Appointment.class, Appointment::state);
    put("appointments.start", Appointment.class, a -> a.period().start());
    put("appointments.end", Appointment.class, a -> a.period().end());
    put("appointments.acting", Appointment.class, Appointment::acting);
    put("appointments.appointedBy", Appointment.class, Appointment::appointedBy);
    put("appointments.decisionDate", Appointment.class, Appointment::decisionDate);
    put("appointments.confidence", Appointment.class, Appointment::confidence);
    put("appointments.note", Appointment.class, Appointment::note);
    put("appointments.alternatives", Appointment.class, Appointment::alternatives);
    alternatives("appointments.alternatives");
    put("appointments.choice", Appointment.class, Appointment::choice);
    put("appointments.sources", Appointment.class, Appointment::sources);

    put("organs.id", Organ.class, Organ::id);
    put("organs.nameEn", Organ.class, Organ::nameEn);
    put("organs.nameRu", Organ.class, Organ::nameRu);
    put("organs.abbreviation", Organ.class, Organ::abbreviation);
    put("organs.abbreviationRu", Organ.class, Organ::abbreviationRu);
    put("organs.kind", Organ.class, Organ::kind);
    put("organs.composition", Organ.class, Organ::composition);
    put("organs.decides", Organ.class, o -> o.decisionMode() == DecisionMode.CONSENSUS);
    put("organs.decisionMode", Organ.class, Organ::decisionMode);
    put("organs.legalBasis", Organ.class, o -> basis(o.legalBases(), o.legalBasisInstrumentIds()));
    put("organs.note", Organ.class, Organ::note);
    put("organs.sources", Organ.class, Organ::sources);

    put("forces.id", Force.class, Force::id);
    put("forces.nameEn", Force.class, Force::nameEn);
    put("forces.nameRu", Force.class, Force::nameRu);
    put("forces.abbreviation", Force.class, Force::abbreviation);
    put("forces.abbreviationRu", Force.class, Force::abbreviationRu);
    put("forces.established", Force.class, Force::established);
    put("forces.legalBasis", Force.class, f -> basis(f.legalBases(), f.legalBasisInstrumentIds()));
    put("forces.note", Force.class, Force::note);
    put("forces.sources", Force.class, Force::sources);

    put("sessions.id", Session.class, Session::id);
    put("sessions.organ", Session.class, Session::body);
    put("sessions.date", Session.class, Session::date);
    put("sessions.place", Session.class, Session::place);
    put("sessions.host", Session.class, Session::host);
    put("sessions.kind", Session.class, Session::kind);
    put("sessions.format", Session.class, Session::format);
    put("sessions.chairState", Session.class, Session::chairState);
    put("sessions.absent", Session.class, Session::absent);
    put("sessions.planned", Session.class, Session::planned);
    put("sessions.note", Session.class, Session::note);
    put("sessions.sources", Session.class, Session::sources);

    put("activities.id", Activity.class, Activity::id);
    put("activities.kind", Activity.class, Activity::kind);
    put("activities.name", Activity.class, Activity::name);
    put("activities.nameRu", Activity.class, Activity::nameRu);
    put("activities.start", Activity.class, Activity::since);
    put("activities.occurrences", Activity.class, Activity::editions);
    put("activities.note", Activity.class, Activity::note);
    put("activities.sources", Activity.class, Activity::sources);
    put("activities.occurrences.name", ActivityEdition.class, ActivityEdition::name);
    put("activities.occurrences.year", ActivityEdition.class, ActivityEdition::year);
    put("activities.occurrences.start", ActivityEdition.class, ActivityEdition::start);
    put("activities.occurrences.end", ActivityEdition.class, ActivityEdition::end);
    put("activities.occurrences.host", ActivityEdition.class, ActivityEdition::host);
    put("activities.occurrences.participants", ActivityEdition.class, ActivityEdition::participants);
    put("activities.occurrences.personnel", ActivityEdition.class, ActivityEdition::personnel);
    put("activities.occurrences.planned", ActivityEdition.class, ActivityEdition::planned);
    put("activities.occurrences.confidence", ActivityEdition.class, ActivityEdition::confidence);
    put("activities.occurrences.note", ActivityEdition.class, ActivityEdition::note);
    put("activities.occurrences.sources", ActivityEdition.class, ActivityEdition::sources);

    put("observers.id", ObserverStatus.class, ObserverStatus::id);
    put("observers.kind", ObserverStatus.class, ObserverStatus::kind);
    put("observers.holder", ObserverStatus.class, ObserverStatus::holder);
    put("observers.holderRu", ObserverStatus.class, ObserverStatus::holderRu);
    put("observers.holderState", ObserverStatus.class, ObserverStatus::holderState);
    put("observers.organ", ObserverStatus.class, ObserverStatus::body);
    put("observers.since", ObserverStatus.class, ObserverStatus::since);
    put("observers.until", ObserverStatus.class, ObserverStatus::until);
    put("observers.confidence", ObserverStatus.class, ObserverStatus::confidence);
    put("observers.note", ObserverStatus.class, ObserverStatus::note);
    put("observers.sources", ObserverStatus.class, ObserverStatus::sources);

    put("decisions.id", Decision.class, Decision::id);
    put("decisions.kind", Decision.class, Decision::kind);
    put("decisions.organ", Decision.class, Decision::body);
    put("decisions.date", Decision.class, Decision::partialDate);
    put("decisions.matter", Decision.class, Decision::title);
    put("decisions.matterKind", Decision.class, Decision::matter);
    // UNKNOWN is no recorded format or outcome
    put("decisions.format", Decision.class, d -> d.recordedFormat().<Object>map(f -> f).orElse("UNKNOWN"));
    put("decisions.outcome", Decision.class,
        d -> d.recordedOutcome().<Object>map(o -> o).orElse("UNKNOWN"));
    put("decisions.positions", Decision.class, Decision::positions);
    put("decisions.signatures", Decision.class, Decision::signatures);
    put("decisions.instrument", Decision.class, Decision::instrumentId);
    put("decisions.session", Decision.class, Decision::sessionId);
    put("decisions.note", Decision.class, Decision::note);
    put("decisions.alternatives", Decision.class, Decision::alternatives);
    alternatives("decisions.alternatives");
    put("decisions.choice", Decision.class, Decision::choice);
    put("decisions.sources", Decision.class, Decision::sources);

    put("mandates.id", Mandate.class, Mandate::id);
    put("mandates.force", Mandate.class, Mandate::forceKind);
    put("mandates.host", Mandate.class, Mandate::hostState);
    put("mandates.territory", Mandate.class, Mandate::territory);
    put("mandates.request", Mandate.class, Mandate::request);
    put("mandates.legalBases", Mandate.class, Mandate::legalBases);
    put("mandates.decision", Mandate.class, m -> m.decision().flatMap(Decision::id));
    put("mandates.contingents", Mandate.class, Mandate::contingents);
    put("mandates.strength", Mandate.class, Mandate::strength);
    put("mandates.command", Mandate.class, Mandate::command);
    put("mandates.otherCommands", Mandate.class, Mandate::otherCommands);
    put("mandates.tasks", Mandate.class, Mandate::tasks);
    put("mandates.area", Mandate.class, Mandate::area);
    // the period's and the notice's attributes are the mandate's own
    put("mandates.period", Mandate.class, m -> m.period().map(p -> m));
    put("mandates.unSecurityCouncilInformed", Mandate.class,
        m -> m.unSecurityCouncilInformed().map(d -> m));
    put("mandates.unSecurityCouncilDecision", Mandate.class, Mandate::unSecurityCouncilDecision);
    put("mandates.completion", Mandate.class, Mandate::completion);
    put("mandates.deployed", Mandate.class, Mandate::deployed);
    put("mandates.note", Mandate.class, Mandate::note);
    put("mandates.sources", Mandate.class, Mandate::sources);

    put("mandates.request.state", HostRequest.class, HostRequest::state);
    put("mandates.request.alsoRequestedBy", HostRequest.class, HostRequest::alsoRequestedBy);
    put("mandates.request.author", HostRequest.class, HostRequest::author);
    put("mandates.request.date", HostRequest.class, HostRequest::date);
    put("mandates.request.addressee", HostRequest.class, HostRequest::addressee);
    put("mandates.request.attacker", HostRequest.class, r -> r.attacker().map(Enum::name));
    put("mandates.request.note", HostRequest.class, HostRequest::note);
    put("mandates.request.alternatives", HostRequest.class, HostRequest::alternatives);
    alternatives("mandates.request.alternatives");
    put("mandates.request.choice", HostRequest.class, HostRequest::choice);
    put("mandates.request.sources", HostRequest.class, HostRequest::sources);

    put("mandates.contingents.state", Contingent.class, Contingent::state);
    put("mandates.contingents.size", Contingent.class, Contingent::size);
    put("mandates.contingents.sizeNote", Contingent.class, Contingent::sizeNote);
    put("mandates.contingents.underUnifiedCommand", Contingent.class, Contingent::underUnifiedCommand);
    put("mandates.contingents.voluntary", Contingent.class, Contingent::voluntary);
    put("mandates.contingents.sources", Contingent.class, Contingent::sources);

    put("mandates.strength.personnel", Strength.class, Strength::personnel);
    put("mandates.strength.equipment", Strength.class, Strength::equipment);
    put("mandates.strength.note", Strength.class, Strength::note);
    put("mandates.strength.alternatives", Strength.class, s -> Stream.concat(
        s.personnelAlternatives().stream(), s.equipmentAlternatives().stream()).toList());
    alternatives("mandates.strength.alternatives");
    put("mandates.strength.choice", Strength.class, Strength::choice);
    put("mandates.strength.sources", Strength.class, Strength::sources);

    for (String command : List.of("mandates.command", "mandates.otherCommands")) {
      put(command + ".commander", Command.class, Command::commander);
      put(command + ".commanderRu", Command.class, Command::commanderRu);
      put(command + ".commanderState", Command.class, Command::commanderState);
      put(command + ".appointingBody", Command.class, Command::appointingBody);
      put(command + ".date", Command.class, Command::date);
      put(command + ".note", Command.class, Command::note);
      put(command + ".sources", Command.class, Command::sources);
    }

    put("mandates.period.start", Mandate.class, m -> m.period().orElseThrow().start());
    put("mandates.period.end", Mandate.class, m -> m.period().orElseThrow().end());
    put("mandates.period.note", Mandate.class, m -> m.periodAttestation().orElseThrow().note());
    put("mandates.period.alternatives", Mandate.class,
        m -> m.periodAttestation().orElseThrow().alternatives());
    alternatives("mandates.period.alternatives");
    put("mandates.period.choice", Mandate.class, m -> m.periodAttestation().orElseThrow().choice());
    put("mandates.period.sources", Mandate.class, m -> m.periodAttestation().orElseThrow().sources());

    put("mandates.unSecurityCouncilInformed.date", Mandate.class, Mandate::unSecurityCouncilInformed);
    put("mandates.unSecurityCouncilInformed.note", Mandate.class,
        m -> m.unSecurityCouncilInformedAttestation().orElseThrow().note());
    put("mandates.unSecurityCouncilInformed.sources", Mandate.class,
        m -> m.unSecurityCouncilInformedAttestation().orElseThrow().sources());

    put("mandates.completion.decisionBody", Completion.class, Completion::decidingBody);
    put("mandates.completion.decisionDate", Completion.class, Completion::decisionDate);
    put("mandates.completion.withdrawalStart", Completion.class, Completion::withdrawalStart);
    put("mandates.completion.withdrawalEnd", Completion.class, Completion::withdrawalEnd);
    put("mandates.completion.note", Completion.class, Completion::note);
    put("mandates.completion.sources", Completion.class, Completion::sources);

    put("provisions.id", ProvisionText.class, ProvisionText::id);
    put("provisions.instrument", ProvisionText.class, ProvisionText::instrumentId);
    put("provisions.citation", ProvisionText.class, p -> p.citation().text());
    put("provisions.reading", ProvisionText.class, ProvisionText::reading);
    put("provisions.language", ProvisionText.class, ProvisionText::language);
    put("provisions.passages", ProvisionText.class, ProvisionText::passages);
    put("provisions.english", ProvisionText.class, ProvisionText::english);
    put("provisions.source", ProvisionText.class, ProvisionText::source);
    put("provisions.note", ProvisionText.class, ProvisionText::note);
    put("provisions.source.id", Source.class, Source::id);
    put("provisions.source.title", Source.class, Source::title);
    put("provisions.source.publisher", Source.class, Source::publisher);
    put("provisions.source.url", Source.class, Source::url);
    put("provisions.source.kind", Source.class, Source::kind);
  }

  /** A file's record array and how the dataset finds the model record of an id. */
  private record Records(String file, String array, Function<CstoDataset, Map<String, ?>> byId) {}

  private static <T> Map<String, T> index(Collection<T> records, Function<T, String> id) {
    Map<String, T> map = new HashMap<>();
    records.forEach(r -> map.put(id.apply(r), r));
    return map;
  }

  private static final List<Records> FILES = List.of(
      new Records("states.json", "states", d -> index(d.states(), State::isoAlpha2)),
      new Records("sources.json", "sources", d -> index(d.sources(), Source::id)),
      new Records("instruments.json", "instruments", d -> index(d.instruments(), Instrument::id)),
      new Records("events.json", "events", d -> index(d.events(), MembershipEvent::id)),
      new Records("chairmanships.json", "chairmanships",
          d -> index(d.chairmanships(), Chairmanship::id)),
      new Records("offices.json", "appointments", d -> index(d.appointments(), Appointment::id)),
      new Records("organs.json", "organs", d -> index(d.organs(), Organ::id)),
      new Records("forces.json", "forces", d -> index(d.forces(), Force::id)),
      new Records("sessions.json", "sessions", d -> index(d.sessions(), Session::id)),
      new Records("activities.json", "activities", d -> index(d.activities(), Activity::id)),
      new Records("observers.json", "observers", d -> index(d.observerStatuses(), ObserverStatus::id)),
      new Records("mandates.json", "decisions", d -> index(d.decisions(), x -> x.id().orElseThrow())),
      new Records("mandates.json", "mandates", d -> index(d.mandates(), Mandate::id)),
      // the library's reading of the texts, the same for every dataset, each found by its id
      new Records("provisions.json", "provisions", d -> index(d.provisions().stream()
          .map(p -> d.provision(p.id()).orElseThrow()).toList(), ProvisionText::id)));

  @Test
  void everyAttributeOfTheBundledFilesReachesTheBundledDataset() throws Exception {
    assertEveryAttributeReaches(CstoData.bundled());
  }

  @Test
  void everyAttributeOfTheBundledFilesReachesAFreshReadOfThem() throws Exception {
    Map<String, byte[]> files = new HashMap<>();
    for (String name : DatasetLoader.FILES) {
      files.put(name, bytes(name));
    }
    assertEveryAttributeReaches(DatasetLoader.load(files));
  }

  @Test
  void aDroppedAttributeIsFound() throws Exception {
    JsonNode instrument = json("instruments.json").get("instruments").get(0);
    Instrument read = CstoData.bundled().instrument(instrument.get("id").asText()).orElseThrow();
    List<String> failures = new ArrayList<>();
    check("instruments", instrument, Instrument.builder().from(read).note(Optional.empty()).build(),
        "instruments.json#0", failures);
    assertEquals(List.of("instruments.json#0/note: recorded, but the API gives nothing"), failures);
    failures.clear();
    check("instruments", instrument, Instrument.builder().from(read).titleEn("Another title").build(),
        "instruments.json#0", failures);
    assertEquals(1, failures.size(), failures.toString());
    assertTrue(failures.get(0).startsWith("instruments.json#0/title: recorded as"), failures.toString());
  }

  private static void assertEveryAttributeReaches(CstoDataset data) throws Exception {
    List<String> failures = new ArrayList<>();
    int records = 0;
    for (Records r : FILES) {
      Map<String, ?> byId = r.byId().apply(data);
      JsonNode array = json(r.file()).get(r.array());
      for (int i = 0; i < array.size(); i++) {
        JsonNode record = array.get(i);
        String where = r.file() + "#/" + r.array() + "/" + i;
        Object model = byId.get(record.get("id").asText());
        if (model == null) {
          failures.add(where + ": no record with id " + record.get("id") + " in the dataset");
        } else {
          check(r.array(), record, model, where, failures);
          records++;
        }
      }
    }
    assertTrue(records > 500, "the bundled files have their records: " + records);
    assertEquals(List.of(), failures, failures.size() + " attributes do not reach the API");
  }

  /** Checks each property of a JSON object against its counterpart in the model object. */
  private static void check(String path, JsonNode node, Object model, String where,
      List<String> failures) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      String property = path + "." + name;
      String at = where + "/" + name;
      Function<Object, Object> accessor = API.get(property);
      if (accessor == null) {
        failures.add(at + ": no counterpart in the API is known for " + property);
        continue;
      }
      JsonNode json = node.get(name);
      Object value = present(accessor.apply(model));
      if (value == null) {
        if (!json.isContainerNode() || json.size() > 0) { // an empty list recorded is an empty list
          failures.add(at + ": recorded, but the API gives nothing");
        }
      } else if (json.isObject() && !WHOLE.contains(property)) {
        check(property, json, value, at, failures);
      } else if (json.isArray() && json.size() > 0 && json.get(0).isObject()) {
        List<?> parts = List.copyOf((Collection<?>) value);
        if (parts.size() != json.size()) {
          failures.add(at + ": " + json.size() + " recorded, " + parts.size() + " in the API");
        } else {
          for (int i = 0; i < json.size(); i++) {
            check(property, json.get(i), parts.get(i), at + "/" + i, failures);
          }
        }
      } else {
        compare(json, value, at, failures);
      }
    }
  }

  /** Plain text, numbers and booleans must be equal, lists and maps of the same size. */
  private static void compare(JsonNode json, Object value, String at, List<String> failures) {
    boolean same = true;
    if (json.isTextual() && (value instanceof String || value instanceof PartialDate)) {
      same = json.asText().equals(value.toString());
    } else if (json.isNumber() && value instanceof Integer) {
      same = json.asInt() == (Integer) value;
    } else if (json.isBoolean() && value instanceof Boolean) {
      same = json.asBoolean() == (Boolean) value;
    } else if ((json.isArray() || json.isObject()) && value instanceof Collection) {
      same = json.size() == ((Collection<?>) value).size();
    } else if (json.isObject() && value instanceof Map) {
      same = json.size() == ((Map<?, ?>) value).size();
    }
    if (!same) {
      failures.add(at + ": recorded as " + json + ", the API gives " + value);
    }
  }

  /** The value if present: an empty optional, collection or map, or null, is absent. */
  private static Object present(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).orElse(null);
    }
    if (value instanceof OptionalInt) {
      OptionalInt number = (OptionalInt) value;
      return number.isPresent() ? number.getAsInt() : null;
    }
    if (value instanceof Collection && ((Collection<?>) value).isEmpty()
        || value instanceof Map && ((Map<?, ?>) value).isEmpty()) {
      return null;
    }
    return value;
  }

  private static byte[] bytes(String name) throws Exception {
    try (InputStream in = CstoData.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static JsonNode json(String file) throws Exception {
    return new ObjectMapper().readTree(bytes(file));
  }
}
