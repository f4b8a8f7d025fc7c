package io.github.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled files validate against the JSON Schemas published beside them. */
class SchemaValidationTest {

  static List<String> files() {
    List<String> files = new java.util.ArrayList<>(DatasetLoader.FILES);
    files.add("provisions.json");
    return files;
  }

  private static String read(String name) throws IOException {
    try (InputStream in = CstoData.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Schema schema(String file) throws IOException {
    String schemaName = file.replace(".json", ".schema.json");
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    return registry.getSchema(read(schemaName), InputFormat.JSON);
  }

  @ParameterizedTest
  @MethodSource("files")
  void bundledFileMatchesItsSchema(String file) throws IOException {
    List<Error> errors = schema(file).validate(read(file), InputFormat.JSON);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList(), file);
  }

  @ParameterizedTest
  @MethodSource("files")
  void theSchemaRejectsAnUnknownTopLevelProperty(String file) throws IOException {
    String bad = read(file).replaceFirst("\"format\": 1,", "\"format\": 1, \"unexpected\": 0,");
    assertFalse(schema(file).validate(bad, InputFormat.JSON).isEmpty(), file);
  }
}
