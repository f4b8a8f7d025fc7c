package io.github.cstokit.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Operations across datasets, such as what changed between two data versions.
 *
 * <pre>{@code
 * DatasetDiff diff = Datasets.diff(CstoData.version("2026.11.0"), CstoData.version("2026.12.0"));
 * System.out.print(diff.text());        // every fact added, removed or changed, with its sources
 * Files.writeString(Path.of("diff.json"), diff.json());
 * }</pre>
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class Datasets {

  private Datasets() {}

  /**
   * Compares two datasets record by record: sources, states, instruments, membership events, organs,
   * appointments, chairmanships, sessions, forces, decisions, mandates, activities (with their editions)
   * and observer statuses, matched by id. A record only in the newer dataset is added, one only in the
   * older is removed, and one in both whose fields differ is changed, with the fields that differ. The
   * fields of a nested value (a mandate's request, strength, commands and contingents, an alternative
   * value, an activity's editions) are compared one by one and named by their path, such as
   * {@code request.note}, {@code strength.personnelAlternatives/0.value} or {@code editions/3.host}
   * (a list's elements by their place in it), so a change to a request's note alone is listed; a nested
   * value only one version has is one field, {@code editions/9} holding {@code {host=KZ, ...}}. A record
   * of another kind that a record holds (a mandate's decision) is given by its id. Each change carries
   * the sources its records cite (for a change, those of both versions), theirs and their nested
   * values'. A dataset without {@code observers.json} has no observer
   * statuses, so against a newer one its statuses are all added. What-if copies
   * ({@link CstoDataset#withEvent} and the like) compare like any dataset.
   *
   * @param older the earlier dataset, not null
   * @param newer the later dataset, not null
   * @return the changes, in the order of the data files, then removed, changed and added; not null
   */
  public static DatasetDiff diff(CstoDataset older, CstoDataset newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    List<DatasetDiff.Change> changes = new ArrayList<>();
    for (FactRecords<?> kind : FactRecords.KINDS) {
      compare(kind, older, newer, changes);
    }
    return new DatasetDiff(older.version(), older.dataAsOf(), newer.version(), newer.dataAsOf(),
        changes);
  }

  private static <T> void compare(FactRecords<T> kind, CstoDataset older, CstoDataset newer,
      List<DatasetDiff.Change> changes) {
    Map<String, T> before = kind.byId(older);
    Map<String, T> after = kind.byId(newer);
    List<DatasetDiff.Change> added = new ArrayList<>();
    List<DatasetDiff.Change> removed = new ArrayList<>();
    List<DatasetDiff.Change> changed = new ArrayList<>();
    for (Map.Entry<String, T> old : before.entrySet()) {
      T now = after.get(old.getKey());
      SortedMap<String, String> was = kind.fields(old.getValue());
      if (now == null) {
        removed.add(new DatasetDiff.Change(DatasetDiff.Kind.REMOVED, kind.kind, old.getKey(), was,
            new TreeMap<>(FactRecords.FIELD_ORDER), ids(kind.sources(old.getValue()), List.of()), older, newer));
        continue;
      }
      SortedMap<String, String> is = kind.fields(now);
      if (!was.equals(is)) {
        SortedMap<String, String> from = new TreeMap<>(FactRecords.FIELD_ORDER);
        SortedMap<String, String> to = new TreeMap<>(FactRecords.FIELD_ORDER);
        FactRecords.differences(was, is, from, to);
        changed.add(new DatasetDiff.Change(DatasetDiff.Kind.CHANGED, kind.kind, old.getKey(), from,
            to, ids(kind.sources(old.getValue()), kind.sources(now)), older, newer));
      }
    }
    for (Map.Entry<String, T> now : after.entrySet()) {
      if (!before.containsKey(now.getKey())) {
        added.add(new DatasetDiff.Change(DatasetDiff.Kind.ADDED, kind.kind, now.getKey(),
            new TreeMap<>(FactRecords.FIELD_ORDER), kind.fields(now.getValue()),
            ids(List.of(), kind.sources(now.getValue())), older, newer));
      }
    }
    changes.addAll(removed);
    changes.addAll(changed);
    changes.addAll(added);
  }

  /** The source ids cited by either version of a record, each once, in the order cited. */
  private static List<String> ids(List<String> was, List<String> is) {
    Set<String> ids = new LinkedHashSet<>(was);
    ids.addAll(is);
    return List.copyOf(ids);
  }
}
