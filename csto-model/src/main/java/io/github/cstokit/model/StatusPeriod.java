package io.github.cstokit.model;

import org.immutables.value.Value;

/**
 * A stretch of days during which a state's status and participation stay the same, with the event that
 * opened it. {@link MembershipTimeline#periods()} lists them.
 *
 * <pre>{@code
 * StatusPeriod p = timeline.periods().get(0);
 * p.toString();   // StatusPeriod[SIGNATORY NORMAL [1992-05-15, 1994-04-20)]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class StatusPeriod {

  StatusPeriod() {}

  /**
   * Returns a status period.
   *
   * @param status the status during the period, not null
   * @param participation the participation during the period, not null
   * @param period the days, not null
   * @param openedBy the event that started the period, not null
   * @return the status period, not null
   */
  public static StatusPeriod of(
      MembershipStatus status, Participation participation, Period period, MembershipEvent openedBy) {
    return ImmutableStatusPeriod.of(status, participation, period, openedBy);
  }

  /**
   * The status during the period.
   *
   * @return the status, not null
   */
  @Value.Parameter
  public abstract MembershipStatus status();

  /**
   * The participation during the period.
   *
   * @return the participation, not null
   */
  @Value.Parameter
  public abstract Participation participation();

  /**
   * The days of the period; open for the last period of a timeline.
   *
   * @return the period, not null
   */
  @Value.Parameter
  public abstract Period period();

  /**
   * The event that started the period.
   *
   * @return the event, not null
   */
  @Value.Parameter
  public abstract MembershipEvent openedBy();

  /**
   * Returns status, participation and days, such as
   * {@code StatusPeriod[MEMBER FROZEN [2024-02-22, ...)]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "StatusPeriod[" + status() + " " + participation() + " " + period() + "]";
  }
}
