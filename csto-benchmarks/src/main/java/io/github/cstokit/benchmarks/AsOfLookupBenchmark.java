package io.github.cstokit.benchmarks;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.Participation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Optional;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * As-of lookups over random dates, beside java.time's {@link ZoneRules#getOffset(Instant)} for a zone with
 * many transitions, measured in the same run so that the ratio holds on a noisy machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class AsOfLookupBenchmark {

  private static final int MASK = 1023;
  private static final String[] CODES = {"AM", "AZ", "BY", "GE", "KG", "KZ", "RU", "TJ", "UZ"};

  private final LocalDate[] dates = new LocalDate[MASK + 1];
  private final Instant[] instants = new Instant[MASK + 1];
  private final String[] codes = new String[MASK + 1];
  private CstoDataset data;
  private ZoneRules moscow;
  private int next;

  /** Loads the dataset and draws the dates, codes and instants once, from a fixed seed. */
  @Setup
  public void setUp() {
    data = CstoData.bundled();
    moscow = ZoneId.of("Europe/Moscow").getRules();
    SplittableRandom random = new SplittableRandom(20261126L);
    long first = LocalDate.of(1992, 1, 1).toEpochDay();
    long last = LocalDate.of(2026, 11, 26).toEpochDay();
    for (int i = 0; i <= MASK; i++) {
      dates[i] = LocalDate.ofEpochDay(random.nextLong(first, last + 1));
      instants[i] = dates[i].atStartOfDay().toInstant(ZoneOffset.UTC);
      codes[i] = CODES[random.nextInt(CODES.length)];
    }
  }

  private int index() {
    next = (next + 1) & MASK;
    return next;
  }

  /**
   * The anchor: the offset of Europe/Moscow at a random instant.
   *
   * @return the offset
   */
  @Benchmark
  public ZoneOffset zoneRulesGetOffset() {
    return moscow.getOffset(instants[index()]);
  }

  /**
   * A state's status on a random date.
   *
   * @return the status
   */
  @Benchmark
  public MembershipStatus status() {
    int i = index();
    return data.status(codes[i], dates[i]);
  }

  /**
   * A state's participation on a random date.
   *
   * @return the participation
   */
  @Benchmark
  public Participation participation() {
    int i = index();
    return data.participation(codes[i], dates[i]);
  }

  /**
   * The members on a random date.
   *
   * @return the members
   */
  @Benchmark
  public SortedSet<io.github.cstokit.model.State> members() {
    return data.members(dates[index()]);
  }

  /**
   * The chairmanship on a random date.
   *
   * @return the chairmanship, if known
   */
  @Benchmark
  public Optional<Chairmanship> chair() {
    return data.chair(dates[index()]);
  }

  /**
   * The Secretary General on a random date.
   *
   * @return the appointment, if known
   */
  @Benchmark
  public Optional<Appointment> secretaryGeneral() {
    return data.secretaryGeneral(dates[index()]);
  }
}
