package io.github.cstokit.examples;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Framework;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.State;
import io.github.cstokit.model.StatusPeriod;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Example: "Was X a member on D?" Answers from the bundled dataset, with the status, the participation,
 * the framework that applied and the event behind the answer.
 *
 * <pre>{@code
 * java -p csto-examples/target/lib:csto-examples/target/classes \
 *     -m io.github.cstokit.examples/io.github.cstokit.examples.WasMember UZ 2013-01-01
 * }</pre>
 */
public final class WasMember {

  private WasMember() {}

  /**
   * Prints the answer for a state code and a date (default: Uzbekistan on 2013-01-01). An unknown state or
   * a malformed date is one line on standard error and exit code 2, as in the {@code csto} command line.
   *
   * @param args an ISO alpha-2 code in any case or a state's English or Russian name, and a date
   *     YYYY-MM-DD, or nothing
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(CstoData.bundled(), args, out, err);
    if (code != Csto.OK) {
      System.exit(code);
    }
  }

  /**
   * Answers for the arguments of {@link #main}: the answer on {@code out} and {@link Csto#OK}, or, for an
   * unknown state or a malformed date, one line on {@code err} and {@link Csto#BAD_INPUT}.
   */
  static int run(CstoDataset data, String[] args, PrintWriter out, PrintWriter err) {
    String state = args.length > 0 ? args[0] : "UZ";
    try {
      LocalDate date = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.of(2013, 1, 1);
      out.println(answer(data, state, date));
      return Csto.OK;
    } catch (DateTimeParseException e) {
      err.println("wasmember: '" + Printable.of(args[1]) + "' is not a date YYYY-MM-DD");
    } catch (IllegalArgumentException e) {
      err.println("wasmember: " + Printable.of(e.getMessage()));
    } finally {
      out.flush();
      err.flush();
    }
    return Csto.BAD_INPUT;
  }

  /**
   * Answers the question in one sentence.
   *
   * @param data the dataset, not null
   * @param code an ISO alpha-2 code in any case, or a state's English or Russian name, not null
   * @param date the date, not null
   * @return the answer, such as {@code No: Uzbekistan (UZ) was SUSPENDED on 2013-01-01 ...}, or, for a date
   *     beyond the dataset's data date, a sentence saying so and the answer on the data date; not null
   * @throws IllegalArgumentException if the dataset knows no state with that code
   */
  public static String answer(CstoDataset data, String code, LocalDate date) {
    java.util.Objects.requireNonNull(data, "data");
    java.util.Objects.requireNonNull(code, "code");
    java.util.Objects.requireNonNull(date, "date");
    State state = data.requireState(code);
    String upper = state.isoAlpha2();
    String name = state.nameEn();
    if (!data.covers(date)) {
      return "Unknown: " + Csto.beyondDataDate(data, date) + " As last recorded: "
          + answer(data, upper, data.dataAsOf());
    }
    MembershipStatus status = data.status(upper, date);
    Participation participation = data.participation(upper, date);
    String of = Framework.on(date) == Framework.TREATY
        ? "a party to the Collective Security Treaty" : "a member of the Organization";
    List<StatusPeriod> periods = data.timeline(upper).map(t -> t.periods()).orElse(List.of());
    // The event that opened the status held on the date, not the last change of participation within it.
    String why = since(periods, date, p -> p.status() == status)
        .map(e -> " (since the " + e + ")").orElse("");
    if (status == MembershipStatus.MEMBER) {
      String frozen = participation != Participation.FROZEN ? ""
          : ", with its participation frozen" + since(periods, date, p -> p.status() == status
              && p.participation() == Participation.FROZEN).map(e -> " since the " + e).orElse("");
      return "Yes: " + name + " (" + upper + ") was " + of + " on " + date + why + frozen + ".";
    }
    return "No: " + name + " (" + upper + ") was " + status + " on " + date + why + ", not " + of + ".";
  }

  /**
   * The event opening the unbroken run of periods, up to the one holding {@code date}, that all satisfy
   * {@code same}: the entry into force for a member whose participation was frozen later, say.
   */
  private static Optional<String> since(List<StatusPeriod> periods, LocalDate date,
      Predicate<StatusPeriod> same) {
    int at = -1;
    for (int i = 0; i < periods.size(); i++) {
      if (periods.get(i).period().contains(date)) {
        at = i;
      }
    }
    if (at < 0 || !same.test(periods.get(at))) {
      return Optional.empty();
    }
    int first = at;
    while (first > 0 && same.test(periods.get(first - 1))
        && periods.get(first - 1).period().end().equals(Optional.of(periods.get(first).period().start()))) {
      first--;
    }
    return Optional.of(Csto.describe(periods.get(first).openedBy()));
  }
}
