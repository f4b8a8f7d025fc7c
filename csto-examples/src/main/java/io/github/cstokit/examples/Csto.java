package io.github.cstokit.examples;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Framework;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.MembershipTimeline;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.State;
import io.github.cstokit.model.StatusPeriod;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code csto} command-line tool: membership on a date, a state's status and timeline, the sessions,
 * exercises and operations, observer statuses and the words of the provisions read, procedure checks of a decision or mandate, exports for
 * research, validation of an edited dataset, what changed between two datasets, pictures, the report, and
 * the tour. A state is given by its code in any case or by its English or Russian name.
 *
 * <p>Exit codes: {@value #OK} when all went well, {@value #VIOLATED} when {@code check} finds a rule
 * violated, {@value #BAD_INPUT} for bad input (a missing, unreadable or malformed file, an unknown state
 * code, an impossible date, an unknown option), with a one-line message on standard error naming the file
 * and the place in it, and {@value #FAILED} when the tool itself could not finish (for example out of
 * memory): never a stack trace. Every value taken from a dataset or a document is printed with its control
 * characters escaped, so no input can forge a line of output or send terminal escape sequences. Arguments
 * are taken as written: {@code @file} arguments are not expanded.
 *
 * <pre>{@code
 * java -jar csto-examples/target/csto-examples.jar members --on 1995-01-01
 * Csto.run(out, err, "status", "AM", "--on", "2025-01-01");   // 0
 * }</pre>
 */
@Command(
    name = "csto",
    mixinStandardHelpOptions = true,
    versionProvider = Csto.Version.class,
    description = "The Collective Security Treaty Organization as data and as law.",
    synopsisSubcommandLabel = "COMMAND",
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  ok",
        "  1  check: a rule is violated",
        "  2  bad input: a missing or malformed file, an unknown state, a wrong date",
        "  3  the tool could not finish (for example out of memory)"},
    subcommands = {
        Csto.Members.class,
        Csto.Status.class,
        Csto.Timeline.class,
        Sessions.class,
        Activities.class,
        Observers.class,
        Provisions.class,
        Check.class,
        Export.class,
        Csto.Validate.class,
        Diff.class,
        Csto.Chart.class,
        Csto.ReportCommand.class,
        Csto.TourCommand.class
    })
public final class Csto implements Callable<Integer> {

  /** Exit code when everything went well. */
  public static final int OK = 0;
  /** Exit code when {@code check} finds a rule violated. */
  public static final int VIOLATED = 1;
  /** Exit code for bad input: a missing or malformed file, an unknown state, an impossible date. */
  public static final int BAD_INPUT = 2;
  /**
   * Exit code when the tool itself could not finish: a JVM error such as {@link OutOfMemoryError}, reported
   * as one line. Distinct from {@value #VIOLATED} and {@value #BAD_INPUT}, so a script never mistakes a
   * failed run for a verdict or for bad input.
   */
  public static final int FAILED = 3;

  @Spec CommandLine.Model.CommandSpec spec;

  private Csto() {}

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the tool without exiting, writing to the given streams.
   *
   * @param out where results go, not null
   * @param err where messages go, not null
   * @param args the command line, not null
   * @return the exit code: {@value #OK}, {@value #VIOLATED}, {@value #BAD_INPUT} or {@value #FAILED}
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    java.util.Objects.requireNonNull(out, "out");
    java.util.Objects.requireNonNull(err, "err");
    java.util.Objects.requireNonNull(args, "args");
    int code;
    try {
      // The commonest commands first, without building the command line's model; anything else, and any
      // failure, takes the full path, which also reports every error.
      Integer quick = QuickStart.run(out, args);
      code = quick != null ? quick : commandLine(out, err).execute(args);
    } catch (Error e) {
      code = failed(err, e);
    }
    out.flush();
    err.flush();
    return code;
  }

  private static int failed(PrintWriter err, Error e) {
    // Out of memory, the message may itself fail to build: then the exit code alone tells.
    try {
      err.println("csto: could not finish: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + Printable.of(oneLine(e.getMessage()))));
    } catch (Error again) {
      // nothing more can be said
    }
    return FAILED;
  }

  private static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new Csto());
    line.setExpandAtFiles(false);
    line.setOut(out);
    line.setErr(err);
    line.registerConverter(LocalDate.class, Csto::date);
    line.setParameterExceptionHandler((e, a) -> {
      err.println(e.getCommandLine().getCommandSpec().qualifiedName() + ": "
          + Printable.of(oneLine(e.getMessage())));
      return BAD_INPUT;
    });
    line.setExecutionExceptionHandler((e, cmd, parsed) -> {
      err.println(cmd.getCommandSpec().qualifiedName() + ": " + Printable.of(BadInput.message(e)));
      return BAD_INPUT;
    });
    return line;
  }

  /** Without a command: the usage, on standard error, and exit code 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return BAD_INPUT;
  }

  private static String oneLine(String text) {
    int newline = text.indexOf('\n');
    return (newline < 0 ? text : text.substring(0, newline)).strip();
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new CommandLine.TypeConversionException("'" + text + "' is not a date: that day does not exist");
      }
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a date of the form YYYY-MM-DD");
    }
  }

  /** The state a code (any case) or an English or Russian name denotes, as the library finds it. */
  static State knownState(CstoDataset data, String codeOrName) {
    try {
      return data.requireState(codeOrName);
    } catch (IllegalArgumentException e) {
      throw new BadInput(Printable.of(e.getMessage()));
    }
  }

  /**
   * The date to answer for: the date asked, or the data date when the date asked lies beyond it, in which
   * case a note saying so is printed first, so the tool never states as fact what the data cannot know.
   */
  static LocalDate covered(CstoDataset data, LocalDate date, PrintWriter out) {
    if (data.covers(date)) {
      return date;
    }
    out.println(beyondDataDate(data, date) + " As last recorded, on " + data.dataAsOf() + ":");
    return data.dataAsOf();
  }

  /**
   * The year given with {@code --year}, as the period from its first day to the next year's.
   *
   * @throws BadInput if the year is outside 1900 to 2999
   */
  static Period year(int year) {
    if (year < 1900 || year > 2999) {
      throw new BadInput("--year " + year + ": not a year from 1900 to 2999");
    }
    return Period.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  /** The sentence that says a date lies beyond what the dataset records. */
  static String beyondDataDate(CstoDataset data, LocalDate date) {
    return date + " is beyond the data date " + data.dataAsOf() + " of dataset " + data.version()
        + ": the dataset records nothing after it.";
  }

  /**
   * How an announced record's date stands against the data date: empty when all of it lies within the
   * data, {@code "beyond the data date"} when all of it lies after, and {@code "possibly beyond the data
   * date"} when a date known only to the month or year straddles it (a session planned for "2026" in a
   * dataset whose data end on 2026-02-12 may fall either side).
   */
  static String announcedAgainstDataDate(CstoDataset data, PartialDate date) {
    if (data.covers(date.lastDay())) {
      return "";
    }
    return data.covers(date.firstDay()) ? "possibly beyond the data date" : "beyond the data date";
  }

  /** The name of the framework that applies on a date, in words. */
  static String frameworkName(LocalDate date) {
    return Framework.on(date) == Framework.TREATY
        ? "parties to the Collective Security Treaty"
        : "members of the Organization";
  }

  /** The singular of {@link #frameworkName(LocalDate)}: what one member is called on a date. */
  static String frameworkNameOne(LocalDate date) {
    return Framework.on(date) == Framework.TREATY
        ? "party to the Collective Security Treaty"
        : "member of the Organization";
  }

  /** Names the tool's version and the bundled dataset's. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      CstoDataset data = CstoData.bundled();
      String tool = Csto.class.getPackage().getImplementationVersion();
      return new String[] {
          "csto " + (tool == null ? "(development build)" : tool),
          "dataset " + data.version() + ", data as of " + data.dataAsOf(),
          "datasets available: " + String.join(", ", CstoData.versions())};
    }
  }

  /** {@code csto members --on DATE}. */
  @Command(name = "members", mixinStandardHelpOptions = true,
      description = "The member states on a date, frozen participation marked.")
  static final class Members implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Mixin DataOption source;

    @Option(names = "--on", required = true, paramLabel = "DATE", description = "the date, YYYY-MM-DD")
    LocalDate on;

    @Override
    public Integer call() {
      return print(source.dataset(), on, spec.commandLine().getOut());
    }

    /** Prints the members on a date; the command's whole work, shared with {@link QuickStart}. */
    static int print(CstoDataset data, LocalDate asked, PrintWriter out) {
      LocalDate on = covered(data, asked, out);
      var members = data.members(on);
      if (members.isEmpty()) {
        noMembers(data, on, out);
        return OK;
      }
      out.println(members.size() + " " + (members.size() == 1 ? frameworkNameOne(on) : frameworkName(on))
          + " on " + on + ":");
      for (State state : members) {
        Participation participation = data.participation(state.isoAlpha2(), on);
        out.println("  " + state.isoAlpha2() + "  " + Printable.of(state.nameEn())
            + (participation == Participation.FROZEN ? "  (participation frozen)" : ""));
      }
      return OK;
    }
  }

  /**
   * Says in words that no state is a member on a date: before the Treaty's signature, between its
   * signature and its entry into force (naming the signatories), or, in an edited dataset, at any other
   * time.
   */
  static void noMembers(CstoDataset data, LocalDate on, PrintWriter out) {
    Framework treaty = Framework.TREATY;
    String dates = "the Treaty was signed on " + treaty.signed() + " and entered into force on "
        + treaty.entryIntoForce() + ".";
    if (on.isBefore(treaty.signed())) {
      out.println("No state is a party to the Collective Security Treaty on " + on + ": " + dates);
      return;
    }
    java.util.List<State> signatories = new java.util.ArrayList<>();
    for (State state : data.states()) {
      if (data.status(state.isoAlpha2(), on) == MembershipStatus.SIGNATORY) {
        signatories.add(state);
      }
    }
    if (on.isBefore(treaty.entryIntoForce())) {
      out.println("No state is yet a party to the Collective Security Treaty on " + on + ": " + dates);
    } else {
      out.println("No " + frameworkNameOne(on) + " on " + on
          + " in dataset " + data.version() + ".");
    }
    if (!signatories.isEmpty()) {
      out.println("By then " + signatories.size() + (signatories.size() == 1 ? " state had" : " states had")
          + " signed it or acceded to it:");
      for (State state : signatories) {
        out.println("  " + state.isoAlpha2() + "  " + Printable.of(state.nameEn()));
      }
    }
  }

  /** {@code csto status CODE --on DATE}. */
  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "A state's membership status and participation on a date.")
  static final class Status implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Mixin DataOption source;

    @Parameters(paramLabel = "STATE", description = "ISO 3166-1 alpha-2 code (any case) or name, such as AM")
    String code;

    @Option(names = "--on", required = true, paramLabel = "DATE", description = "the date, YYYY-MM-DD")
    LocalDate on;

    @Override
    public Integer call() {
      return print(source.dataset(), code, on, spec.commandLine().getOut());
    }

    /** Prints a state's status on a date; the command's whole work, shared with {@link QuickStart}. */
    static int print(CstoDataset data, String code, LocalDate asked, PrintWriter out) {
      State state = knownState(data, code);
      LocalDate on = covered(data, asked, out);
      MembershipStatus status = data.status(state.isoAlpha2(), on);
      Participation participation = data.participation(state.isoAlpha2(), on);
      Optional<MembershipTimeline> timeline = data.timeline(state.isoAlpha2());
      Optional<StatusPeriod> period = timeline.isPresent() ? timeline.get().periodOn(on) : Optional.empty();
      String since = period.isEmpty() ? ""
          : " since " + period.get().period().start() + " (" + describe(period.get().openedBy()) + ")";
      out.println(Printable.of(state.nameEn()) + " (" + state.isoAlpha2() + ") on " + on + ": "
          + status + ", participation " + participation + since);
      return OK;
    }
  }

  static String describe(MembershipEvent event) {
    String type = event.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        .replace("non renewal", "non-renewal");
    return type + " " + event.date();
  }

  /** {@code csto timeline CODE}. */
  @Command(name = "timeline", mixinStandardHelpOptions = true,
      description = "A state's statuses over time, each with the event that opened it.")
  static final class Timeline implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Mixin DataOption source;

    @Parameters(paramLabel = "STATE", description = "ISO 3166-1 alpha-2 code (any case) or name, such as UZ")
    String code;

    @Override
    public Integer call() {
      CstoDataset data = source.dataset();
      State state = knownState(data, code);
      PrintWriter out = spec.commandLine().getOut();
      MembershipTimeline timeline = data.timeline(state.isoAlpha2()).orElseThrow();
      out.println(Printable.of(state.nameEn()) + " (" + state.isoAlpha2() + "), data as of " + data.dataAsOf() + ":");
      for (StatusPeriod period : timeline.periods()) {
        String last = period.period().lastDay().map(LocalDate::toString).orElse("");
        String status = period.status() + (period.participation() == Participation.FROZEN ? " (frozen)" : "");
        out.println(String.format(Locale.ROOT, "  %s .. %-10s  %-18s %s", period.period().start(), last,
            status, describe(period.openedBy())));
      }
      return OK;
    }
  }

  /** {@code csto validate DIR|ZIP|JAR|VERSION}. */
  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = {"Check an edited dataset (a directory, a ZIP archive or a dataset jar) before loading",
          "it, or an available version such as 2026.11.0. It holds the JSON files of the data",
          "format; every problem is printed with its file and JSON pointer."})
  static final class Validate implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR|ZIP|JAR|VERSION",
        description = "the dataset directory, a .zip file, a dataset .jar or a version")
    String dir;

    @Override
    public Integer call() throws java.io.IOException {
      PrintWriter err = spec.commandLine().getErr();
      CstoDataset data;
      try {
        data = DataOption.resolve(dir);
      } catch (io.github.cstokit.data.CstoDataException e) {
        for (String problem : e.problems()) {
          err.println("csto validate: " + Printable.of(dir) + ": " + Printable.of(problem));
        }
        err.println("csto validate: " + Printable.of(dir) + ": " + e.problemCount()
            + (e.problemCount() == 1 ? " problem" : " problems") + "; nothing was loaded");
        return BAD_INPUT;
      }
      spec.commandLine().getOut().println(Printable.of(dir) + ": valid, " + Printable.of(data));
      return OK;
    }
  }

  /** {@code csto chart --out FILE.svg|FILE.png}. */
  @Command(name = "chart", mixinStandardHelpOptions = true,
      description = {"Draw the membership timeline: a row per state, statuses and participation coloured",
          "from 1992 to the data date, legal events marked, the Secretaries General, the",
          "chairmanships and the sessions beneath. SVG or PNG, by the file's extension."})
  static final class Chart implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Mixin DataOption source;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.svg or FILE.png")
    Path out;

    @Override
    public Integer call() throws java.io.IOException {
      String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
      boolean svg = name.endsWith(".svg");
      if (!svg && !name.endsWith(".png")) {
        throw new BadInput(out + ": the file name must end in .svg or .png");
      }
      CstoDataset data = source.dataset();
      org.jfree.chart.JFreeChart chart = Charts.membershipTimeline(data, data.sessions(),
          data.dataAsOf());
      if (svg) {
        try (java.io.Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          Charts.writeSvg(chart, writer);
        }
      } else {
        try (java.io.OutputStream stream = new java.io.BufferedOutputStream(Files.newOutputStream(out))) {
          Charts.writePng(chart, stream);
        }
      }
      spec.commandLine().getOut().println("Wrote " + Printable.of(out) + ": the membership timeline, dataset "
          + data.version() + ", data as of " + data.dataAsOf());
      return OK;
    }
  }

  /** {@code csto report --out DIR}. */
  @Command(name = "report", mixinStandardHelpOptions = true,
      description = {"Write a static HTML report: the membership timeline, the members on the data date,",
          "the officials, the sessions and the Kazakhstan 2022 verdict with its citations."})
  static final class ReportCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Mixin DataOption source;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the directory to write")
    Path out;

    @Override
    public Integer call() throws java.io.IOException {
      if (Files.exists(out) && !Files.isDirectory(out)) {
        throw new BadInput(out + ": not a directory");
      }
      Path page = Report.write(source.dataset(), out);
      spec.commandLine().getOut().println("Wrote " + Printable.of(page));
      return OK;
    }
  }

  /** {@code csto tour}. */
  @Command(name = "tour", mixinStandardHelpOptions = true, description = "The guided tour of csto-kit.")
  static final class TourCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Tour.print(spec.commandLine().getOut());
      return OK;
    }
  }
}
