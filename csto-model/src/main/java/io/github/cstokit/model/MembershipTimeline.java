package io.github.cstokit.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One state's status and participation over time, derived from its {@link MembershipEvent}s.
 *
 * <p><b>Rules.</b> Statuses are never typed by hand; they follow from the events by these rules:
 *
 * <ol>
 *   <li>Only {@link MembershipEvent#effective() effective} events count. They are applied in
 *       {@link MembershipEvent#ORDER}: by the first day of their date, then by the declaration order of
 *       {@link MembershipEventType}, then by id.
 *   <li>A status-changing event takes effect on the first day of its date: that day is the first day of
 *       the new status (see the package documentation for the half-open convention).
 *   <li>Before its first effective event a state is {@link MembershipStatus#NOT_PARTY}.
 *   <li>{@link MembershipEventType#SIGNATURE} and {@link MembershipEventType#ACCESSION} make the state a
 *       {@link MembershipStatus#SIGNATORY} only from {@code NOT_PARTY} or {@code CEASED}: a member that
 *       signs the Charter or a protocol stays a member.
 *   <li>{@link MembershipEventType#ENTRY_INTO_FORCE} makes the state a member (Treaty Art. 11: in force on
 *       the deposit of the instruments of ratification); so do the Collective
 *       Security Council's {@link MembershipEventType#ADMISSION_DECISION} and
 *       {@link MembershipEventType#RESTORATION_DECISION} (Charter Art. 19; 2004 regulations on admission,
 *       Appendix 2 to the CSC decision of 2004-06-18).
 *   <li>{@link MembershipEventType#NON_RENEWAL} ends the state's participation when the Treaty's term runs
 *       out for it (Treaty Art. 11: five-year term with extension; the 1999 Protocol on Extension, which
 *       Azerbaijan, Georgia and Uzbekistan did not sign, so that they were no longer parties from
 *       1999-04-21). {@link MembershipEventType#WITHDRAWAL_EFFECTIVE} ends it on withdrawal (Charter
 *       Art. 19: notice at least six months ahead), {@link MembershipEventType#EXPULSION} on expulsion
 *       (2004 regulations on suspension and expulsion, Appendix 3). All three give
 *       {@link MembershipStatus#CEASED}.
 *   <li>{@link MembershipEventType#SUSPENSION_DECISION} gives {@link MembershipStatus#SUSPENDED} (2004
 *       regulations, Appendix 3; Uzbekistan from 2012-12-19).
 *   <li>{@link MembershipEventType#FREEZE_DECLARED} sets participation to {@link Participation#FROZEN}
 *       while the state is a member, without changing its status: the Charter knows no such category.
 *       The freeze lasts until the next status change, which resets participation to
 *       {@link Participation#NORMAL}.
 *   <li>An event whose effect is the status the state already has changes nothing; the other types
 *       (ratification, extension, protocol, notification, withdrawal notice) never change anything.
 *   <li>When several changes fall on one day, the state at the end of the day applies to the whole day.
 * </ol>
 *
 * <p><b>Performance.</b> The timeline is computed once, at construction, into sorted arrays of change days;
 * {@link #status(LocalDate)} and {@link #participation(LocalDate)} are a binary search that allocates
 * nothing.
 *
 * <pre>{@code
 * MembershipTimeline uz = MembershipTimeline.of("UZ", uzbekistanEvents);
 * uz.status(LocalDate.of(2000, 1, 1));          // CEASED
 * uz.participation(LocalDate.of(2012, 7, 1));   // FROZEN
 * uz.status(LocalDate.of(2013, 1, 1));          // SUSPENDED
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MembershipTimeline {

  private final String state;
  private final List<MembershipEvent> events;
  /** Epoch days on which status or participation changes, strictly increasing. */
  private final long[] days;
  /** The same days as {@link #key} values, for look-ups that need not compute epoch days. */
  private final long[] keys;
  private final MembershipStatus[] statuses;
  private final Participation[] participations;
  /** The event that opened each period. */
  private final MembershipEvent[] openers;
  /** Built on first use: most callers only look statuses up. */
  private volatile List<StatusPeriod> periods;

  private MembershipTimeline(String state, List<MembershipEvent> events) {
    this.state = state;
    this.events = events;
    int capacity = events.size();
    long[] d = new long[capacity];
    MembershipStatus[] s = new MembershipStatus[capacity];
    Participation[] p = new Participation[capacity];
    MembershipEvent[] openers = new MembershipEvent[capacity];
    int n = 0;
    MembershipStatus status = MembershipStatus.NOT_PARTY;
    Participation participation = Participation.NORMAL;
    for (MembershipEvent event : events) {
      if (!event.effective()) {
        continue;
      }
      MembershipStatus newStatus = status;
      Participation newParticipation = participation;
      MembershipStatus effect = event.type().effectOrNull();
      if (effect != null) {
        boolean mayBecomeSignatory =
            status == MembershipStatus.NOT_PARTY || status == MembershipStatus.CEASED;
        if (effect != status && (effect != MembershipStatus.SIGNATORY || mayBecomeSignatory)) {
          newStatus = effect;
          newParticipation = Participation.NORMAL;
        }
      } else if (event.type().freezesParticipation() && status == MembershipStatus.MEMBER) {
        newParticipation = Participation.FROZEN;
      }
      if (newStatus == status && newParticipation == participation) {
        continue;
      }
      long day = event.date().firstDay().toEpochDay();
      if (n > 0 && d[n - 1] == day) {
        n--; // a later change on the same day replaces the earlier one
      }
      MembershipStatus before = n > 0 ? s[n - 1] : MembershipStatus.NOT_PARTY;
      Participation participationBefore = n > 0 ? p[n - 1] : Participation.NORMAL;
      if (newStatus != before || newParticipation != participationBefore) {
        d[n] = day;
        s[n] = newStatus;
        p[n] = newParticipation;
        openers[n] = event;
        n++;
      }
      status = newStatus;
      participation = newParticipation;
    }
    this.days = Arrays.copyOf(d, n);
    this.keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = key(LocalDate.ofEpochDay(days[i]));
    }
    this.statuses = Arrays.copyOf(s, n);
    this.participations = Arrays.copyOf(p, n);
    this.openers = Arrays.copyOf(openers, n);
  }

  /**
   * Derives the timeline of one state from its events.
   *
   * @param state the ISO alpha-2 code of the state, not null
   * @param events the state's events in any order, not null, possibly empty
   * @return the timeline, not null
   * @throws IllegalArgumentException if the code is malformed, an event concerns another state, or two
   *     events have the same id
   */
  public static MembershipTimeline of(String state, Collection<MembershipEvent> events) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(events, "events");
    Checks.iso2("state", state);
    List<MembershipEvent> sorted = new ArrayList<>(events);
    for (MembershipEvent event : sorted) {
      if (!event.state().equals(state)) {
        throw new IllegalArgumentException(
            "events must all concern " + state + " but " + event.id() + " concerns "
                + event.state());
      }
    }
    sorted.sort(MembershipEvent.ORDER);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException("events must not repeat '" + sorted.get(i).id() + "'");
      }
    }
    return new MembershipTimeline(state, Collections.unmodifiableList(sorted));
  }

  /**
   * The ISO alpha-2 code of the state.
   *
   * @return the code, not null
   */
  public String state() {
    return state;
  }

  /**
   * All the state's events, effective or not, in {@link MembershipEvent#ORDER}.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<MembershipEvent> events() {
    return events;
  }

  /**
   * The state's status on a date. Allocates nothing.
   *
   * @param date the date, not null
   * @return the status, {@link MembershipStatus#NOT_PARTY} before the first change; not null
   */
  public MembershipStatus status(LocalDate date) {
    int i = index(date);
    return i < 0 ? MembershipStatus.NOT_PARTY : statuses[i];
  }

  /**
   * The state's participation on a date. Allocates nothing.
   *
   * @param date the date, not null
   * @return the participation, {@link Participation#NORMAL} before the first change; not null
   */
  public Participation participation(LocalDate date) {
    int i = index(date);
    return i < 0 ? Participation.NORMAL : participations[i];
  }

  /**
   * Whether the state is a member on a date (status {@link MembershipStatus#MEMBER}, frozen or not).
   * Allocates nothing.
   *
   * @param date the date, not null
   * @return true if a member
   */
  public boolean isMember(LocalDate date) {
    return status(date) == MembershipStatus.MEMBER;
  }

  /**
   * The periods of constant status and participation, from the first change on. Before the first period
   * the state is {@link MembershipStatus#NOT_PARTY}; the last period is open.
   *
   * @return an unmodifiable list in date order, empty if no event changed anything
   */
  public List<StatusPeriod> periods() {
    List<StatusPeriod> p = periods;
    if (p == null) {
      int n = days.length;
      List<StatusPeriod> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        LocalDate start = LocalDate.ofEpochDay(days[i]);
        Period period =
            i + 1 < n ? Period.of(start, LocalDate.ofEpochDay(days[i + 1])) : Period.startingOn(start);
        list.add(StatusPeriod.of(statuses[i], participations[i], period, openers[i]));
      }
      p = Collections.unmodifiableList(list);
      periods = p; // racy but benign: every thread builds an equal list
    }
    return p;
  }

  /**
   * The period covering a date, with the event that opened it.
   *
   * @param date the date, not null
   * @return the period, or empty before the first change
   */
  public Optional<StatusPeriod> periodOn(LocalDate date) {
    int i = index(date);
    return i < 0 ? Optional.empty() : Optional.of(periods().get(i));
  }

  /**
   * The days on which status or participation changes, in order; used to combine timelines.
   *
   * @return an unmodifiable list of the change days, not null
   */
  public List<LocalDate> changeDays() {
    LocalDate[] list = new LocalDate[days.length];
    for (int i = 0; i < days.length; i++) {
      list[i] = LocalDate.ofEpochDay(days[i]);
    }
    return List.of(list);
  }

  /** The change days as {@link #key} values, for Scenario; the caller must not modify the array. */
  long[] changeKeys() {
    return keys;
  }

  /** Whether the state is a member on the day with the given {@link #key}. */
  boolean isMemberOnKey(long key) {
    int i = floorIndex(keys, key);
    return i >= 0 && statuses[i] == MembershipStatus.MEMBER;
  }

  /**
   * A key that orders dates as they fall, cheaper to compute than the epoch day: the year times 512 plus
   * the month times 32 plus the day of the month.
   */
  static long key(LocalDate date) {
    return ((long) date.getYear() << 9) | (date.getMonthValue() << 5) | date.getDayOfMonth();
  }

  /** The index of the last change on or before the date, or -1. */
  private int index(LocalDate date) {
    return floorIndex(keys, key(date));
  }

  /** The index of the last element of a sorted array that is at most {@code key}, or -1. */
  static int floorIndex(long[] sorted, long key) {
    int lo = 0;
    int hi = sorted.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return hi;
  }

  /**
   * Two timelines are equal when they are for the same state and derive from the same events.
   *
   * @param obj the object to compare with, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof MembershipTimeline
        && state.equals(((MembershipTimeline) obj).state)
        && events.equals(((MembershipTimeline) obj).events);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(state, events);
  }

  /**
   * Returns the state and its periods, such as
   * {@code MembershipTimeline[AM SIGNATORY from 1992-05-15, MEMBER from 1994-04-20, MEMBER FROZEN from 2024-02-22]}.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("MembershipTimeline[").append(state);
    for (int i = 0; i < days.length; i++) {
      sb.append(i == 0 ? " " : ", ").append(statuses[i]);
      if (participations[i] == Participation.FROZEN) {
        sb.append(" FROZEN");
      }
      sb.append(" from ").append(LocalDate.ofEpochDay(days[i]));
    }
    return sb.append(']').toString();
  }
}
