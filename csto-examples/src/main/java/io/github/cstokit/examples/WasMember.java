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
   * Prints the answer for a state code and a date (default: Uzbekistan on 2013-01-01).
   *
   * @param args an ISO alpha-2 code and a date YYYY-MM-DD, or nothing
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    String code = args.length > 0 ? args[0] : "UZ";
    LocalDate date = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.of(2013, 1, 1);
    out.println(answer(CstoData.bundled(), code, date));
    out.flush();
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
      return "Unknown: " + Csto.beyondDataDate(data, date) + " On that date: "
          + answer(data, upper, data.dataAsOf());
    }
    MembershipStatus status = data.status(upper, date);
    Participation participation = data.participation(upper, date);
    String of = Framework.on(date) == Framework.TREATY
        ? "a party to the Collective Security Treaty" : "a member of the Organization";
    String why = data.timeline(upper).flatMap(t -> t.periodOn(date)).map(StatusPeriod::openedBy)
        .map(e -> " (since the " + Csto.describe(e) + ")").orElse("");
    if (status == MembershipStatus.MEMBER) {
      return "Yes: " + name + " (" + upper + ") was " + of + " on " + date + why
          + (participation == Participation.FROZEN ? ", with its participation frozen" : "") + ".";
    }
    return "No: " + name + " (" + upper + ") was " + status + " on " + date + why + ", not " + of + ".";
  }
}
