package io.github.cstokit.examples;

import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Session;
import io.github.cstokit.model.SessionFormat;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code csto sessions [--year YEAR]}: the sessions of the statutory bodies and the decisions taken there. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
    description = {"The sessions of the statutory bodies: date, place, kind, format, chair, absent",
        "members and the recorded decisions taken there; announced sessions are marked."})
final class Sessions implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin DataOption source;

  @Option(names = "--year", paramLabel = "YEAR", description = "only the sessions of this year")
  Integer year;

  @Override
  public Integer call() {
    CstoDataset data = source.dataset();
    PrintWriter out = spec.commandLine().getOut();
    List<Session> sessions;
    if (year == null) {
      sessions = data.sessions();
    } else {
      sessions = data.sessions(Csto.year(year));
    }
    out.println(sessions.size() + (sessions.size() == 1 ? " session" : " sessions")
        + (year == null ? "" : " in " + year) + ", dataset " + data.version() + ", data as of "
        + data.dataAsOf() + ":");
    for (Session s : sessions) {
      out.println(line(data, s));
      for (String id : s.decisionIds()) {
        Decision d = data.decision(id).orElseThrow();
        out.println("      decision " + Printable.of(id) + ": " + Printable.of(d.title()));
      }
    }
    return Csto.OK;
  }

  /** One session in one line. */
  static String line(CstoDataset data, Session s) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "  %-10s  %s  %s",
        s.date(), s.body().abbreviation(), Printable.of(s.place())));
    s.host().filter(h -> !s.place().equals("videoconference")).ifPresent(h -> text.append(" (").append(h).append(')'));
    text.append(", ").append(s.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    if (s.format() != SessionFormat.IN_PERSON) {
      text.append(s.format() == SessionFormat.VIDEO ? ", by video" : ", format not recorded");
    }
    s.chairState().ifPresent(c -> text.append(", chaired by ").append(c));
    if (!s.absent().isEmpty()) {
      text.append(", absent ").append(String.join(" ", s.absent()));
    }
    if (s.planned()) {
      String against = Csto.announcedAgainstDataDate(data, s.date());
      text.append(against.isEmpty() ? " (announced)" : " (announced; " + against + ", not a fact yet)");
    }
    return text.toString();
  }
}
