package io.github.cstokit.benchmarks;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.rules.DecisionRules;
import io.github.cstokit.rules.MandateRules;
import io.github.cstokit.rules.Verdict;
import io.github.cstokit.rules.WhatIf;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Procedure checks on the bundled dataset: a consensus decision of six members, the full verdict on the
 * Kazakhstan 2022 mandate, a what-if re-check of it, and a verdict's JSON rendering; and the same mandate
 * checked on the dataset's facts as a scenario with and without the words of the provisions, so that the
 * cost of attaching the words is measured beside its anchor.
 */
public class RulesBenchmark extends SteadySettings {

  private CstoDataset data;
  private Decision sixMembers;
  private Mandate kazakhstan;
  private Mandate kazakhstanWithoutRequest;
  private Verdict kazakhstanVerdict;
  private Scenario withoutWords;
  private Scenario withWords;

  /** Picks the records from the bundled dataset. */
  @Setup
  public void setUp() {
    data = CstoData.bundled();
    sixMembers = data.decision("csc-2022-09-13-armenia-mission").orElseThrow();
    long supports = sixMembers.positions().values().stream().filter(p -> p == Position.SUPPORTS).count();
    if (supports != 6) {
      throw new AssertionError("expected six members' consent, found " + supports);
    }
    kazakhstan = data.mandate("kz-2022-peacekeeping").orElseThrow();
    kazakhstanWithoutRequest = kazakhstan.withoutRequest();
    kazakhstanVerdict = MandateRules.check(kazakhstan, data);
    withoutWords = data.scenario();
    withWords = withoutWords.toBuilder().addProvisions(data.provisions()).build();
  }

  /**
   * The Kazakhstan 2022 mandate on the facts as a scenario that holds the words of the provisions: the
   * findings carry them.
   *
   * @return the verdict
   */
  @Benchmark
  public Verdict kazakhstanMandateWithWords() {
    return MandateRules.check(kazakhstan, withWords);
  }

  /**
   * The anchor of {@link #kazakhstanMandateWithWords()}: the same facts without the words.
   *
   * @return the verdict
   */
  @Benchmark
  public Verdict kazakhstanMandateWithoutWords() {
    return MandateRules.check(kazakhstan, withoutWords);
  }

  /**
   * A consensus decision of six members.
   *
   * @return the verdict
   */
  @Benchmark
  public Verdict consensusOfSix() {
    return DecisionRules.check(sixMembers, data);
  }

  /**
   * The full verdict on the Kazakhstan 2022 mandate (its decision's findings included).
   *
   * @return the verdict
   */
  @Benchmark
  public Verdict kazakhstanMandate() {
    return MandateRules.check(kazakhstan, data);
  }

  /**
   * What if there had been no host request: re-check and compare with the recorded verdict.
   *
   * @return the comparison
   */
  @Benchmark
  public WhatIf kazakhstanWithoutRequest() {
    return WhatIf.between(kazakhstanVerdict, MandateRules.check(kazakhstanWithoutRequest, data));
  }

  /**
   * The Kazakhstan verdict rendered as JSON.
   *
   * @return the JSON text
   */
  @Benchmark
  public String verdictJson() {
    return kazakhstanVerdict.toJson();
  }
}
