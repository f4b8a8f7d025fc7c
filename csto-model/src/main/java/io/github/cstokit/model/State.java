package io.github.cstokit.model;

import org.immutables.value.Value;

/**
 * A sovereign state as it appears in the CSTO record, identified by its ISO 3166-1 alpha-2 code.
 *
 * <p>A state carries its ISO 3166-1 alpha-2 and alpha-3 codes, its Correlates of War (COW) country code
 * and abbreviation, and its short English and Russian names. States are equal when all their values are
 * equal and are ordered by their alpha-2 code.
 *
 * <pre>{@code
 * State kazakhstan = State.builder()
 *     .isoAlpha2("KZ").isoAlpha3("KAZ").cowCode(705).cowAbbreviation("KZK")
 *     .nameEn("Kazakhstan").nameRu("Казахстан")
 *     .build();
 * kazakhstan.toString();   // State[KZ Kazakhstan]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class State implements Comparable<State> {


  State() {}

  /**
   * Returns a builder for a state.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The ISO 3166-1 alpha-2 code, such as {@code KZ}.
   *
   * @return two upper-case Latin letters, not null
   */
  public abstract String isoAlpha2();

  /**
   * The ISO 3166-1 alpha-3 code, such as {@code KAZ}.
   *
   * @return three upper-case Latin letters, not null
   */
  public abstract String isoAlpha3();

  /**
   * The Correlates of War country code ({@code ccode}), such as {@code 705} for Kazakhstan.
   *
   * @return a positive number
   */
  public abstract int cowCode();

  /**
   * The Correlates of War state abbreviation, such as {@code KZK}.
   *
   * @return three upper-case Latin letters, not null
   */
  public abstract String cowAbbreviation();

  /**
   * The short English name, such as {@code Kazakhstan}.
   *
   * @return the name, not null or blank
   */
  public abstract String nameEn();

  /**
   * The short Russian name, such as {@code Казахстан}.
   *
   * @return the name, not null or blank
   */
  public abstract String nameRu();

  /**
   * Other Russian short names in use for the state, such as {@code Беларусь} beside the
   * {@linkplain #nameRu() recorded} {@code Белоруссия}: they name the same state, and lookups by a
   * Russian name may accept them.
   *
   * @return the other names, in the order recorded, none blank or equal to {@link #nameRu()}; empty if
   *     none
   */
  @Value.Default
  public java.util.List<String> nameRuAliases() {
    return java.util.List.of();
  }

  /**
   * A remark on the state's record, for example on its names or codes.
   *
   * @return the note, or empty
   */
  public abstract java.util.Optional<String> note();

  /**
   * The ids of the {@link Source}s for the state's codes and names.
   *
   * @return an unmodifiable list in the order given; every state of a dataset has one at least, a state
   *     built by hand may have none
   */
  public abstract java.util.List<String> sources();

  @Value.Check
  final void check() {
    Checks.iso2("isoAlpha2", isoAlpha2());
    Checks.alpha3("isoAlpha3", isoAlpha3());
    Checks.alpha3("cowAbbreviation", cowAbbreviation());
    Checks.positive("cowCode", cowCode());
    Checks.notBlank("nameEn", nameEn());
    Checks.notBlank("nameRu", nameRu());
    for (String alias : nameRuAliases()) {
      Checks.notBlank("nameRuAliases", alias);
      if (alias.equals(nameRu())) {
        throw new IllegalArgumentException("nameRuAliases must not repeat nameRu: " + alias);
      }
    }
    Checks.notBlank("note", note());
    Checks.ids("sources", sources());
  }

  /**
   * Compares states by their ISO alpha-2 code.
   *
   * @param other the state to compare with, not null
   * @return negative, zero or positive as this state's code sorts before, with or after the other's
   */
  @Override
  public final int compareTo(State other) {
    return isoAlpha2().compareTo(other.isoAlpha2());
  }

  /**
   * Returns the code and English name, such as {@code State[KZ Kazakhstan]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "State[" + isoAlpha2() + " " + nameEn() + "]";
  }

  /** Builds a {@link State}; every value is required except the other names, note and sources. */
  public static final class Builder extends ImmutableState.Builder {
    Builder() {}
  }
}
