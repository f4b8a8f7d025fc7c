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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The snapshot's status index, from which the bundled dataset answers status and participation without
 * decoding the facts. Layout, per state with a timeline: its change days, as epoch days, with the
 * ordinals of the status and participation from that day on:
 *
 * <pre>
 * index := count:ushort (code:utf changes:ushort (day:int status:byte participation:byte)*)*
 * </pre>
 *
 * <p>Look-ups allocate nothing: a two-letter code maps to a slot without hashing, and a date to a key
 * ordered as the date without epoch-day arithmetic. Immutable once read, so thread-safe.
 */
final class StatusIndex {

  private static final MembershipStatus[] STATUSES = MembershipStatus.values();
  private static final Participation[] PARTICIPATIONS = Participation.values();
  private static final int SLOTS = 26 * 26;

  /**
   * Per two-letter slot ({@code (a - 'A') * 26 + (b - 'A')}), or null: the state's changes in order, each
   * {@code key << 8 | status << 4 | participation} (a date key as {@link #key}, the enums' ordinals).
   */
  private final long[][] rows;

  private StatusIndex(long[][] rows) {
    this.rows = rows;
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
    out.writeShort(timelines.size());
    for (MembershipTimeline t : timelines) {
      out.writeUTF(t.state());
      List<StatusPeriod> periods = t.periods();
      out.writeShort(periods.size());
      for (StatusPeriod p : periods) {
        out.writeInt(Math.toIntExact(p.period().start().toEpochDay()));
        out.writeByte(p.status().ordinal());
        out.writeByte(p.participation().ordinal());
      }
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
      int previous = Integer.MIN_VALUE;
      for (int j = 0; j < n; j++) {
        int day = in.readInt();
        int status = in.readByte();
        int participation = in.readByte();
        if (status < 0 || status > 0xF || status >= STATUSES.length || participation < 0
            || participation > 0xF || participation >= PARTICIPATIONS.length
            || j > 0 && day <= previous) {
          throw new StreamCorruptedException("bad status index entry");
        }
        previous = day;
        row[j] = key(LocalDate.ofEpochDay(day)) << 8 | status << 4 | participation;
      }
      rows[slot] = row;
    }
    return new StatusIndex(rows);
  }

  /** A state's status on a date, or null if the index has no timeline for it (ask the facts). */
  MembershipStatus status(String isoAlpha2, LocalDate date) {
    long[] row = row(isoAlpha2);
    if (row == null) {
      return null;
    }
    int i = floor(row, key(date) << 8 | 0xFF);
    return i < 0 ? MembershipStatus.NOT_PARTY : STATUSES[(int) (row[i] >> 4) & 0xF];
  }

  /** A state's participation on a date, or null if the index has no timeline for it (ask the facts). */
  Participation participation(String isoAlpha2, LocalDate date) {
    long[] row = row(isoAlpha2);
    if (row == null) {
      return null;
    }
    int i = floor(row, key(date) << 8 | 0xFF);
    return i < 0 ? Participation.NORMAL : PARTICIPATIONS[(int) row[i] & 0xF];
  }

  /**
   * The members on every day, from the index and the states it names: the sorted, distinct days on which
   * any state's status changes, each with the states that are members from that day on, as
   * {@link Scenario#members} answers. Built once by the caller; look-ups allocate nothing.
   */
  Members members(List<State> states) {
    int total = 0;
    for (State s : states) {
      long[] row = row(s.isoAlpha2());
      total += row == null ? 0 : row.length;
    }
    long[] keys = new long[total];
    int n = 0;
    for (State s : states) {
      long[] row = row(s.isoAlpha2());
      for (int j = 0; row != null && j < row.length; j++) {
        keys[n++] = row[j] >> 8;
      }
    }
    Arrays.sort(keys);
    int distinct = 0;
    for (int i = 0; i < keys.length; i++) {
      if (distinct == 0 || keys[distinct - 1] != keys[i]) {
        keys[distinct++] = keys[i];
      }
    }
    keys = Arrays.copyOf(keys, distinct);
    @SuppressWarnings("unchecked")
    SortedSet<State>[] sets = (SortedSet<State>[]) new SortedSet<?>[distinct];
    SortedSet<State> previous = Members.NONE;
    for (int i = 0; i < distinct; i++) {
      TreeSet<State> set = new TreeSet<>();
      for (State s : states) {
        long[] row = row(s.isoAlpha2());
        if (row != null) {
          int k = floor(row, keys[i] << 8 | 0xFF);
          if (k >= 0 && STATUSES[(int) (row[k] >> 4) & 0xF] == MembershipStatus.MEMBER) {
            set.add(s);
          }
        }
      }
      previous = set.equals(previous) ? previous : Collections.unmodifiableSortedSet(set);
      sets[i] = previous;
    }
    return new Members(keys, sets);
  }

  /** The members by date; immutable, so thread-safe. */
  static final class Members {
    static final SortedSet<State> NONE = Collections.unmodifiableSortedSet(new TreeSet<>());

    private final long[] keys;
    private final SortedSet<State>[] sets;

    private Members(long[] keys, SortedSet<State>[] sets) {
      this.keys = keys;
      this.sets = sets;
    }

    /** The members on a date: one of a few shared unmodifiable sets, possibly empty. */
    SortedSet<State> on(LocalDate date) {
      int i = floor(keys, key(date));
      return i < 0 ? NONE : sets[i];
    }
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
