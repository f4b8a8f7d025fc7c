package io.github.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.ActivityEdition;
import io.github.cstokit.model.Confidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code csto sessions}, {@code csto activities}, {@code csto observers}, {@code csto provisions}, and states
 * by name or in any case.
 */
class RecordCommandsTest {

  private static final CstoDataset DATA = CstoData.bundled();

  private static Cli ok(String... args) {
    Cli cli = Cli.run(args).exits(Csto.OK);
    assertEquals("", cli.err, cli.toString());
    return cli;
  }

  private static void bad(Cli cli, String... parts) {
    assertEquals(Csto.BAD_INPUT, cli.code, cli.toString());
    assertEquals("", cli.out, cli.toString());
    for (String part : parts) {
      assertTrue(cli.err.contains(part), part + " in " + cli);
    }
  }

  @Test
  void theProvisionsReadAreListedAndOneIsShownByIdOrCitation() {
    Cli all = ok("provisions");
    assertTrue(all.out.startsWith(DATA.provisions().size() + " provisions whose words were read:\n"), all.out);
    assertEquals(DATA.provisions().size() + 1, all.out.lines().count(), all.out);
    all.prints(
        "  treaty-art-4-1992 ",
        " Treaty Art. 4 [1992] ");

    io.github.cstokit.model.ProvisionText art4 = DATA.provision("treaty-art-4-1992").orElseThrow();
    Cli byId = ok("provisions", "treaty-art-4-1992");
    assertTrue(byId.out.startsWith("treaty-art-4-1992 "), byId.out);
    byId.prints(
        "\n  " + art4.passages().get(0) + "\n",
        "\n  English: " + art4.english().orElseThrow() + "\n",
        "\n  read from " + art4.source().id() + ": ");
    assertEquals(byId.out, ok("provisions", "Treaty Art. 4 [1992]").out);

    bad(Cli.run("provisions", "treaty-art-99"), "no provision treaty-art-99 has its words recorded");
    bad(Cli.run("provisions", "Treaty Art. 12 [1992]"), "no provision Treaty Art. 12 [1992]");
    bad(Cli.run("provisions", "a  b"), "a  b: neither a provision's id nor a citation: Citation text");
  }

  @Test
  void theSessionsOf2022() {
    Cli cli = ok("sessions", "--year", "2022");
    // Six of the Collective Security Council, two of the Council of Ministers of Defence, one of the
    // Permanent Council.
    assertTrue(cli.out.startsWith("9 sessions in 2022, dataset " + DATA.version()), cli.out);
    cli.prints(
        "  2022-05-24  CMD  videoconference, regular, by video, chaired by AM\n",
        "  2022-01-13  CMD  videoconference, extraordinary, by video, chaired by AM\n"
            + "      decision cdm-2022-01-13-kazakhstan-withdrawal: ",
        "  2022-09-13  PC  not recorded, extraordinary, format not recorded, chaired by AM\n",
        "  2022-11-23  CSC  Yerevan (AM), regular, chaired by AM\n",
        "  2022-01-10  CSC  videoconference, extraordinary, by video, chaired by AM\n",
        "      decision csc-2022-01-06-kazakhstan-deployment: ");
    assertEquals(9, cli.out.lines().filter(l -> l.startsWith("  2022-")).count(), cli.out);
  }

  @Test
  void allSessionsMarkAbsenceAndTheAnnouncedOne() {
    Cli cli = ok("sessions");
    assertTrue(cli.out.startsWith(DATA.sessions().size() + " sessions, dataset"), cli.out);
    cli.prints(
        "  2025-11-27  CSC  Bishkek (KG), regular, chaired by KG, absent AM\n",
        "  2026-11-11  CSC  Moscow (RU), regular, chaired by RU"
            + " (announced; beyond the data date, not a fact yet)\n",
        "  2005        CSC  Moscow (Kremlin) (RU), regular");
  }

  @Test
  void announcedRecordsDatedOnlyToAMonthOrYearSayThatTheyMayLieBeyondTheDataDate() {
    // The data end on 2026-02-12: May 2026 lies wholly after it, the year 2026 straddles it.
    Cli sessions = ok("sessions", "--year", "2026");
    sessions.prints("  2026-05     CSSC  Moscow region (RU), regular, chaired by RU"
        + " (announced; beyond the data date, not a fact yet)\n");
    Cli activities = ok("activities", "--year", "2026");
    activities.prints(
        "      2026, host RU, planned (possibly beyond the data date)"
            + "  [tass-2085703, tass-2085999]\n",
        "  ex-cobalt  Cobalt (Кобальт), exercise\n"
            + "      2026-10, host TJ, planned (beyond the data date)  [zakon-kz-6507818, tass-2085703]\n",
        "      2026-09, host KZ, planned (beyond the data date)  [tass-2085703]\n");
  }

  @Test
  void sessionsOfAYearWithoutAny() {
    Cli cli = ok("sessions", "--year", "1993");
    assertEquals("0 sessions in 1993, dataset " + DATA.version() + ", data as of " + DATA.dataAsOf() + ":\n",
        cli.out);
    bad(Cli.run("sessions", "--year", "10000"), "csto sessions:", "not a year");
    bad(Cli.run("sessions", "--year", "twenty"), "csto sessions:", "'twenty'");
  }

  @Test
  void theActivitiesOf2019CiteTheirSources() {
    Cli cli = ok("activities", "--year", "2019");
    assertTrue(cli.out.startsWith("3 activities with an edition in 2019"), cli.out);
    cli.prints(
        "  ex-interaction  Interaction (Взаимодействие), exercise\n"
            + "      2019-10-16 to 2019-10-18, host RU  [tass-1083457]\n",
        "      2019-10-08, host RU, participants AM BY KG KZ RU TJ"
            + "  [odkb-echelon-2019, dfnc-echelon-2019]\n");
    assertFalse(cli.out.contains("UNVERIFIED"), cli.out);
  }

  @Test
  void anUnsourcedEditionWithoutAYearIsMarked() {
    ActivityEdition undated = ActivityEdition.builder().name("Channel - Granite Bastion").host("TJ")
        .confidence(Confidence.UNVERIFIED).build();
    assertEquals("Channel - Granite Bastion: year not recorded, host TJ  UNVERIFIED: no source of its own",
        Activities.edition(DATA, undated));
  }

  @Test
  void oneActivityWithItsSizeAndAnUnknownOne() {
    Cli cli = ok("activities", "--id", "op-channel");
    cli.prints(
        "Channel - Western Dvina: 2025-09-22 to 2025-09-26, about 23000 personnel"
            + "  [vbkg-451114]",
        "Channel - Granite Bastion: 2021-06-21 to 2021-06-25, host TJ, participants AM BY KG KZ RU TJ"
            + "  [forkg-708439, mvd-en-24842041]");
    bad(Cli.run("activities", "--id", "ex-nothing"), "unknown activity 'ex-nothing'", "ex-interaction");
  }

  @Test
  void theObserversOnADate() {
    Cli cli = ok("observers", "--on", "2020-01-01");
    assertTrue(cli.out.startsWith("3 statuses held on 2020-01-01:\n"), cli.out);
    cli.prints(
        "  observer at the Parliamentary Assembly: National Assembly of the Republic"
            + " of Serbia (RS), since 2013  [tass-1230317, duma-51944]\n",
        "(AF), since 2013 (UNVERIFIED)  [tass-1230317, duma-51944]\n"
            + "      Observer at the Parliamentary Assembly, not at the Organization.");
    assertTrue(cli.out.endsWith("No observer or partner status at the Organization itself is recorded on that"
        + " date.\n"), cli.out);
    assertTrue(ok("observers", "--on", "2012-06-01").out.startsWith("0 statuses held on 2012-06-01:"));
    assertTrue(ok("observers").out.startsWith("3 observer and partner statuses recorded"));
  }

  @Test
  void observersBeyondTheDataDateSayWhatTheyAnswer() {
    LocalDate later = DATA.dataAsOf().plusYears(3);
    Cli cli = ok("observers", "--on", later.toString());
    assertTrue(cli.out.startsWith(later + " is beyond the data date " + DATA.dataAsOf()), cli.out);
    cli.prints("held on " + DATA.dataAsOf() + ":");
  }

  @Test
  void aStateByItsNameOrInAnyCase() {
    assertTrue(ok("status", "Armenia", "--on", "2025-01-01").out
        .startsWith("Armenia (AM) on 2025-01-01: MEMBER, participation FROZEN"));
    assertTrue(ok("status", "Беларусь", "--on", "2025-01-01").out.startsWith("Belarus (BY) on 2025-01-01:"));
    assertTrue(ok("timeline", "uzbekistan").out.startsWith("Uzbekistan (UZ), data as of"));
    bad(Cli.run("status", "Atlantis", "--on", "2025-01-01"), "csto status:", "unknown state 'Atlantis'",
        "AM, AZ, BY, GE, KG, KZ, RU, TJ, UZ");
  }

  @Test
  void wasMemberBeyondTheDataDateIsUnknownAndAcceptsNames() {
    String answer = WasMember.answer(DATA, "am", LocalDate.of(2030, 1, 1));
    assertTrue(answer.startsWith("Unknown: 2030-01-01 is beyond the data date"), answer);
    assertFalse(answer.startsWith("Yes"), answer);
    assertTrue(WasMember.answer(DATA, "Узбекистан", LocalDate.of(2013, 1, 1)).startsWith("No: Uzbekistan (UZ)"));
  }

  @Test
  void theNewCommandsReadAnEditedDatasetGivenWithData(@TempDir Path tmp) throws IOException {
    Path copy = DataSources.copyInto(tmp, "edited");
    DataSources.replace(copy.resolve("sessions.json"), "\"place\": \"Yerevan\"", "\"place\": \"Yerevan (edited)\"");
    DataSources.replace(copy.resolve("observers.json"), "\"since\": \"2013\"", "\"since\": \"2014\"");
    String d = copy.toString();
    assertTrue(ok("sessions", "--year", "2022", "--data", d).out.contains("Yerevan (edited) (AM)"));
    assertTrue(ok("observers", "--on", "2013-06-01", "--data", d).out.startsWith("0 statuses held"));
    assertTrue(ok("activities", "--year", "2019", "--data", d).out.startsWith("3 activities"));
    bad(Cli.run("observers", "--data", tmp.resolve("missing").toString()), "csto observers:", "no such");
  }

  @Test
  void aCheckBeyondTheDataDateSaysSoBeforeItsVerdict(@TempDir Path tmp) throws IOException {
    String doc = Files.readString(Path.of("samples/decision-2025-standard.json"));
    Path later = Files.writeString(tmp.resolve("later.json"), doc.replace("2025-03-01", "2030-03-01"));
    Cli cli = Cli.run("check", later.toString());
    // The sample lacks Armenia's consent, and no member objected: no consensus yet, not a violation.
    assertEquals(Csto.OK, cli.code, cli.toString());
    assertTrue(cli.out.startsWith("2030-03-01 is beyond the data date " + DATA.dataAsOf() + " of dataset "
        + DATA.version() + ": the dataset records nothing after it. The facts are taken as last recorded, on "
        + DATA.dataAsOf() + ".\nDecision CSC 2030-03-01: A statement of the Council on 2030-03-01:"
        + " INDETERMINATE\n"), cli.out);
    cli.prints("[INDETERMINATE] CHARTER-12-CONSENSUS (Charter Art. 12 [2010]; basis SECONDARY)\n"
        + "      no consensus yet: no consent from AM (DOES_NOT_PARTICIPATE, not signed)");
    Cli covered = Cli.run("check", "samples/decision-2025-standard.json");
    assertFalse(covered.out.contains("beyond the data date"), covered.out);
    Cli json = Cli.run("check", later.toString(), "--json");
    assertTrue(json.out.startsWith("{"), json.out);
  }
}
