package io.github.cstokit.data.internal.snapshot;

/**
 * The layout of the bundled binary snapshot {@code csto.dat}, compiled at build time from the validated
 * JSON files.
 *
 * <p>All numbers are big-endian, as {@link java.io.DataOutput} writes them:
 *
 * <pre>
 * snapshot  := magic:int format:byte version:utf dataAsOf:int(epoch day)
 *              index factsLength:int factSection restLength:int rest
 * index     := count:ushort (code:utf changes:ushort (day:int status:byte participation:byte)*)*
 *                                             (per state with a timeline: its change days, as epoch
 *                                             days, with the ordinals of the status and participation
 *                                             from that day on)
 * factSection := strings facts                (decoded on first use)
 * rest      := strings supplement             (decoded on first use, after the facts)
 * strings   := count:int utf*                 (the rest's table continues the facts' numbering)
 * facts     := states instruments events chairmanships appointments
 * supplement:= sources organs forces decisions mandates
 * </pre>
 *
 * <p>A string is written as an unsigned short index into the string tables, 0 meaning absent; an enum as
 * the string of its name; a partial date as its precision (a byte: 0 absent, 1 year, 2 month, 3 day)
 * followed by its first day; a date as its epoch day, {@link #NO_DATE} meaning absent; a list as an
 * unsigned short count followed by its elements. The format byte changes whenever the layout does.
 *
 * <p>A decision is written as id, body, date, matter, kind of matter, format, recorded outcome (absent
 * when none is recorded), positions (state and position, by state), signatures, note and sources.
 * Format 2 added the recorded outcome. Format 3 prefixed the facts (with their string table) with their
 * length, so that reading a snapshot only checks its frame and decodes the facts on first use, and added
 * the index, from which the bundled dataset answers status and participation without the facts. A citation is written as short name, article, paragraph and version, each a string that
 * may be absent (the article is absent when the citation does not identify one).
 */
public final class SnapshotFormat {

  /** The snapshot's resource name, next to the JSON files. */
  public static final String RESOURCE = "csto.dat";

  /** The first four bytes: {@code CSTO}. */
  public static final int MAGIC = 0x4353544F;

  /** The layout version this library reads and writes. */
  public static final int FORMAT = 3;

  /** The epoch day standing for an absent date. */
  static final int NO_DATE = Integer.MIN_VALUE;

  /** The largest number of distinct strings a snapshot may hold. */
  static final int MAX_STRINGS = 0xFFFF - 1;

  private SnapshotFormat() {}
}
