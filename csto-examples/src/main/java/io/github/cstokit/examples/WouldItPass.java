package io.github.cstokit.examples;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.State;
import io.github.cstokit.rules.DecisionRules;
import io.github.cstokit.rules.Verdict;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Example: "Would this decision pass?" A hypothetical statement of the Collective Security Council in
 * March 2025, with Armenia (participation frozen) not taking part: checked in the standard format, where
 * consensus of all members is needed, and in the limited format of the 2010 Charter protocol.
 *
 * <pre>{@code
 * java -p csto-examples/target/lib:csto-examples/target/classes \
 *     -m io.github.cstokit.examples/io.github.cstokit.examples.WouldItPass
 * }</pre>
 */
public final class WouldItPass {

  private WouldItPass() {}

  /**
   * Prints both verdicts.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    run(CstoData.bundled(), out);
    out.flush();
  }

  /**
   * The hypothetical decision under the bundled dataset: every member but Armenia supports it; Armenia
   * does not take part. The same as {@code statement2025(CstoData.bundled())}.
   *
   * @return the decision, in the standard format; not null
   */
  public static Decision statement2025() {
    return statement2025(CstoData.bundled());
  }

  /**
   * The hypothetical decision of 2025-03-01 under the given facts: every member of that day whose
   * participation is normal supports it; a member whose participation is frozen (in the record, Armenia)
   * does not take part.
   *
   * @param facts the facts the members are taken from, not null
   * @return the decision, in the standard format; not null
   */
  public static Decision statement2025(CstoFacts facts) {
    LocalDate day = LocalDate.of(2025, 3, 1);
    Decision.Builder b = Decision.builder()
        .body(Body.COLLECTIVE_SECURITY_COUNCIL)
        .date(day)
        .title("A statement of the Council")
        .matter(Matter.STATEMENT);
    for (State member : facts.members(day)) {
      String code = member.isoAlpha2();
      b.putPosition(code, facts.participation(code, day) == Participation.FROZEN
          ? Position.DOES_NOT_PARTICIPATE : Position.SUPPORTS);
    }
    return b.build();
  }

  /**
   * Checks the decision in both formats and prints the verdicts.
   *
   * @param data the facts, not null
   * @param out where to print, not null
   */
  public static void run(CstoDataset data, PrintWriter out) {
    Decision standard = statement2025(data);
    Verdict v1 = DecisionRules.check(standard, data);
    out.println("Standard format: " + (DecisionRules.isAdopted(standard, data) ? "passes" : "does not pass"));
    out.print(v1.explain());
    Decision limited = standard.withFormat(DecisionFormat.LIMITED);
    Verdict v2 = DecisionRules.check(limited, data);
    out.println();
    out.println("Limited format: " + (DecisionRules.isAdopted(limited, data) ? "passes" : "does not pass"));
    out.print(v2.explain());
  }
}
