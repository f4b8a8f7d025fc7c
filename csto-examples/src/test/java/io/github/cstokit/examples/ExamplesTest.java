package io.github.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    assertEquals("Yes: Armenia (AM) was a member of the Organization on 2025-01-01 (since the freeze"
        + " declared 2024-02-22), with its participation frozen.",
        WasMember.answer(DATA, "AM", LocalDate.of(2025, 1, 1)));
  }

  @Test
  void wouldItPassComparesTheTwoFormats() {
    StringWriter out = new StringWriter();
    WouldItPass.run(DATA, new PrintWriter(out, true));
    String text = out.toString();
    assertTrue(text.startsWith("Standard format: does not pass\n"), text);
    assertTrue(text.contains("[INDETERMINATE] CHARTER-12-CONSENSUS"), text);
    assertTrue(text.contains("no consensus yet"), text);
    assertTrue(text.contains("Limited format: passes\n"), text);
    assertTrue(text.contains("[SATISFIED] CHARTER-12-LIMITED-FORMAT (Charter Art. 12 [2010]"), text);
  }

  @Test
  void exportForRWritesTheFilesAndTheRCode(@TempDir Path dir) throws IOException {
    StringWriter out = new StringWriter();
    Path pkg = dir.resolve("csto");
    ExportForR.run(DATA, pkg, new PrintWriter(out, true));
    String text = out.toString();
    assertTrue(text.startsWith("# csto-kit dataset " + DATA.version() + ", data as of " + DATA.dataAsOf()), text);
    assertTrue(text.contains("package <- read_package(\"" + pkg.toAbsolutePath().resolve("datapackage.json")
        + "\")"), text);
    assertTrue(text.contains("state_years <- read_resource(package, \"state-years\")"), text);
    assertTrue(text.contains("events$firstday <- as.Date(events$firstday)"), text);
    assertTrue(Files.readString(pkg.resolve("csto-cow-members.csv")).startsWith("version4id,ccode,"));
    assertTrue(Files.readString(pkg.resolve("csto-events.csv")).startsWith("id,state,ccode,type,date,"));
    assertTrue(Files.readString(pkg.resolve("datapackage.json")).contains("\"name\": \"state-years\""));
  }
}
