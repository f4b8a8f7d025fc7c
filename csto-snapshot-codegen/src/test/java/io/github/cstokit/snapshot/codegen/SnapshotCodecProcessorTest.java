package io.github.cstokit.snapshot.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor on small model types compiled as csto-model's are (with Immutables, read back from their
 * class files): which accessors are attributes, that the codec it writes compiles against csto-data's
 * {@code Out} and {@code In} and reads back what it wrote, and that an attribute it cannot map stops the
 * build with a message naming it.
 */
class SnapshotCodecProcessorTest {

  private static final String CODEC_PACKAGE = "io.github.cstokit.data.internal.snapshot.codec";

  /** csto-data's value writers and readers, which the generated codecs use; compiled with them here. */
  private static final Path CODEC_SOURCES =
      Path.of("..", "csto-data", "src", "main", "java", CODEC_PACKAGE.replace('.', File.separatorChar));

  private static final String STYLE = "@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE,"
      + " builderVisibility = Value.Style.BuilderVisibility.PACKAGE, overshadowImplementation = true,"
      + " jdkOnly = true)\n";

  private static final String NAMED = "package t;\n"
      + "public interface Named {\n  java.util.Optional<String> note();\n}\n";

  private static final String PART = "package t;\nimport org.immutables.value.Value;\n"
      + "@Value.Immutable\n" + STYLE
      + "public abstract class Part {\n"
      + "  Part() {}\n"
      + "  public static Builder builder() { return new Builder(); }\n"
      + "  public abstract String label();\n"
      + "  public abstract java.util.OptionalInt size();\n"
      + "  public static final class Builder extends ImmutablePart.Builder { Builder() {} }\n"
      + "}\n";

  private static final String OTHER = "package t;\nimport org.immutables.value.Value;\n"
      + "@Value.Immutable\n" + STYLE
      + "public abstract class Other {\n"
      + "  Other() {}\n"
      + "  public static Builder builder() { return new Builder(); }\n"
      + "  public abstract String id();\n"
      + "  public static final class Builder extends ImmutableOther.Builder { Builder() {} }\n"
      + "}\n";

  /** A value type with every kind of accessor; EXTRA stands for one more attribute. */
  private static final String THING = "package t;\nimport org.immutables.value.Value;\n"
      + "import java.util.*;\n"
      + "@Value.Immutable\n" + STYLE
      + "public abstract class Thing implements Named {\n"
      + "  Thing() {}\n"
      + "  public static Builder builder() { return new Builder(); }\n"
      + "  public abstract String name();\n"
      + "  @Value.Default public int count() { return 7; }\n"
      + "  @Value.Derived public String upper() { return name().toUpperCase(Locale.ROOT); }\n"
      + "  @Value.Lazy public int length() { return name().length(); }\n"
      + "  public String shout() { return name() + \"!\"; }\n"
      + "  public abstract List<Part> parts();\n"
      + "  public abstract Optional<Other> other();\n"
      + "  @Value.NaturalOrder public abstract SortedMap<String, java.time.LocalDate> joined();\n"
      + "  public abstract Optional<java.time.LocalDate> day();\n"
      + "  EXTRA\n"
      + "  public static final class Builder extends ImmutableThing.Builder { Builder() {} }\n"
      + "}\n";

  private static final String TRIGGER = "package " + CODEC_PACKAGE + ";\n"
      + "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.SOURCE)\n"
      + "@interface SnapshotCodecs {\n  Class<?>[] value();\n}\n";

  private static final String PACKAGE_INFO = "@SnapshotCodecs({t.Other.class, t.Thing.class})\n"
      + "package " + CODEC_PACKAGE + ";\n";

  /** Writes a thing with the generated codec and reads it back; returns what was read, or a mismatch. */
  private static final String PROBE = "package " + CODEC_PACKAGE + ";\n"
      + "import java.util.List;\n"
      + "public final class Probe {\n"
      + "  public static String roundTrip() throws java.io.IOException {\n"
      + "    t.Other other = t.Other.builder().id(\"o-2\").build();\n"
      + "    List<t.Other> others = List.of(t.Other.builder().id(\"o-1\").build(), other);\n"
      + "    t.Thing thing = t.Thing.builder().name(\"x\").count(3).note(\"a note\")\n"
      + "        .addParts(t.Part.builder().label(\"p\").size(5).build(), t.Part.builder().label(\"q\").build())\n"
      + "        .other(other).putJoined(\"b\", java.time.LocalDate.of(2020, 3, 1))\n"
      + "        .day(java.time.LocalDate.of(2020, 2, 29)).build();\n"
      + "    Out out = new Out();\n"
      + "    out.list(List.of(thing, t.Thing.builder().name(\"y\").build()), new ThingCodec(others));\n"
      + "    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();\n"
      + "    java.io.DataOutputStream data = new java.io.DataOutputStream(bytes);\n"
      + "    out.writeTo(data);\n"
      + "    data.flush();\n"
      + "    In in = In.open(bytes.toByteArray());\n"
      + "    List<t.Thing> read = in.list(new ThingCodec(others));\n"
      + "    in.end(\"things\");\n"
      + "    if (!read.get(0).equals(thing) || read.get(0).other().get() != other) {\n"
      + "      return \"differs: \" + read;\n"
      + "    }\n"
      + "    return read.toString();\n"
      + "  }\n"
      + "}\n";

  @TempDir
  Path dir;

  /** A source held in memory. */
  private static JavaFileObject source(String name, String text) {
    return new SimpleJavaFileObject(URI.create("string:///" + name.replace('.', '/') + ".java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }

  /** What one compilation said, and whether it succeeded. */
  private record Compiled(boolean ok, String messages) {}

  private static Compiled compile(Path out, List<JavaFileObject> sources, String classPath,
      boolean withThisProcessor) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Files.createDirectories(out);
    List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-s", out.toString(),
        "-cp", classPath, "--release", "17", "-Xlint:all,-processing", "-Werror"));
    if (!withThisProcessor) {
      options.addAll(List.of("-processorpath", System.getProperty("java.class.path")));
    }
    StringWriter log = new StringWriter();
    JavaCompiler.CompilationTask task = javac.getTask(log, null, diagnostics, options, null, sources);
    if (withThisProcessor) {
      task.setProcessors(List.of(new SnapshotCodecProcessor()));
    }
    boolean ok = task.call();
    StringBuilder messages = new StringBuilder(log.toString());
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      messages.append(d.getKind()).append(": ").append(d.getMessage(null)).append('\n');
    }
    return new Compiled(ok, messages.toString());
  }

  /** Compiles the model types with Immutables, then the trigger with this processor against their class files. */
  private Compiled generate(String extra, List<JavaFileObject> more) throws IOException {
    Path model = dir.resolve("model");
    Compiled first = compile(model, List.of(source("t.Named", NAMED), source("t.Part", PART),
        source("t.Other", OTHER), source("t.Thing", THING.replace("EXTRA", extra))),
        System.getProperty("java.class.path"), false);
    assertTrue(first.ok(), first.messages());
    List<JavaFileObject> sources = new ArrayList<>(List.of(source(CODEC_PACKAGE + ".SnapshotCodecs", TRIGGER),
        source(CODEC_PACKAGE + ".package-info", PACKAGE_INFO)));
    sources.addAll(more);
    return compile(dir.resolve("codecs"), sources,
        model + File.pathSeparator + System.getProperty("java.class.path"), true);
  }

  private static List<JavaFileObject> codecSupport() throws IOException {
    List<JavaFileObject> list = new ArrayList<>();
    for (String name : List.of("Codec", "In", "Out", "Layout")) {
      list.add(source(CODEC_PACKAGE + "." + name,
          Files.readString(CODEC_SOURCES.resolve(name + ".java"), StandardCharsets.UTF_8)));
    }
    list.add(source(CODEC_PACKAGE + ".Probe", PROBE));
    return list;
  }

  private String generated(String simpleName) throws IOException {
    return Files.readString(dir.resolve("codecs").resolve(CODEC_PACKAGE.replace('.', File.separatorChar))
        .resolve(simpleName + ".java"));
  }

  private int layoutHash() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("codecs").toUri().toURL()},
        getClass().getClassLoader())) {
      return loader.loadClass(CODEC_PACKAGE + ".CodecLayout").getField("HASH").getInt(null);
    }
  }

  @Test
  void theCodecWritesEveryAttributeAndReadsItBack() throws Exception {
    Compiled c = generate("", codecSupport());
    assertTrue(c.ok(), c.messages());
    String codec = generated("ThingCodec");
    // its own attributes in declaration order, then the interface's; the derived, lazy and plain
    // methods are no attributes
    List<String> written = new ArrayList<>();
    for (String line : codec.split("\n")) {
      if (line.trim().startsWith("out.") && !line.contains("e.getKey()")) {
        written.add(line.trim());
      }
    }
    assertEquals(List.of("out.string(value.name());", "out.integer(value.count());",
        "out.list(value.parts(), PartCodec.INSTANCE);", "out.reference(value.other(), others);",
        "out.count(value.joined().keySet());", "out.date(e.getValue());", "out.date(value.day());",
        "out.string(value.note());"), written);
    assertFalse(codec.contains("upper") || codec.contains("length") || codec.contains("shout"), codec);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("model").toUri().toURL(),
        dir.resolve("codecs").toUri().toURL()}, getClass().getClassLoader())) {
      String read = (String) loader.loadClass(CODEC_PACKAGE + ".Probe").getMethod("roundTrip").invoke(null);
      assertFalse(read.startsWith("differs"), read);
      assertTrue(read.contains("count=3") && read.contains("note=a note") && read.contains("size=5"), read);
    }
  }

  @Test
  void anAddedAttributeChangesTheLayoutHash() throws Exception {
    assertTrue(generate("", codecSupport()).ok());
    int before = layoutHash();
    String withPlace = "public abstract java.util.Optional<String> place();";
    Compiled c = generate(withPlace, codecSupport());
    assertTrue(c.ok(), c.messages());
    assertTrue(generated("ThingCodec").contains("b.place(in.optionalString());"));
    assertNotEquals(before, layoutHash());
  }

  @Test
  void anUnmappableAttributeStopsTheBuildNamingIt() throws Exception {
    Compiled c = generate("public abstract java.util.UUID key();", List.of());
    assertFalse(c.ok(), c.messages());
    assertTrue(c.messages().contains("t.Thing.key()") && c.messages().contains("java.util.UUID"),
        c.messages());
  }
}
