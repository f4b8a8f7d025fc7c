package io.github.cstokit.data;

import io.github.cstokit.model.DatePrecision;
import io.github.cstokit.model.Framework;
import io.github.cstokit.model.MembershipEventType;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.ObserverKind;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.SessionKind;
import io.github.cstokit.model.SourceKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of {@link Exports}: file name, title, description and the name, Frictionless type and
 * meaning of every column, for the Data Package descriptor ({@code datapackage.json}). The column names
 * are those of the {@code Exports.*_COLUMNS} constants, in order; a test holds the two together.
 */
enum ExportTable {

  ATOP_MEMBERS("atop-members", "csto-atop-members.csv", "ATOP-style member table",
      "One row per state and phase of constant status and participation, for the statuses SIGNATORY,"
          + " MEMBER and SUSPENDED, in the layout of the ATOP member file (alliance 4220). Derived from"
          + " this dataset; not the ATOP data.",
      List.of("member", "phase"),
      List.of(
          integer("atopid", "ATOP alliance id of the Collective Security Treaty, always 4220"),
          integer("member", "COW country code of the state"),
          string("stateabb", "COW state abbreviation"),
          string("iso2", "ISO 3166-1 alpha-2 code of the state"),
          integer("phase", "phase number, 1, 2, ... per state (not per alliance as in ATOP)"),
          enumerated("status", "status during the phase", names(MembershipStatus.SIGNATORY,
              MembershipStatus.MEMBER, MembershipStatus.SUSPENDED)),
          enumerated("participation", "participation during the phase", names(Participation.values())),
          date("startdate", "first day of the phase"),
          date("enddate", "last day of the phase; empty while it lasts at the data date"),
          integer("yrent", "year of startdate"),
          integer("moent", "month of startdate"),
          integer("dyent", "day of startdate"),
          integer("yrexit", "year of enddate; 0 while the phase lasts"),
          integer("moexit", "month of enddate; 0 while the phase lasts"),
          integer("dyexit", "day of enddate; 0 while the phase lasts"),
          enumerated("framework", "framework on startdate: TREATY before 2003-09-18, ORGANIZATION from then",
              names(Framework.values())),
          string("openedby", "id of the membership event that opened the phase (see events.csv)"))),

  COW_MEMBERS("cow-members", "csto-cow-members.csv", "COW-style member file",
      "One row per state and uninterrupted run of MEMBER status (frozen or not), in the layout of the"
          + " COW formal alliance member file (alliance 350). Membership starts at the Treaty's entry into"
          + " force for the state (or its admission), not at signature. Derived from this dataset; not"
          + " the COW data.",
      List.of("ccode", "mem_st_year", "mem_st_month", "mem_st_day"),
      List.of(
          integer("version4id", "COW alliance id of the Collective Security Treaty, always 350"),
          integer("ccode", "COW country code of the state"),
          string("state_name", "COW state abbreviation"),
          integer("mem_st_day", "day the run of membership starts: entry into force for the state,"
              + " admission or restoration, not signature"),
          integer("mem_st_month", "month the run starts"),
          integer("mem_st_year", "year the run starts"),
          integer("mem_end_day", "last day of the run; empty while it lasts"),
          integer("mem_end_month", "month of the last day; empty while it lasts"),
          integer("mem_end_year", "year of the last day; empty while it lasts"),
          integer("right_censor", "1 if the membership lasts at the data date, else 0"))),

  EVENTS("events", "csto-events.csv", "Event log",
      "One row per dated legal event of a state's membership, effective or not, with the status it"
          + " leaves; one row per session of a statutory body; and one row for the grant and one for the"
          + " end of each observer or partner status. Every row names the sources that record it. Rows are"
          + " ordered by firstday, membership events first within a day.",
      List.of("id"),
      List.of(
          string("id", "event id; a session's id; an observer or partner status's id followed by"
              + " ':granted' or ':ended'"),
          string("state", "ISO 3166-1 alpha-2 code of the state: the member, a session's host or the"
              + " holder's state; empty if not recorded"),
          integer("ccode", "COW country code of the state; empty if the dataset does not know the state"),
          enumerated("type", "kind of event: a membership event's type, SESSION, STATUS_GRANTED or"
              + " STATUS_ENDED", eventTypes()),
          string("date", "date as the sources give it: YYYY-MM-DD, YYYY-MM or YYYY"),
          enumerated("precision", "precision of date", names(DatePrecision.values())),
          date("firstday", "the day the as-of queries use: the first day of a partial date"),
          enumerated("framework", "framework the event belongs to (for a session or status, the one on"
              + " firstday)", names(Framework.values())),
          string("instrument", "id of the instrument a membership event concerns; empty if none"),
          bool("effective", "false for a membership event recorded without effect on the status or the"
              + " participation, or for a session only planned"),
          enumerated("status_after", "the state's status at the end of firstday; membership events only",
              names(MembershipStatus.values())),
          enumerated("participation_after", "the state's participation at the end of firstday;"
              + " membership events only", names(Participation.values())),
          string("sources", "ids of the sources that record the event, separated by ';' (see"
              + " sources.csv)"),
          enumerated("record", "what the row records", EventLog.RECORDS),
          string("body", "organ id of a session's body or of the body a status is held at; empty"
              + " otherwise"),
          enumerated("kind", "a session's kind, or OBSERVER or PARTNER for a status; empty otherwise",
              eventKinds()),
          string("holder", "the holder of an observer or partner status; empty otherwise"))),

  STATE_YEARS("state-years", "csto-state-years.csv", "State-year table",
      "One row per state and calendar year, from the year of the first recorded event to the year of the"
          + " data date, for every state of the dataset (a balanced panel): the status at mid-year"
          + " (1 July) and at year's end (31 December, or the data date in its year) and the days spent in"
          + " each status and participation. A state is a MEMBER from the Treaty's entry into force for it"
          + " (or its admission), not from signature; the days before count as SIGNATORY.",
      List.of("ccode", "year"),
      List.of(
          integer("ccode", "COW country code of the state"),
          string("stateabb", "COW state abbreviation"),
          string("iso2", "ISO 3166-1 alpha-2 code of the state"),
          integer("year", "calendar year"),
          enumerated("status_mid", "status on 1 July; empty if 1 July is after the data date",
              names(MembershipStatus.values())),
          enumerated("participation_mid", "participation on 1 July; empty if 1 July is after the data"
              + " date", names(Participation.values())),
          enumerated("status_end", "status on last_observed (31 December, or the data date in its year)",
              names(MembershipStatus.values())),
          enumerated("participation_end", "participation on last_observed", names(Participation.values())),
          enumerated("framework_end", "framework on last_observed", names(Framework.values())),
          integer("member_end", "1 if status_end is MEMBER (frozen or not), else 0"),
          integer("days_not_party", "days of the year observed with status NOT_PARTY"),
          integer("days_signatory", "days observed with status SIGNATORY (signed or acceded, not yet in"
              + " force for the state)"),
          integer("days_member", "days observed with status MEMBER, frozen or not"),
          integer("days_suspended", "days observed with status SUSPENDED"),
          integer("days_ceased", "days observed with status CEASED"),
          integer("days_member_normal", "days as a MEMBER with NORMAL participation"),
          integer("days_member_frozen", "days as a MEMBER with FROZEN participation;"
              + " days_member_normal + days_member_frozen = days_member"),
          integer("days_observed", "days of the year up to last_observed: 365 or 366, fewer in the year"
              + " of the data date; the five status counts add up to it"),
          date("last_observed", "31 December, or the data date in its year"),
          integer("right_censor", "1 if the year is observed only up to the data date, else 0"))),

  SOURCES("sources", "csto-sources.csv", "Sources",
      "One row per source that a row of the event log cites (a membership event or an alternative"
          + " value of one, a session, an observer or partner status), with the ids of the citing rows.",
      List.of("id"),
      List.of(
          string("id", "source id, as in the sources column of events.csv"),
          string("title", "title or short label of the document or page"),
          string("publisher", "publisher or site"),
          string("url", "address; empty for a source known only as a document"),
          string("document", "reference to a printed or archival document; empty if none"),
          enumerated("kind", "kind of source", names(SourceKind.values())),
          string("date", "publication date as known: YYYY-MM-DD, YYYY-MM or YYYY; empty if unknown"),
          string("cited_by", "ids of the event log's rows that cite the source, separated by ';'")));

  /** One column: its name, its Frictionless field type, its meaning and its values if closed. */
  static final class Column {
    final String name;
    final String type;
    final String description;
    final List<String> values;

    Column(String name, String type, String description, List<String> values) {
      this.name = name;
      this.type = type;
      this.description = description;
      this.values = values;
    }
  }

  final String resource;
  final String fileName;
  final String title;
  final String description;
  final List<String> primaryKey;
  final List<Column> columns;

  ExportTable(String resource, String fileName, String title, String description, List<String> primaryKey,
      List<Column> columns) {
    this.resource = resource;
    this.fileName = fileName;
    this.title = title;
    this.description = description;
    this.primaryKey = primaryKey;
    this.columns = columns;
  }

  /** The column names, in order. */
  List<String> names() {
    List<String> list = new ArrayList<>();
    for (Column c : columns) {
      list.add(c.name);
    }
    return List.copyOf(list);
  }

  private static Column integer(String name, String description) {
    return new Column(name, "integer", description, List.of());
  }

  private static Column string(String name, String description) {
    return new Column(name, "string", description, List.of());
  }

  private static Column date(String name, String description) {
    return new Column(name, "date", description, List.of());
  }

  private static Column bool(String name, String description) {
    return new Column(name, "boolean", description, List.of());
  }

  private static Column enumerated(String name, String description, List<String> values) {
    return new Column(name, "string", description, values);
  }

  /** The values of the event log's {@code type}: the membership event types, then the others. */
  private static List<String> eventTypes() {
    List<String> list = new ArrayList<>(names(MembershipEventType.values()));
    list.addAll(List.of(EventLog.SESSION, EventLog.STATUS_GRANTED, EventLog.STATUS_ENDED));
    return List.copyOf(list);
  }

  /** The values of the event log's {@code kind}: the session kinds, then the observer kinds. */
  private static List<String> eventKinds() {
    List<String> list = new ArrayList<>(names(SessionKind.values()));
    list.addAll(names(ObserverKind.values()));
    return List.copyOf(list);
  }

  private static List<String> names(Enum<?>... values) {
    List<String> list = new ArrayList<>();
    for (Enum<?> v : values) {
      list.add(v.name());
    }
    return List.copyOf(list);
  }
}
