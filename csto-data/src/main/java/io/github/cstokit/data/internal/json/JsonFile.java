package io.github.cstokit.data.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
   * Parses a document strictly ({@link Json#mapper()}): malformed JSON and JSON beyond a safety limit are
   * reported with the line and column where reading stopped ({@link Report#malformed},
   * {@link Report#limit}), an empty document or one whose root is not an object at the whole file.
   *
   * @param file the file name problems are reported against, not null
   * @param text the document, not null
   * @param report where problems go, not null
   * @return the document, or empty after a reported problem
   */
  public static Optional<JsonFile> parse(String file, String text, Report report) {
    JsonParser parser = null;
    try {
      parser = Json.mapper().createParser(text);
      // Trailing content is checked below, to name it without Jackson's words.
      JsonNode root = Json.mapper().reader()
          .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
      if (root == null || root.isMissingNode()) {
        report.empty(file);
        return Optional.empty();
      }
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        String token = parser.currentToken().asString();
        report.malformed(file, at.getLineNr(), at.getColumnNr(), "unexpected "
            + (token == null ? "value" : "'" + token + "'") + " after the end of the JSON value");
        return Optional.empty();
      }
      if (!root.isObject()) {
        report.add(file, "", "must be a JSON object, not " + kind(root));
        return Optional.empty();
      }
      return Optional.of(new JsonFile(file, root));
    } catch (StreamConstraintsException e) {
      // Where reading stopped: the bracket nested too deep, or within the string or number too long.
      JsonLocation at = parser == null ? null : parser.currentLocation();
      report.limit(file, at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(),
          withoutJacksonNames(firstLine(e.getOriginalMessage())));
      return Optional.empty();
    } catch (JsonProcessingException e) {
      // Where the offending character is (for a duplicate key, the end of the key).
      JsonLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
          : parser == null ? null : parser.currentLocation();
      report.malformed(file, at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(),
          withoutJacksonNames(firstLine(e.getOriginalMessage())));
      return Optional.empty();
    } catch (IOException e) {
      // The text is in memory: no other I/O can fail.
      throw new UncheckedIOException(e);
    }
  }

  /** Drops the names of Jackson's settings from a message: {@code (20, from `X.y()`)} becomes {@code (20)}. */
  private static String withoutJacksonNames(String message) {
    return message.replaceAll(", from `[^`]*`", "")
        .replaceAll(" ?\\((?:since|not recognized as one since) [^)]*(?:Feature|feature)[^)]*\\)", "");
  }

  /**
   * The outcome of decoding bytes as strict UTF-8: the text, or where decoding failed.
   *
   * @param text the text, or null if the bytes are not UTF-8
   * @param line the line of the first byte that is not UTF-8, from 1 (0 when decoded)
   * @param column its column, from 1 (0 when decoded)
   * @param badByte the byte, from 0 to 255 (-1 when decoded)
   */
  public record Utf8(String text, int line, int column, int badByte) {}

  /**
   * Decodes bytes as UTF-8, strictly: a byte sequence that is not UTF-8 (including the byte-order marks
   * of UTF-16 and UTF-32) fails. One leading UTF-8 byte-order mark is accepted and dropped. Linear in the
   * input.
   *
   * @param bytes the bytes, not null
   * @return the text, or where decoding failed
   */
  public static Utf8 utf8(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < out.position(); i++) {
        if (out.get(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      return new Utf8(null, line, column, bytes[in.position()] & 0xFF);
    }
    out.flip();
    return new Utf8(out.toString(), 0, 0, -1);
  }

  /**
   * Writes a record as JSON text: two-space indentation, {@code "name": value}, one element per line,
   * null values left out, and a final line break.
   *
   * @param value a record of {@link Dto}, not null
   * @return the JSON text, not null
   */
  public static String write(Object value) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    try {
      return Json.mapper().writer(printer).writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + ": "
          + firstLine(e.getOriginalMessage()), e);
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
