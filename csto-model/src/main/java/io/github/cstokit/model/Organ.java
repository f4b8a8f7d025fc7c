package io.github.cstokit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body or office of the CSTO: who sits in it, how it decides and on what legal basis.
 *
 * <pre>{@code
 * Organ csc = Organ.builder()
 *     .id("csc").nameEn("Collective Security Council").nameRu("Совет коллективной безопасности")
 *     .abbreviation("CSC").kind(OrganKind.STATUTORY_BODY)
 *     .composition("Heads of the member states")
 *     .decisionMode(DecisionMode.CONSENSUS)
 *     .addLegalBasis(Citation.parse("Charter Art. 13")).addSource("odkb-structure")
 *     .build();
 * csc.toString();   // Organ[csc CSC]
 * csc.body();       // Optional[COLLECTIVE_SECURITY_COUNCIL]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class Organ implements Identified, Sourced, Noted, Abbreviated, LegallyBased {

  Organ() {}

  /**
   * Returns a builder for an organ.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The official English name.
   *
   * @return the name, not null or blank
   */
  public abstract String nameEn();

  /**
   * The Russian name.
   *
   * @return the name, not null or blank
   */
  public abstract String nameRu();

  /**
   * The organ's place in the structure.
   *
   * @return the kind, not null
   */
  public abstract OrganKind kind();

  /**
   * Who sits in it, in words, such as {@code Heads of the member states}.
   *
   * @return the composition, not null or blank
   */
  public abstract String composition();

  /**
   * How it decides.
   *
   * @return the decision mode, not null
   */
  public abstract DecisionMode decisionMode();

  @Value.Check
  final void check() {
    Checks.recorded(this);
    Checks.notBlank("nameEn", nameEn());
    Checks.notBlank("nameRu", nameRu());
    Checks.notBlank("composition", composition());
    Checks.abbreviated(this);
    Checks.legallyBased(this);
  }

  /**
   * The deciding body this organ is, if it is one of the {@link Body} constants.
   *
   * @return the body whose organ id equals {@link #id()}, or empty
   */
  public Optional<Body> body() {
    return Body.byOrganId(id());
  }

  /**
   * Returns the id and abbreviation, such as {@code Organ[csc CSC]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "Organ[" + id() + " " + abbreviation() + "]";
  }

  /** Builds an {@link Organ}; the legal bases, Russian abbreviation and note are optional. */
  public static final class Builder extends ImmutableOrgan.Builder {
    Builder() {}
  }
}
