package io.github.cstokit.examples;

import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Confidence;
import io.github.cstokit.model.ObserverStatus;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code csto observers [--on DATE]}: the observer and partner statuses held on a date, or all. */
@Command(name = "observers", mixinStandardHelpOptions = true,
    description = {"Observer and partner statuses: at the Organization and at its Parliamentary Assembly,",
        "those held on a date, or every one recorded."})
final class Observers implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin DataOption source;

  @Option(names = "--on", paramLabel = "DATE", description = "the date, YYYY-MM-DD; without it, all")
  LocalDate on;

  @Override
  public Integer call() {
    CstoDataset data = source.dataset();
    PrintWriter out = spec.commandLine().getOut();
    List<ObserverStatus> statuses;
    if (on == null) {
      statuses = data.observerStatuses();
      out.println(statuses.size() + " observer and partner statuses recorded, dataset " + data.version()
          + ", data as of " + data.dataAsOf() + ":");
    } else {
      LocalDate day = Csto.covered(data, on, out);
      statuses = data.observers(day);
      out.println(statuses.size() + (statuses.size() == 1 ? " status" : " statuses") + " held on " + day
          + ":");
    }
    for (ObserverStatus o : statuses) {
      out.println("  " + line(o));
      o.note().ifPresent(n -> out.println("      " + Printable.of(n)));
    }
    if (statuses.stream().noneMatch(o -> o.body().isEmpty())) {
      out.println("No observer or partner status at the Organization itself is recorded"
          + (on == null ? "." : " on that date."));
    }
    return Csto.OK;
  }

  static String line(ObserverStatus o) {
    return o.kind().name().toLowerCase(Locale.ROOT) + " at "
        + o.body().map(b -> "the " + b.nameEn()).orElse("the Organization") + ": "
        + Printable.of(o.holder()) + o.holderState().map(s -> " (" + s + ")").orElse("")
        + ", since " + o.since() + o.until().map(u -> ", until " + u).orElse("")
        + (o.confidence().orElse(null) == Confidence.UNVERIFIED ? " (UNVERIFIED)" : "")
        + "  [" + Printable.of(String.join(", ", o.sources())) + "]";
  }
}
