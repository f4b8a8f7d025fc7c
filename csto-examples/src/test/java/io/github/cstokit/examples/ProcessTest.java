package io.github.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cstokit.data.CstoData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the tool and the README's jshell command as separate processes, on the module path made of
 * target/lib (copied by the build before the tests) and the compiled classes.
 */
class ProcessTest {

  private static final Path LIB = Path.of("target/lib");
  private static final Path CLASSES = Path.of("target/classes");
  private static final Path BIN = Path.of(System.getProperty("java.home"), "bin");

  private static String run(List<String> command, int expectedExit) throws IOException, InterruptedException {
    return run(command, Path.of("."), expectedExit);
  }

  private static String run(List<String> command, Path dir, int expectedExit)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[] bytes = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertEquals(expectedExit, process.exitValue(), text);
    return text;
  }

  @Test
  void runsOnTheModulePathWithExitCodes() throws Exception {
    assumeTrue(Files.isDirectory(LIB), "target/lib is made by the Maven build");
    String modulePath = LIB + java.io.File.pathSeparator + CLASSES;
    List<String> command = new ArrayList<>(List.of(BIN.resolve("java").toString(), "-p", modulePath, "-m",
        "io.github.cstokit.examples/io.github.cstokit.examples.Csto"));
    command.addAll(List.of("members", "--on", "1995-01-01"));
    String out = run(command, 0);
    assertTrue(out.startsWith("9 parties to the Collective Security Treaty on 1995-01-01:"), out);
    command.set(command.size() - 1, "2023-02-30");
    String err = run(command, 2);
    assertEquals("csto members: Invalid value for option '--on': '2023-02-30' is not a date: that day does"
        + " not exist", err.lines().findFirst().orElse(""));
  }

  @Test
  void theReadmeJshellCommandWorks(@TempDir Path tmp) throws Exception {
    Path jshell = BIN.resolve(System.getProperty("os.name").startsWith("Windows") ? "jshell.exe" : "jshell");
    assumeTrue(Files.isExecutable(jshell), "no jshell next to java.home: " + jshell);
    assumeTrue(Files.isDirectory(LIB), "target/lib is made by the Maven build");
    Path script = tmp.resolve("session.jsh");
    Files.writeString(script, String.join("\n",
        "System.out.println(members(LocalDate.of(2013,1,1)));",
        "System.out.println(status(\"AM\", LocalDate.of(2025,1,1)));",
        "Verdict v = check(kazakhstan2022());",
        "System.out.println(\"outcome \" + v.outcome());",
        "whatIf(v, check(kazakhstan2022().withoutRequest()));",
        "System.out.println(\"--- what if, difference first\");",
        "System.out.println(whatIf(kazakhstan2022(), kazakhstan2022().withoutRequest()));",
        "System.out.println(status(\"am\", LocalDate.of(2030,1,1)));",
        "System.out.println(sessions(2022).size() + \" sessions in 2022\");",
        "System.out.println(session(\"csc-2022-11-23\"));",
        "System.out.println(activities(2019).keySet());",
        "System.out.println(observers(LocalDate.of(2020,1,1)).size() + \" observers\");",
        "System.out.println(provisions().size() + \" provisions read\");",
        "System.out.println(provision(\"Treaty Art. 4 [1992]\"));",
        "/exit", ""));
    // The README command, run from the repository root, with a script instead of the prompt.
    String out = run(List.of(jshell.toString(), "--module-path", "csto-examples/target/lib",
        "--add-modules", "io.github.cstokit.data,io.github.cstokit.rules",
        "--startup", "DEFAULT", "--startup", "csto-examples/csto.jsh", script.toString()),
        Path.of("").toAbsolutePath().getParent(), 0)
        .replace("\r\n", "\n");
    Cli.assertContains(out,
        "[State[AM Armenia], State[BY Belarus], State[KG Kyrgyzstan], State[KZ Kazakhstan],"
            + " State[RU Russia], State[TJ Tajikistan]]",
        "AM on 2025-01-01: MEMBER, participation FROZEN",
        "Mandate kz-2022-peacekeeping (COLLECTIVE_PEACEKEEPING_FORCES in KZ) on 2022-01-06:"
            + " INDETERMINATE",
        "outcome INDETERMINATE");
    // No entry into force of the Peacekeeping Agreement is recorded: its rules cannot say more.
    assertTrue(out.contains("[INDETERMINATE] PK-3-OPERATION-ON-MEMBER-TERRITORY (Peacekeeping Agreement Art. 3"
        + " [2007]; basis OFFICIAL_SUMMARY)\n      the Peacekeeping Agreement (signed 2007-10-06) is not shown to be"
        + " in force on 2022-01-06: no entry into force is recorded; had it been in force: SATISFIED"), out);
    // The consensus finding rests on secondary sources reporting the decision adopted.
    Cli.assertContains(out,
        "[SATISFIED] CHARTER-12-CONSENSUS (Charter Art. 12 [2010]; basis SECONDARY)\n"
            + "      no member's position is recorded, and the decision is reported adopted",
        "PK-3-OPERATION-ON-MEMBER-TERRITORY: INDETERMINATE -> INDETERMINATE",
        "2030-01-01 is beyond the data date 2026-02-12; as last recorded: AM on 2026-02-12:"
            + " MEMBER, participation FROZEN",
        "9 sessions in 2022",
        "Session[csc-2022-11-23 CSC 2022-11-23 Yerevan REGULAR IN_PERSON chair AM]",
        "Decision[csc-2022-11-23-tasmagambetov",
        "[Interaction, Indestructible Brotherhood, Echelon]",
        "3 observers",
        CstoData.bundled().provisions().size() + " provisions read",
        "ProvisionText[treaty-art-4-1992: Treaty Art. 4 [1992] ru FULL, read from ");
    assertTrue(!out.contains("Error:") && !out.contains("Exception"), out);
    // whatIf(mandate, changed) prints the difference first, before any verdict, and shows it as its value.
    String whatIf = out.substring(out.indexOf("--- what if, difference first\n") + 30);
    // Without the request the finding stays INDETERMINATE, but its reason changes: had the agreement been
    // in force, the deployment would violate it.
    assertTrue(whatIf.startsWith("Outcome INDETERMINATE, unchanged\n  PK-3-OPERATION-ON-MEMBER-TERRITORY:"
        + " INDETERMINATE -> INDETERMINATE (the Peacekeeping Agreement (signed 2007-10-06) is not shown to be in"
        + " force on 2022-01-06: no entry into force is recorded; had it been in force: VIOLATED (no official"
        + " request of the host state KZ is recorded))\n"), whatIf);
    assertTrue(whatIf.contains("WhatIf[INDETERMINATE, unchanged, 1 changed: PK-3-OPERATION-ON-MEMBER-TERRITORY]"),
        whatIf);
    assertFalse(whatIf.contains("Mandate kz-2022"), whatIf);
  }
}
