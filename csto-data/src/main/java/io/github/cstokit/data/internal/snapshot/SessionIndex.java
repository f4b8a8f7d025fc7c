package io.github.cstokit.data.internal.snapshot;

import io.github.cstokit.data.internal.snapshot.codec.In;
import io.github.cstokit.data.internal.snapshot.codec.Out;
import io.github.cstokit.data.internal.snapshot.codec.SessionCodec;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Session;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The sessions' section, read a session at a time: before the sessions themselves, the key of each
 * session's first day ({@link StatusIndex#key}) and where its record starts, so that a first
 * {@code sessions(period)} decodes only the sessions of the period. Layout:
 *
 * <pre>
 * sessions := count:ushort key:int{count} position:int{count} count:ushort session{count}
 * </pre>
 *
 * <p>Not thread-safe: the reader calls it with its lock held.
 */
final class SessionIndex {

  private final In in;
  private final long[] keys;
  private final int[] positions;
  private final Session[] decoded;

  private SessionIndex(In in, long[] keys, int[] positions) {
    this.in = in;
    this.keys = keys;
    this.positions = positions;
    this.decoded = new Session[keys.length];
  }

  /** Writes the section; the build's half of {@link #open} and {@link #readAll}. */
  static void write(List<Session> sessions, Out out) throws IOException {
    Out scratch = new Out();
    List<Integer> positions = new ArrayList<>();
    for (Session s : sessions) {
      positions.add(scratch.size());
      SessionCodec.INSTANCE.write(s, scratch);
    }
    out.count(sessions);
    for (Session s : sessions) {
      out.integer(Math.toIntExact(StatusIndex.key(s.date().firstDay())));
    }
    for (int position : positions) {
      out.integer(position);
    }
    out.list(sessions, SessionCodec.INSTANCE);
  }

  /** Reads the keys and positions, leaving the sessions to be decoded as they are asked for. */
  static SessionIndex open(In in) throws IOException {
    int n = in.count();
    long[] keys = new long[n];
    int[] positions = new int[n];
    for (int i = 0; i < n; i++) {
      keys[i] = in.integer();
    }
    for (int i = 0; i < n; i++) {
      positions[i] = in.integer();
    }
    if (in.count() != n) {
      throw new StreamCorruptedException("the sessions' index does not match their list");
    }
    int first = in.position();
    for (int i = 0; i < n; i++) {
      positions[i] += first;
    }
    return new SessionIndex(in, keys, positions);
  }

  /** Reads the whole section, index and all, as {@link Sections#readList} reads a list. */
  static List<Session> readAll(In in) throws IOException {
    int n = in.count();
    for (int i = 0; i < 2 * n; i++) {
      in.integer();
    }
    return in.list(SessionCodec.INSTANCE);
  }

  /**
   * The sessions whose first day the period holds, in the section's order, as
   * {@code CstoRecord.sessions(period)} gives them; decodes each at most once.
   */
  List<Session> within(Period period) throws IOException {
    long start = StatusIndex.key(period.start());
    long end = period.end().isPresent() ? StatusIndex.key(period.end().get()) : Long.MAX_VALUE;
    List<Session> within = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] >= start && keys[i] < end) {
        if (decoded[i] == null) {
          in.seek(positions[i]);
          decoded[i] = SessionCodec.INSTANCE.read(in);
        }
        within.add(decoded[i]);
      }
    }
    return Collections.unmodifiableList(within);
  }
}
