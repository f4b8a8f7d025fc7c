package io.github.cstokit.examples;

import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Activity;
import io.github.cstokit.model.ActivityEdition;
import io.github.cstokit.model.Period;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code csto activities [--year YEAR] [--id ID]}: exercises and recurring operations by edition. */
@Command(name = "activities", mixinStandardHelpOptions = true,
    description = {"The exercises and recurring operations with their editions: dates, host, size where",
        "known and each edition's own sources; an edition without a source of its own is marked."})
final class Activities implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin DataOption source;

  @Option(names = "--year", paramLabel = "YEAR", description = "only the editions of this year")
  Integer year;

  @Option(names = "--id", paramLabel = "ID", description = "only this activity, such as ex-interaction")
  String id;

  @Override
  public Integer call() {
    CstoDataset data = source.dataset();
    PrintWriter out = spec.commandLine().getOut();
    Period period = year == null ? null : Csto.year(year);
    List<Activity> activities = period == null ? data.activities() : data.activities(period);
    if (id != null) {
      Activity one = data.activity(id).orElseThrow(() -> new BadInput("unknown activity '" + id
          + "': the dataset knows " + String.join(", ", data.activities().stream().map(Activity::id).toList())));
      activities = activities.contains(one) ? List.of(one) : List.of();
    }
    out.println(activities.size() + (activities.size() == 1 ? " activity" : " activities")
        + (year == null ? "" : " with an edition in " + year) + ", dataset " + data.version()
        + ", data as of " + data.dataAsOf() + ":");
    for (Activity a : activities) {
      out.println("  " + Printable.of(a.id()) + "  " + Printable.of(a.name())
          + a.nameRu().map(r -> " (" + Printable.of(r) + ")").orElse("") + ", "
          + a.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
          + a.since().map(s -> ", since " + s).orElse(""));
      for (ActivityEdition e : period == null ? a.editions() : a.editions(period)) {
        out.println("      " + edition(data, e));
      }
    }
    return Csto.OK;
  }

  /** One edition in one line: when, where, how large, on what sources. */
  static String edition(CstoDataset data, ActivityEdition e) {
    StringBuilder text = new StringBuilder();
    e.name().ifPresent(n -> text.append(Printable.of(n)).append(": "));
    if (e.start().isPresent()) {
      text.append(e.start().get()).append(e.end().map(x -> " to " + x).orElse(""));
    } else if (e.end().isPresent()) {
      text.append("until ").append(e.end().get());
    } else if (e.year().isPresent()) {
      text.append(e.year().getAsInt());
    } else {
      text.append("year not recorded");
    }
    e.host().ifPresent(h -> text.append(", host ").append(h));
    if (!e.participants().isEmpty()) {
      text.append(", participants ").append(String.join(" ", e.participants()));
    }
    if (e.personnel().isPresent()) {
      text.append(", about ").append(e.personnel().getAsInt()).append(" personnel");
    }
    if (e.planned()) {
      String against = e.date().map(d -> Csto.announcedAgainstDataDate(data, d)).orElse("");
      text.append(against.isEmpty() ? ", planned" : ", planned (" + against + ")");
    }
    text.append(e.sourced() ? "  [" + Printable.of(String.join(", ", e.sources())) + "]"
        : "  UNVERIFIED: no source of its own");
    return text.toString();
  }
}
