package io.github.cstokit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A collective force of the CSTO, such as the Collective Peacekeeping Forces or the CRRF.
 *
 * <pre>{@code
 * Force crrf = Force.builder()
 *     .id("crrf").kind(ForceKind.COLLECTIVE_RAPID_REACTION_FORCES)
 *     .nameEn("Collective Rapid Reaction Forces").abbreviation("CRRF")
 *     .established(PartialDate.parse("2009-02-04")).addSource("uzdaily-crrf")
 *     .build();
 * crrf.toString();   // Force[crrf CRRF]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class Force implements Identified, Sourced, Noted, Abbreviated, LegallyBased {

  Force() {}

  /**
   * Returns a builder for a force.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The kind of force.
   *
   * @return the kind, not null
   */
  public abstract ForceKind kind();

  /**
   * The English name.
   *
   * @return the name, not null or blank
   */
  public abstract String nameEn();

  /**
   * The Russian name.
   *
   * @return the name, or empty if not recorded
   */
  public abstract Optional<String> nameRu();

  /**
   * When the force was established, as precisely as known.
   *
   * @return the date, or empty if unknown
   */
  public abstract Optional<PartialDate> established();

  @Value.Check
  final void check() {
    Checks.recorded(this);
    Checks.notBlank("nameEn", nameEn());
    Checks.notBlank("nameRu", nameRu());
    Checks.abbreviated(this);
    Checks.legallyBased(this);
  }

  /**
   * Returns the id and abbreviation, such as {@code Force[crrf CRRF]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "Force[" + id() + " " + abbreviation() + "]";
  }

  /** Builds a {@link Force}; id, kind, English name, abbreviation and a source are required. */
  public static final class Builder extends ImmutableForce.Builder {
    Builder() {}
  }
}
