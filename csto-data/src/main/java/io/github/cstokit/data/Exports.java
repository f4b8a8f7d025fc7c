package io.github.cstokit.data;

import io.github.cstokit.data.internal.json.Csv;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Framework;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.MembershipTimeline;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.State;
import io.github.cstokit.model.StatusPeriod;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * CSV exports of the membership record of a dataset, or of any {@link CstoFacts} such as a what-if
 * {@code Scenario}, for researchers: a member table in the style of the
 * ATOP member file, a member file in the style of the Correlates of War (COW) formal alliance data, and
 * a plain event log. All three are derived from the same events as the as-of queries.
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
 * <p>Output is deterministic: rows are ordered by state code, then by start date (events in
 * {@link MembershipEvent#ORDER}); numbers and dates are written without regard to the default locale;
 * lines end with {@code \n}; fields are quoted only when they must be. A header row comes first.
 *
 * <pre>{@code
 * CstoDataset data = CstoData.bundled();
 * try (Writer out = Files.newBufferedWriter(Path.of("csto-atop-members.csv"))) {
 *   Exports.writeAtopMembers(data, out);
 * }
 * Exports.writeEventLog(data, System.out);
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
          "instrument", "effective", "status_after", "participation_after", "sources");

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
    List<List<Object>> rows = new ArrayList<>();
    for (State state : data.states()) {
      MembershipTimeline timeline = data.timeline(state.isoAlpha2()).orElseThrow();
      int phase = 0;
      for (StatusPeriod p : timeline.periods()) {
        if (!isAtopPhase(p.status())) {
          continue;
        }
        phase++;
        LocalDate start = p.period().start();
        LocalDate last = p.period().lastDay().orElse(null);
        List<Object> row = new ArrayList<>();
        row.add(ATOP_ID);
        row.add(state.cowCode());
        row.add(state.cowAbbreviation());
        row.add(state.isoAlpha2());
        row.add(phase);
        row.add(p.status().name());
        row.add(p.participation().name());
        row.add(start.toString());
        row.add(last == null ? "" : last.toString());
        row.add(start.getYear());
        row.add(start.getMonthValue());
        row.add(start.getDayOfMonth());
        row.add(last == null ? 0 : last.getYear());
        row.add(last == null ? 0 : last.getMonthValue());
        row.add(last == null ? 0 : last.getDayOfMonth());
        row.add(Framework.on(start).name());
        row.add(p.openedBy().id());
        rows.add(row);
      }
    }
    write(out, ATOP_COLUMNS, rows);
  }

  /**
   * Writes the ATOP-style member table as UTF-8; see {@link #writeAtopMembers(CstoFacts, Writer)}.
   *
   * @param data the facts, such as a dataset or a scenario; not null
   * @param out where to write, not null; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void writeAtopMembers(CstoFacts data, OutputStream out) throws IOException {
    Writer writer = utf8(out);
    writeAtopMembers(data, writer);
    writer.flush();
  }

  /** Whether a status is one the ATOP-style table has rows for: SIGNATORY, MEMBER and SUSPENDED. */
  static boolean isAtopPhase(MembershipStatus status) {
    return status == MembershipStatus.SIGNATORY || status == MembershipStatus.MEMBER
        || status == MembershipStatus.SUSPENDED;
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
    List<List<Object>> rows = new ArrayList<>();
    for (State state : data.states()) {
      List<StatusPeriod> periods = data.timeline(state.isoAlpha2()).orElseThrow().periods();
      for (int i = 0; i < periods.size(); i++) {
        if (periods.get(i).status() != MembershipStatus.MEMBER) {
          continue;
        }
        LocalDate start = periods.get(i).period().start();
        while (i + 1 < periods.size() && periods.get(i + 1).status() == MembershipStatus.MEMBER) {
          i++;
        }
        LocalDate last = periods.get(i).period().lastDay().orElse(null);
        List<Object> row = new ArrayList<>();
        row.add(COW_ID);
        row.add(state.cowCode());
        row.add(state.cowAbbreviation());
        row.add(start.getDayOfMonth());
        row.add(start.getMonthValue());
        row.add(start.getYear());
        row.add(last == null ? "" : last.getDayOfMonth());
        row.add(last == null ? "" : last.getMonthValue());
        row.add(last == null ? "" : last.getYear());
        row.add(last == null ? 1 : 0);
        rows.add(row);
      }
    }
    write(out, COW_COLUMNS, rows);
  }

  /**
   * Writes the COW-style member file as UTF-8; see {@link #writeCowMembers(CstoFacts, Writer)}.
   *
   * @param data the facts, such as a dataset or a scenario; not null
   * @param out where to write, not null; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void writeCowMembers(CstoFacts data, OutputStream out) throws IOException {
    Writer writer = utf8(out);
    writeCowMembers(data, writer);
    writer.flush();
  }

  /**
   * Writes the event log: one row per membership event, effective or not, in
   * {@link MembershipEvent#ORDER}; columns {@link #EVENT_COLUMNS}. {@code date} keeps the precision of
   * the sources ({@code 2006-12}), {@code firstday} is the day the as-of queries use, and
   * {@code status_after} and {@code participation_after} are the state's status and participation at the
   * end of that day. {@code sources} lists the source ids separated by {@code ;}.
   *
   * @param data the facts, such as a dataset or a scenario; not null
   * @param out where to write, not null; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void writeEventLog(CstoFacts data, Writer out) throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    for (MembershipEvent e : data.events()) {
      LocalDate day = e.date().firstDay();
      List<Object> row = new ArrayList<>();
      row.add(e.id());
      row.add(e.state());
      row.add(data.state(e.state()).map(State::cowCode).map(Object.class::cast).orElse(""));
      row.add(e.type().name());
      row.add(e.date().toString());
      row.add(e.date().precision().name());
      row.add(day.toString());
      row.add(e.framework().name());
      row.add(e.instrumentId().orElse(""));
      row.add(e.effective() ? "true" : "false");
      row.add(data.status(e.state(), day).name());
      Participation participation = data.participation(e.state(), day);
      row.add(participation.name());
      row.add(String.join(";", e.sources()));
      rows.add(row);
    }
    write(out, EVENT_COLUMNS, rows);
  }

  /**
   * Writes the event log as UTF-8; see {@link #writeEventLog(CstoFacts, Writer)}.
   *
   * @param data the facts, such as a dataset or a scenario; not null
   * @param out where to write, not null; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void writeEventLog(CstoFacts data, OutputStream out) throws IOException {
    Writer writer = utf8(out);
    writeEventLog(data, writer);
    writer.flush();
  }

  private static Writer utf8(OutputStream out) {
    return new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
  }

  private static void write(Writer out, List<String> columns, List<List<Object>> rows)
      throws IOException {
    Objects.requireNonNull(out, "out");
    Csv.write(out, columns, rows);
    out.flush();
  }
}
