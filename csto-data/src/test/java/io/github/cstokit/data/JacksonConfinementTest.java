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
  private static final byte[] JACKSON = "com/fasterxml/jackson/".getBytes(StandardCharsets.UTF_8);

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
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(classFile);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    outer:
    for (int i = 0; i + JACKSON.length <= bytes.length; i++) {
      for (int j = 0; j < JACKSON.length; j++) {
        if (bytes[i + j] != JACKSON[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
