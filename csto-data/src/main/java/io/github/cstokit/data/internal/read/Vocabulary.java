package io.github.cstokit.data.internal.read;

import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.ForceKind;
import io.github.cstokit.model.OrganKind;
import io.github.cstokit.model.RecordedOutcome;
import io.github.cstokit.model.Territory;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dataset files' own vocabularies, and how their spellings map to the model's enums. Where a file
 * spells a model enum's constant names, the reader uses the enum itself; the schemas' {@code enum}s must
 * equal these sets.
 */
public final class Vocabulary {

  private Vocabulary() {}

  /** organs.json {@code kind}, and the model's organ kinds. */
  public static final Map<String, OrganKind> ORGAN_KINDS =
      Map.of(
          "STATUTORY_BODY", OrganKind.STATUTORY_BODY,
          "ADVISORY_BODY", OrganKind.COORDINATING_BODY,
          "WORKING_BODY", OrganKind.PERMANENT_WORKING_BODY,
          "PARLIAMENTARY", OrganKind.PARLIAMENTARY_BODY);

  /**
   * Decision {@code format}; UNKNOWN (the sources do not say in which format) is no recorded format, and
   * the model presumes the standard one.
   */
  public static final Map<String, Optional<DecisionFormat>> DECISION_FORMATS =
      Map.of(
          "STANDARD", Optional.of(DecisionFormat.STANDARD),
          "LIMITED", Optional.of(DecisionFormat.LIMITED),
          "UNKNOWN", Optional.empty());

  /**
   * The spelling of a value in a file: the key that a vocabulary maps to the value.
   *
   * @param vocabulary the vocabulary, not null
   * @param value the model's value, not null
   * @param <V> the value type
   * @return the spelling, or null if the vocabulary has none for the value
   */
  public static <V> String spelling(Map<String, V> vocabulary, V value) {
    for (Map.Entry<String, V> e : vocabulary.entrySet()) {
      if (e.getValue().equals(value)) {
        return e.getKey();
      }
    }
    return null;
  }

  /** Decision {@code outcome}; UNKNOWN (the sources do not say what became of it) is no outcome. */
  public static final Map<String, Optional<RecordedOutcome>> OUTCOMES =
      Map.of(
          "ADOPTED", Optional.of(RecordedOutcome.ADOPTED),
          "NOT_ADOPTED", Optional.of(RecordedOutcome.NOT_ADOPTED),
          "UNKNOWN", Optional.empty());

  /** Mandate {@code territory}. */
  public static final Map<String, Territory> TERRITORIES =
      Map.of("MEMBER", Territory.MEMBER_STATE, "OUTSIDE", Territory.OUTSIDE_MEMBER_STATES);

  /** offices.json {@code office}: the offices the data records, by their model names. */
  public static final Set<String> OFFICES_IN_DATA = Set.of("SECRETARY_GENERAL", "CHIEF_OF_JOINT_STAFF");

  /** The {@code field}s of a strength's alternatives: {@code Strength}'s two figures. */
  public static final Set<String> STRENGTH_FIGURES = Set.of("personnel", "equipment");

  /** The force ids whose kind the model names; any other force is {@link ForceKind#OTHER}. */
  public static final Map<String, ForceKind> FORCE_KINDS =
      Map.of(
          "collective-peacekeeping-forces", ForceKind.COLLECTIVE_PEACEKEEPING_FORCES,
          "crrf", ForceKind.COLLECTIVE_RAPID_REACTION_FORCES,
          "crdf-car", ForceKind.CENTRAL_ASIAN_RAPID_DEPLOYMENT_FORCES,
          "collective-aviation-forces", ForceKind.COLLECTIVE_AVIATION_FORCES);
}
