package io.github.cstokit.data.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The one strictly configured JSON mapper the loader uses, and the writers of the JSON texts the library
 * produces (a diff, a citation, a data package descriptor) from plain values, so that no other package
 * names a Jackson type.
 */
public final class Json {

  /** Deepest nesting accepted; the dataset itself nests five levels at most. */
  public static final int MAX_NESTING_DEPTH = 32;

  /** Longest string accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 64 * 1024;

  /** Largest document accepted, in bytes. */
  public static final long MAX_DOCUMENT_LENGTH = 8L * 1024 * 1024;

  /**
   * Most JSON tokens (values, names, brackets) accepted in one document; the largest dataset file has
   * under 5,000. It bounds the memory a document of small values (such as millions of {@code {}}) takes.
   */
  public static final long MAX_TOKEN_COUNT = 200_000;

  private static final ObjectMapper MAPPER = create();

  private Json() {}

  /**
   * The shared mapper: unknown properties, nulls for primitives, trailing tokens, duplicate keys and
   * scalar coercions (a number where text is expected, text where a number or boolean is expected) are
   * errors. Writing leaves out null values. Thread-safe once configured.
   *
   * @return the mapper, not null
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Writes plain values as indented JSON, in the layout of Jackson's default pretty printer ({@code
   * "name" : value}, arrays on one line), ending with a line break. Maps are written in their iteration
   * order; their values are maps, lists, strings, numbers or booleans, never null.
   *
   * @param value the value, not null
   * @return the text, not null
   */
  public static String indented(Object value) {
    return write(MAPPER.writerWithDefaultPrettyPrinter(), value);
  }

  /**
   * Writes plain values as {@link #indented(Object)} does, in the layout of a Data Package descriptor:
   * two spaces at every level, arrays included, {@code "name": value} and {@code \n} line ends, whatever
   * the platform.
   *
   * @param value the value, not null
   * @return the text, not null
   */
  public static String descriptor(Object value) {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    return write(MAPPER.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indent).withArrayIndenter(indent)), value);
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      // Maps, lists, strings, numbers and booleans always have a JSON form.
      throw new IllegalStateException("not plain JSON values: " + e.getMessage(), e);
    }
  }

  private static ObjectMapper create() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .maxNumberLength(20)
                    .maxTokenCount(MAX_TOKEN_COUNT)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Fresh buffers for every document: with buffers recycled from an earlier document the
            // place where a string-length limit is found (and the length reported) would depend on
            // what the thread read before, not on the document.
            .recyclerPool(JsonRecyclerPools.nonRecyclingPool())
            .build();
    JsonMapper mapper =
        JsonMapper.builder(factory)
            .enable(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                JsonInclude.Include.NON_NULL))
            .build();
    for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Boolean,
        LogicalType.Integer, LogicalType.Float, LogicalType.Collection, LogicalType.Map}) {
      mapper.coercionConfigFor(type)
          .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer
              ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean
              ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.String, type == LogicalType.Textual
              ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, type == LogicalType.Textual
              ? CoercionAction.TryConvert : CoercionAction.Fail);
    }
    return mapper;
  }
}
