package io.github.cstokit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the record says of one value of another record, such as a {@link Mandate}'s
 * {@linkplain Mandate#period() period} or the day the UN Security Council was
 * {@linkplain Mandate#unSecurityCouncilInformed() informed}: a note on how the value is established,
 * other values that some sources give, which one the data uses and why, and the sources for it.
 *
 * <p>An attestation says something: it has a note, an alternative, a choice or a source. Each
 * {@linkplain #alternatives() alternative} names the {@linkplain AlternativeValue#field() field} it is
 * for where the record that holds the attestation requires it (a period's {@code start} or {@code end}).
 *
 * <pre>{@code
 * Attestation dispatch = Attestation.builder()
 *     .note("Sent on 2022-09-15 (TASS; Russian MFA).")
 *     .addAlternative(AlternativeValue.builder()
 *         .field("start").value("2022-09-14").addSource("newsam-735883").build())
 *     .choice("2022-09-15 is used as the official dispatch date.")
 *     .addSource("tass-2022-09-15")
 *     .build();
 * dispatch.toString();   // Attestation[(tass-2022-09-15), 1 alternative]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class Attestation implements Sourced, Noted, Disputed {

  Attestation() {}

  /**
   * Returns a builder for an attestation.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An attestation of the parts given, or none if every part is empty: what a reader of a file that
   * gives these parts one by one builds.
   *
   * @param note the note, or empty
   * @param alternatives the alternatives, not null, possibly empty
   * @param choice the choice, or empty
   * @param sources the ids of the sources, not null, possibly empty
   * @return the attestation, or empty if every part is empty
   * @throws IllegalArgumentException if a part is malformed, as {@link Builder#build()} would
   */
  public static Optional<Attestation> of(Optional<String> note, List<AlternativeValue> alternatives,
      Optional<String> choice, List<String> sources) {
    if (silent(note, alternatives, choice, sources)) {
      return Optional.empty();
    }
    return Optional.of(
        builder().note(note).alternatives(alternatives).choice(choice).sources(sources).build());
  }

  private static boolean silent(
      Optional<String> note, List<?> alternatives, Optional<String> choice, List<?> sources) {
    return note.isEmpty() && alternatives.isEmpty() && choice.isEmpty() && sources.isEmpty();
  }

  @Value.Check
  final void check() {
    if (silent(note(), alternatives(), choice(), sources())) {
      throw new IllegalArgumentException(
          "an attestation must give a note, an alternative, a choice or a source");
    }
    Checks.choiceGiven(this);
    Checks.sourcesAndNote(this);
  }

  /**
   * Returns the sources and the number of alternatives, such as
   * {@code Attestation[(tass-2022-09-15), 1 alternative]}, or {@code Attestation[note only]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    String alternatives = alternatives().isEmpty() ? ""
        : alternatives().size() == 1 ? "1 alternative" : alternatives().size() + " alternatives";
    String said = sources().isEmpty() ? alternatives
        : "(" + String.join(", ", sources()) + ")" + (alternatives.isEmpty() ? "" : ", " + alternatives);
    return "Attestation[" + (said.isEmpty() ? "note only" : said) + "]";
  }

  /** Builds an {@link Attestation}; every part is optional, but at least one must be given. */
  public static final class Builder extends ImmutableAttestation.Builder {
    Builder() {}
  }
}
