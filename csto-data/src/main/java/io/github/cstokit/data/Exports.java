package io.github.cstokit.data;

import io.github.cstokit.data.internal.json.Csv;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.Source;
import io.github.cstokit.model.State;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * CSV exports of the membership record of a dataset, or of any {@link CstoFacts} such as a what-if
 * {@code Scenario}, for researchers: a member table in the style of the
 * ATOP member file, a member file in the style of the Correlates of War (COW) formal alliance data, a
 * plain event log (the membership events and, for a dataset, the sessions and the observer and partner
 * statuses), a state-year table in the style of the COW and ATOP state-year files, and the sources the
 * event log cites. The membership tables are derived from the same events as the as-of queries.
 * {@link #writeDataPackage(CstoDataset, Path)} writes them all as a Frictionless Data Package: the CSV
 * files and a {@code datapackage.json} that describes their columns and names the dataset version and
 * data date, which R ({@code frictionless::read_package}) and Python ({@code frictionless}, or pandas
 * on the listed files) open directly. The columns are documented in {@code docs/exports.md}.
 *
 * <p>The exports follow the layout of those datasets so that rows can be joined with them, using ATOP's
 * alliance id {@value #ATOP_ID} and COW's alliance id {@value #COW_ID} for the Collective Security
 * Treaty and the COW country codes of {@link State#cowCode()}. They are not the ATOP or COW data and
 * claim nothing about them. They differ in these ways:
 *
 * <ul>
 *   <li>Dates are exact to the day, as this dataset records them; a date the sources give only to the
 *       month or year counts from its first day, as in the as-of queries.
 *   <li>The ATOP-style table has one row per phase of constant status and participation, including the
 *       statuses ATOP does not code: {@code SIGNATORY} (signed or acceded, not yet in force),
 *       {@code SUSPENDED} (Uzbekistan from 2012-12-19) and a {@code FROZEN} participation (Armenia from
 *       2024-02-22). Phases are numbered per state, not per alliance.
 *   <li>The COW-style file has one row per uninterrupted run of {@code MEMBER} status (frozen or not);
 *       suspension ends a run. Its columns are a subset of COW's; no obligation columns are given.
 *   <li>An ongoing phase has an empty end date, zero exit year, month and day in the ATOP style, and
 *       {@code right_censor} 1 in the COW style, as of the facts' last data (for a dataset,
 *       {@link CstoDataset#dataAsOf()}).
 * </ul>
 *
 * <p>Output is deterministic: rows are ordered by state code, then by start date or year (the event
 * log by day, membership events in {@link MembershipEvent#ORDER}; sources by id); numbers and dates are written without regard to the
 * default locale;
 * lines end with {@code \n}; fields are quoted only when they must be. A header row comes first.
 *
 * <p>A CSV file has no place for metadata, so the single-table writers give the rows only; the dataset
 * version and data date travel in the Data Package's {@code datapackage.json} (a sidecar), or, for a
 * single file, in the comment line of {@link #provenance(CstoDataset)}, which the {@code csto export}
 * command writes first.
 *
 * <pre>{@code
 * CstoDataset data = CstoData.bundled();
 * try (Writer out = Files.newBufferedWriter(Path.of("csto-atop-members.csv"))) {
 *   Exports.writeAtopMembers(data, out);
 * }
 * Exports.writeEventLog(data, System.out);
 * Exports.writeStateYears(data, data.dataAsOf(), System.out);
 * Exports.writeDataPackage(data, Path.of("csto-package"));   // five CSV files and datapackage.json
 * }</pre>
 *
 * <p>This class has only static methods and is thread-safe. The writers are flushed, not closed. The
 * methods throw the checked {@link IOException} of the caller's {@link Writer} or {@link OutputStream},
 * as {@link Appendable} does.
 */
public final class Exports {

  /** The ATOP alliance id used for the Collective Security Treaty in the ATOP-style table. */
  public static final int ATOP_ID = 4220;

  /** The COW alliance id used for the Collective Security Treaty in the COW-style file. */
  public static final int COW_ID = 350;

  /** The columns of {@link #writeAtopMembers(CstoFacts, Writer)}, in order. */
  public static final List<String> ATOP_COLUMNS =
      List.of("atopid", "member", "stateabb", "iso2", "phase", "status", "participation",
          "startdate", "enddate", "yrent", "moent", "dyent", "yrexit", "moexit", "dyexit",
          "framework", "openedby");

  /** The columns of {@link #writeCowMembers(CstoFacts, Writer)}, in order. */
  public static final List<String> COW_COLUMNS =
      List.of("version4id", "ccode", "state_name", "mem_st_day", "mem_st_month", "mem_st_year",
          "mem_end_day", "mem_end_month", "mem_end_year", "right_censor");

  /** The columns of {@link #writeEventLog(CstoFacts, Writer)}, in order. */
  public static final List<String> EVENT_COLUMNS =
      List.of("id", "state", "ccode", "type", "date", "precision", "firstday", "framework",
          "instrument", "effective", "status_after", "participation_after", "sources", "record",
          "body", "kind", "holder");

  /** The columns of {@link #writeStateYears(CstoFacts, LocalDate, Writer)}, in order. */
  public static final List<String> STATE_YEAR_COLUMNS =
      List.of("ccode", "stateabb", "iso2", "year", "status_mid", "participation_mid", "status_end",
          "participation_end", "framework_end", "member_end", "days_not_party", "days_signatory",
          "days_member", "days_suspended", "days_ceased", "days_member_normal", "days_member_frozen",
          "days_observed", "last_observed", "right_censor");

  /** The columns of {@link #writeSources(CstoDataset, Writer)}, in order. */
  public static final List<String> SOURCE_COLUMNS =
      List.of("id", "title", "publisher", "url", "document", "kind", "date", "cited_by");

  /** The name of the Data Package descriptor {@link #writeDataPackage(CstoDataset, Path)} writes. */
  public static final String DATA_PACKAGE_DESCRIPTOR = "datapackage.json";

  private Exports() {}

  /**
   * Writes the ATOP-style member table: one row per state and phase of constant status and
   * participation, for the statuses {@code SIGNATORY}, {@code MEMBER} and {@code SUSPENDED}; columns
   * {@link #ATOP_COLUMNS}. {@code enddate} is the last day of the phase.
   *
   * @param data the facts, such as a dataset or a scenario; not null
   * @param out where to write, not null; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void writeAtopMembers(CstoFacts data, Writer out) throws IOException {
    write(out, ATOP_COLUMNS, MemberTables.atop(data));
  }

  /**
   * Writes the ATOP-style member table as UTF-8; see {@link #writeAtopMembers(CstoFacts, Writer)}.
   *
   * @param data the facts, such as a dataset or a scenario; not null
   * @param out where to write, not null; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void writeAtopMembers(CstoFacts data, OutputStream out) throws IOException {
    utf8(out, writer -> writeAtopMembers(data, writer));
  }

  /**
   * Writes the COW-style member file: one row per state and uninterrupted run of {@code MEMBER} status,
   * frozen or not; columns {@link #COW_COLUMNS}. The end columns give the last day of the run and are
   * empty, with {@code right_censor} 1, when it is ongoing.
   *
   * @param data the facts, such as a dataset or a scenario; not null
   * @param out where to write, not null; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void writeCowMembers(CstoFacts data, Writer out) throws IOException {
    write(out, COW_COLUMNS, MemberTables.cow(data));
  }

  /**
   * Writes the COW-style member file as UTF-8; see {@link #writeCowMembers(CstoFacts, Writer)}.
   *
   * @param data the facts, such as a dataset or a scenario; not null
   * @param out where to write, not null; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void writeCowMembers(CstoFacts data, OutputStream out) throws IOException {
    utf8(out, writer -> writeCowMembers(data, writer));
  }

  /**
   * Writes the event log: one row per membership event, effective or not, and, where the facts are a
   * {@link CstoRecord} (a dataset), one row per session of a statutory body and one row each for the
   * grant and for the end of an observer or partner status; columns {@link #EVENT_COLUMNS}. Rows are
   * ordered by {@code firstday}; within a day membership events come first, in
   * {@link MembershipEvent#ORDER}, then sessions, then statuses, each in the order of the data.
   *
   * <p>{@code record} says what a row records: {@code MEMBERSHIP_EVENT}, {@code SESSION} or
   * {@code OBSERVER_STATUS}. {@code date} keeps the precision of the sources ({@code 2006-12}) and
   * {@code firstday} is the day the as-of queries use. For a membership event, {@code type} is its
   * {@link io.github.cstokit.model.MembershipEventType}, and {@code status_after} and
   * {@code participation_after} are the state's status and participation at the end of that day. A
   * session's {@code type} is {@code SESSION}, its {@code state} its host (empty if not recorded), its
   * {@code body} the organ id, its {@code kind} the {@link io.github.cstokit.model.SessionKind} and its
   * {@code effective} false if it is only planned. An observer or partner status has the row
   * {@code id:granted} of type {@code STATUS_GRANTED} on its first day and, once it ended, the row
   * {@code id:ended} of type {@code STATUS_ENDED}, with the holder's state, the body it is held at,
   * {@code OBSERVER} or {@code PARTNER} as its {@code kind} and the {@code holder}'s name. Columns that
   * do not apply to a row are empty. {@code sources} lists the source ids separated by {@code ;}.
   *
   * @param data the facts, such as a dataset or a scenario; not null
   * @param out where to write, not null; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void writeEventLog(CstoFacts data, Writer out) throws IOException {
    write(out, EVENT_COLUMNS, EventLog.rows(data));
  }

  /**
   * Writes the event log as UTF-8; see {@link #writeEventLog(CstoFacts, Writer)}.
   *
   * @param data the facts, such as a dataset or a scenario; not null
   * @param out where to write, not null; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void writeEventLog(CstoFacts data, OutputStream out) throws IOException {
    utf8(out, writer -> writeEventLog(data, writer));
  }

  /**
   * Writes the state-year table: one row per state and calendar year, in the style of the COW and ATOP
   * state-year files; columns {@link #STATE_YEAR_COLUMNS}. Every state of the facts has a row for every
   * year from the year of the earliest event to the year of {@code asOf} (a balanced panel, with
   * {@code NOT_PARTY} years before a state's first event). A row gives the status and participation on
   * 1 July ({@code status_mid}, empty if 1 July is after {@code asOf}) and on the year's last observed
   * day ({@code status_end}: 31 December, or {@code asOf} in its own year, with {@code right_censor} 1),
   * and the days of the year spent in each status and, as a member, in each participation.
   *
   * <p>As everywhere in this dataset, a state is a {@code MEMBER} from the Treaty's entry into force for
   * it, or from its admission, not from its signature: the days in between count as {@code SIGNATORY}.
   *
   * @param data the facts, such as a dataset or a scenario; not null
   * @param asOf the last day to count, normally {@link CstoDataset#dataAsOf()}; not null
   * @param out where to write, not null; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void writeStateYears(CstoFacts data, LocalDate asOf, Writer out) throws IOException {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(out, "out");
    write(out, STATE_YEAR_COLUMNS, StateYears.rows(data, asOf));
  }

  /**
   * Writes the state-year table as UTF-8; see {@link #writeStateYears(CstoFacts, LocalDate, Writer)}.
   *
   * @param data the facts, such as a dataset or a scenario; not null
   * @param asOf the last day to count, normally {@link CstoDataset#dataAsOf()}; not null
   * @param out where to write, not null; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void writeStateYears(CstoFacts data, LocalDate asOf, OutputStream out)
      throws IOException {
    utf8(out, writer -> writeStateYears(data, asOf, writer));
  }

  /**
   * Writes the sources the event log cites: one row per source id cited by a row of
   * {@link #writeEventLog(CstoFacts, Writer)} (a membership event, an alternative value of one, a session
   * or an observer or partner status), ordered by id; columns {@link #SOURCE_COLUMNS}. {@code cited_by}
   * lists the ids of the citing rows, separated by {@code ;}. A cited id the dataset does not know (such
   * as {@code what-if}, which {@code Scenario.withStatus} cites) still has its row, with only {@code id}
   * and {@code cited_by} filled, so that no citation is dropped.
   *
   * @param data the dataset, not null
   * @param out where to write, not null; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void writeSources(CstoDataset data, Writer out) throws IOException {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(out, "out");
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<String, Set<String>> entry : EventLog.citedBy(data).entrySet()) {
      Optional<Source> source = data.source(entry.getKey());
      List<Object> row = new ArrayList<>();
      row.add(entry.getKey());
      row.add(source.map(Source::title).orElse(""));
      row.add(source.map(Source::publisher).orElse(""));
      row.add(source.flatMap(Source::url).orElse(""));
      row.add(source.flatMap(Source::document).orElse(""));
      row.add(source.map(s -> s.kind().name()).orElse(""));
      row.add(source.flatMap(Source::date).map(Object::toString).orElse(""));
      row.add(String.join(";", entry.getValue()));
      rows.add(row);
    }
    write(out, SOURCE_COLUMNS, rows);
  }

  /**
   * Writes the sources the event log cites as UTF-8; see
   * {@link #writeSources(CstoDataset, Writer)}.
   *
   * @param data the dataset, not null
   * @param out where to write, not null; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void writeSources(CstoDataset data, OutputStream out) throws IOException {
    utf8(out, writer -> writeSources(data, writer));
  }

  /**
   * The comment line that names where a single exported file comes from, such as
   * {@code # csto-kit dataset 2026.12.0, data as of 2026-02-12}, without a line end. The
   * {@code csto export} command writes it before the header row of a single CSV file; read such a file
   * with {@code read.csv(file, comment.char = "#")} in R or {@code pandas.read_csv(file, comment="#")}.
   * The Data Package carries the same facts in {@code datapackage.json} instead, and its CSV files have
   * no comment line.
   *
   * @param data the dataset, not null
   * @return the comment line, not null
   */
  public static String provenance(CstoDataset data) {
    return "# csto-kit dataset " + data.version() + ", data as of " + data.dataAsOf();
  }

  /**
   * Writes every export of a dataset into a directory as a Frictionless Data Package (tabular data
   * package, version 1 of the specification): {@code csto-atop-members.csv}, {@code csto-cow-members.csv},
   * {@code csto-events.csv}, {@code csto-state-years.csv} (counted to {@link CstoDataset#dataAsOf()}),
   * {@code csto-sources.csv} and {@value #DATA_PACKAGE_DESCRIPTOR}, which describes each file's columns
   * with their types and meaning and gives the dataset {@code version} and its {@code dataAsOf}. The
   * directory is created if it does not exist; files of those names are replaced.
   *
   * <pre>{@code
   * Exports.writeDataPackage(CstoData.bundled(), Path.of("csto-package"));
   * // R:      frictionless::read_resource(frictionless::read_package("csto-package/datapackage.json"), "state-years")
   * // Python: frictionless.Package("csto-package/datapackage.json").get_resource("state-years").to_pandas()
   * }</pre>
   *
   * @param data the dataset, not null
   * @param dir the directory, not null
   * @return the files written, the descriptor last; an unmodifiable list
   * @throws IOException if the directory cannot be created or a file cannot be written
   */
  public static List<Path> writeDataPackage(CstoDataset data, Path dir) throws IOException {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(dir, "dir");
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (ExportTable table : ExportTable.values()) {
      Path file = dir.resolve(table.fileName);
      try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        write(table, data, writer);
      }
      written.add(file);
    }
    Path descriptor = dir.resolve(DATA_PACKAGE_DESCRIPTOR);
    Files.writeString(descriptor, DataPackage.descriptor(data), StandardCharsets.UTF_8);
    written.add(descriptor);
    return List.copyOf(written);
  }

  /** Writes one table of the data package, the state years counted to the data date. */
  static void write(ExportTable table, CstoDataset data, Writer writer) throws IOException {
    switch (table) {
      case ATOP_MEMBERS:
        writeAtopMembers(data, writer);
        break;
      case COW_MEMBERS:
        writeCowMembers(data, writer);
        break;
      case EVENTS:
        writeEventLog(data, writer);
        break;
      case STATE_YEARS:
        writeStateYears(data, data.dataAsOf(), writer);
        break;
      default:
        writeSources(data, writer);
        break;
    }
  }

  /** One table written to a writer, for the writers of UTF-8 streams. */
  private interface Table {
    void writeTo(Writer writer) throws IOException;
  }

  /** Writes a table to a stream as UTF-8, then flushes the stream's writer. */
  private static void utf8(OutputStream out, Table table) throws IOException {
    Writer writer = new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
    table.writeTo(writer);
    writer.flush();
  }

  private static void write(Writer out, List<String> columns, List<List<Object>> rows)
      throws IOException {
    Objects.requireNonNull(out, "out");
    Csv.write(out, columns, rows);
    out.flush();
  }
}
