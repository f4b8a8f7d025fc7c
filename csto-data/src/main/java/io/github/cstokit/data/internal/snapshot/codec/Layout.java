package io.github.cstokit.data.internal.snapshot.codec;

/** The values' encoding shared by {@link Out} and {@link In}; the frame is in {@code SnapshotFormat}. */
final class Layout {

  /** The epoch day standing for an absent date. */
  static final int NO_DATE = Integer.MIN_VALUE;

  /** The number standing for an absent figure (a size, a strength). */
  static final int NO_INT = Integer.MIN_VALUE;

  /** The largest number of distinct strings a snapshot may hold (index 0 means absent). */
  static final int MAX_STRINGS = 0xFFFF - 1;

  private Layout() {}
}
