package io.github.cstokit.data.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cstokit.data.internal.read.Vocabulary;
import io.github.cstokit.data.internal.read.files.SessionsFile;
import io.github.cstokit.model.ActivityKind;
import io.github.cstokit.model.Attacker;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Confidence;
import io.github.cstokit.model.DecisionKind;
import io.github.cstokit.model.DecisionMode;
import io.github.cstokit.model.Framework;
import io.github.cstokit.model.Head;
import io.github.cstokit.model.InForceStatus;
import io.github.cstokit.model.InstrumentKind;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.MembershipEventType;
import io.github.cstokit.model.ObserverKind;
import io.github.cstokit.model.Office;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.SessionFormat;
import io.github.cstokit.model.SessionKind;
import io.github.cstokit.model.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every {@code enum} of the published JSON Schemas spells exactly the vocabulary the reader accepts: the
 * model enum's names where the files use them, else the reader's own sets in {@link Vocabulary}, or the
 * ids of another file. A schema enum with no row here fails the test too.
 */
class VocabularyTest {

  private static final String[] SCHEMAS = {"activities", "chairmanships", "events", "forces",
      "instruments", "mandates", "observers", "offices", "organs", "sessions", "sources", "states"};

  @Test
  void everySchemaEnumIsTheReadersVocabulary() throws IOException {
    Set<String> states = ids("states.json", "states");
    // A deciding body: a model body whose organ decides in organs.json (Fields.decidingBody).
    Set<String> bodies = new HashSet<>();
    for (JsonNode organ : read("organs.json").get("organs")) {
      String id = organ.get("id").textValue();
      if (organ.get("decides").booleanValue() && Body.byOrganId(id).isPresent()) {
        bodies.add(id);
      }
    }
    Map<String, Set<String>> expected = new TreeMap<>();
    for (String schema : SCHEMAS) {
      expected.put(schema + "#/$defs/state", states);
      expected.put(schema + "#/$defs/confidence", names(Confidence.class));
    }
    expected.put("activities#/$defs/record/properties/kind", names(ActivityKind.class));
    expected.put("chairmanships#/$defs/record/properties/chairedBy", names(Head.class));
    expected.put("events#/$defs/record/properties/type", names(MembershipEventType.class));
    expected.put("events#/$defs/record/properties/framework", names(Framework.class));
    expected.put("instruments#/$defs/record/properties/kind", names(InstrumentKind.class));
    expected.put("instruments#/$defs/record/properties/inForceStatus", names(InForceStatus.class));
    expected.put("mandates#/$defs/record/properties/territory", Vocabulary.TERRITORIES.keySet());
    expected.put("mandates#/$defs/decision/properties/kind", names(DecisionKind.class));
    expected.put("mandates#/$defs/decision/properties/organ", bodies);
    expected.put("mandates#/$defs/decision/properties/matterKind", names(Matter.class));
    expected.put("mandates#/$defs/decision/properties/format", Vocabulary.DECISION_FORMATS.keySet());
    expected.put("mandates#/$defs/decision/properties/outcome", Vocabulary.OUTCOMES.keySet());
    expected.put("mandates#/$defs/decision/properties/positions/propertyNames", states);
    expected.put("mandates#/$defs/decision/properties/positions/patternProperties/^[A-Z]{2}$",
        names(Position.class));
    expected.put("mandates#/$defs/request/properties/attacker", names(Attacker.class));
    expected.put("mandates#/$defs/command/properties/appointingBody", bodies);
    expected.put("mandates#/$defs/completion/properties/decisionBody", bodies);
    expected.put("mandates#/$defs/strength/properties/alternatives/items/allOf/1/properties/field",
        Vocabulary.STRENGTH_FIGURES);
    expected.put("observers#/$defs/record/properties/kind", names(ObserverKind.class));
    expected.put("offices#/$defs/record/properties/office", Vocabulary.OFFICES_IN_DATA);
    expected.put("organs#/$defs/record/properties/id", ids("organs.json", "organs"));
    expected.put("organs#/$defs/record/properties/kind", Vocabulary.ORGAN_KINDS.keySet());
    expected.put("organs#/$defs/record/properties/decisionMode", names(DecisionMode.class));
    // Sessions are recorded for the four statutory bodies and the Permanent Council (SessionsFile).
    expected.put("sessions#/$defs/record/properties/organ",
        SessionsFile.SITTING_BODIES.stream().map(Body::organId).collect(Collectors.toSet()));
    expected.put("sessions#/$defs/record/properties/kind", names(SessionKind.class));
    expected.put("sessions#/$defs/record/properties/format", names(SessionFormat.class));
    expected.put("sources#/$defs/record/properties/kind", names(SourceKind.class));

    // The document form (Documents): the same vocabularies; any model body; states by their form.
    Set<String> modelBodies = Arrays.stream(Body.values()).map(Body::organId).collect(Collectors.toSet());
    expected.put("document#/$defs/body", modelBodies);
    expected.put("document#/$defs/mandate/properties/territory", Vocabulary.TERRITORIES.keySet());
    expected.put("document#/$defs/request/properties/attacker", names(Attacker.class));
    expected.put("document#/$defs/strength/properties/alternatives/items/allOf/1/properties/field",
        Vocabulary.STRENGTH_FIGURES);
    expected.put("document#/$defs/decision/properties/kind", names(DecisionKind.class));
    expected.put("document#/$defs/decision/properties/matterKind", names(Matter.class));
    expected.put("document#/$defs/decision/properties/format", Vocabulary.DECISION_FORMATS.keySet());
    expected.put("document#/$defs/decision/properties/outcome", Vocabulary.OUTCOMES.keySet());
    expected.put("document#/$defs/decision/properties/positions/patternProperties/^[A-Z]{2}$",
        names(Position.class));

    Map<String, Set<String>> found = new TreeMap<>();
    for (String schema : SCHEMAS) {
      collect(read(schema + ".schema.json"), schema + "#", found);
    }
    collect(read("document.schema.json"), "document#", found);
    Map<String, Set<String>> want = new TreeMap<>();
    expected.forEach((k, v) -> want.put(k, new TreeSet<>(v)));
    assertEquals(want, found);
  }

  @Test
  void theOfficesInTheDataAreModelOffices() {
    assertTrue(names(Office.class).containsAll(Vocabulary.OFFICES_IN_DATA));
  }

  private static Set<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
  }

  private static Set<String> ids(String file, String array) throws IOException {
    Set<String> ids = new HashSet<>();
    for (JsonNode record : read(file).get(array)) {
      ids.add(record.get("id").textValue());
    }
    return ids;
  }

  private static JsonNode read(String file) throws IOException {
    try (InputStream in =
        VocabularyTest.class.getResourceAsStream("/io/github/cstokit/data/" + file)) {
      assertNotNull(in, file);
      return Json.mapper().readTree(in);
    }
  }

  private static void collect(JsonNode node, String path, Map<String, Set<String>> found) {
    if (node.isObject()) {
      JsonNode e = node.get("enum");
      if (e != null && e.isArray()) {
        Set<String> words = new TreeSet<>();
        e.forEach(w -> words.add(w.asText()));
        found.put(path, words);
      }
      node.properties().forEach(f -> collect(f.getValue(), path + "/" + f.getKey(), found));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "/" + i, found);
      }
    }
  }
}
