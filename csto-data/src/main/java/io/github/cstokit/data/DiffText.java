package io.github.cstokit.data;

import io.github.cstokit.data.DatasetDiff.Change;
import io.github.cstokit.data.DatasetDiff.Kind;
import io.github.cstokit.data.internal.json.Json;
import io.github.cstokit.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The renderings of a {@link DatasetDiff}: its text, its JSON and its changelog entries, as the methods
 * of the same names there describe them.
 */
final class DiffText {

  private DiffText() {}

  /** See {@link DatasetDiff#text()}. */
  static String text(DatasetDiff diff) {
    StringBuilder out = new StringBuilder(heading(diff)).append('\n');
    for (Change change : diff.changes()) {
      out.append(change.kind() == Kind.ADDED ? "+ " : change.kind() == Kind.REMOVED ? "- " : "~ ")
          .append(change.record()).append(' ').append(oneLine(change.id())).append('\n');
      for (String field : fields(change)) {
        out.append("    ").append(field).append('\n');
      }
      for (String source : sourceLines(change)) {
        out.append("    source ").append(source).append('\n');
      }
    }
    return out.toString();
  }

  /** See {@link DatasetDiff#json()}. */
  static String json(DatasetDiff diff) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("older", edition(diff.olderVersion(), diff.olderDataAsOf().toString()));
    root.put("newer", edition(diff.newerVersion(), diff.newerDataAsOf().toString()));
    root.put("added", diff.count(Kind.ADDED));
    root.put("removed", diff.count(Kind.REMOVED));
    root.put("changed", diff.count(Kind.CHANGED));
    List<Object> list = new ArrayList<>();
    for (Change change : diff.changes()) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("change", change.kind().name().toLowerCase(Locale.ROOT));
      node.put("record", change.record());
      node.put("id", change.id());
      node.put("before", change.before());
      node.put("after", change.after());
      List<Object> sources = new ArrayList<>();
      for (String id : change.sourceIds()) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("id", id);
        source(change, id).ifPresent(s -> {
          source.put("title", s.title());
          source.put("publisher", s.publisher());
          source.put("kind", s.kind().name());
          s.date().ifPresent(d -> source.put("date", d.toString()));
          s.url().ifPresent(u -> source.put("url", u));
          s.document().ifPresent(d -> source.put("document", d));
        });
        sources.add(source);
      }
      node.put("sources", sources);
      list.add(node);
    }
    root.put("changes", list);
    return Json.indented(root);
  }

  /** A dataset's version and data date, in that order. */
  private static Map<String, Object> edition(String version, String dataAsOf) {
    Map<String, Object> edition = new LinkedHashMap<>();
    edition.put("version", version);
    edition.put("dataAsOf", dataAsOf);
    return edition;
  }

  /** See {@link DatasetDiff#changelog()}. */
  static String changelog(DatasetDiff diff) {
    StringBuilder out = new StringBuilder("- ").append(heading(diff)).append('\n');
    for (Change change : diff.changes()) {
      String verb = change.kind() == Kind.ADDED ? "Added" : change.kind() == Kind.REMOVED ? "Removed"
          : "Changed";
      out.append("- ").append(verb).append(' ').append(change.record()).append(" `")
          .append(oneLine(change.id())).append('`');
      Map<String, String> fields = change.kind() == Kind.ADDED ? change.after() : change.before();
      if (change.kind() == Kind.CHANGED) {
        out.append(": ").append(String.join("; ", fields(change)));
      } else if (change.record().equals("source")) {
        out.append(": ").append(oneLine(fields.get("publisher"))).append(", \"")
            .append(oneLine(fields.get("title"))).append('"');
      }
      if (!change.sourceIds().isEmpty() && !change.record().equals("source")) {
        out.append(" (sources: ").append(String.join(", ", change.sourceIds())).append(')');
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String heading(DatasetDiff diff) {
    return "Dataset " + diff.olderVersion() + " (data as of " + diff.olderDataAsOf() + ") -> "
        + diff.newerVersion() + " (data as of " + diff.newerDataAsOf() + "): " + diff.count(Kind.ADDED) + " added, "
        + diff.count(Kind.REMOVED) + " removed, " + diff.count(Kind.CHANGED) + " changed";
  }

  /** A change's fields, one line each: {@code name: value} or {@code name: old -> new}. */
  private static List<String> fields(Change change) {
    List<String> lines = new ArrayList<>();
    if (change.kind() != Kind.CHANGED) {
      for (Map.Entry<String, String> field
          : (change.kind() == Kind.ADDED ? change.after() : change.before()).entrySet()) {
        lines.add(field.getKey() + ": " + oneLine(field.getValue()));
      }
      return lines;
    }
    TreeMap<String, String> names = new TreeMap<>(change.before());
    names.putAll(change.after());
    for (String name : names.keySet()) {
      lines.add(name + ": " + Optional.ofNullable(change.before().get(name)).map(DiffText::oneLine)
          .orElse("(none)") + " -> " + Optional.ofNullable(change.after().get(name))
          .map(DiffText::oneLine).orElse("(none)"));
    }
    return lines;
  }

  private static List<String> sourceLines(Change change) {
    List<String> lines = new ArrayList<>();
    for (String id : change.sourceIds()) {
      lines.add(oneLine(id) + source(change, id).map(s -> ": " + oneLine(s.publisher()) + ", \""
          + oneLine(s.title()) + "\"" + s.date().map(d -> ", " + d).orElse("")
          + s.url().or(s::document).map(u -> ", " + oneLine(u)).orElse(""))
          .orElse(": not recorded in either dataset"));
    }
    return lines;
  }

  private static Optional<Source> source(Change change, String id) {
    return change.sources().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** A value on one line: line feeds and tabs escaped as in Java, other control characters by code. */
  static String oneLine(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (Character.isISOControl(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
