package io.github.cstokit.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One state's contingent in a {@link Mandate}: its size where known, and whether it serves under the
 * unified command and of the state's own free will.
 *
 * <pre>{@code
 * Contingent armenia = Contingent.builder().state("AM").size(70).build();
 * Contingent russia = Contingent.of("RU").withSize(OptionalInt.empty());
 * armenia.toString();   // Contingent[AM 70]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class Contingent {

  Contingent() {}

  /**
   * Returns a builder for a contingent.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a contingent of unknown size, under unified command and voluntary.
   *
   * @param state the ISO alpha-2 code of the contributing state, not null
   * @return the contingent, not null
   * @throws IllegalArgumentException if the code is malformed
   */
  public static Contingent of(String state) {
    return builder().state(state).build();
  }

  /**
   * The ISO alpha-2 code of the contributing state.
   *
   * @return the code, not null
   */
  public abstract String state();

  /**
   * The number of personnel, where known.
   *
   * @return a positive size, or empty if unknown
   */
  public abstract OptionalInt size();

  /**
   * A remark on the size, for example when sources disagree.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> sizeNote();

  /**
   * Whether the contingent serves under the mandate's unified command (default true).
   *
   * @return true if under unified command
   */
  @Value.Default
  public boolean underUnifiedCommand() {
    return true;
  }

  /**
   * Whether the state contributes of its own free will (default true).
   *
   * @return true if voluntary
   */
  @Value.Default
  public boolean voluntary() {
    return true;
  }

  /**
   * The ids of the {@link Source}s for the contingent.
   *
   * @return an unmodifiable list in the order given, possibly empty (a hypothetical contingent)
   */
  public abstract List<String> sources();

  @Value.Check
  final void check() {
    Checks.iso2("state", state());
    Checks.positive("size", size());
    Checks.notBlank("sizeNote", sizeNote());
    Checks.ids("sources", sources());
  }

  /**
   * Returns a copy with another size.
   *
   * @param size the size, or empty if unknown; not null
   * @return the copy, not null
   * @throws IllegalArgumentException if the size is not positive
   */
  public Contingent withSize(OptionalInt size) {
    return ((ImmutableContingent) ImmutableContingent.copyOf(this)).withSize(size);
  }

  /**
   * Returns the state and size, such as {@code Contingent[AM 70]} or {@code Contingent[RU ?]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "Contingent[" + state() + " "
        + (size().isPresent() ? String.valueOf(size().getAsInt()) : "?")
        + (underUnifiedCommand() ? "" : " national command")
        + (voluntary() ? "" : " not voluntary") + "]";
  }

  /** Builds a {@link Contingent}; the state is required. */
  public static final class Builder extends ImmutableContingent.Builder {
    Builder() {}
  }
}
