package io.github.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link CstoDataset#citation()} in its three forms. */
class DatasetCitationTest {

  static final DatasetCitation CITE = new DatasetCitation("2026.12.0", LocalDate.of(2026, 2, 12), "0.2.0");

  @Test
  void theBundledDatasetCitesItsVersionDataDateAndLibrary() {
    CstoDataset data = CstoData.bundled();
    DatasetCitation cite = data.citation();
    assertEquals(data.version(), cite.version());
    assertEquals(data.dataAsOf(), cite.dataAsOf());
    assertEquals(DatasetCitation.libraryVersion(), cite.library());
    assertTrue(!cite.library().isBlank());
    assertEquals(cite, data.citation());
  }

  @Test
  void plainText() {
    assertEquals("The csto-kit developers (2026). csto-kit dataset of the Collective Security Treaty"
        + " Organization, version 2026.12.0 [Data set]. Data as of 2026-02-12; read with csto-kit 0.2.0"
        + " (io.github.cstokit:csto-data). https://github.com/cstokit/csto-kit", CITE.text());
    assertEquals(CITE.text(), CITE.toString());
  }

  @Test
  void bibtex() {
    assertEquals("@misc{csto-kit-dataset-2026.12.0,\n"
        + "  author  = {{The csto-kit developers}},\n"
        + "  title   = {{csto-kit dataset of the Collective Security Treaty Organization}, version 2026.12.0},\n"
        + "  year    = {2026},\n"
        + "  version = {2026.12.0},\n"
        + "  note    = {Data as of 2026-02-12; read with csto-kit 0.2.0 (io.github.cstokit:csto-data)},\n"
        + "  url     = {https://github.com/cstokit/csto-kit}\n"
        + "}\n", CITE.bibtex());
  }

  @Test
  void cslJsonIsOneDatasetItem() throws Exception {
    JsonNode items = new ObjectMapper().readTree(CITE.cslJson());
    assertEquals(1, items.size());
    JsonNode item = items.get(0);
    assertEquals("csto-kit-dataset-2026.12.0", item.get("id").asText());
    assertEquals("dataset", item.get("type").asText());
    assertEquals("2026.12.0", item.get("version").asText());
    assertEquals(2026, item.get("issued").get("date-parts").get(0).get(0).asInt());
    assertEquals("The csto-kit developers", item.get("author").get(0).get("literal").asText());
    assertTrue(item.get("note").asText().startsWith("Data as of 2026-02-12; read with csto-kit 0.2.0"));
    assertEquals("https://github.com/cstokit/csto-kit", item.get("URL").asText());
  }

  @Test
  void equalOnlyForTheSameDataAndLibrary() {
    assertEquals(CITE, new DatasetCitation("2026.12.0", LocalDate.of(2026, 2, 12), "0.2.0"));
    assertEquals(CITE.hashCode(),
        new DatasetCitation("2026.12.0", LocalDate.of(2026, 2, 12), "0.2.0").hashCode());
    assertNotEquals(CITE, new DatasetCitation("2026.11.0", LocalDate.of(2026, 2, 12), "0.2.0"));
    assertNotEquals(CITE, new DatasetCitation("2026.12.0", LocalDate.of(2026, 2, 12), "0.1.0"));
  }
}
