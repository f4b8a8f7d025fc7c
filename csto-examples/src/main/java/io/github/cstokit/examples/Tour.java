package io.github.cstokit.examples;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Framework;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.MembershipEventType;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.RecordedOutcome;
import io.github.cstokit.model.State;
import io.github.cstokit.model.StatusPeriod;
import io.github.cstokit.rules.Finding;
import io.github.cstokit.rules.MandateRules;
import io.github.cstokit.rules.Outcome;
import io.github.cstokit.rules.Verdict;
import io.github.cstokit.rules.WhatIf;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * The guided tour of csto-kit: a short walk through the real record, printed to the terminal, all from
 * the bundled dataset and the rules. Run it with {@code mvn -B -q -pl csto-examples -am package -Ptour}
 * or {@code csto tour}.
 *
 * <pre>{@code
 * Tour.main(new String[0]);
 * }</pre>
 */
public final class Tour {

  /** The id of the dataset's mandate for the Kazakhstan deployment of January 2022. */
  public static final String KAZAKHSTAN_2022 = "kz-2022-peacekeeping";

  private static final LocalDate TREATY_1995 = LocalDate.of(1995, 1, 1);
  private static final LocalDate BEFORE_1999 = LocalDate.of(1999, 1, 1);
  private static final LocalDate AFTER_1999 = LocalDate.of(2000, 1, 1);

  private Tour() {}

  /** The month and year of a state's first event of a type in the facts, such as {@code June 2012}. */
  private static String month(CstoDataset data, String state, MembershipEventType type) {
    PartialDate date = data.timeline(state).orElseThrow().events().stream()
        .filter(e -> e.type() == type).findFirst().orElseThrow().date();
    return date.month().isPresent()
        ? Month.of(date.month().getAsInt()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.year()
        : Integer.toString(date.year());
  }

  /**
   * Prints the tour to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    print(out);
    out.flush();
  }

  /**
   * Prints the tour.
   *
   * @param out where to print, not null; flushed, not closed
   */
  public static void print(PrintWriter out) {
    CstoDataset data = CstoData.bundled();
    LocalDate today = data.dataAsOf();
    out.println("csto-kit guided tour: the Collective Security Treaty Organization as data and as law");
    out.println("Bundled dataset " + data.version() + ", data as of " + today + ".");

    heading(out, 1, "The Treaty in 1995");
    out.println("The Collective Security Treaty was signed on " + Framework.TREATY.signed()
        + " and entered into force on " + Framework.TREATY.entryIntoForce() + ".");
    SortedSet<State> parties = data.members(TREATY_1995);
    out.println("On " + TREATY_1995 + " it had " + parties.size() + " parties: " + names(parties) + ".");

    heading(out, 2, "1999: three leave");
    out.println("The Treaty ran for five years. Parties on " + BEFORE_1999 + ": "
        + data.members(BEFORE_1999).size() + "; on " + AFTER_1999 + ": "
        + data.members(AFTER_1999).size() + ".");
    for (State state : data.members(BEFORE_1999)) {
      if (!data.members(AFTER_1999).contains(state)) {
        StatusPeriod left = data.timeline(state.isoAlpha2()).orElseThrow().periodOn(AFTER_1999)
            .orElseThrow();
        out.println("  " + state.nameEn() + " (" + state.isoAlpha2() + "): " + left.status() + " from "
            + left.period().start() + ", by " + Csto.describe(left.openedBy()));
      }
    }

    heading(out, 3, "Uzbekistan: return and suspension");
    for (StatusPeriod period : data.timeline("UZ").orElseThrow().periods()) {
      out.println(String.format(Locale.ROOT, "  from %s  %-9s %-7s by %s", period.period().start(),
          period.status(), period.participation(), Csto.describe(period.openedBy())));
    }
    out.println("A declared freeze (" + month(data, "UZ", MembershipEventType.FREEZE_DECLARED)
        + ") changes participation, not status; the Council's decision of "
        + month(data, "UZ", MembershipEventType.SUSPENSION_DECISION) + " suspended Uzbekistan.");

    heading(out, 4, "The members today (as of the data date " + today + ")");
    SortedSet<State> members = data.members(today);
    out.println(members.size() + " " + Csto.frameworkName(today) + ":");
    for (State state : members) {
      Participation participation = data.participation(state.isoAlpha2(), today);
      String frozen = "";
      if (participation == Participation.FROZEN) {
        StatusPeriod period = data.timeline(state.isoAlpha2()).orElseThrow().periodOn(today).orElseThrow();
        frozen = "  participation FROZEN since " + period.period().start()
            + " (still a member: a freeze has no legal effect on status)";
      }
      out.println("  " + state.isoAlpha2() + "  " + state.nameEn() + frozen);
    }
    for (State state : data.states()) {
      MembershipStatus status = data.status(state.isoAlpha2(), today);
      if (status != MembershipStatus.MEMBER && status != MembershipStatus.NOT_PARTY) {
        out.println("  (" + state.isoAlpha2() + " " + state.nameEn() + ": " + status + ")");
      }
    }

    heading(out, 5, "Who chairs, who is Secretary General (as of " + today + ")");
    out.println("Chairmanship: " + data.chair(today).map(c -> name(data, c.state()) + " since "
        + c.period().start()).orElse("not recorded"));
    out.println("Secretary General: " + data.secretaryGeneral(today).map(a -> a.personEn() + " ("
        + name(data, a.state()) + ")" + (a.acting() ? ", acting," : "") + " since "
        + a.period().start()).orElse("not recorded"));
    out.println("Later dates assume nothing changed after the data date; load a newer dataset to know.");

    heading(out, 6, "Kazakhstan, January 2022: the deployment checked against the rules");
    Mandate recorded = data.mandate(KAZAKHSTAN_2022).orElseThrow();
    Decision decision = recorded.decision().orElseThrow();
    out.println("Request: " + recorded.request().map(r -> r.author() + ", " + r.date()).orElse("none")
        + "; decision: " + decision.body().nameEn() + ", " + decision.date() + "; contingents: "
        + recorded.contingents().stream().map(c -> c.state()).collect(Collectors.joining(", "))
        + "; command: " + recorded.command().map(c -> c.commander()).orElse("none") + ".");
    Mandate mandate = recorded;
    if (decision.positions().isEmpty() && decision.signatures().isEmpty()) {
      out.println("The record lists no member's position on the decision, only that it was "
          + decision.recordedOutcome().map(o -> o == RecordedOutcome.ADOPTED ? "adopted" : "not adopted")
              .orElse("taken or not")
          + "; under consensus, an adopted decision is one no member objected to, and the rules read it"
          + " so, as the record stands:");
    }
    Verdict real = MandateRules.check(mandate, data);
    out.println();
    indent(out, real.explain());

    heading(out, 7, "What if Kazakhstan had not asked?");
    out.println("The same deployment, without a host request (mandate.withoutRequest()):");
    Verdict without = MandateRules.check(mandate.withoutRequest(), data);
    WhatIf whatIf = WhatIf.between(real, without);
    out.println("Overall outcome: " + real.outcome() + " -> " + without.outcome());
    for (Finding changed : whatIf.changed()) {
      Outcome before = real.finding(changed.rule()).map(Finding::outcome).orElse(Outcome.NOT_APPLICABLE);
      out.println("  " + changed.ruleId() + ": " + before + " -> " + changed.outcome());
      out.println("      " + changed.reason());
      out.println("      cites " + changed.citations().stream().map(c -> c.text())
          .collect(Collectors.joining("; ")) + " (basis " + changed.basis() + ")");
    }

    heading(out, 8, "Next things to try");
    out.println("The command-line tool (after the build; see the README for java -jar and java -p):");
    out.println("  csto members --on 2013-01-01       csto status AM --on 2025-01-01");
    out.println("  csto timeline UZ                   csto export --format cow --out csto-cow.csv");
    out.println("  csto check csto-examples/samples/kz-2022-without-request.json --json");
    out.println("jshell, with the library and helpers loaded:");
    out.println("  jshell --module-path csto-examples/target/lib"
        + " --add-modules io.github.cstokit.data,io.github.cstokit.rules"
        + " --startup DEFAULT --startup csto-examples/csto.jsh");
    out.println("  then: members(LocalDate.of(2013,1,1)), status(\"AM\", LocalDate.of(2025,1,1)),"
        + " check(kazakhstan2022())");
    out.flush();
  }

  private static void heading(PrintWriter out, int number, String title) {
    out.println();
    out.println(number + ". " + title);
    out.println("-".repeat(number < 10 ? title.length() + 3 : title.length() + 4));
  }

  private static void indent(PrintWriter out, String text) {
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        out.println("  " + line);
      }
    }
  }

  private static String names(SortedSet<State> states) {
    return states.stream().map(s -> s.nameEn() + " (" + s.isoAlpha2() + ")").collect(Collectors.joining(", "));
  }

  private static String name(CstoDataset data, String code) {
    return data.state(code).map(State::nameEn).orElse(code);
  }
}
