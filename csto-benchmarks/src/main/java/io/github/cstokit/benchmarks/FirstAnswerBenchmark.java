package io.github.cstokit.benchmarks;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Session;
import io.github.cstokit.model.State;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The first answer in a fresh JVM: each query's first call, {@link CstoData#bundled()} included, beside
 * java.time's first zone offset. Each fork measures one call, so many forks give the distribution. The
 * class has no set-up method on purpose: nothing of csto-kit (not even {@link CstoData}'s class or its
 * jar's resources) is touched before the measured call. {@link FirstAnswer} runs it on the class path and
 * on the module path and prints the ratios.
 */
public class FirstAnswerBenchmark extends FreshJvmSettings {

  /** The date every query asks about (a day on which Uzbekistan's membership was suspended). */
  private static final int YEAR = 2013;
  /** The instant of the anchor's offset, the same day. */
  private static final long EPOCH_SECOND = 1_356_998_400L;

  /**
   * The anchor: the first offset of a zone in the JVM, as a caller would ask for it.
   *
   * @return the offset
   */
  @Benchmark
  public ZoneOffset firstZoneOffset() {
    return ZoneId.of("Asia/Almaty").getRules().getOffset(Instant.ofEpochSecond(EPOCH_SECOND));
  }

  /**
   * The first {@code members(date)}.
   *
   * @return the members
   */
  @Benchmark
  public SortedSet<State> firstMembers() {
    return CstoData.bundled().members(LocalDate.of(YEAR, 1, 1));
  }

  /**
   * The first {@code status(code, date)}.
   *
   * @return the status
   */
  @Benchmark
  public MembershipStatus firstStatus() {
    return CstoData.bundled().status("UZ", LocalDate.of(YEAR, 1, 1));
  }

  /**
   * The first {@code chair(date)}.
   *
   * @return the chairmanship, if known
   */
  @Benchmark
  public Optional<Chairmanship> firstChair() {
    return CstoData.bundled().chair(LocalDate.of(YEAR, 1, 1));
  }

  /**
   * The first {@code secretaryGeneral(date)}.
   *
   * @return the appointment, if known
   */
  @Benchmark
  public Optional<Appointment> firstSecretaryGeneral() {
    return CstoData.bundled().secretaryGeneral(LocalDate.of(YEAR, 1, 1));
  }

  /**
   * The first {@code sessions(period)}: the sessions of a year.
   *
   * @return the sessions
   */
  @Benchmark
  public List<Session> firstSessions() {
    return CstoData.bundled().sessions(Period.of(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR + 1, 1, 1)));
  }

  /**
   * Not a measurement: the training run of {@link FirstAnswer}'s class-data-sharing configuration, which
   * asks the anchor and every query once in one JVM, so that the archive written at its exit holds the
   * classes of them all.
   *
   * @return the answers, so that none is optimised away
   */
  @Benchmark
  public Object[] everyQueryOnce() {
    return new Object[] {firstZoneOffset(), firstStatus(), firstMembers(), firstChair(),
        firstSecretaryGeneral(), firstSessions()};
  }
}
