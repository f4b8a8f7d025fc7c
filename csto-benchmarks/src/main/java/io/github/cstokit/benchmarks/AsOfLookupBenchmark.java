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
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Setup;

/**
 * As-of lookups over random dates, beside java.time's {@link ZoneRules#getOffset(Instant)} for a zone with
 * many transitions, measured in the same run so that the ratio holds on a noisy machine.
 */
@Fork(2)
public class AsOfLookupBenchmark extends SteadySettings {

  private final RandomQueries queries = new RandomQueries();
  private final LocalDate[] dates = queries.dates;
  private final String[] codes = queries.codes;
  private final Instant[] instants = new Instant[queries.size()];
  private CstoDataset data;
  private ZoneRules moscow;

  /** Loads the dataset and takes the instants of the {@linkplain RandomQueries shared queries' dates}. */
  @Setup
  public void setUp() {
    data = CstoData.bundled();
    moscow = ZoneId.of("Europe/Moscow").getRules();
    for (int i = 0; i < queries.size(); i++) {
      instants[i] = dates[i].atStartOfDay().toInstant(ZoneOffset.UTC);
    }
  }

  private int index() {
    return queries.next();
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
