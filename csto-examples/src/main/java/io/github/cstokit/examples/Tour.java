package io.github.cstokit.examples;

import io.github.cstokit.model.State;
import java.io.PrintStream;

/**
 * The guided tour of csto-kit: a short walk through the record, printed to the terminal.
 *
 * <pre>{@code
 * Tour.main(new String[0]);
 * }</pre>
 */
public final class Tour {

  private Tour() {}

  /**
   * Prints the tour to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out);
  }

  /**
   * Prints the tour.
   *
   * @param out where to print, not null
   */
  public static void print(PrintStream out) {
    State kazakhstan = State.builder()
        .isoAlpha2("KZ").isoAlpha3("KAZ").cowCode(705).cowAbbreviation("KZK")
        .nameEn("Kazakhstan").nameRu("Казахстан")
        .build();
    out.println("csto-kit: the Collective Security Treaty Organization as data and as law.");
    out.println("A state of the model: " + kazakhstan);
  }
}
