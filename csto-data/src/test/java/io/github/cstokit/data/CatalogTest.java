package io.github.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.spi.DatasetProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which dataset versions are available and which one {@code bundled()} takes: the built-in dataset and
 * providers that hand over the bundled files relabelled, edited or broken.
 */
class CatalogTest {

  static final CstoDataset BUILT_IN = CstoData.bundled();

  @AfterEach
  void clearPin() {
    System.clearProperty(Catalog.VERSION_PROPERTY);
  }

  /** A provider of the bundled files with their version replaced, after an optional edit. */
  static class Relabelled implements DatasetProvider {
    final String declared;
    final Map<String, byte[]> files = new HashMap<>();
    final AtomicInteger opened = new AtomicInteger();

    Relabelled(String declared, String held, UnaryOperator<Map<String, String>> edit) {
      this.declared = declared;
      Map<String, String> texts = new HashMap<>();
      for (String name : DatasetLoader.FILES) {
        try (InputStream in = CstoData.class.getResourceAsStream(name)) {
          texts.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("\"version\": \"" + BUILT_IN.version() + "\"", "\"version\": \"" + held + "\""));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      edit.apply(texts).forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    Relabelled(String version) {
      this(version, version, UnaryOperator.identity());
    }

    @Override
    public String version() {
      return declared;
    }

    @Override
    public Optional<InputStream> open(String file) throws IOException {
      opened.incrementAndGet();
      return Optional.ofNullable(files.get(file)).map(ByteArrayInputStream::new);
    }
  }

  private static Catalog catalog(DatasetProvider... providers) {
    return new Catalog(() -> BUILT_IN, () -> List.of(providers));
  }

  @Test
  void withoutProvidersOnlyTheBuiltInDatasetWhichBundledReturns() {
    Catalog catalog = catalog();
    assertEquals(List.of(BUILT_IN.version()), catalog.versions());
    assertSame(BUILT_IN, catalog.bundled());
    assertSame(BUILT_IN, catalog.version(BUILT_IN.version()));
  }

  @Test
  void versionsAreOrderedByNumberNotByText() {
    Catalog catalog = catalog(new Relabelled("2026.10.0"), new Relabelled("2026.9.0"),
        new Relabelled("2026.12.10"), new Relabelled("2026.12.9"));
    assertEquals(List.of("2026.9.0", "2026.10.0", "2026.12.0", "2026.12.9", "2026.12.10"),
        catalog.versions());
    assertEquals("2026.12.10", catalog.bundled().version());
  }

  @Test
  void aVersionIsFourDigitsAndTwoNumbers() {
    for (String good : List.of("2026.12.0", "2026.0.0", "2099.123456789.1")) {
      assertTrue(Catalog.isVersion(good), good);
    }
    for (String bad : List.of("", "2026.12", "202.1.0", "20261.1.0", "2026.1.0.0", "2026..0", "2026.1.",
        "2026.1.x", "v2026.1.0", "2026.1234567890.0", " 2026.1.0")) {
      assertTrue(!Catalog.isVersion(bad), bad);
    }
  }

  @Test
  void anOlderProviderIsAvailableByVersionAndBundledKeepsTheNewest() {
    Relabelled older = new Relabelled("2026.11.0");
    Catalog catalog = catalog(older);
    assertSame(BUILT_IN, catalog.bundled());
    assertEquals(0, older.opened.get(), "listing versions must not read a provider's files");
    CstoDataset loaded = catalog.version("2026.11.0");
    assertEquals("2026.11.0", loaded.version());
    assertEquals(BUILT_IN.events(), loaded.events());
    assertSame(loaded, catalog.version("2026.11.0"), "each version is loaded once");
    assertEquals(DatasetLoader.FILES.size(), older.opened.get());
  }

  @Test
  void aNewerProviderIsWhatBundledReturns() {
    Catalog catalog = catalog(new Relabelled("2027.1.0"));
    assertEquals("2027.1.0", catalog.bundled().version());
    assertNotSame(BUILT_IN, catalog.bundled());
    assertSame(BUILT_IN, catalog.version(BUILT_IN.version()));
  }

  @Test
  void theSystemPropertyPinsAVersion() {
    Catalog catalog = catalog(new Relabelled("2027.1.0"), new Relabelled("2026.11.0"));
    System.setProperty(Catalog.VERSION_PROPERTY, "2026.11.0");
    assertEquals("2026.11.0", catalog.bundled().version());
    System.setProperty(Catalog.VERSION_PROPERTY, " " + BUILT_IN.version() + " ");
    assertSame(BUILT_IN, catalog.bundled());
    System.setProperty(Catalog.VERSION_PROPERTY, "2025.1.0");
    CstoDataException e = assertThrows(CstoDataException.class, catalog::bundled);
    assertEquals(List.of("dataset#: the system property io.github.cstokit.data.version pins version"
        + " 2025.1.0, which is not available; available: 2026.11.0, 2026.12.0, 2027.1.0"), e.problems());
  }

  @Test
  void aVersionNotAvailableNamesThoseThatAre() {
    CstoDataException e = assertThrows(CstoDataException.class,
        () -> catalog(new Relabelled("2026.11.0")).version("2026.11"));
    assertEquals(List.of("dataset#: version 2026.11, which is not available; available: 2026.11.0,"
        + " 2026.12.0"), e.problems());
  }

  @Test
  void aProviderWhoseFilesHoldAnotherVersionIsRefusedEveryTime() {
    Catalog catalog = catalog(new Relabelled("2026.11.0", "2026.10.0", UnaryOperator.identity()));
    String expected = "dataset provider io.github.cstokit.data.CatalogTest$Relabelled: states.json#/version:"
        + " the files hold version 2026.10.0, the provider declares 2026.11.0";
    CstoDataException first = assertThrows(CstoDataException.class, () -> catalog.version("2026.11.0"));
    CstoDataException again = assertThrows(CstoDataException.class, () -> catalog.version("2026.11.0"));
    assertEquals(List.of(expected), first.problems());
    assertEquals(first.problems(), again.problems());
    assertNotSame(first, again);
  }

  @Test
  void aProvidersProblemsAreTheReadersPrefixedWithTheProvider() {
    Catalog catalog = catalog(new Relabelled("2027.1.0", "2027.1.0", files -> {
      files.remove("forces.json");
      files.put("events.json", files.get("events.json").replaceFirst("\"1992-05-15\"", "\"1992-02-30\""));
      return files;
    }));
    CstoDataException e = assertThrows(CstoDataException.class, catalog::bundled);
    String provider = "dataset provider io.github.cstokit.data.CatalogTest$Relabelled: ";
    assertTrue(e.problems().contains(provider + "forces.json#: the file is missing"), e.problems().toString());
    assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(provider + "events.json#/events/0/date: ")
        && p.contains("1992-02-30")), e.problems().toString());
  }

  @Test
  void aFileThatCannotBeOpenedIsAProblemNotAnException() {
    DatasetProvider failing = new Relabelled("2027.1.0") {
      @Override
      public Optional<InputStream> open(String file) throws IOException {
        if (file.equals("organs.json")) {
          throw new IOException("disk on fire");
        }
        return super.open(file);
      }
    };
    CstoDataException e = assertThrows(CstoDataException.class, () -> catalog(failing).bundled());
    assertEquals(1, e.problems().size(), e.problems().toString());
    assertTrue(e.problems().get(0).endsWith(": organs.json#: cannot be read: java.io.IOException: disk on fire"),
        e.problems().toString());
  }

  @Test
  void badOrDuplicateVersionsAndBrokenServiceFilesStopTheCatalog() {
    CstoDataException bad = assertThrows(CstoDataException.class,
        () -> catalog(new Relabelled("v1")).versions());
    assertTrue(bad.problems().get(0).endsWith("#: declares version 'v1', not a dataset version of the form"
        + " YYYY.MINOR.PATCH"), bad.problems().toString());
    CstoDataException twice = assertThrows(CstoDataException.class,
        () -> catalog(new Relabelled("2027.1.0"), new Relabelled("2027.1.0")).bundled());
    assertTrue(twice.problems().get(0).endsWith("which to read is ambiguous"), twice.problems().toString());
    Catalog broken = new Catalog(() -> BUILT_IN, () -> {
      throw new ServiceConfigurationError("Provider x.Y not found");
    });
    CstoDataException e = assertThrows(CstoDataException.class, broken::versions);
    assertEquals(List.of("META-INF/services/io.github.cstokit.data.spi.DatasetProvider#: a dataset provider"
        + " cannot be loaded: java.util.ServiceConfigurationError: Provider x.Y not found"), e.problems());
    assertThrows(CstoDataException.class, () -> broken.version(BUILT_IN.version()));
  }

  @Test
  void theInstalledCatalogHasTheBuiltInDatasetAndNoProviderInThisModule() {
    assertEquals(List.of(BUILT_IN.version()), CstoData.versions());
    assertSame(BUILT_IN, CstoData.version(BUILT_IN.version()));
    assertThrows(NullPointerException.class, () -> CstoData.version(null));
  }
}
