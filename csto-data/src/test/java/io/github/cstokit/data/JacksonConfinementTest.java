package io.github.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Jackson is confined to one internal package: no compiled class of csto-data outside
 * {@code internal.json} names a Jackson type (a class file names every type it uses in its constant pool).
 */
class JacksonConfinementTest {

  private static final Path CLASSES = Path.of("target/classes/io/github/cstokit/data");
  private static final String JACKSON = "com/fasterxml/jackson/";

  @Test
  void onlyTheJsonPackageNamesJackson() throws IOException {
    List<Path> classes;
    try (Stream<Path> walk = Files.walk(CLASSES)) {
      classes = walk.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
    }
    // A guard against a walk that finds nothing, and a check that the search finds what it looks for.
    assertTrue(classes.size() > 50, () -> "found only " + classes);
    assertTrue(names(CLASSES.resolve("internal/json/Json.class")), "Json names no Jackson type?");
    List<String> naming = classes.stream()
        .filter(p -> !CLASSES.relativize(p).startsWith("internal/json"))
        .filter(JacksonConfinementTest::names)
        .map(p -> CLASSES.relativize(p).toString())
        .sorted()
        .collect(Collectors.toList());
    assertEquals(List.of(), naming, "classes outside internal.json that use Jackson");
  }

  private static boolean names(Path classFile) {
    try {
      // ISO-8859-1 maps each byte to one char, so the class file's bytes can be searched as text.
      return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains(JACKSON);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
