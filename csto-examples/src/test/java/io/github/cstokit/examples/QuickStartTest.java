package io.github.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import io.github.cstokit.data.CstoData;
import io.github.cstokit.model.MembershipEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quick path of {@code members --on DATE} and {@code status CODE --on DATE} answers exactly as the full
 * command line does (which takes {@code --on=DATE}, a form the quick path leaves to it): on and before every
 * day a membership changes, beyond the data date, for every state; and it leaves every other form and every
 * error to the full command line.
 */
class QuickStartTest {

  private static final String[] CODES = {"AM", "AZ", "BY", "GE", "KG", "KZ", "RU", "TJ", "UZ", "am", "uz"};

  @Test
  void membersAnswerAsTheFullCommandLineOnAndBeforeEveryEventDay() {
    for (LocalDate d : days()) {
      String date = d.toString();
      assertNotNull(quick("members", "--on", date), date);
      assertSame(Cli.run("members", "--on=" + date), Cli.run("members", "--on", date));
    }
  }

  @Test
  void statusAnswersAsTheFullCommandLineForEveryStateEveryThreeYears() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(1991, 6, 1); d.getYear() < 2030; d = d.plusYears(3)) {
      days.add(d);
    }
    days.add(CstoData.bundled().dataAsOf().plusDays(1));
    for (LocalDate d : days) {
      String date = d.toString();
      for (String code : CODES) {
        assertNotNull(quick("status", code, "--on", date), code + " " + date);
        assertSame(Cli.run("status", code, "--on=" + date), Cli.run("status", code, "--on", date));
      }
    }
  }

  /** Every day on which a membership event falls, the day before it, and the days around the data date. */
  private static List<LocalDate> days() {
    List<LocalDate> days = new ArrayList<>();
    for (MembershipEvent e : CstoData.bundled().events()) {
      LocalDate d = e.date().firstDay();
      days.add(d.minusDays(1));
      days.add(d);
    }
    LocalDate asOf = CstoData.bundled().dataAsOf();
    days.add(asOf);
    days.add(asOf.plusDays(1));
    days.add(LocalDate.of(1991, 1, 1));
    return days;
  }

  @Test
  void otherFormsAndErrorsAreLeftToTheFullCommandLine() {
    assertNull(quick("members", "--on", "2023-02-30"));
    assertNull(quick("members", "--on", "1.1.2020"));
    assertNull(quick("members", "--on", "+2000-01-01"));
    assertNull(quick("members", "--on", "2000-1-01"));
    assertNull(quick("members", "--on=2000-01-01"));
    assertNull(quick("members", "--on", "2000-01-01", "--data", "x"));
    assertNull(quick("members", "--help"));
    assertNull(quick("status", "XX", "--on", "2000-01-01"));
    assertNull(quick("status", "-h", "--on", "2000-01-01"));
    assertNull(quick("status", "ARM", "--on", "2000-01-01"));
    assertNull(quick("status", "A1", "--on", "2000-01-01"));
    assertNull(quick("status", "--on", "2000-01-01", "AM"));
    assertNull(quick("timeline", "AM"));
    assertNull(quick());
    Cli unknown = Cli.run("status", "XX", "--on", "2000-01-01");
    assertEquals(Csto.BAD_INPUT, unknown.code, unknown.toString());
    assertEquals("", unknown.out, unknown.toString());
  }

  private static String quick(String... args) {
    StringWriter out = new StringWriter();
    PrintWriter writer = new PrintWriter(out);
    Integer code = QuickStart.run(writer, args);
    writer.flush();
    return code == null ? null : code + ":" + out;
  }

  private static void assertSame(Cli full, Cli quick) {
    assertEquals(full.code, quick.code, quick.toString());
    assertEquals(full.out, quick.out, quick.toString());
    assertEquals(full.err, quick.err, quick.toString());
  }
}
