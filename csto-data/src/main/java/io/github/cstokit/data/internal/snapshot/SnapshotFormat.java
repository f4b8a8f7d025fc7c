package io.github.cstokit.data.internal.snapshot;

/**
 * The layout of the bundled binary snapshot {@code csto.dat}, compiled at build time from the validated
 * JSON files by {@code SnapshotCompiler} (in {@code src/build/java}, not part of the jar) and read by
 * {@link SnapshotReader}. The format's history is in the project's {@code CHANGELOG.md}.
 *
 * <p>All numbers are big-endian, as {@link java.io.DataOutput} writes them:
 *
 * <pre>
 * snapshot  := magic:int format:byte version:utf dataAsOf:int(epoch day) index section{6}
 * index     := see {@link StatusIndex}
 * section   := length:int strings records     (each decoded on its own, on first use)
 * strings   := count:int utf*                 (the section's own table, numbered from 1)
 * records   := states | chairmanships | appointments | sessions | instruments events
 *            | sources organs forces decisions mandates activities observers
 * </pre>
 *
 * <p>The sections come in that order ({@link Sections#STATES} to {@link Sections#REST}); each holds
 * every string its records use, so that a first query decodes one section and none before it.
 *
 * <p>{@link Sections} lists the records of each section; each record's fields are written and read by its
 * codec in {@code codec/}, in the value encoding of {@code codec.Out} and {@code codec.In}: a string as
 * an unsigned short index into its section's string table, 0 meaning absent; an enum as the string of its name; a
 * partial date as its precision (a byte: 0 absent, 1 year, 2 month, 3 day) followed by its first day; a
 * date as its epoch day, {@code Integer.MIN_VALUE} meaning absent; a list as an unsigned short count
 * followed by its elements. The format byte changes whenever the layout does.
 */
final class SnapshotFormat {

  /** The first four bytes: {@code CSTO}. */
  static final int MAGIC = 0x4353544F;

  /** The layout version this library reads and writes. */
  static final int FORMAT = 8;

  private SnapshotFormat() {}
}
