package io.github.cstokit.data;

import io.github.cstokit.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What changed between two datasets, from {@link Datasets#diff}: every record added, removed or changed,
 * with the fields that differ and the sources cited, as a list of {@link Change}s, as text, as JSON and
 * as the entries of a changelog's data section.
 *
 * <pre>{@code
 * DatasetDiff diff = Datasets.diff(older, newer);
 * diff.changes().size();                   // 12
 * diff.count(DatasetDiff.Kind.ADDED);       // 3
 * diff.text();                             // "Dataset 2026.11.0 (data as of 2026-02-12) -> 2026.12.0 ..."
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. Two diffs are equal when they compare the same versions and
 * dates and hold equal changes.
 */
public final class DatasetDiff {

  private final String olderVersion;
  private final LocalDate olderDataAsOf;
  private final String newerVersion;
  private final LocalDate newerDataAsOf;
  private final List<Change> changes;

  DatasetDiff(String olderVersion, LocalDate olderDataAsOf, String newerVersion,
      LocalDate newerDataAsOf, List<Change> changes) {
    this.olderVersion = olderVersion;
    this.olderDataAsOf = olderDataAsOf;
    this.newerVersion = newerVersion;
    this.newerDataAsOf = newerDataAsOf;
    this.changes = List.copyOf(changes);
  }

  /** How a record changed. */
  public enum Kind {
    /** The record is only in the newer dataset. */
    ADDED,
    /** The record is only in the older dataset. */
    REMOVED,
    /** The record is in both, with fields that differ. */
    CHANGED
  }

  /**
   * One record added, removed or changed: its kind of record and id, its fields before and after, and
   * the sources it cites. For an added record {@link #before()} is empty and {@link #after()} holds every
   * field; for a removed one the other way round; for a changed one both hold the fields that differ,
   * a field absent on one side (an empty value) being left out of that side.
   *
   * <p>This class is immutable and thread-safe; equal when every property is equal.
   */
  public static final class Change {
    private final Kind kind;
    private final String record;
    private final String id;
    private final SortedMap<String, String> before;
    private final SortedMap<String, String> after;
    private final List<String> sourceIds;
    private final List<Source> sources;

    Change(Kind kind, String record, String id, SortedMap<String, String> before,
        SortedMap<String, String> after, List<String> sourceIds, CstoDataset older,
        CstoDataset newer) {
      this.kind = kind;
      this.record = record;
      this.id = id;
      this.before = Collections.unmodifiableSortedMap(new TreeMap<>(before));
      this.after = Collections.unmodifiableSortedMap(new TreeMap<>(after));
      this.sourceIds = List.copyOf(sourceIds);
      List<Source> found = new ArrayList<>();
      for (String source : sourceIds) {
        newer.source(source).or(() -> older.source(source)).ifPresent(found::add);
      }
      this.sources = List.copyOf(found);
      boolean consistent = kind == Kind.ADDED ? before.isEmpty() && !after.isEmpty()
          : kind == Kind.REMOVED ? after.isEmpty() && !before.isEmpty()
          : !(before.isEmpty() && after.isEmpty());
      if (!consistent) {
        throw new IllegalArgumentException(kind + " " + record + " " + id + " with fields " + before
            + " before and " + after + " after");
      }
    }

    /**
     * How the record changed.
     *
     * @return the kind of change, not null
     */
    public Kind kind() {
      return kind;
    }

    /**
     * The kind of record: {@code source}, {@code state}, {@code instrument}, {@code event},
     * {@code organ}, {@code appointment}, {@code chairmanship}, {@code session}, {@code force},
     * {@code decision}, {@code mandate}, {@code activity} or {@code observer} (an observer or partner
     * status).
     *
     * @return the kind of record, not null
     */
    public String record() {
      return record;
    }

    /**
     * The record's id (a state's ISO alpha-2 code).
     *
     * @return the id, not null
     */
    public String id() {
      return id;
    }

    /**
     * The fields before, by name, as text.
     *
     * @return an unmodifiable sorted map, empty for an added record
     */
    public SortedMap<String, String> before() {
      return before;
    }

    /**
     * The fields after, by name, as text.
     *
     * @return an unmodifiable sorted map, empty for a removed record
     */
    public SortedMap<String, String> after() {
      return after;
    }

    /**
     * The ids of the sources the record cites, in either version, each once.
     *
     * @return an unmodifiable list, in the order cited; empty for a state
     */
    public List<String> sourceIds() {
      return sourceIds;
    }

    /**
     * The sources the record cites, as the newer dataset records them, else as the older does; an id
     * neither records (possible only in a what-if copy) is in {@link #sourceIds()} alone.
     *
     * @return an unmodifiable list, in the order cited
     */
    public List<Source> sources() {
      return sources;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof Change)) {
        return false;
      }
      Change that = (Change) other;
      return kind == that.kind && record.equals(that.record) && id.equals(that.id)
          && before.equals(that.before) && after.equals(that.after)
          && sourceIds.equals(that.sourceIds) && sources.equals(that.sources);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, record, id, before, after, sourceIds, sources);
    }

    /**
     * Returns the change in one line, such as
     * {@code Change[CHANGED event kz-1994 {date=1994-01-01} -> {date=1994-02-01}]}.
     *
     * @return a short readable form, not null
     */
    @Override
    public String toString() {
      return "Change[" + kind + " " + record + " " + id + " " + before + " -> " + after + "]";
    }
  }

  /**
   * The older dataset's version.
   *
   * @return the version, not null
   */
  public String olderVersion() {
    return olderVersion;
  }

  /**
   * The older dataset's data date.
   *
   * @return the date, not null
   */
  public LocalDate olderDataAsOf() {
    return olderDataAsOf;
  }

  /**
   * The newer dataset's version.
   *
   * @return the version, not null
   */
  public String newerVersion() {
    return newerVersion;
  }

  /**
   * The newer dataset's data date.
   *
   * @return the date, not null
   */
  public LocalDate newerDataAsOf() {
    return newerDataAsOf;
  }

  /**
   * Every change, in the order of the data files; within a kind of record, removed, then changed, then
   * added, each in its dataset's order.
   *
   * @return an unmodifiable list, empty if nothing changed
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * How many changes are of one kind.
   *
   * @param kind the kind, not null
   * @return the count
   */
  public int count(Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return (int) changes.stream().filter(c -> c.kind == kind).count();
  }

  /**
   * The changes as text: a heading line with the versions, the data dates and the counts, then per change
   * a line {@code + event id} (added), {@code - ...} (removed) or {@code ~ ...} (changed), a line per field
   * ({@code name: value}, or {@code name: old -> new}) and a line per source with its publisher, title,
   * date, and URL or document. Control characters in values are escaped, so each value is one line.
   *
   * @return the text, ending with a line break; not null
   */
  public String text() {
    return DiffText.text(this);
  }

  /**
   * The changes as JSON: an object with {@code older} and {@code newer} (each {@code version} and
   * {@code dataAsOf}), the counts {@code added}, {@code removed} and {@code changed}, and
   * {@code changes}, an array of objects with {@code change} ({@code added}, {@code removed} or
   * {@code changed}), {@code record}, {@code id}, {@code before} and {@code after} (objects of field
   * texts) and {@code sources} (objects with {@code id} and, where the source is recorded,
   * {@code title}, {@code publisher}, {@code kind}, {@code date}, {@code url} and {@code document} as
   * recorded).
   *
   * @return the JSON document, indented, ending with a line break; not null
   */
  public String json() {
    return DiffText.json(this);
  }

  /**
   * The changes as the Markdown entries of a changelog's data section: a first entry naming the versions,
   * the data dates and the counts, then one entry per change. An added or removed source is given with
   * its publisher and title, any other added or removed record with the ids of its sources, and a changed
   * record with each field that differs ({@code name: old -> new}) and the ids of its sources; {@link
   * #text()} has every field of every record.
   *
   * @return the entries, each beginning {@code - }, ending with a line break; not null
   */
  public String changelog() {
    return DiffText.changelog(this);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DatasetDiff)) {
      return false;
    }
    DatasetDiff that = (DatasetDiff) other;
    return olderVersion.equals(that.olderVersion) && olderDataAsOf.equals(that.olderDataAsOf)
        && newerVersion.equals(that.newerVersion) && newerDataAsOf.equals(that.newerDataAsOf)
        && changes.equals(that.changes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(olderVersion, olderDataAsOf, newerVersion, newerDataAsOf, changes);
  }

  /**
   * Returns the versions and the counts, such as
   * {@code DatasetDiff[2026.11.0 -> 2026.12.0: 3 added, 0 removed, 9 changed]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "DatasetDiff[" + olderVersion + " -> " + newerVersion + ": " + count(Kind.ADDED)
        + " added, " + count(Kind.REMOVED) + " removed, " + count(Kind.CHANGED) + " changed]";
  }
}
