package io.github.cstokit.data.internal.read;

import io.github.cstokit.data.internal.json.Bound;
import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.json.JsonFile;
import io.github.cstokit.data.internal.read.files.ActivitiesFile;
import io.github.cstokit.data.internal.read.files.ChairmanshipsFile;
import io.github.cstokit.data.internal.read.files.EventsFile;
import io.github.cstokit.data.internal.read.files.ForcesFile;
import io.github.cstokit.data.internal.read.files.InstrumentsFile;
import io.github.cstokit.data.internal.read.files.MandatesFile;
import io.github.cstokit.data.internal.read.files.ObserversFile;
import io.github.cstokit.data.internal.read.files.OfficesFile;
import io.github.cstokit.data.internal.read.files.OrgansFile;
import io.github.cstokit.data.internal.read.files.SessionsFile;
import io.github.cstokit.data.internal.read.files.SourcesFile;
import io.github.cstokit.data.internal.read.files.StatesFile;
import io.github.cstokit.model.Activity;
import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.ObserverStatus;
import io.github.cstokit.model.Organ;
import io.github.cstokit.model.Session;
import io.github.cstokit.model.Source;
import io.github.cstokit.model.State;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the dataset's JSON files ({@link #FILES}): decodes and parses each, checks the envelopes (format,
 * version, dataAsOf) and ids, then has one reader per file map its records, and finally checks that every
 * source is cited. Every problem is collected with its file and JSON pointer. A file of
 * {@link #OPTIONAL} may be absent, as it is from datasets older than the file: such a dataset records
 * none of its records (no {@code observers.json}: no observer statuses). One reader per read; not
 * thread-safe.
 */
public final class DatasetReader {

  /** The file format this reader reads. */
  public static final int FORMAT = 1;

  /** The arrays of each file, in the order the files are checked. */
  private static final Map<String, List<String>> ARRAYS = arrays();

  /** The dataset files, in the order they are checked. */
  public static final List<String> FILES = List.copyOf(ARRAYS.keySet());

  /**
   * The dataset files that may be absent, because datasets older than the file do not have it: a
   * dataset without {@code observers.json} (such as 2026.11.0) records no observer statuses.
   */
  public static final Set<String> OPTIONAL = Set.of(ObserversFile.FILE);

  private static Map<String, List<String>> arrays() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(SourcesFile.FILE, List.of("sources"));
    m.put(StatesFile.FILE, List.of("states"));
    m.put(InstrumentsFile.FILE, List.of("instruments"));
    m.put(EventsFile.FILE, List.of("events"));
    m.put(OrgansFile.FILE, List.of("organs"));
    m.put(OfficesFile.FILE, List.of("appointments"));
    m.put(ChairmanshipsFile.FILE, List.of("chairmanships"));
    m.put(SessionsFile.FILE, List.of("sessions"));
    m.put(ForcesFile.FILE, List.of("forces"));
    m.put(MandatesFile.FILE, List.of("mandates", "decisions"));
    m.put(ActivitiesFile.FILE, List.of("activities"));
    m.put(ObserversFile.FILE, List.of("observers"));
    return m;
  }

  /**
   * What the files hold, mapped to the model; meaningful only when {@code problems} is empty.
   *
   * @param problems every problem found, in the order found
   * @param version the dataset version
   * @param dataAsOf the date the data is current to
   * @param sources the sources, by id
   * @param states the states
   * @param instruments the instruments
   * @param events the membership events
   * @param organs the organs
   * @param appointments the appointments to offices
   * @param chairmanships the chairmanships
   * @param forces the forces
   * @param decisions the decisions
   * @param mandates the mandates
   * @param sessions the sessions of the statutory bodies
   * @param activities the recurring operations and exercises
   * @param observers the observer and partner statuses
   */
  public record Result(List<String> problems, String version, LocalDate dataAsOf, List<Source> sources,
      List<State> states, List<Instrument> instruments, List<MembershipEvent> events,
      List<Organ> organs, List<Appointment> appointments, List<Chairmanship> chairmanships,
      List<Force> forces, List<Decision> decisions, List<Mandate> mandates, List<Session> sessions,
      List<Activity> activities, List<ObserverStatus> observers) {}

  private final Problems problems = new Problems();
  private final Fields fields = new Fields();
  private final Map<String, JsonFile> roots = new HashMap<>();
  private final Set<String> absent = new HashSet<>();
  private final Envelopes envelopes = new Envelopes(problems);

  private DatasetReader() {}

  /**
   * Reads a dataset from the contents of its files, keyed by file name.
   *
   * @param files the files' bytes, not null
   * @return the result, with every problem found
   */
  public static Result read(Map<String, byte[]> files) {
    return new DatasetReader().run(files);
  }

  private Result run(Map<String, byte[]> files) {
    for (String file : FILES) {
      byte[] bytes = files.get(file);
      if (bytes == null) {
        if (OPTIONAL.contains(file)) {
          absent.add(file);
        } else {
          problems.add(file, "", "the file is missing");
        }
        continue;
      }
      String text = utf8(file, bytes);
      if (text != null) {
        JsonFile.parse(file, text, problems).ifPresent(root -> roots.put(file, root));
      }
      if (Thread.currentThread().isInterrupted()) {
        // The interrupt status is kept for the caller; nothing more is read.
        Problems stopped = new Problems();
        stopped.add(file, "", "the load was interrupted");
        return new Result(stopped.list(), null, null, List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
      }
    }
    for (String file : FILES) {
      JsonFile root = roots.get(file);
      if (root != null) {
        envelopes.check(file, root, ARRAYS.get(file));
      }
    }
    fields.dataAsOf(envelopes.dataAsOf());
    for (String file : FILES) {
      JsonFile root = roots.get(file);
      if (root != null) {
        for (String array : ARRAYS.get(file)) {
          collectIds(file, array, root);
        }
      }
    }

    List<Bound<Dto.Source>> sourceItems = bind(SourcesFile.FILE, "sources", Dto.Source.class);
    List<Bound<Dto.State>> stateItems = bind(StatesFile.FILE, "states", Dto.State.class);
    List<Bound<Dto.Instrument>> instrumentItems =
        bind(InstrumentsFile.FILE, "instruments", Dto.Instrument.class);
    List<Bound<Dto.Event>> eventItems = bind(EventsFile.FILE, "events", Dto.Event.class);
    List<Bound<Dto.Organ>> organItems = bind(OrgansFile.FILE, "organs", Dto.Organ.class);
    List<Bound<Dto.Appointment>> appointmentItems =
        bind(OfficesFile.FILE, "appointments", Dto.Appointment.class);
    List<Bound<Dto.Chairmanship>> chairItems =
        bind(ChairmanshipsFile.FILE, "chairmanships", Dto.Chairmanship.class);
    List<Bound<Dto.Session>> sessionItems = bind(SessionsFile.FILE, "sessions", Dto.Session.class);
    List<Bound<Dto.Force>> forceItems = bind(ForcesFile.FILE, "forces", Dto.Force.class);
    List<Bound<Dto.Decision>> decisionItems =
        bind(MandatesFile.FILE, "decisions", Dto.Decision.class);
    List<Bound<Dto.Mandate>> mandateItems = bind(MandatesFile.FILE, "mandates", Dto.Mandate.class);
    List<Bound<Dto.Activity>> activityItems =
        bind(ActivitiesFile.FILE, "activities", Dto.Activity.class);
    List<Bound<Dto.Observer>> observerItems =
        bind(ObserversFile.FILE, "observers", Dto.Observer.class);

    List<Source> sources = new SourcesFile(fields, problems).read(sourceItems);
    List<State> states = new StatesFile(fields, problems).read(stateItems);
    InstrumentsFile instrumentsFile = new InstrumentsFile(fields, problems);
    List<Instrument> instruments = instrumentsFile.read(instrumentItems);
    List<MembershipEvent> events = new EventsFile(fields, problems).read(eventItems);
    List<Organ> organs = new OrgansFile(fields, problems, instrumentsFile).read(organItems);
    List<Appointment> appointments = new OfficesFile(fields, problems).read(appointmentItems);
    List<Chairmanship> chairmanships = new ChairmanshipsFile(fields, problems).read(chairItems);
    List<Session> sessionsRead = new SessionsFile(fields, problems).read(sessionItems);
    Map<String, Force> forces = new ForcesFile(fields, problems, instrumentsFile).byId(forceItems);
    MandatesFile mandatesFile = new MandatesFile(fields, problems, instrumentsFile);
    SessionsFile.Linked linked = SessionsFile.link(sessionsRead,
        mandatesFile.decisions(decisionItems), exactDays(decisionItems));
    Map<String, Decision> decisions = linked.decisions();
    List<Mandate> mandates = mandatesFile.mandates(mandateItems, forces, decisions);
    List<Activity> activities = new ActivitiesFile(fields, problems).read(activityItems);
    List<ObserverStatus> observers = new ObserversFile(fields, problems).read(observerItems);
    uncitedSources(sourceItems);
    return new Result(problems.list(), envelopes.version(), envelopes.dataAsOf(), sources, states,
        instruments, events, organs, appointments, chairmanships, List.copyOf(forces.values()),
        List.copyOf(decisions.values()), mandates, linked.sessions(), activities, observers);
  }

  /** The ids of the decisions dated to the day. */
  private static Set<String> exactDays(List<Bound<Dto.Decision>> items) {
    Set<String> ids = new HashSet<>();
    for (Bound<Dto.Decision> b : items) {
      String date = b.dto().date();
      if (b.dto().id() != null && date != null && date.matches("\\d{4}-\\d{2}-\\d{2}")) {
        ids.add(b.dto().id());
      }
    }
    return ids;
  }

  /** Decodes a file as strict UTF-8 ({@link JsonFile#utf8}); a byte that is not UTF-8 is a problem. */
  private String utf8(String file, byte[] bytes) {
    JsonFile.Utf8 decoded = JsonFile.utf8(bytes);
    if (decoded.text() == null) {
      problems.add(file, "", String.format(Locale.ROOT,
          "is not UTF-8 text: byte 0x%02X at line %d, column %d", decoded.badByte(), decoded.line(),
          decoded.column()));
    }
    return decoded.text();
  }

  private void collectIds(String file, String array, JsonFile root) {
    root.ids(array).ifPresent(ids -> {
      Map<String, Integer> first = new HashMap<>();
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        if (id != null) {
          Integer previous = first.putIfAbsent(id, i);
          if (previous != null) {
            problems.add(file, "/" + array + "/" + i + "/id", "duplicate id '" + id
                + "' (first at /" + array + "/" + previous + ")");
          }
        }
      }
      fields.knownArray(array, first.keySet());
    });
  }

  private <T> List<Bound<T>> bind(String file, String array, Class<T> type) {
    JsonFile root = roots.get(file);
    return root == null ? List.of() : root.bind(array, type, problems);
  }

  private void uncitedSources(List<Bound<Dto.Source>> items) {
    if (roots.size() + absent.size() != FILES.size()) {
      return; // a file that could not be read cites sources that are not counted
    }
    // Citations of records that could not be bound count too: their problem is reported already.
    Set<String> cited = new HashSet<>(fields.cited());
    for (Map.Entry<String, JsonFile> root : roots.entrySet()) {
      if (!root.getKey().equals(SourcesFile.FILE)) {
        root.getValue().citations(cited);
      }
    }
    for (Bound<Dto.Source> item : items) {
      String id = item.dto().id();
      if (id != null && !cited.contains(id)) {
        problems.add(SourcesFile.FILE, item.pointer() + "/id", "source '" + id + "' is never cited");
      }
    }
  }
}
