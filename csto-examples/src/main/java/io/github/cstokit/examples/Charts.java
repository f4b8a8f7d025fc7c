package io.github.cstokit.examples;

import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Framework;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.MembershipTimeline;
import io.github.cstokit.model.Office;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Session;
import io.github.cstokit.model.SessionKind;
import io.github.cstokit.model.State;
import io.github.cstokit.model.StatusPeriod;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Pictures of the record, drawn with JFreeChart and written as SVG (JFreeSVG) or PNG.
 *
 * <p>{@link #membershipTimeline(CstoFacts, LocalDate)} draws a row per state with its statuses and
 * participation coloured from the Treaty's signature in 1992 to the data date, each legal event marked, the
 * data date drawn as a line, and beneath the states two strips: the Secretaries General and the
 * chairmanships of the Collective Security Council, each term labelled. Given the sessions, a third strip
 * beneath puts each session of the statutory bodies on the same time axis, by kind; an announced session
 * is drawn as announced.
 *
 * <pre>{@code
 * CstoDataset data = CstoData.bundled();
 * Charts.writeSvg(Charts.membershipTimeline(data, data.sessions(), data.dataAsOf()), writer);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each call builds a new chart.
 */
public final class Charts {

  /** The first day drawn: the first day of the year the Collective Security Treaty was signed. */
  static final LocalDate FIRST_DAY = Framework.TREATY.signed().withDayOfYear(1);
  /** The size the tool draws at, in pixels. */
  public static final int WIDTH = 1200;
  /** The size the tool draws at, in pixels. */
  public static final int HEIGHT = 640;

  static final String SECRETARY_GENERAL = "Secretary General";
  static final String CHAIRMANSHIP = "Chairmanship";
  static final String LEGAL_EVENT = "legal event";
  static final String SESSIONS = "Sessions";
  /** The legend entries of the sessions, by kind. */
  static final String SESSION = "session";
  static final String EXTRAORDINARY = "extraordinary session";
  static final String INFORMAL = "informal session";
  static final String ANNOUNCED = "announced session";

  private Charts() {}

  /**
   * The membership timeline of every state in the facts, up to a data date.
   *
   * @param facts the facts, such as {@code CstoData.bundled()}; not null
   * @param dataDate the last day the facts cover, drawn as a line; periods still open end there; not null
   * @return a new chart; not null
   * @throws IllegalArgumentException if the data date is before 1992
   */
  public static JFreeChart membershipTimeline(CstoFacts facts, LocalDate dataDate) {
    return membershipTimeline(facts, List.of(), dataDate);
  }

  /**
   * The membership timeline of every state in the facts, up to a data date, with the sessions on the same
   * time axis beneath (none drawn if the list is empty). A session is placed at the first day of its date;
   * one announced for after the data date is drawn as announced.
   *
   * @param facts the facts, such as {@code CstoData.bundled()}; not null
   * @param sessions the sessions, such as {@code data.sessions()}; not null
   * @param dataDate the last day the facts cover, drawn as a line; periods still open end there; not null
   * @return a new chart; not null
   * @throws IllegalArgumentException if the data date is before 1992
   */
  public static JFreeChart membershipTimeline(CstoFacts facts, List<Session> sessions, LocalDate dataDate) {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(sessions, "sessions");
    Objects.requireNonNull(dataDate, "dataDate");
    if (dataDate.isBefore(FIRST_DAY)) {
      throw new IllegalArgumentException("data date " + dataDate + " is before " + FIRST_DAY);
    }
    List<State> states = new ArrayList<>(facts.states());
    List<String> rows = new ArrayList<>();
    if (!sessions.isEmpty()) {
      rows.add(SESSIONS);
    }
    rows.add(CHAIRMANSHIP);
    rows.add(SECRETARY_GENERAL);
    for (int i = states.size() - 1; i >= 0; i--) {
      rows.add(states.get(i).nameEn() + " (" + states.get(i).isoAlpha2() + ")");
    }
    Map<String, XYIntervalSeries> bySeries = new LinkedHashMap<>();
    for (String key : List.of("member", "member, participation frozen", "signatory", "suspended", "ceased",
        SECRETARY_GENERAL, CHAIRMANSHIP)) {
      bySeries.put(key, new XYIntervalSeries(key));
    }
    XYSeries events = new XYSeries(LEGAL_EVENT, false, true);
    List<XYTextAnnotation> labels = new ArrayList<>();
    for (State state : states) {
      int row = rows.indexOf(state.nameEn() + " (" + state.isoAlpha2() + ")");
      facts.timeline(state.isoAlpha2()).ifPresent(timeline ->
          drawStatuses(timeline, row, dataDate, bySeries));
      for (MembershipEvent event : facts.events()) {
        LocalDate day = event.date().firstDay();
        if (event.state().equals(state.isoAlpha2()) && !day.isAfter(dataDate) && !day.isBefore(FIRST_DAY)) {
          events.add(millis(day), row);
        }
      }
    }
    for (Appointment term : facts.appointments()) {
      if (term.office() == Office.SECRETARY_GENERAL) {
        String name = term.personEn();
        bar(bySeries.get(SECRETARY_GENERAL), term.period(), rows.indexOf(SECRETARY_GENERAL), dataDate)
            .filter(mid -> wideEnough(term.period(), dataDate))
            .ifPresent(mid -> labels.add(label(surname(name), mid, rows.indexOf(SECRETARY_GENERAL))));
      }
    }
    for (Chairmanship chair : facts.chairmanships()) {
      bar(bySeries.get(CHAIRMANSHIP), chair.period(), rows.indexOf(CHAIRMANSHIP), dataDate)
          .ifPresent(mid -> labels.add(label(chair.state(), mid, rows.indexOf(CHAIRMANSHIP))));
    }
    return chart(rows, bySeries, events, sessionMarks(sessions, rows.indexOf(SESSIONS), dataDate), labels,
        dataDate);
  }

  /** The sessions as points on their row, a series per kind; those before 1992 are left out. */
  private static XYSeriesCollection sessionMarks(List<Session> sessions, int row, LocalDate dataDate) {
    Map<String, XYSeries> byKind = new LinkedHashMap<>();
    for (String key : List.of(SESSION, EXTRAORDINARY, INFORMAL, ANNOUNCED)) {
      byKind.put(key, new XYSeries(key, false, true));
    }
    for (Session s : sessions) {
      LocalDate day = s.date().firstDay();
      if (day.isBefore(FIRST_DAY) || day.isAfter(dataDate.plusYears(1).withDayOfYear(1))) {
        continue;
      }
      byKind.get(sessionSeries(s, dataDate)).add(millis(day), row);
    }
    XYSeriesCollection set = new XYSeriesCollection();
    byKind.values().forEach(set::addSeries);
    return set;
  }

  /** The legend entry of a session. */
  static String sessionSeries(Session s, LocalDate dataDate) {
    if (s.planned() || s.date().firstDay().isAfter(dataDate)) {
      return ANNOUNCED;
    }
    return s.kind() == SessionKind.EXTRAORDINARY ? EXTRAORDINARY
        : s.kind() == SessionKind.INFORMAL ? INFORMAL : SESSION;
  }

  private static void drawStatuses(MembershipTimeline timeline, int row, LocalDate dataDate,
      Map<String, XYIntervalSeries> bySeries) {
    for (StatusPeriod period : timeline.periods()) {
      String key = seriesOf(period.status(), period.participation());
      if (key != null) {
        bar(bySeries.get(key), period.period(), row, dataDate);
      }
    }
  }

  /** The legend entry of a status, or null for none drawn (not a party). */
  static String seriesOf(MembershipStatus status, Participation participation) {
    switch (status) {
      case MEMBER:
        return participation == Participation.FROZEN ? "member, participation frozen" : "member";
      case SIGNATORY:
        return "signatory";
      case SUSPENDED:
        return "suspended";
      case CEASED:
        return "ceased";
      default:
        return null;
    }
  }

  /** Adds the part of a period up to the data date as a bar; the middle of the bar, if any was drawn. */
  private static java.util.Optional<Double> bar(XYIntervalSeries series, Period period, int row,
      LocalDate dataDate) {
    LocalDate start = period.start().isBefore(FIRST_DAY) ? FIRST_DAY : period.start();
    LocalDate end = period.end().filter(e -> !e.isAfter(dataDate)).orElse(dataDate.plusDays(1));
    if (!start.isBefore(end)) {
      return java.util.Optional.empty();
    }
    double from = millis(start);
    double to = millis(end);
    series.add((from + to) / 2, from, to, row, row - 0.35, row + 0.35);
    return java.util.Optional.of((from + to) / 2);
  }

  /** Whether a bar is wide enough for its label: a short acting term would be written over. */
  static boolean wideEnough(Period period, LocalDate dataDate) {
    LocalDate end = period.end().filter(e -> !e.isAfter(dataDate)).orElse(dataDate);
    return java.time.temporal.ChronoUnit.DAYS.between(period.start(), end) >= 600;
  }

  private static XYTextAnnotation label(String text, double x, int row) {
    XYTextAnnotation label = new XYTextAnnotation(text, x, row);
    label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
    label.setPaint(Color.WHITE);
    label.setTextAnchor(TextAnchor.CENTER);
    return label;
  }

  private static String surname(String person) {
    int space = person.lastIndexOf(' ');
    return space < 0 ? person : person.substring(space + 1);
  }

  private static JFreeChart chart(List<String> rows, Map<String, XYIntervalSeries> bySeries, XYSeries events,
      XYSeriesCollection sessionMarks, List<XYTextAnnotation> labels, LocalDate dataDate) {
    XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
    bySeries.values().forEach(bars::addSeries);
    XYBarRenderer barRenderer = new XYBarRenderer();
    barRenderer.setUseYInterval(true);
    barRenderer.setBarPainter(new StandardXYBarPainter());
    barRenderer.setShadowVisible(false);
    Color[] colours = {
        new Color(0x2b, 0x6c, 0xb0), new Color(0x9e, 0xc5, 0xe8), new Color(0xf0, 0xb4, 0x29),
        new Color(0xc0, 0x39, 0x2b), new Color(0x99, 0x99, 0x99), new Color(0x3b, 0x7d, 0x4f),
        new Color(0x6d, 0x4c, 0x9f)};
    for (int i = 0; i < colours.length; i++) {
      barRenderer.setSeriesPaint(i, colours[i]);
    }
    DateAxis time = new DateAxis("year");
    time.setTimeZone(java.util.TimeZone.getTimeZone(ZoneOffset.UTC));
    time.setLocale(Locale.ROOT);
    time.setRange(millis(FIRST_DAY), millis(dataDate.plusYears(1).withDayOfYear(1)));
    SymbolAxis rowAxis = new SymbolAxis(null, rows.toArray(new String[0]));
    rowAxis.setGridBandsVisible(false);
    XYPlot plot = new XYPlot(bars, time, rowAxis, barRenderer);
    XYSeriesCollection eventSet = new XYSeriesCollection(events);
    XYLineAndShapeRenderer eventRenderer = new XYLineAndShapeRenderer(false, true);
    eventRenderer.setSeriesPaint(0, Color.BLACK);
    eventRenderer.setSeriesShape(0, new Rectangle2D.Double(-1.5, -5, 3, 10));
    plot.setDataset(1, eventSet);
    plot.setRenderer(1, eventRenderer);
    if (rows.contains(SESSIONS)) {
      XYLineAndShapeRenderer sessionRenderer = new XYLineAndShapeRenderer(false, true);
      Color council = new Color(0x1f, 0x3a, 0x5f);
      java.awt.Shape dot = new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7);
      Color[] paints = {council, new Color(0xc0, 0x39, 0x2b), new Color(0x6d, 0x4c, 0x9f), council};
      for (int i = 0; i < paints.length; i++) {
        sessionRenderer.setSeriesPaint(i, paints[i]);
        sessionRenderer.setSeriesShape(i, dot);
      }
      sessionRenderer.setSeriesShapesFilled(3, false);
      sessionRenderer.setUseFillPaint(false);
      plot.setDataset(2, sessionMarks);
      plot.setRenderer(2, sessionRenderer);
    }
    plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
    ValueMarker dataLine = new ValueMarker(millis(dataDate), Color.DARK_GRAY, new BasicStroke(1.5f,
        BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
    dataLine.setLabel("data date " + dataDate);
    dataLine.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    dataLine.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    dataLine.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    plot.addDomainMarker(dataLine, Layer.FOREGROUND);
    labels.forEach(plot::addAnnotation);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    plot.setRangeGridlinesVisible(false);
    JFreeChart chart = new JFreeChart("Membership of the Collective Security Treaty and the CSTO, 1992\u2013"
        + dataDate.getYear(), new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, true);
    chart.addSubtitle(new TextTitle("statuses and participation by state, legal events marked; data as of "
        + dataDate));
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  private static double millis(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /**
   * Writes a chart as an SVG document.
   *
   * @param chart the chart; not null
   * @param out where the document goes; not closed; not null
   * @throws IOException if writing fails
   */
  public static void writeSvg(JFreeChart chart, Writer out) throws IOException {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(out, "out");
    SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
    chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
    out.write(svg.getSVGDocument());
    out.flush();
  }

  /**
   * Writes a chart as a PNG image.
   *
   * @param chart the chart; not null
   * @param out where the image goes; not closed; not null
   * @throws IOException if writing fails
   */
  public static void writePng(JFreeChart chart, OutputStream out) throws IOException {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(out, "out");
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
    } finally {
      g.dispose();
    }
    ImageIO.write(image, "png", out);
    out.flush();
  }
}
