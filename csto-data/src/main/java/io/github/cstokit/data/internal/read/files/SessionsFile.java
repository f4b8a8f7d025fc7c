package io.github.cstokit.data.internal.read.files;

import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.read.Fields;
import io.github.cstokit.data.internal.read.Problems;
import io.github.cstokit.data.internal.read.Where;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Session;
import io.github.cstokit.model.SessionFormat;
import io.github.cstokit.model.SessionKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads {@code sessions.json}: the sessions of the statutory bodies (the Collective Security Council, the
 * Council of Ministers of Foreign Affairs, the Council of Ministers of Defence, the Committee of
 * Secretaries of Security Councils) and of the Permanent Council, and links each recorded decision to the
 * session of its body held on its day.
 */
public final class SessionsFile extends RecordFile<Dto.Session, Session> {

  /** The file name. */
  public static final String FILE = "sessions.json";

  /**
   * The bodies whose sessions the file records: the four statutory bodies and the Permanent Council. The
   * Secretariat, the Joint Staff and the Parliamentary Assembly hold no sessions here.
   */
  public static final Set<Body> SITTING_BODIES = Set.copyOf(EnumSet.of(Body.COLLECTIVE_SECURITY_COUNCIL,
      Body.COUNCIL_OF_FOREIGN_MINISTERS, Body.COUNCIL_OF_DEFENCE_MINISTERS,
      Body.COMMITTEE_OF_SECRETARIES_OF_SECURITY_COUNCILS, Body.PERMANENT_COUNCIL));

  /**
   * Creates the reader; the sessions it maps get their decisions from {@link #link}.
   *
   * @param fields the dataset's field checks, not null
   * @param problems where problems go, not null
   */
  public SessionsFile(Fields fields, Problems problems) {
    super(FILE, fields, problems);
  }

  @Override
  Optional<Session> read(Dto.Session d, Where at) {
    String id = fields.required(at, "id", d.id());
    Body body = sittingBody(at, d.organ());
    PartialDate date = fields.requiredDate(at, "date", d.date());
    String place = fields.required(at, "place", d.place());
    String host = fields.state(at, "host", d.host(), false);
    SessionKind kind = fields.constant(at, "kind", d.kind(), SessionKind.class, true);
    SessionFormat format = fields.constant(at, "format", d.format(), SessionFormat.class, true);
    String chair = fields.state(at, "chairState", d.chairState(), false);
    List<String> absent = new ArrayList<>();
    if (d.absent() != null) {
      for (int i = 0; i < d.absent().size(); i++) {
        String s = fields.state(at.at("absent"), String.valueOf(i), d.absent().get(i), true);
        if (s != null) {
          absent.add(s);
        }
      }
    }
    String note = fields.optionalText(at, "note", d.note());
    List<String> sources = fields.sources(at, d.sources(), true);
    boolean planned = Boolean.TRUE.equals(d.planned());
    return at.build(() -> Session.builder().id(id).body(body).date(date).place(place)
        .host(Optional.ofNullable(host)).kind(kind).format(format)
        .chairState(Optional.ofNullable(chair)).absent(absent).planned(planned)
        .note(Optional.ofNullable(note)).sources(sources).build());
  }

  /** The {@code organ}: a known organ whose body is one of {@link #SITTING_BODIES}, or null. */
  private Body sittingBody(Where at, String organ) {
    Body body = fields.body(at, "organ", organ, true);
    if (body != null && !SITTING_BODIES.contains(body)) {
      at.at("organ").problem("organ '" + organ + "' holds no sessions in " + FILE + ": a session is of "
          + SITTING_BODIES.stream().map(Body::organId).sorted().collect(Collectors.joining(", ")));
      return null;
    }
    return body;
  }

  /**
   * The sessions and decisions linked.
   *
   * @param sessions the sessions, each with the ids of its decisions, in file order
   * @param decisions the decisions, each with its session's id where one is recorded, by id in file order
   */
  public record Linked(List<Session> sessions, Map<String, Decision> decisions) {}

  /**
   * Links each decision dated to the day to the session of its body recorded on that day (a session
   * dated to the day), and gives each session the ids of its decisions, in the decisions' order. A
   * decision dated only to a month or year, or of a body with no session that day, stays unlinked.
   *
   * @param sessions the sessions read, not null
   * @param decisions the decisions read, by id, not null
   * @param exactDecisions the ids of the decisions dated to the day, not null
   * @return the linked records, not null
   */
  public static Linked link(List<Session> sessions, Map<String, Decision> decisions,
      Set<String> exactDecisions) {
    Map<String, Session> byDay = new HashMap<>();
    for (Session s : sessions) {
      if (s.date().isExact()) {
        byDay.putIfAbsent(key(s.body(), s.date().firstDay()), s);
      }
    }
    Map<String, List<String>> taken = new HashMap<>();
    Map<String, Decision> linked = new LinkedHashMap<>();
    for (Map.Entry<String, Decision> e : decisions.entrySet()) {
      Decision d = e.getValue();
      Session s = exactDecisions.contains(e.getKey()) ? byDay.get(key(d.body(), d.date())) : null;
      if (s == null) {
        linked.put(e.getKey(), d);
      } else {
        linked.put(e.getKey(), Decision.builder().from(d).sessionId(s.id()).build());
        taken.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(e.getKey());
      }
    }
    List<Session> withDecisions = new ArrayList<>();
    for (Session s : sessions) {
      List<String> ids = taken.get(s.id());
      withDecisions.add(ids == null ? s : Session.builder().from(s).decisionIds(ids).build());
    }
    return new Linked(withDecisions, linked);
  }

  private static String key(Body body, LocalDate day) {
    return body.organId() + "@" + day;
  }
}
