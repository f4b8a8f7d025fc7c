package io.github.cstokit.testkit.internal;

import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.MembershipTimeline;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.State;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * The facts cut into segments of days on which no state's status or participation changes, with each
 * segment's members, non-members and suspended states precomputed, so that generators can draw a day with
 * a wanted property uniformly and build values without querying the facts in the hot path.
 *
 * <p>Immutable and thread-safe.
 */
public final class FactsIndex {

  /** One run of days with constant statuses. */
  public static final class Segment {
    /** First day, epoch day. */
    public final long start;
    /** First day after, epoch day. */
    public final long end;
    /** Codes of the members, sorted. */
    public final List<String> members;
    /** Codes of the members whose participation is normal, sorted. */
    public final List<String> normalMembers;
    /** Codes of the known states that are not members, sorted. */
    public final List<String> nonMembers;
    /** Codes of the suspended states, sorted. */
    public final List<String> suspended;
    /** Codes of the known states that are neither members nor suspended nor signatories, sorted. */
    public final List<String> outsiders;
    /** Every member supports. */
    public final SortedMap<String, Position> allSupport;
    /** The members, as a sorted set. */
    public final SortedSet<String> memberSet;

    Segment(long start, long end, List<String> members, List<String> normal, List<String> non,
        List<String> suspended, List<String> outsiders) {
      this.start = start;
      this.end = end;
      this.members = List.copyOf(members);
      this.normalMembers = List.copyOf(normal);
      this.nonMembers = List.copyOf(non);
      this.suspended = List.copyOf(suspended);
      this.outsiders = List.copyOf(outsiders);
      TreeMap<String, Position> support = new TreeMap<>();
      for (String code : members) {
        support.put(code, Position.SUPPORTS);
      }
      this.allSupport = Collections.unmodifiableSortedMap(support);
      this.memberSet = Collections.unmodifiableSortedSet(new TreeSet<>(members));
    }
  }

  private final CstoFacts facts;
  private final Segment[] segments;
  private final long[] starts;
  private final List<LocalDate> keyDays;

  /**
   * Indexes facts between two days.
   *
   * @param facts the facts, not null
   * @param from the first day
   * @param to the last day, included
   */
  public FactsIndex(CstoFacts facts, LocalDate from, LocalDate to) {
    this.facts = Objects.requireNonNull(facts, "facts");
    this.keyDays = LawDates.keyDays(facts);
    long lo = from.toEpochDay();
    long hi = to.toEpochDay() + 1;
    TreeSet<Long> days = new TreeSet<>();
    days.add(lo);
    List<String> codes = new ArrayList<>();
    for (State state : facts.states()) {
      codes.add(state.isoAlpha2());
      MembershipTimeline timeline = facts.timeline(state.isoAlpha2()).orElse(null);
      if (timeline != null) {
        for (LocalDate day : timeline.changeDays()) {
          long d = day.toEpochDay();
          if (d > lo && d < hi) {
            days.add(d);
          }
        }
      }
    }
    Long[] bounds = days.toArray(new Long[0]);
    segments = new Segment[bounds.length];
    starts = new long[bounds.length];
    for (int i = 0; i < bounds.length; i++) {
      long start = bounds[i];
      long end = i + 1 < bounds.length ? bounds[i + 1] : hi;
      LocalDate day = LocalDate.ofEpochDay(start);
      List<String> members = new ArrayList<>();
      List<String> normal = new ArrayList<>();
      List<String> non = new ArrayList<>();
      List<String> suspended = new ArrayList<>();
      List<String> outsiders = new ArrayList<>();
      for (String code : codes) {
        MembershipStatus status = facts.status(code, day);
        if (status == MembershipStatus.MEMBER) {
          members.add(code);
          if (facts.participation(code, day) == Participation.NORMAL) {
            normal.add(code);
          }
        } else {
          non.add(code);
          if (status == MembershipStatus.SUSPENDED) {
            suspended.add(code);
          } else if (status != MembershipStatus.SIGNATORY) {
            outsiders.add(code);
          }
        }
      }
      segments[i] = new Segment(start, end, members, normal, non, suspended, outsiders);
      starts[i] = start;
    }
  }

  /**
   * The key days of the facts, {@link LawDates#keyDays(CstoFacts)}, computed once.
   *
   * @return an unmodifiable list in order
   */
  public List<LocalDate> keyDays() {
    return keyDays;
  }

  /**
   * The facts indexed.
   *
   * @return the facts
   */
  public CstoFacts facts() {
    return facts;
  }

  /**
   * The segment containing a day.
   *
   * @param epochDay the day, within the indexed range
   * @return the segment
   */
  public Segment at(long epochDay) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= epochDay) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return segments[Math.max(hi, 0)];
  }

  /**
   * Returns a picker of the days between two days that lie in segments the predicate accepts.
   *
   * @param accept the predicate on segments
   * @param from the first day
   * @param to the last day, included
   * @return the picker, possibly empty
   */
  public Picker picker(Predicate<Segment> accept, LocalDate from, LocalDate to) {
    long lo = from.toEpochDay();
    long hi = to.toEpochDay() + 1;
    List<long[]> runs = new ArrayList<>();
    for (Segment s : segments) {
      long a = Math.max(s.start, lo);
      long b = Math.min(s.end, hi);
      if (a < b && accept.test(s)) {
        runs.add(new long[] {a, b});
      }
    }
    return new Picker(this, runs);
  }

  /** Draws days uniformly from a union of runs of days. */
  public static final class Picker {
    private final FactsIndex index;
    private final long[] runStarts;
    private final long[] cumulative;
    private final long total;

    Picker(FactsIndex index, List<long[]> runs) {
      this.index = index;
      runStarts = new long[runs.size()];
      cumulative = new long[runs.size()];
      long sum = 0;
      for (int i = 0; i < runs.size(); i++) {
        runStarts[i] = runs.get(i)[0];
        sum += runs.get(i)[1] - runs.get(i)[0];
        cumulative[i] = sum;
      }
      total = sum;
    }

    /**
     * Whether no day can be drawn.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
      return total == 0;
    }

    /**
     * Whether a day can be drawn.
     *
     * @param day the day
     * @return true if the day is in a run
     */
    public boolean contains(LocalDate day) {
      long d = day.toEpochDay();
      for (int i = 0; i < runStarts.length; i++) {
        long length = cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
        if (d >= runStarts[i] && d < runStarts[i] + length) {
          return true;
        }
      }
      return false;
    }

    /**
     * Draws a day.
     *
     * @param random the random source
     * @return the epoch day
     */
    public long draw(RandomGenerator random) {
      long pick = random.nextLong(total);
      int lo = 0;
      int hi = cumulative.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cumulative[mid] > pick) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      long before = lo == 0 ? 0 : cumulative[lo - 1];
      return runStarts[lo] + (pick - before);
    }

    /**
     * The segment of a day.
     *
     * @param epochDay the day
     * @return the segment
     */
    public Segment segment(long epochDay) {
      return index.at(epochDay);
    }

    /**
     * The days of a list that can be drawn, in the list's order.
     *
     * @param days candidate days
     * @return the days that lie in the runs
     */
    public List<LocalDate> keep(List<LocalDate> days) {
      List<LocalDate> list = new ArrayList<>();
      for (LocalDate day : days) {
        if (contains(day) && !list.contains(day)) {
          list.add(day);
        }
      }
      return list;
    }
  }
}
