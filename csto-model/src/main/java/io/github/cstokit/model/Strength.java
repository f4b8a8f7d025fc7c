package io.github.cstokit.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The total strength of the forces under a {@link Mandate}: personnel and pieces of equipment, where the
 * sources give them. Figures the sources disagree on are kept as {@link #personnelAlternatives()} and
 * {@link #equipmentAlternatives()}, with the reason for the one used in {@link #choice()}; the
 * {@link #note()} says where the figure comes from.
 *
 * <pre>{@code
 * Strength kz = Strength.builder().personnel(2030).equipment(250).addSource("rbc-ua-1641824977").build();
 * kz.toString();   // Strength[2030 personnel, 250 equipment]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class Strength implements Sourced, Noted {

  Strength() {}

  /**
   * Returns a builder for a strength.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of personnel.
   *
   * @return a positive number, or empty if not recorded
   */
  public abstract OptionalInt personnel();

  /**
   * The number of pieces of equipment (vehicles, aircraft and the like, as the sources count them).
   *
   * @return a number not below zero, or empty if not recorded
   */
  public abstract OptionalInt equipment();

  /**
   * Where the figures come from, or how they were stated.
   *
   * @return the note, or empty
   */
  @Override
  public abstract Optional<String> note();

  /**
   * Other personnel figures some sources give and the data does not use, in their own words, such as
   * {@code about 2,500}.
   *
   * @return an unmodifiable list in the order given, possibly empty; each names the field
   *     {@code personnel} (one built without a field is given it)
   */
  public abstract List<AlternativeValue> personnelAlternatives();

  /**
   * Other equipment figures some sources give and the data does not use, in their own words.
   *
   * @return an unmodifiable list in the order given, possibly empty; each names the field
   *     {@code equipment} (one built without a field is given it)
   */
  public abstract List<AlternativeValue> equipmentAlternatives();

  /**
   * Which figures the data uses and why; required when there are alternatives.
   *
   * @return the explanation, or empty when there are no alternatives
   */
  public abstract Optional<String> choice();

  /**
   * Checks the invariants, and normalizes: an alternative figure that names no field names the one of its
   * list ({@code personnel} or {@code equipment}).
   */
  @Value.Check
  final Strength check() {
    Checks.positive("personnel", personnel());
    if (equipment().isPresent() && equipment().getAsInt() < 0) {
      throw new IllegalArgumentException("equipment must not be negative but was " + equipment().getAsInt());
    }
    Checks.sourcesAndNote(this);
    Checks.fieldIs("personnelAlternatives", personnelAlternatives(), "personnel");
    Checks.fieldIs("equipmentAlternatives", equipmentAlternatives(), "equipment");
    List<AlternativeValue> alternatives = new java.util.ArrayList<>(personnelAlternatives());
    alternatives.addAll(equipmentAlternatives());
    Checks.choiceGiven(alternatives, choice());
    if (alternatives.stream().anyMatch(a -> a.field().isEmpty())) {
      return builder().from(this)
          .personnelAlternatives(Checks.named(personnelAlternatives(), "personnel"))
          .equipmentAlternatives(Checks.named(equipmentAlternatives(), "equipment")).build();
    }
    return this;
  }

  /**
   * Returns the figures, such as {@code Strength[2030 personnel, 250 equipment]}, a question mark for
   * one not recorded.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "Strength[" + (personnel().isPresent() ? String.valueOf(personnel().getAsInt()) : "?")
        + " personnel, " + (equipment().isPresent() ? String.valueOf(equipment().getAsInt()) : "?")
        + " equipment]";
  }

  /** Builds a {@link Strength}; nothing is required. */
  public static final class Builder extends ImmutableStrength.Builder {
    Builder() {}
  }
}
