package io.github.cstokit.examples;

import io.github.cstokit.data.CstoData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The two commands asked most, {@code members --on DATE} and {@code status CODE --on DATE} on the bundled
 * dataset, answered without building picocli's model of the whole command line (its reflection over every
 * command, its converters and help), which costs a fresh JVM more than the answer itself. Only the exact
 * forms are taken: a well-formed date of ten characters, a two-letter code; anything else (another form
 * of the same command, {@code --data}, {@code --help}, a bad date or code) and any failure goes to the full
 * command line, which answers it exactly as it always has, errors included. The output is written only
 * when the whole answer is ready, so a command retried on the full path never prints twice.
 */
final class QuickStart {

  private QuickStart() {}

  /**
   * Answers the command if it is one of the two exact forms.
   *
   * @param out where the answer goes
   * @param args the command line
   * @return the exit code, or null if the full command line must take it
   */
  static Integer run(PrintWriter out, String[] args) {
    String code = null;
    LocalDate on;
    if (args.length == 3 && "members".equals(args[0]) && "--on".equals(args[1])) {
      on = date(args[2]);
    } else if (args.length == 4 && "status".equals(args[0]) && "--on".equals(args[2])
        && isCode(args[1])) {
      code = args[1];
      on = date(args[3]);
    } else {
      return null;
    }
    if (on == null) {
      return null;
    }
    StringWriter answer = new StringWriter();
    PrintWriter buffer = new PrintWriter(answer);
    try {
      if (code == null) {
        Csto.Members.print(CstoData.bundled(), on, buffer);
      } else {
        Csto.Status.print(CstoData.bundled(), code, on, buffer);
      }
    } catch (RuntimeException e) {
      return null;
    }
    buffer.flush();
    out.print(answer);
    return Csto.OK;
  }

  /** Two ASCII letters, which the full command line takes as a positional code too. */
  private static boolean isCode(String s) {
    return s != null && s.length() == 2 && isLetter(s.charAt(0)) && isLetter(s.charAt(1));
  }

  private static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  /**
   * The date of {@code YYYY-MM-DD}, as {@code LocalDate.parse} reads it, or null for any other text
   * (which the full command line parses, or rejects with its message).
   */
  private static LocalDate date(String s) {
    if (s == null || s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
        return null;
      }
    }
    try {
      return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }
}
