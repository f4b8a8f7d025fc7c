package io.github.cstokit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds what the dataset-jar tests run: fixture dataset jars (a {@code DatasetProvider} compiled from a
 * template, its {@code provides} clause and its {@code META-INF/services} file, and the data files), and
 * a small consumer application; and runs the consumer in a fresh JVM on the module path or the class path
 * with the library's own jars, which never change between runs.
 */
final class DatasetJars {

  /** The application that uses the library: it prints what {@code CstoData} offers, one fact a line. */
  static final String CONSUMER = String.join("\n",
      "package consumer;",
      "import io.github.cstokit.data.CstoData;",
      "import io.github.cstokit.data.CstoDataException;",
      "import io.github.cstokit.data.CstoDataset;",
      "import io.github.cstokit.data.Datasets;",
      "import java.util.List;",
      "public final class Main {",
      "  public static void main(String[] args) {",
      "    try {",
      "      System.out.println(\"bundled \" + CstoData.bundled().version());",
      "      List<String> versions = CstoData.versions();",
      "      System.out.println(\"versions \" + versions);",
      "      for (String v : versions) {",
      "        CstoDataset d = CstoData.version(v);",
      "        System.out.println(\"version \" + d.version() + \": \" + d.events().size() + \" events, \"",
      "            + d.instruments().size() + \" instruments, data as of \" + d.dataAsOf());",
      "      }",
      "      if (versions.size() > 1) {",
      "        System.out.println(\"diff \" + Datasets.diff(CstoData.version(versions.get(0)),",
      "            CstoData.version(versions.get(1))));",
      "      }",
      "    } catch (CstoDataException e) {",
      "      System.out.println(\"error \" + e.getMessage());",
      "      System.exit(2);",
      "    }",
      "  }",
      "}",
      "");

  private DatasetJars() {}

  /** The library's jars (csto-model, csto-data and Jackson), from this test's own module path. */
  static List<Path> library() {
    List<Path> jars = new ArrayList<>();
    for (Path entry : pathEntries()) {
      String name = entry.getFileName().toString();
      if (name.startsWith("csto-model-") || name.startsWith("csto-data-0") || name.startsWith("csto-data-1")
          || name.startsWith("jackson-") || entry.endsWith(Path.of("csto-model", "target", "classes"))
          || entry.endsWith(Path.of("csto-data", "target", "classes"))) {
        jars.add(entry);
      }
    }
    assertTrue(jars.size() >= 5, "csto-model, csto-data and Jackson not found in " + pathEntries());
    return jars;
  }

  /** The csto-dataset jar this build made. */
  static Path cstoDataset() {
    return pathEntries().stream().filter(p -> p.getFileName().toString().startsWith("csto-dataset-"))
        .findFirst().orElseThrow(() -> new AssertionError("csto-dataset not found in " + pathEntries()));
  }

  private static List<Path> pathEntries() {
    String all = System.getProperty("jdk.module.path", "") + File.pathSeparator
        + System.getProperty("java.class.path", "");
    return Stream.of(all.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of)
        .collect(Collectors.toList());
  }

  /** The data files of a dataset jar, by name. */
  static Map<String, byte[]> files(Path jar) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
        JarEntry entry = e.nextElement();
        String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
        if (name.endsWith(".json") && !name.endsWith(".schema.json")) {
          try (InputStream in = file.getInputStream(entry)) {
            files.put(name, in.readAllBytes());
          }
        }
      }
    }
    return files;
  }

  /** The data files of a directory, by name. */
  static Map<String, byte[]> files(Path dir, String glob) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (var entries = Files.newDirectoryStream(dir, glob)) {
      for (Path file : entries) {
        files.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }

  /**
   * Builds a fixture dataset jar: module and package {@code name}, a provider declaring {@code version}
   * and holding {@code files}.
   */
  static Path datasetJar(Path work, String name, String version, Map<String, byte[]> files)
      throws IOException {
    Path src = Files.createDirectories(work.resolve(name + "-src").resolve(name));
    Path classes = Files.createDirectories(work.resolve(name + "-classes"));
    Files.writeString(src.resolve("Fixture.java"), String.join("\n",
        "package " + name + ";",
        "import java.io.InputStream;",
        "import java.util.Optional;",
        "/** A test fixture dataset. */",
        "public final class Fixture implements io.github.cstokit.data.spi.DatasetProvider {",
        "  public Fixture() {}",
        "  @Override public String version() { return \"" + version + "\"; }",
        "  @Override public Optional<InputStream> open(String file) {",
        "    return Optional.ofNullable(Fixture.class.getResourceAsStream(file));",
        "  }",
        "}", ""));
    Path moduleInfo = src.getParent().resolve("module-info.java");
    Files.writeString(moduleInfo, "module " + name + " { requires io.github.cstokit.data;"
        + " provides io.github.cstokit.data.spi.DatasetProvider with " + name + ".Fixture; }\n");
    javac(classes, List.of("--module-path", join(library())), moduleInfo, src.resolve("Fixture.java"));
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("module-info.class", Files.readAllBytes(classes.resolve("module-info.class")));
    String dir = name.replace('.', '/');
    entries.put(dir + "/Fixture.class", Files.readAllBytes(classes.resolve(dir).resolve("Fixture.class")));
    entries.put("META-INF/services/io.github.cstokit.data.spi.DatasetProvider",
        (name + ".Fixture\n").getBytes(StandardCharsets.UTF_8));
    files.forEach((file, bytes) -> entries.put(dir + "/" + file, bytes));
    Path jar = work.resolve(name + ".jar");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new JarEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return jar;
  }

  /** The consumer, compiled as module {@code consumer} (modular) or for the class path. */
  static Path consumer(Path work, boolean modular) throws IOException {
    Path src = Files.createDirectories(work.resolve("consumer-src-" + modular).resolve("consumer"));
    Path classes = Files.createDirectories(work.resolve("consumer-classes-" + modular));
    Files.writeString(src.resolve("Main.java"), CONSUMER);
    if (modular) {
      Path moduleInfo = src.getParent().resolve("module-info.java");
      Files.writeString(moduleInfo, "module consumer { requires io.github.cstokit.data; }\n");
      javac(classes, List.of("--module-path", join(library())), moduleInfo, src.resolve("Main.java"));
    } else {
      javac(classes, List.of("-cp", join(library())), src.resolve("Main.java"));
    }
    return classes;
  }

  private static void javac(Path out, List<String> options, Path... sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("--release", "17", "-d", out.toString()));
    args.addAll(options);
    for (Path source : sources) {
      args.add(source.toString());
    }
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int code = javac.run(null, null, err, args.toArray(String[]::new));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Runs the consumer in a fresh JVM with the library's jars and the given dataset jars, on the module
   * path or the class path.
   *
   * @return the consumer's standard output, then its exit code on the last line as {@code exit N}
   */
  static String run(Path consumer, boolean modular, List<Path> datasets, String... jvmOptions)
      throws IOException, InterruptedException {
    return run(consumer, modular, datasets, List.of(), jvmOptions);
  }

  /**
   * Runs the modular or plain consumer as {@link #run(Path, boolean, List, String...)} does, with more
   * dataset jars on the class path beside a module path.
   */
  static String run(Path consumer, boolean modular, List<Path> datasets, List<Path> classPath,
      String... jvmOptions) throws IOException, InterruptedException {
    List<Path> path = new ArrayList<>(List.of(consumer));
    path.addAll(library());
    path.addAll(datasets);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    if (!classPath.isEmpty()) {
      command.addAll(List.of("-cp", join(classPath)));
    }
    if (modular) {
      command.addAll(List.of("--module-path", join(path), "--module", "consumer/consumer.Main"));
    } else {
      command.addAll(List.of("-cp", join(path), "consumer.Main"));
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the consumer did not finish");
    return out + "exit " + process.exitValue();
  }

  private static String join(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
