package io.github.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.State;
import io.github.cstokit.model.StatusPeriod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExportsTest {

  private final CstoDataset data = CstoData.bundled();

  private interface Export {
    void write(CstoDataset data, java.io.Writer out) throws IOException;
  }

  private static String[] lines(Export export, CstoDataset data) throws IOException {
    StringWriter out = new StringWriter();
    export.write(data, out);
    String text = out.toString();
    assertFalse(text.contains("\r"), "line ends are \\n");
    assertTrue(text.endsWith("\n"));
    return text.split("\n");
  }

  private long memberPhases() {
    long n = 0;
    for (State s : data.states()) {
      for (StatusPeriod p : data.timeline(s.isoAlpha2()).orElseThrow().periods()) {
        if (MemberTables.isAtopPhase(p.status())) {
          n++;
        }
      }
    }
    return n;
  }

  private long memberRuns() {
    long n = 0;
    for (State s : data.states()) {
      MembershipStatus previous = null;
      for (StatusPeriod p : data.timeline(s.isoAlpha2()).orElseThrow().periods()) {
        if (p.status() == MembershipStatus.MEMBER && previous != MembershipStatus.MEMBER) {
          n++;
        }
        previous = p.status();
      }
    }
    return n;
  }

  @Test
  void atopStyleRowsRoundTripThePhases() throws IOException {
    String[] lines = lines(Exports::writeAtopMembers, data);
    assertEquals(String.join(",", Exports.ATOP_COLUMNS), lines[0]);
    assertEquals(memberPhases(), lines.length - 1);
    // Uzbekistan: signatory, member, member again from 2006, frozen, suspended.
    assertTrue(List.of(lines).contains(
        "4220,704,UZB,UZ,4,MEMBER,FROZEN,2012-06-20,2012-12-18,2012,6,20,2012,12,18,ORGANIZATION,"
            + "uz-participation-suspended-note"), String.join("\n", lines));
    assertTrue(List.of(lines).contains(
        "4220,704,UZB,UZ,5,SUSPENDED,NORMAL,2012-12-19,,2012,12,19,0,0,0,ORGANIZATION,"
            + "uz-suspension-decision"));
  }

  @Test
  void cowStyleRowsRoundTripTheMemberRuns() throws IOException {
    String[] lines = lines(Exports::writeCowMembers, data);
    assertEquals(String.join(",", Exports.COW_COLUMNS), lines[0]);
    assertEquals(memberRuns(), lines.length - 1);
    assertEquals(10, lines.length - 1); // six continuous members, AZ, GE, and Uzbekistan twice
    assertTrue(List.of(lines).contains("350,704,UZB,20,4,1994,20,4,1999,0"));
    assertTrue(List.of(lines).contains("350,704,UZB,23,6,2006,18,12,2012,0"));
    assertTrue(List.of(lines).contains("350,371,ARM,20,4,1994,,,,1"));
  }

  @Test
  void eventLogHasOneRowPerEventSessionAndStatusChange() throws IOException {
    String[] lines = lines(Exports::writeEventLog, data);
    assertEquals(String.join(",", Exports.EVENT_COLUMNS), lines[0]);
    long ended = data.observerStatuses().stream().filter(o -> o.until().isPresent()).count();
    assertEquals(data.events().size() + data.sessions().size() + data.observerStatuses().size() + ended,
        lines.length - 1);
    assertTrue(List.of(lines).stream().anyMatch(l -> l.startsWith(
        "uz-restoration-ratification,UZ,704,RATIFICATION,2006-12,MONTH,2006-12-01,ORGANIZATION,")));
    assertTrue(List.of(lines).contains("csc-2025-11-27,KG,703,SESSION,2025-11-27,DAY,2025-11-27,"
        + "ORGANIZATION,,true,,,24kg-352506;dushanbetoday-871168791;tass-ru-25713997;kommersant-8229549,"
        + "SESSION,csc,REGULAR,"), "the session of 2025-11-27");
    assertTrue(List.of(lines).contains("pa-observer-serbia:granted,RS,,STATUS_GRANTED,2013,YEAR,"
        + "2013-01-01,ORGANIZATION,,true,,,tass-1230317;duma-51944,OBSERVER_STATUS,"
        + "parliamentary-assembly,OBSERVER,National Assembly of the Republic of Serbia"),
        "Serbia's observer status");
    String previous = "";
    for (String line : List.of(lines).subList(1, lines.length)) {
      String day = line.split(",", -1)[6];
      assertTrue(day.compareTo(previous) >= 0, "ordered by day: " + line);
      previous = day;
    }
  }

  @Test
  void eventLogOfFactsAloneHasTheMembershipEvents() throws IOException {
    StringWriter out = new StringWriter();
    Exports.writeEventLog(data.scenario(), out);
    List<String> lines = out.toString().lines().collect(java.util.stream.Collectors.toList());
    assertEquals(data.events().size(), lines.size() - 1);
    assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",MEMBERSHIP_EVENT,,,")), lines.get(1));
  }

  @Test
  void outputIsDeterministicAndLocaleIndependent() throws IOException {
    Locale saved = Locale.getDefault();
    try {
      String first = String.join("\n", lines(Exports::writeAtopMembers, data));
      Locale.setDefault(new Locale("ar", "EG"));
      String second = String.join("\n", lines(Exports::writeAtopMembers, data));
      assertEquals(first, second);
    } finally {
      Locale.setDefault(saved);
    }
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    Exports.writeEventLog(data, a);
    Exports.writeEventLog(data, b);
    assertArrayEquals(a.toByteArray(), b.toByteArray());
    StringWriter w = new StringWriter();
    Exports.writeEventLog(data, w);
    assertEquals(w.toString(), a.toString(StandardCharsets.UTF_8));
  }

  @Test
  void whatIfDataExportsToo() throws IOException {
    CstoDataset whatIf =
        data.withStatus("AM", java.time.LocalDate.of(2025, 1, 1), MembershipStatus.CEASED);
    assertEquals(lines(Exports::writeEventLog, data).length + 1,
        lines(Exports::writeEventLog, whatIf).length);
  }
}
