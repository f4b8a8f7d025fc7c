package io.github.cstokit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Decision;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No order of class initialisation can break the rules: in a fresh JVM for each public entry point, the
 * first call goes through that entry point, and every later {@code DecisionRules.check} still answers.
 */
class FirstCallTest {

  /** Run in the forked JVM: the entry point named first, then a consensus check of every decision. */
  public static void main(String[] args) {
    CstoDataset data = CstoData.bundled();
    Decision decision = data.decisions().get(0);
    LocalDate day = LocalDate.of(2022, 1, 6);
    switch (args[0]) {
      case "Rule": Rule.values(); break;
      case "Rule.byId": Rule.byId("CHARTER-12-CONSENSUS"); break;
      case "MembershipRules": MembershipRules.treatyTerm(day); break;
      case "MandateRules": MandateRules.check(data.mandates().get(0), data); break;
      case "DefenceRules": case "Verdict": case "Finding": case "WhatIf": case "Law": case "LawInForce":
        initialise(args[0]);
        break;
      case "OfficeRules": OfficeRules.firstInRussianOrder(day, data); break;
      case "InstrumentRules": InstrumentRules.check("charter-2002", day, data); break;
      case "ArrearsRules": ArrearsRules.checkRights("KG", day, data); break;
      case "StatusRules":
        StatusRules.checkApplication(io.github.cstokit.model.StatusApplication.builder().id("a")
            .applicant("XA").status(io.github.cstokit.model.StatusKind.OBSERVER).date(day).build(), data);
        break;
      case "Outcome": Outcome.values(); break;
      case "DecisionRules": break;
      default: throw new IllegalArgumentException(args[0]);
    }
    for (Decision d : data.decisions()) {
      DecisionRules.check(d, data);
    }
    System.out.println("ok " + DecisionRules.check(decision, data).outcome());
  }

  private static void initialise(String simpleName) {
    try {
      Class.forName(FirstCallTest.class.getPackageName() + "." + simpleName, true,
          FirstCallTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Rule", "Rule.byId", "MembershipRules", "MandateRules", "DefenceRules",
      "OfficeRules", "Outcome", "Verdict", "Finding", "WhatIf", "Law", "LawInForce", "DecisionRules",
      "InstrumentRules", "ArrearsRules", "StatusRules"})
  void aFirstCallThroughAnyEntryPointLeavesTheRulesWorking(String entry) throws Exception {
    String path = String.join(File.pathSeparator,
        System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(List.of(java.toString(), "-cp", path, FirstCallTest.class.getName(),
        entry)).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out: " + entry);
    assertEquals(0, process.exitValue(), out);
    assertTrue(out.startsWith("ok "), out);
  }
}
