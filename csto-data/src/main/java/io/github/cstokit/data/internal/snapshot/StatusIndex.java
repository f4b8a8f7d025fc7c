package io.github.cstokit.data.internal.snapshot;

import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.MembershipTimeline;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.State;
import io.github.cstokit.model.StatusPeriod;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The snapshot's status index, from which the bundled dataset answers status and participation without
 * decoding any record, and members from the states alone. Layout: per state with a timeline, its change
 * days as date keys ({@link #key}), each with the ordinals of the status and participation from that
 * day on; then the days on which the members change, each with the members from that day on, as a mask
 * of the states' places in the states' section (sorted by code):
 *
 * <pre>
 * index   := count:ushort (code:utf changes:ushort (key:int status:byte participation:byte)*)*
 *            days:ushort (key:int members:int)*
 * </pre>
 *
 * <p>Look-ups allocate nothing: a two-letter code maps to a slot without hashing, and a date to a key
 * ordered as the date without epoch-day arithmetic. Immutable once read, so thread-safe.
 */
public final class StatusIndex {

  private static final MembershipStatus[] STATUSES = MembershipStatus.values();
  private static final Participation[] PARTICIPATIONS = Participation.values();
  private static final int SLOTS = 26 * 26;

  /**
   * Per two-letter slot ({@code (a - 'A') * 26 + (b - 'A')}), or null: the state's changes in order, each
   * {@code key << 8 | status << 4 | participation} (a date key as {@link #key}, the enums' ordinals).
   */
  private final long[][] rows;
  /** The days on which the members change, as keys, in order, and the members' masks from each on. */
  private final long[] memberKeys;
  private final int[] memberMasks;

  private StatusIndex(long[][] rows, long[] memberKeys, int[] memberMasks) {
    this.rows = rows;
    this.memberKeys = memberKeys;
    this.memberMasks = memberMasks;
  }

  /** Writes the index of a scenario's timelines; the build's half of {@link #read}. */
  static void write(Scenario scenario, DataOutputStream out) throws IOException {
    List<MembershipTimeline> timelines = new ArrayList<>();
    for (State s : scenario.states()) {
      Optional<MembershipTimeline> t = scenario.timeline(s.isoAlpha2());
      if (t.isPresent()) {
        timelines.add(t.get());
      }
    }
    TreeSet<LocalDate> days = new TreeSet<>();
    out.writeShort(timelines.size());
    for (MembershipTimeline t : timelines) {
      out.writeUTF(t.state());
      List<StatusPeriod> periods = t.periods();
      out.writeShort(periods.size());
      for (StatusPeriod p : periods) {
        out.writeInt(Math.toIntExact(key(p.period().start())));
        out.writeByte(p.status().ordinal());
        out.writeByte(p.participation().ordinal());
        days.add(p.period().start());
      }
    }
    List<State> states = new ArrayList<>(scenario.states());
    if (states.size() > Integer.SIZE) {
      throw new IllegalStateException("more states than a members mask holds: " + states.size());
    }
    out.writeShort(days.size());
    for (LocalDate day : days) {
      int mask = 0;
      for (State member : scenario.members(day)) {
        mask |= 1 << states.indexOf(member);
      }
      out.writeInt(Math.toIntExact(key(day)));
      out.writeInt(mask);
    }
  }

  /** Reads an index written by {@link #write}, checking codes, ordinals and the order of days. */
  static StatusIndex read(DataInputStream in) throws IOException {
    int states = in.readUnsignedShort();
    long[][] rows = new long[SLOTS][];
    for (int i = 0; i < states; i++) {
      int slot = slot(in.readUTF());
      if (slot < 0 || rows[slot] != null) {
        throw new StreamCorruptedException("bad state code in the status index");
      }
      int n = in.readUnsignedShort();
      long[] row = new long[n];
      for (int j = 0; j < n; j++) {
        long day = in.readInt();
        int status = in.readByte();
        int participation = in.readByte();
        if (status < 0 || status >= STATUSES.length || participation < 0
            || participation >= PARTICIPATIONS.length || j > 0 && day <= row[j - 1] >> 8) {
          throw new StreamCorruptedException("bad status index entry");
        }
        row[j] = day << 8 | status << 4 | participation;
      }
      rows[slot] = row;
    }
    int days = in.readUnsignedShort();
    long[] memberKeys = new long[days];
    int[] memberMasks = new int[days];
    for (int i = 0; i < days; i++) {
      memberKeys[i] = in.readInt();
      memberMasks[i] = in.readInt();
      if (i > 0 && memberKeys[i] <= memberKeys[i - 1]) {
        throw new StreamCorruptedException("bad members entry in the status index");
      }
    }
    return new StatusIndex(rows, memberKeys, memberMasks);
  }

  /**
   * A state's status on a date, without decoding any record; allocates nothing.
   *
   * @param isoAlpha2 the code, not null
   * @param date the date, not null
   * @return the status, or null if the index has no timeline for the state (ask the scenario)
   */
  public MembershipStatus status(String isoAlpha2, LocalDate date) {
    long[] row = row(isoAlpha2);
    if (row == null) {
      return null;
    }
    int i = floor(row, key(date) << 8 | 0xFF);
    return i < 0 ? MembershipStatus.NOT_PARTY : STATUSES[(int) (row[i] >> 4) & 0xF];
  }

  /**
   * A state's participation on a date, without decoding any record; allocates nothing.
   *
   * @param isoAlpha2 the code, not null
   * @param date the date, not null
   * @return the participation, or null if the index has no timeline for the state (ask the scenario)
   */
  public Participation participation(String isoAlpha2, LocalDate date) {
    long[] row = row(isoAlpha2);
    if (row == null) {
      return null;
    }
    int i = floor(row, key(date) << 8 | 0xFF);
    return i < 0 ? Participation.NORMAL : PARTICIPATIONS[(int) row[i] & 0xF];
  }

  /**
   * The member sets, from the states of the states' section: at 0 the empty set (before the first
   * change), then the members from each change day on, equal consecutive sets shared, as
   * {@link Scenario#members} answers. Built once by the caller; {@link #membersOn} picks one.
   *
   * @throws StreamCorruptedException if a mask names a state the section does not hold
   */
  SortedSet<State>[] memberSets(List<State> states) throws StreamCorruptedException {
    @SuppressWarnings("unchecked")
    SortedSet<State>[] sets = (SortedSet<State>[]) new SortedSet<?>[memberMasks.length + 1];
    sets[0] = Collections.unmodifiableSortedSet(new TreeSet<>());
    int previous = 0;
    for (int i = 0; i < memberMasks.length; i++) {
      int mask = memberMasks[i];
      if (mask == previous) {
        sets[i + 1] = sets[i];
        continue;
      }
      if (states.size() < Integer.SIZE && mask >>> states.size() != 0) {
        throw new StreamCorruptedException("a members mask names an unknown state");
      }
      TreeSet<State> set = new TreeSet<>();
      for (int j = 0; j < states.size(); j++) {
        if ((mask & 1 << j) != 0) {
          set.add(states.get(j));
        }
      }
      sets[i + 1] = Collections.unmodifiableSortedSet(set);
      previous = mask;
    }
    return sets;
  }

  /** The place in {@link #memberSets} of the members on a date; allocates nothing. */
  int membersOn(LocalDate date) {
    return floor(memberKeys, key(date)) + 1;
  }

  private long[] row(String isoAlpha2) {
    int s = slot(isoAlpha2);
    return s < 0 ? null : rows[s];
  }

  /** The slot of a two-letter code, or -1; allocates nothing. */
  private static int slot(String code) {
    if (code.length() != 2) {
      return -1;
    }
    int a = code.charAt(0) - 'A';
    int b = code.charAt(1) - 'A';
    return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
  }

  /** A date as a key ordered as the date, without epoch-day arithmetic. */
  static long key(LocalDate date) {
    return ((long) date.getYear() << 9) | (date.getMonthValue() << 5) | date.getDayOfMonth();
  }

  /** The index of the last key on or before {@code day}, or -1. */
  static int floor(long[] days, long day) {
    int lo = 0;
    int hi = days.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] <= day) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return hi;
  }
}
