package io.github.cstokit.examples;

import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.Office;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.Session;
import io.github.cstokit.model.State;
import io.github.cstokit.rules.Finding;
import io.github.cstokit.rules.MandateRules;
import io.github.cstokit.rules.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;

/**
 * A static report page: the membership timeline, the members on the data date, the officials, the
 * sessions of the statutory bodies with the decisions taken there, and the Kazakhstan deployment of
 * January 2022 checked against the rules, each finding with its citations.
 *
 * <p>{@link #write(CstoDataset, Path)} writes {@value #PAGE}, {@value #SVG} and {@value #PNG} into a
 * directory; the page needs no script and no network, so it opens from the file system.
 */
public final class Report {

  /** The page's file name. */
  public static final String PAGE = "index.html";
  /** The timeline as SVG, shown by the page. */
  public static final String SVG = "timeline.svg";
  /** The timeline as PNG, for documents that take no SVG. */
  public static final String PNG = "timeline.png";

  private Report() {}

  /**
   * Writes the report into a directory, creating it if needed and replacing the report's files.
   *
   * @param data the dataset to report on; not null
   * @param dir the directory; not null
   * @return the page written; not null
   * @throws IOException if a file cannot be written
   */
  public static Path write(CstoDataset data, Path dir) throws IOException {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(dir, "dir");
    Files.createDirectories(dir);
    JFreeChart chart = Charts.membershipTimeline(data, data.sessions(), data.dataAsOf());
    try (Writer svg = Files.newBufferedWriter(dir.resolve(SVG), StandardCharsets.UTF_8)) {
      Charts.writeSvg(chart, svg);
    }
    try (OutputStream png = new java.io.BufferedOutputStream(Files.newOutputStream(dir.resolve(PNG)))) {
      Charts.writePng(chart, png);
    }
    Path page = dir.resolve(PAGE);
    Files.writeString(page, page(data), StandardCharsets.UTF_8);
    return page;
  }

  static String page(CstoDataset data) {
    LocalDate day = data.dataAsOf();
    StringBuilder html = new StringBuilder(16_384);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>CSTO membership and procedure, data as of ").append(day).append("</title>\n")
        .append("<style>body{font-family:sans-serif;max-width:1240px;margin:1em auto;color:#222}")
        .append("table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:3px 8px;")
        .append("text-align:left;vertical-align:top}th{background:#f3f3f3}img{max-width:100%}")
        .append(".VIOLATED{color:#b00}.SATISFIED{color:#070}.INDETERMINATE{color:#a60}</style>\n")
        .append("</head>\n<body>\n");
    html.append("<h1>The Collective Security Treaty Organization</h1>\n<p>Dataset ")
        .append(text(data.version())).append(", data as of ").append(day).append(".</p>\n");
    html.append("<h2>Membership, 1992\u2013").append(day.getYear()).append("</h2>\n")
        .append("<img id=\"timeline\" src=\"").append(SVG).append("\" width=\"").append(Charts.WIDTH)
        .append("\" height=\"").append(Charts.HEIGHT).append("\" alt=\"Membership timeline\">\n");
    members(html, data, day);
    officials(html, data, day);
    sessions(html, data);
    kazakhstan(html, data);
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private static void members(StringBuilder html, CstoDataset data, LocalDate day) {
    html.append("<h2 id=\"members\">Members on ").append(day).append("</h2>\n<table>\n")
        .append("<tr><th>code</th><th>state</th><th>participation</th></tr>\n");
    for (State state : data.members(day)) {
      Participation participation = data.participation(state.isoAlpha2(), day);
      html.append("<tr><td>").append(text(state.isoAlpha2())).append("</td><td>").append(text(state.nameEn()))
          .append(" (").append(text(state.nameRu())).append(")</td><td>")
          .append(participation == Participation.FROZEN ? "frozen" : "normal").append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static void officials(StringBuilder html, CstoDataset data, LocalDate day) {
    html.append("<h2 id=\"officials\">Officials</h2>\n<p>On ").append(day).append(": chairmanship ")
        .append(data.chair(day).map(Chairmanship::state).map(Report::text).orElse("not recorded"))
        .append("; Secretary General ")
        .append(data.secretaryGeneral(day).map(a -> text(a.personEn())).orElse("not recorded"))
        .append(".</p>\n<table>\n<tr><th>Secretary General</th><th>state</th><th>from</th><th>until</th></tr>\n");
    for (Appointment term : data.appointments()) {
      if (term.office() == Office.SECRETARY_GENERAL) {
        html.append("<tr><td>").append(text(term.personEn())).append(term.acting() ? " (acting)" : "")
            .append("</td><td>").append(text(term.state())).append("</td><td>").append(term.period().start())
            .append("</td><td>").append(term.period().lastDay().map(LocalDate::toString).orElse(""))
            .append("</td></tr>\n");
      }
    }
    html.append("</table>\n");
  }

  private static String announced(CstoDataset data, Session s) {
    String against = Csto.announcedAgainstDataDate(data, s.date());
    return against.isEmpty() ? " (announced)" : " (announced, " + against + ")";
  }

  private static void sessions(StringBuilder html, CstoDataset data) {
    html.append("<h2 id=\"sessions\">Sessions</h2>\n<table>\n<tr><th>date</th><th>body</th><th>place</th>")
        .append("<th>kind</th><th>format</th><th>chair</th><th>absent</th><th>decisions recorded</th></tr>\n");
    for (Session s : data.sessions()) {
      html.append("<tr><td>").append(s.date()).append("</td><td>").append(text(s.body().abbreviation()))
          .append("</td><td>").append(text(s.place())).append("</td><td>")
          .append(s.kind().name().toLowerCase(java.util.Locale.ROOT))
          .append(s.planned() ? announced(data, s) : "")
          .append("</td><td>").append(s.format().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
          .append("</td><td>").append(text(s.chairState().orElse(""))).append("</td><td>")
          .append(text(String.join(" ", s.absent()))).append("</td><td>");
      for (String id : s.decisionIds()) {
        html.append(text(data.decision(id).map(Decision::title).orElse(id))).append("<br>");
      }
      html.append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static void kazakhstan(StringBuilder html, CstoDataset data) {
    html.append("<h2 id=\"kazakhstan-2022\">Kazakhstan, January 2022: the deployment checked</h2>\n");
    Mandate mandate = data.mandate(Tour.KAZAKHSTAN_2022).orElse(null);
    if (mandate == null) {
      html.append("<p>This dataset has no mandate ").append(text(Tour.KAZAKHSTAN_2022)).append(".</p>\n");
      return;
    }
    Verdict verdict = MandateRules.check(mandate, data);
    html.append("<p>Verdict on ").append(verdict.date()).append(": <strong class=\"")
        .append(verdict.outcome()).append("\">").append(verdict.outcome()).append("</strong>.</p>\n")
        .append("<table>\n<tr><th>rule</th><th>outcome</th><th>reason</th><th>citations</th>")
        .append("<th>basis</th></tr>\n");
    for (Finding finding : verdict.findings()) {
      html.append("<tr><td>").append(text(finding.ruleId())).append("</td><td class=\"")
          .append(finding.outcome()).append("\">").append(finding.outcome()).append("</td><td>")
          .append(text(finding.reason())).append("</td><td>")
          .append(text(finding.citations().stream().map(Citation::text).collect(Collectors.joining("; "))))
          .append("</td><td>").append(finding.basis()).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  /** Text made safe inside HTML elements and attribute values. */
  static String text(String value) {
    StringBuilder safe = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '<': safe.append("&lt;"); break;
        case '>': safe.append("&gt;"); break;
        case '&': safe.append("&amp;"); break;
        case '"': safe.append("&quot;"); break;
        case '\'': safe.append("&#39;"); break;
        default: safe.append(c);
      }
    }
    return safe.toString();
  }
}
