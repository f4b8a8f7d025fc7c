package io.github.cstokit.data;

import io.github.cstokit.data.internal.json.Json;
import java.lang.module.ModuleDescriptor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to cite a dataset, from {@link CstoDataset#citation()}: the data version and its data date, and the
 * csto-kit library that read it, as plain text, BibTeX and CSL-JSON. The repository's
 * {@code CITATION.cff} cites the software; this citation names the data version a figure came from, so
 * that the figure can be reproduced with {@link CstoData#version(String)}.
 *
 * <pre>{@code
 * DatasetCitation cite = CstoData.bundled().citation();
 * cite.text();     // The csto-kit developers (2026). csto-kit dataset of the Collective Security ...
 * cite.bibtex();   // a @misc entry keyed csto-kit-dataset-2026.12.0
 * cite.cslJson();  // a JSON array of one item of type "dataset"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; equal when it cites the same data with the same library.
 */
public final class DatasetCitation {

  /** The authors, as the project's build names them. */
  static final String AUTHORS = "The csto-kit developers";
  /** Where the library and its data are published. */
  static final String URL = "https://github.com/cstokit/csto-kit";
  private static final String TITLE =
      "csto-kit dataset of the Collective Security Treaty Organization";

  private final String version;
  private final LocalDate dataAsOf;
  private final String library;

  DatasetCitation(String version, LocalDate dataAsOf, String library) {
    this.version = Objects.requireNonNull(version, "version");
    this.dataAsOf = Objects.requireNonNull(dataAsOf, "dataAsOf");
    this.library = Objects.requireNonNull(library, "library");
  }

  /** The citation of a dataset read by this copy of csto-data. */
  static DatasetCitation of(CstoDataset dataset) {
    return new DatasetCitation(dataset.version(), dataset.dataAsOf(), libraryVersion());
  }

  /**
   * The version of csto-data: its jar's {@code Implementation-Version}, else its module's version, else
   * {@code development build} (classes run from a build directory).
   */
  static String libraryVersion() {
    String implementation = CstoData.class.getPackage().getImplementationVersion();
    if (implementation != null) {
      return implementation;
    }
    return Optional.ofNullable(CstoData.class.getModule().getDescriptor())
        .flatMap(ModuleDescriptor::rawVersion).orElse("development build");
  }

  /**
   * The data version cited, such as {@code 2026.12.0}.
   *
   * @return the version, not null
   */
  public String version() {
    return version;
  }

  /**
   * The data date of the version cited: the date the data is current to.
   *
   * @return the date, not null
   */
  public LocalDate dataAsOf() {
    return dataAsOf;
  }

  /**
   * The version of the csto-data library that read the data, such as {@code 0.2.0}, or
   * {@code development build}.
   *
   * @return the library version, not null
   */
  public String library() {
    return library;
  }

  /** The year of publication: the year that begins the data version. */
  private String year() {
    return version.substring(0, version.indexOf('.'));
  }

  private String key() {
    return "csto-kit-dataset-" + version;
  }

  private String note() {
    return "Data as of " + dataAsOf + "; read with csto-kit " + library
        + " (io.github.cstokit:csto-data)";
  }

  /**
   * The citation as one paragraph of plain text, such as {@code The csto-kit developers (2026). csto-kit
   * dataset of the Collective Security Treaty Organization, version 2026.12.0 [Data set]. Data as of
   * 2026-02-12; read with csto-kit 0.2.0 (io.github.cstokit:csto-data). https://github.com/cstokit/csto-kit}.
   *
   * @return the text, without a line break; not null
   */
  public String text() {
    return AUTHORS + " (" + year() + "). " + TITLE + ", version " + version + " [Data set]. " + note()
        + ". " + URL;
  }

  /**
   * The citation as a BibTeX {@code @misc} entry keyed {@code csto-kit-dataset-VERSION}, with
   * {@code author}, {@code title}, {@code year}, {@code version}, {@code note} and {@code url}.
   *
   * @return the entry, ending with a line break; not null
   */
  public String bibtex() {
    return "@misc{" + key() + ",\n"
        + "  author  = {{" + AUTHORS + "}},\n"
        + "  title   = {{" + TITLE + "}, version " + version + "},\n"
        + "  year    = {" + year() + "},\n"
        + "  version = {" + version + "},\n"
        + "  note    = {" + note() + "},\n"
        + "  url     = {" + URL + "}\n"
        + "}\n";
  }

  /**
   * The citation as CSL-JSON, the format of citation processors such as citeproc: an array of one item
   * of type {@code dataset} with {@code id}, {@code title}, {@code author}, {@code issued} (the year),
   * {@code version}, {@code note}, {@code publisher} and {@code URL}.
   *
   * @return the JSON array, indented, ending with a line break; not null
   */
  public String cslJson() {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", key());
    item.put("type", "dataset");
    item.put("title", TITLE);
    item.put("author", List.of(Map.of("literal", AUTHORS)));
    item.put("issued", Map.of("date-parts", List.of(List.of(Integer.parseInt(year())))));
    item.put("version", version);
    item.put("note", note());
    item.put("publisher", "csto-kit");
    item.put("URL", URL);
    return Json.indented(List.of(item));
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DatasetCitation)) {
      return false;
    }
    DatasetCitation that = (DatasetCitation) other;
    return version.equals(that.version) && dataAsOf.equals(that.dataAsOf)
        && library.equals(that.library);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, dataAsOf, library);
  }

  /**
   * Returns the plain-text citation, {@link #text()}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return text();
  }
}
