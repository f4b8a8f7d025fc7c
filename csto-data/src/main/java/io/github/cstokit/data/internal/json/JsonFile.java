package io.github.cstokit.data.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One parsed JSON document whose root is an object: its top-level members, and its arrays bound to
 * {@link Dto} records. The only view of Jackson's tree the readers get, so that no other package handles
 * Jackson types. Not thread-safe.
 */
public final class JsonFile {

  private final String file;
  private final JsonNode root;

  private JsonFile(String file, JsonNode root) {
    this.file = file;
    this.root = root;
  }

  /**
   * Parses a document strictly ({@link Json#mapper()}).
   *
   * @param file the file name problems are reported against, not null
   * @param text the document, not null
   * @param report where problems go, not null
   * @return the document, or empty after a reported problem
   */
  public static Optional<JsonFile> parse(String file, String text, Report report) {
    try {
      JsonNode root = Json.mapper().readTree(text);
      if (root == null || root.isMissingNode()) {
        report.add(file, "", "the file is empty");
        return Optional.empty();
      }
      if (!root.isObject()) {
        report.add(file, "", "must be a JSON object, not " + kind(root));
        return Optional.empty();
      }
      return Optional.of(new JsonFile(file, root));
    } catch (StreamConstraintsException e) {
      report.add(file, "", "exceeds a safety limit: " + firstLine(e.getOriginalMessage()));
      return Optional.empty();
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      report.add(file, "", "malformed JSON" + where + ": " + firstLine(e.getOriginalMessage()));
      return Optional.empty();
    }
  }

  /**
   * Returns the names of the root object's members, in document order.
   *
   * @return the names, not null
   */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  /**
   * Describes a top-level member for the envelope checks.
   *
   * @param name the member name, not null
   * @return the member, or empty when it is absent
   */
  public Optional<Member> member(String name) {
    JsonNode node = root.get(name);
    if (node == null) {
      return Optional.empty();
    }
    return Optional.of(new Member(kind(node), node.isInt() ? node.intValue() : null,
        node.isTextual() ? node.textValue() : null, node.isArray() ? node.size() : -1, node.toString()));
  }

  /**
   * A top-level member: its JSON kind, its value when it is an int or a string, and its JSON text.
   *
   * @param kind {@code object}, {@code array}, {@code string}, {@code number}, {@code boolean} or
   *     {@code null}
   * @param intValue the value if it is a JSON number that fits an int, else null
   * @param text the value if it is a string, else null
   * @param size the element count if it is an array, else -1
   * @param json the member as JSON text
   */
  public record Member(String kind, Integer intValue, String text, int size, String json) {}

  /**
   * Returns the {@code id} of each element of an array, null where an element has no string id.
   *
   * @param array the member name of the array, not null
   * @return the ids by index, or empty when the member is not an array
   */
  public Optional<List<String>> ids(String array) {
    JsonNode node = root.get(array);
    if (node == null || !node.isArray()) {
      return Optional.empty();
    }
    List<String> ids = new ArrayList<>(node.size());
    for (JsonNode element : node) {
      JsonNode id = element.get("id");
      ids.add(id != null && id.isTextual() ? id.textValue() : null);
    }
    return Optional.of(ids);
  }

  /**
   * Binds each element of an array to a record; an element that does not bind is a problem at its
   * pointer (the pointer of the offending value where Jackson knows it).
   *
   * @param array the member name of the array, not null
   * @param type the record type, not null
   * @param report where problems go, not null
   * @param <T> the record type
   * @return the bound elements, in order; empty when the member is not an array
   */
  public <T> List<Bound<T>> bind(String array, Class<T> type, Report report) {
    JsonNode node = root.get(array);
    if (node == null || !node.isArray()) {
      return List.of();
    }
    List<Bound<T>> items = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      String ptr = "/" + Pointers.token(array) + "/" + i;
      bind(node.get(i), ptr, type, report).ifPresent(items::add);
    }
    return items;
  }

  /**
   * Binds the root object itself to a record.
   *
   * @param type the record type, not null
   * @param report where problems go, not null
   * @param <T> the record type
   * @return the bound root, or empty after a reported problem
   */
  public <T> Optional<Bound<T>> bindRoot(Class<T> type, Report report) {
    return bind(root, "", type, report);
  }

  private <T> Optional<Bound<T>> bind(JsonNode element, String ptr, Class<T> type, Report report) {
    if (!element.isObject()) {
      report.add(file, ptr, "must be an object, not " + kind(element));
      return Optional.empty();
    }
    try {
      return Optional.of(new Bound<>(Json.mapper().treeToValue(element, type), ptr));
    } catch (JsonMappingException e) {
      report.add(file, ptr + Pointers.of(e.getPath()), mappingMessage(e));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      report.add(file, ptr, "cannot be read: " + firstLine(e.getMessage()));
    }
    return Optional.empty();
  }

  /**
   * Adds every string in a {@code sources} array anywhere in the document, bound or not, to a set.
   *
   * @param cited the set to add to, not null
   */
  public void citations(Set<String> cited) {
    collect(root, 0, cited);
  }

  private static void collect(JsonNode node, int depth, Set<String> cited) {
    if (depth > Json.MAX_NESTING_DEPTH) {
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (field.getKey().equals("sources") && field.getValue().isArray()) {
          for (JsonNode id : field.getValue()) {
            if (id.isTextual()) {
              cited.add(id.textValue());
            }
          }
        } else {
          collect(field.getValue(), depth + 1, cited);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        collect(element, depth + 1, cited);
      }
    }
  }

  private static String mappingMessage(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "unknown property";
    }
    if (e instanceof MismatchedInputException) {
      return "wrong type, expected " + typeName(((MismatchedInputException) e).getTargetType());
    }
    return firstLine(e.getOriginalMessage());
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "another type";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Integer.class || type == int.class) {
      return "an integer";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (List.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /**
   * The first line of a message, so that a problem stays one line.
   *
   * @param s a message, or null
   * @return its first line, or {@code "unknown error"} for null
   */
  public static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
