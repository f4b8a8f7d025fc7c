package io.github.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.internal.read.files.ProvisionsFile;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.ProvisionText;
import io.github.cstokit.model.Reading;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled provisions.json: read strictly, consistent with the dataset, found by citation. */
class ProvisionsTest {

  private static final CstoDataset DATA = CstoData.bundled();
  /** Instruments a provision may belong to although the dataset does not record them, with the reason. */
  private static final Set<String> NOT_IN_DATASET = Set.of();

  private static String bundled() throws IOException {
    try (InputStream in = CstoData.class.getResourceAsStream(ProvisionsFile.FILE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> problems(String json) {
    return ProvisionsFile.read(json.getBytes(StandardCharsets.UTF_8)).problems();
  }

  @Test
  void theBundledFileReadsWithoutProblems() throws IOException {
    ProvisionsFile.Result read = ProvisionsFile.read(bundled().getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), read.problems());
    assertEquals(13, read.provisions().size());
    assertEquals(read.provisions().size(), DATA.provisions().size());
  }

  @Test
  void aProvisionIsFoundByTheIdOfItsRecordAndNotByTheTextOfItsCitation() {
    for (ProvisionText p : DATA.provisions()) {
      assertEquals(Optional.of(p), DATA.provision(p.id()));
    }
    ProvisionText art4 = DATA.provision("treaty-art-4-1992").orElseThrow();
    assertEquals(Optional.of(art4), DATA.provision(Citation.parse("Treaty Art. 4 [1992]")));
    assertEquals("ProvisionText[treaty-art-4-1992: Treaty Art. 4 [1992] ru FULL, read from "
        + art4.source().id() + "]", art4.toString());
    assertEquals(Optional.empty(), DATA.provision("Treaty Art. 4 [1992]"));
    assertEquals(Optional.empty(), DATA.provision("treaty-art-99"));
    // A what-if copy shares the library's provisions.
    assertEquals(Optional.of(art4), DATA.withoutState("UZ").provision("treaty-art-4-1992"));
    org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
        () -> DATA.provision((String) null));
  }

  @Test
  void everyProvisionBelongsToADatasetInstrumentOfItsShortName() {
    for (ProvisionText p : DATA.provisions()) {
      Optional<Instrument> i = DATA.instrument(p.instrumentId());
      if (NOT_IN_DATASET.contains(p.instrumentId())) {
        assertTrue(i.isEmpty(), p.instrumentId() + " is in the dataset now; drop it from the exceptions");
        continue;
      }
      assertTrue(i.isPresent(), p.id() + ": no instrument " + p.instrumentId());
      assertEquals(i.get().shortName(), p.citation().shortName(), p.id());
    }
  }

  @Test
  void aSourceThatSourcesJsonAlsoHasIsTheSameSource() {
    for (ProvisionText p : DATA.provisions()) {
      Optional<Source> same = DATA.source(p.source().id());
      same.ifPresent(s -> assertEquals(s.url(), p.source().url(), p.id() + ": source " + s.id()));
      assertTrue(p.source().url().isPresent(), p.id());
    }
  }

  @Test
  void theWordsAreFoundByTheCitationOfTheWordingApplied() {
    ProvisionText art4 = DATA.provision(Citation.parse("Treaty Art. 4 [1992]")).orElseThrow();
    assertEquals("ru", art4.language());
    assertEquals(Reading.FULL, art4.reading());
    assertTrue(art4.passages().get(0).startsWith("Если одно из государств - участников подвергнется агрессии"));
    assertEquals(Optional.of("https://pavlodar.com/zakon/?dok=00542&uro=080004"), art4.source().url());
    ProvisionText art4new = DATA.provision(Citation.parse("Treaty Art. 4 [2010]")).orElseThrow();
    assertEquals("en", art4new.language());
    assertEquals(Optional.empty(), art4new.english());
    // Two wordings, no version: ambiguous, so none.
    assertEquals(Optional.empty(), DATA.provision(Citation.of("Treaty", "4")));
    // One wording of unknown version answers every version cited.
    assertEquals("charter-art-25", DATA.provision(Citation.parse("Charter Art. 25 [2002]")).orElseThrow().id());
    // A citation without a version finds the one wording there is.
    assertEquals("crdf-agreement-art-3", DATA.provision(Citation.of("CRDF Agreement", "3")).orElseThrow().id());
    // Not read: nothing.
    assertEquals(Optional.empty(), DATA.provision(Citation.parse("Charter Art. 12 [2010]")));
    assertEquals(Optional.empty(), DATA.provision(Citation.parse("Treaty Art. 6 [1992]")));
  }

  @Test
  void aScenarioCopyOfTheDatasetKeepsTheWords() {
    Scenario s = Scenario.from(DATA);
    assertEquals(DATA.provisions(), s.provisions());
    assertEquals(DATA.provision(Citation.parse("Treaty Art. 7 [1992]")),
        s.provision(Citation.parse("Treaty Art. 7 [1992]")));
  }

  @Test
  void everyProblemIsReportedWithItsPointerAndNothingIsHalfRead() throws IOException {
    String good = bundled();
    assertEquals(List.of("provisions.json#: is not UTF-8 text"),
        ProvisionsFile.read(new byte[] {'{', (byte) 0xC3, '}'}).problems());
    assertTrue(problems("{").get(0).startsWith("provisions.json#: malformed JSON"), problems("{").toString());
    assertEquals(List.of("provisions.json#/format: must be 1 but was 2"),
        problems(good.replaceFirst("\"format\": 1", "\"format\": 2")));
    assertEquals(List.of("provisions.json#/extra: is not a member of the file; expected format and provisions"),
        problems(good.replaceFirst("\"format\": 1,", "\"format\": 1, \"extra\": 0,")));
    assertEquals(List.of("provisions.json#/provisions/0/reading: 'WHOLE' is not one of [FULL, PART]"),
        problems(good.replaceFirst("\"reading\": \"FULL\"", "\"reading\": \"WHOLE\"")));
    List<String> citation = problems(good.replaceFirst("\"Treaty Art. 4 \\[1992\\]\"", "\"Art. 4\""));
    assertEquals(1, citation.size(), citation.toString());
    assertTrue(citation.get(0).startsWith("provisions.json#/provisions/0/citation: 'Art. 4' is not a citation"),
        citation.toString());
    assertEquals(List.of("provisions.json#/provisions/1/citation: 'Treaty Art. 4 [1992]' is already given at"
            + " /provisions/0"),
        problems(good.replaceFirst("\"Treaty Art. 4 \\[2010\\]\"", "\"Treaty Art. 4 [1992]\"")));
    assertEquals(List.of("provisions.json#/provisions/1/english: is required when the language is 'ru'"),
        problems(good.replaceFirst("\"language\": \"en\"", "\"language\": \"ru\"")));
    List<String> unknown = problems(good.replaceFirst("\"note\":", "\"remark\":"));
    assertEquals(1, unknown.size(), unknown.toString());
    assertTrue(unknown.get(0).startsWith("provisions.json#/provisions/0/remark"), unknown.toString());
    assertEquals(List.of("provisions.json#/provisions/0/source/kind: is required"),
        problems(good.replaceFirst(",\\s*\"kind\": \"OFFICIAL_TEXT\"", "")));
    assertEquals(List.of("provisions.json#/provisions/0/passages/0: must be a passage, not blank"),
        problems(good.replaceFirst("\"passages\": \\[\\s*\"[^\"]*\"", "\"passages\": [\" \"")));
    ProvisionsFile.Result bad = ProvisionsFile.read(
        good.replaceFirst("\"reading\": \"FULL\"", "\"reading\": 1").getBytes(StandardCharsets.UTF_8));
    assertFalse(bad.problems().isEmpty());
    assertEquals(List.of(), bad.provisions(), "nothing half-read");
  }

  @Test
  void theIndexedLookUpAnswersAsTheSearchOfTheList() {
    // A facts object without its own look-up answers by the interface's search of provisions().
    io.github.cstokit.model.CstoFacts searched = io.github.cstokit.model.Scenario.builder()
        .addProvisions(DATA.provisions()).build();
    java.util.List<io.github.cstokit.model.Citation> asked = new java.util.ArrayList<>();
    for (io.github.cstokit.model.ProvisionText p : DATA.provisions()) {
      asked.add(p.citation());
      asked.add(p.citation().withoutVersion());
      asked.add(p.citation().withVersion("1900"));
    }
    asked.add(io.github.cstokit.model.Citation.parse("Treaty Art. 99 [1992]"));
    for (io.github.cstokit.model.Citation c : asked) {
      org.junit.jupiter.api.Assertions.assertEquals(searched.provision(c), DATA.provision(c), c.text());
    }
  }
}
