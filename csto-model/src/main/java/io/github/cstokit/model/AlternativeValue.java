package io.github.cstokit.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A value for a fact that some sources give and the data does not use: conflicting sources are data,
 * not noise. A fact with alternatives also says, in its {@code choice()}, which value it uses and why.
 *
 * <p>The value is text in the fact's own notation, for example a {@link PartialDate} in ISO partial
 * form ({@code 1993-09-09}) or a name. Where a record gives alternatives for several of its fields (an
 * instrument's place, a request's date, a mandate period's start), {@link #field()} names the field the
 * value is for; an alternative for the record's own date names none.
 *
 * <pre>{@code
 * AlternativeValue georgia = AlternativeValue.builder()
 *     .value("1993-09-09").addSource("blogen-csto").addSource("apostrophe-2022-01-06")
 *     .note("ru-wiki translation; December 1993 per the Great Russian Encyclopedia")
 *     .build();
 * georgia.toString();   // AlternativeValue[1993-09-09 (blogen-csto, apostrophe-2022-01-06)]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class AlternativeValue implements Sourced, Noted {

  AlternativeValue() {}

  /**
   * Returns a builder for an alternative value.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an alternative value without a note.
   *
   * @param value the value as text, not null or blank
   * @param sources the ids of the sources giving it, not empty
   * @return the alternative value, not null
   * @throws IllegalArgumentException if the value is blank or there is no source
   */
  public static AlternativeValue of(String value, List<String> sources) {
    return builder().value(value).sources(Objects.requireNonNull(sources, "sources")).build();
  }

  /**
   * The value, as text in the fact's own notation.
   *
   * @return the value, not null or blank
   */
  public abstract String value();

  /**
   * The field of the record this value is an alternative for, as the data file names it, such as
   * {@code place} for an instrument's place of signature or {@code start} for the start of a mandate's
   * period.
   *
   * @return the field's name, or empty for an alternative to the record's own date
   */
  public abstract Optional<String> field();

  /**
   * Why the sources differ or why the value is not used.
   *
   * @return the note, or empty
   */
  @Override
  public abstract Optional<String> note();

  @Value.Check
  final void check() {
    Checks.notBlank("value", value());
    Checks.matches("field", field(), Checks.Form.ID);
    Checks.sourced(this);
    Checks.notBlank("note", note());
  }

  /**
   * Returns the value and its sources, such as {@code AlternativeValue[1993-09-09 (blogen-csto)]},
   * after the field it is for where it names one: {@code AlternativeValue[place: Tashkent (tass)]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "AlternativeValue[" + field().map(f -> f + ": ").orElse("") + value() + " ("
        + String.join(", ", sources()) + ")]";
  }

  /** Builds an {@link AlternativeValue}; the value and at least one source are required. */
  public static final class Builder extends ImmutableAlternativeValue.Builder {
    Builder() {}
  }
}
