package io.github.cstokit.benchmarks;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.MembershipStatus;
import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * csto-kit beside the naive baseline ({@link NaiveJson}: the JSON parsed once with Jackson's tree model,
 * then filtered on each query), on the same random dates and states.
 */
public class NaiveBaselineBenchmark extends SteadySettings {

  private final RandomQueries queries = new RandomQueries();
  private final LocalDate[] dates = queries.dates;
  private final String[] codes = queries.codes;
  private CstoDataset data;
  private NaiveJson naive;

  /** Loads both and checks that they agree on every one of the {@linkplain RandomQueries shared queries}. */
  @Setup
  public void setUp() {
    data = CstoData.bundled();
    naive = NaiveJson.parse();
    for (int i = 0; i < queries.size(); i++) {
      if (!naive.status(codes[i], dates[i]).equals(data.status(codes[i], dates[i]).name())) {
        throw new AssertionError("the baseline disagrees on " + codes[i] + " " + dates[i]);
      }
    }
  }

  private int index() {
    return queries.next();
  }

  /**
   * csto-kit: a state's status on a random date.
   *
   * @return the status
   */
  @Benchmark
  public MembershipStatus cstoKitStatus() {
    int i = index();
    return data.status(codes[i], dates[i]);
  }

  /**
   * The baseline: the same status, by filtering the parsed events.
   *
   * @return the status name
   */
  @Benchmark
  public String naiveStatus() {
    int i = index();
    return naive.status(codes[i], dates[i]);
  }

  /**
   * csto-kit: the members on a random date.
   *
   * @return the members
   */
  @Benchmark
  public SortedSet<io.github.cstokit.model.State> cstoKitMembers() {
    return data.members(dates[index()]);
  }

  /**
   * The baseline: the members, by computing every state's status.
   *
   * @return the member codes
   */
  @Benchmark
  public TreeSet<String> naiveMembers() {
    return naive.members(dates[index()]);
  }
}
