package io.github.cstokit.data.internal.snapshot;

/**
 * The layout of the bundled binary snapshot {@code csto.dat}, compiled at build time from the validated
 * JSON files by {@code SnapshotCompiler} (in {@code src/build/java}, not part of the jar) and read by
 * {@link SnapshotReader}. The format's history is in the project's {@code CHANGELOG.md}.
 *
 * <p>All numbers are big-endian, as {@link java.io.DataOutput} writes them:
 *
 * <pre>
 * snapshot  := magic:int format:byte layout:int firstLength:int first later
 * first     := version:utf dataAsOf:int(epoch day) index sectionLength:int{6}
 *              states chairmanships appointments sessions
 * later     := facts supplement
 * index     := see {@link StatusIndex}
 * section   := strings records                (each decoded on its own, on first use)
 * strings   := count:int utf*                 (the section's own table, numbered from 1)
 * facts     := instruments events
 * supplement:= sources organs forces decisions mandates activities observers
 * </pre>
 *
 * <p>The sections come in that order ({@link Sections#STATES} to {@link Sections#REST}), each holding
 * every string its records use, so that a first query decodes one section and none before it; the
 * first part, whose length comes first, holds what the first queries need, so that the bundled dataset
 * reads (and inflates, from its jar) only that part until the scenario or the supplement is needed.
 *
 * <p>{@link Sections} lists the records of each section; each record's fields are written and read by its
 * codec in {@code codec/}, generated at build time from the model types, in the value encoding of {@code codec.Out} and {@code codec.In}: a string as
 * an unsigned short index into its section's string table, 0 meaning absent; an enum as the string of its name; a
 * partial date as its precision (a byte: 0 absent, 1 year, 2 month, 3 day) followed by its first day; a
 * date as its epoch day, {@code Integer.MIN_VALUE} meaning absent; a list as an unsigned short count
 * followed by its elements; a record another codec holds as a presence flag and the record, or as its
 * index in a list of records (a short, -1 meaning absent). The format byte changes whenever the frame
 * does; the layout number is the generated codecs' {@code CodecLayout.HASH}, which changes whenever
 * a record's attributes do.
 */
final class SnapshotFormat {

  /** The first four bytes: {@code CSTO}. */
  static final int MAGIC = 0x4353544F;

  /** The layout version this library reads and writes. */
  static final int FORMAT = 11;

  /** The records' layout this library reads and writes: the hash of the generated codecs' field lists. */
  static final int LAYOUT = io.github.cstokit.data.internal.snapshot.codec.CodecLayout.HASH;

  private SnapshotFormat() {}
}
