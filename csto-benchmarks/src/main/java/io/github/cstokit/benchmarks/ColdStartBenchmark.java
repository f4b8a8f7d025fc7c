package io.github.cstokit.benchmarks;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * The first use in a fresh JVM: the bundled dataset beside java.time's first zone load. Each fork measures
 * one call, so many forks give the distribution.
 */
public class ColdStartBenchmark extends FreshJvmSettings {

  private Path jsonDir;

  /**
   * Copies the bundled JSON files to a temporary directory, for {@link #firstJsonLoad()}.
   *
   * @throws IOException if copying fails
   */
  @Setup
  public void copyJson() throws IOException {
    jsonDir = Files.createTempDirectory("csto-json");
    for (String name : new String[] {"sources.json", "states.json", "instruments.json", "events.json",
        "organs.json", "offices.json", "chairmanships.json", "sessions.json", "forces.json",
        "mandates.json", "activities.json", "observers.json"}) {
      try (InputStream in = CstoData.class.getResourceAsStream(name)) {
        Files.copy(in, jsonDir.resolve(name));
      }
    }
  }

  /**
   * The path {@link CstoData#bundled()} took before the snapshot, and {@link CstoData#load(Path)} still
   * takes: the first load of the dataset's JSON files with every check, in a fresh JVM.
   *
   * @return the dataset
   */
  @Benchmark
  public CstoDataset firstJsonLoad() {
    return CstoData.load(jsonDir);
  }

  /**
   * The first {@link CstoData#bundled()} of the JVM.
   *
   * @return the dataset
   */
  @Benchmark
  public CstoDataset firstBundledDataset() {
    return CstoData.bundled();
  }

  /**
   * The baseline's first answer: parse the JSON with a fresh Jackson mapper, then one status query.
   *
   * @return the status name
   */
  @Benchmark
  public String naiveFirstStatus() {
    return NaiveJson.parse().status("UZ", java.time.LocalDate.of(2013, 1, 1));
  }

  /**
   * The anchor: the first rules of a zone in the JVM.
   *
   * @return the rules
   */
  @Benchmark
  public ZoneRules firstZoneRules() {
    return ZoneId.of("Asia/Almaty").getRules();
  }
}
