package io.github.cstokit.data;

import io.github.cstokit.model.AlternativeValue;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Framework;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.ObserverStatus;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Session;
import io.github.cstokit.model.State;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The event log of {@link Exports}: the membership events and, where the facts are a {@link CstoRecord}
 * such as a dataset, the sessions of the statutory bodies and the grant and end of each observer or
 * partner status, each dated and with its sources, in one order by day.
 */
final class EventLog {

  /** The {@code record} of a membership event's row. */
  static final String MEMBERSHIP_EVENT = "MEMBERSHIP_EVENT";
  /** The {@code record} of a session's row, and its {@code type}. */
  static final String SESSION = "SESSION";
  /** The {@code record} of an observer or partner status's rows. */
  static final String OBSERVER_STATUS = "OBSERVER_STATUS";
  /** The {@code type} of the row of the day an observer or partner status was granted. */
  static final String STATUS_GRANTED = "STATUS_GRANTED";
  /** The {@code type} of the row of the day an observer or partner status ended. */
  static final String STATUS_ENDED = "STATUS_ENDED";
  /** The values of the {@code record} column, in their order within a day. */
  static final List<String> RECORDS = List.of(MEMBERSHIP_EVENT, SESSION, OBSERVER_STATUS);

  /** One row with what orders it: the day, then the kind of record (the list is in a stable order). */
  private static final class Entry {
    final LocalDate day;
    final int record;
    final List<Object> row;
    final List<String> sources;

    Entry(LocalDate day, String record, List<Object> row, List<String> sources) {
      this.day = day;
      this.record = RECORDS.indexOf(record);
      this.row = row;
      this.sources = sources;
    }
  }

  private static final Comparator<Entry> BY_DAY =
      Comparator.comparing((Entry e) -> e.day).thenComparingInt(e -> e.record);

  private final List<Entry> entries = new ArrayList<>();

  private EventLog(CstoFacts data) {
    for (MembershipEvent e : data.events()) {
      LocalDate day = e.date().firstDay();
      List<String> cited = new ArrayList<>(e.sources());
      for (AlternativeValue a : e.alternatives()) {
        cited.addAll(a.sources());
      }
      add(data, e.id(), Optional.of(e.state()), e.type().name(), e.date(), e.framework(),
          MEMBERSHIP_EVENT, e.instrumentId().orElse(""), e.effective() ? "true" : "false",
          List.of(data.status(e.state(), day).name(), data.participation(e.state(), day).name()),
          List.of("", "", ""), e.sources(), cited);
    }
    if (data instanceof CstoRecord) {
      CstoRecord record = (CstoRecord) data;
      for (Session s : record.sessions()) {
        add(data, s.id(), s.host(), SESSION, s.date(), data.framework(s.date().firstDay()), SESSION,
            "", s.planned() ? "false" : "true", List.of("", ""),
            List.of(s.body().organId(), s.kind().name(), ""), s.sources(), s.sources());
      }
      for (ObserverStatus o : record.observerStatuses()) {
        status(data, o, o.id() + ":granted", STATUS_GRANTED, o.since());
        if (o.until().isPresent()) {
          status(data, o, o.id() + ":ended", STATUS_ENDED, o.until().get());
        }
      }
    }
    entries.sort(BY_DAY);
  }

  /** The row of the day an observer or partner status was granted or ended. */
  private void status(CstoFacts data, ObserverStatus o, String id, String type, PartialDate date) {
    add(data, id, o.holderState(), type, date, data.framework(date.firstDay()), OBSERVER_STATUS, "",
        "true", List.of("", ""), List.of(o.body().map(Body::organId).orElse(""), o.kind().name(),
            o.holder()), o.sources(), o.sources());
  }

  /**
   * One row: {@code after} holds the status and participation after a membership event, {@code detail}
   * the body, kind and holder of a session or status; {@code cited} is every source the record cites.
   */
  private void add(CstoFacts data, String id, Optional<String> state, String type, PartialDate date,
      Framework framework, String record, String instrument, String effective, List<Object> after, List<Object> detail,
      List<String> sources, List<String> cited) {
    LocalDate day = date.firstDay();
    List<Object> row = new ArrayList<>();
    row.add(id);
    row.add(state.orElse(""));
    row.add(state.flatMap(data::state).map(State::cowCode).map(Object.class::cast).orElse(""));
    row.add(type);
    row.add(date.toString());
    row.add(date.precision().name());
    row.add(day.toString());
    row.add((framework == null ? data.framework(day) : framework).name());
    row.add(instrument);
    row.add(effective);
    row.addAll(after);
    row.add(String.join(";", sources));
    row.add(record);
    row.addAll(detail);
    entries.add(new Entry(day, record, row, List.copyOf(cited)));
  }

  /** The rows of {@link Exports#writeEventLog(CstoFacts, java.io.Writer)}. */
  static List<List<Object>> rows(CstoFacts data) {
    List<List<Object>> rows = new ArrayList<>();
    for (Entry e : new EventLog(data).entries) {
      rows.add(e.row);
    }
    return rows;
  }

  /**
   * The ids of the rows that cite each source, for {@link Exports#writeSources}: every source of a row's
   * record, or of an alternative value of a membership event, each row once per source.
   */
  static SortedMap<String, Set<String>> citedBy(CstoFacts data) {
    SortedMap<String, Set<String>> citedBy = new TreeMap<>();
    for (Entry e : new EventLog(data).entries) {
      for (String id : e.sources) {
        citedBy.computeIfAbsent(id, k -> new LinkedHashSet<>()).add((String) e.row.get(0));
      }
    }
    return citedBy;
  }
}
