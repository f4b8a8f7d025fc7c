package io.github.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplesTest {

  private static final CstoDataset DATA = CstoData.bundled();

  @Test
  void wasMemberAnswersYesAndNo() {
    assertEquals("No: Uzbekistan (UZ) was SUSPENDED on 2013-01-01 (since the suspension decision"
        + " 2012-12-19), not a member of the Organization.",
        WasMember.answer(DATA, "UZ", LocalDate.of(2013, 1, 1)));
    assertEquals("Yes: Georgia (GE) was a party to the Collective Security Treaty on 1995-01-01"
        + " (since the entry into force 1994-04-20).",
        WasMember.answer(DATA, "ge", LocalDate.of(1995, 1, 1)));
    // A member since the entry into force, its participation frozen since 2024-02-22: the freeze changed
    // the participation, not the membership.
    assertEquals("Yes: Armenia (AM) was a member of the Organization on 2025-01-01 (since the entry into"
        + " force 1994-04-20), with its participation frozen since the freeze declared 2024-02-22.",
        WasMember.answer(DATA, "AM", LocalDate.of(2025, 1, 1)));
    assertEquals("Yes: Armenia (AM) was a member of the Organization on 2024-02-21 (since the entry into"
        + " force 1994-04-20).", WasMember.answer(DATA, "AM", LocalDate.of(2024, 2, 21)));
  }

  @Test
  void wasMemberBeyondTheDataDateSaysSoBeforeTheLastRecordedAnswer() {
    LocalDate later = DATA.dataAsOf().plusYears(4);
    String answer = WasMember.answer(DATA, "am", later);
    assertEquals("Unknown: " + later + " is beyond the data date " + DATA.dataAsOf() + " of dataset "
        + DATA.version() + ": the dataset records nothing after it. As last recorded: "
        + WasMember.answer(DATA, "AM", DATA.dataAsOf()), answer);
    assertFalse(answer.contains(" on " + later + " ("), answer);
  }

  @Test
  void wasMemberFromTheCommandLineReportsBadInputInOneLine() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(Csto.BAD_INPUT, WasMember.run(DATA, new String[] {"XX", "2000-01-01"},
        new PrintWriter(out, true), new PrintWriter(err, true)));
    assertEquals("", out.toString());
    assertEquals("wasmember: unknown state code 'XX': the dataset knows AM, AZ, BY, GE, KG, KZ, RU, TJ, UZ",
        err.toString().strip());
    err.getBuffer().setLength(0);
    assertEquals(Csto.BAD_INPUT, WasMember.run(DATA, new String[] {"AM", "2000-13-01"},
        new PrintWriter(out, true), new PrintWriter(err, true)));
    assertEquals("wasmember: '2000-13-01' is not a date YYYY-MM-DD", err.toString().strip());
    err.getBuffer().setLength(0);
    assertEquals(Csto.OK, WasMember.run(DATA, new String[] {"Армения", "2020-01-01"},
        new PrintWriter(out, true), new PrintWriter(err, true)));
    assertEquals(WasMember.answer(DATA, "AM", LocalDate.of(2020, 1, 1)), out.toString().strip());
    assertEquals("", err.toString());
  }

  @Test
  void wouldItPassComparesTheTwoFormats() {
    StringWriter out = new StringWriter();
    WouldItPass.run(DATA, new PrintWriter(out, true));
    String text = out.toString();
    assertTrue(text.startsWith("Standard format: does not pass\n"), text);
    Cli.assertContains(text,
        "[INDETERMINATE] CHARTER-12-CONSENSUS",
        "no consensus yet",
        "Limited format: passes\n",
        "[SATISFIED] CHARTER-12-LIMITED-FORMAT (Charter Art. 12 [2010]");
  }

  @Test
  void exportForRWritesTheFilesAndTheRCode(@TempDir Path dir) throws IOException {
    StringWriter out = new StringWriter();
    Path pkg = dir.resolve("csto");
    ExportForR.run(DATA, pkg, new PrintWriter(out, true));
    String text = out.toString();
    assertTrue(text.startsWith("# csto-kit dataset " + DATA.version() + ", data as of " + DATA.dataAsOf()), text);
    Cli.assertContains(text,
        "package <- read_package(\"" + pkg.toAbsolutePath().resolve("datapackage.json")
            + "\")",
        "state_years <- read_resource(package, \"state-years\")",
        "events$firstday <- as.Date(events$firstday)");
    assertTrue(Files.readString(pkg.resolve("csto-cow-members.csv")).startsWith("version4id,ccode,"));
    assertTrue(Files.readString(pkg.resolve("csto-events.csv")).startsWith("id,state,ccode,type,date,"));
    assertTrue(Files.readString(pkg.resolve("datapackage.json")).contains("\"name\": \"state-years\""));
  }
}
