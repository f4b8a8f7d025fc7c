package io.github.cstokit.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * One edition (or stage) of an {@link Activity}: an exercise held in a year, or a stage of a recurring
 * operation, with its dates, host, participants and size where the sources give them, and its own
 * sources.
 *
 * <p>An edition without a source of its own is {@linkplain #sourced() unsourced}: it rests at most on
 * the activity's general sources, and its {@link #confidence()} is then {@link Confidence#UNVERIFIED}
 * (an invariant). Dates are as precise as the sources give them; an edition may be known only by its
 * year, or (for one stage of Channel) by neither year nor day.
 *
 * <pre>{@code
 * ActivityEdition mulino = ActivityEdition.builder()
 *     .year(2019).start(PartialDate.parse("2019-10-16")).end(PartialDate.parse("2019-10-18"))
 *     .host("RU").note("Mulino.").addSource("tass-1083457")
 *     .build();
 * mulino.toString();   // ActivityEdition[2019-10-16..2019-10-18 in RU]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class ActivityEdition implements Sourced, Noted {

  ActivityEdition() {}

  /**
   * Returns a builder for an edition.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The edition's own name, such as {@code Channel - Arax} or {@code Grom-2013}.
   *
   * @return the name, or empty where the edition is known by its activity and year
   */
  public abstract Optional<String> name();

  /**
   * The year of the edition.
   *
   * @return the year, or empty if not recorded
   */
  public abstract OptionalInt year();

  /**
   * The first day, as precisely as known.
   *
   * @return the start, or empty if not recorded
   */
  public abstract Optional<PartialDate> start();

  /**
   * The last day, as precisely as known (inclusive, as the sources state it).
   *
   * @return the end, or empty if not recorded
   */
  public abstract Optional<PartialDate> end();

  /**
   * The ISO alpha-2 code of the host state.
   *
   * @return the code, or empty if not recorded
   */
  public abstract Optional<String> host();

  /**
   * The states recorded as taking part.
   *
   * @return an unmodifiable set of ISO alpha-2 codes in alphabetical order; empty where the sources
   *     consulted do not list them
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> participants();

  /**
   * The number of personnel the sources give, often a round figure ("about 2,500"); the
   * {@link #note()} says how it was stated.
   *
   * @return a positive number, or empty if not recorded
   */
  public abstract OptionalInt personnel();

  /**
   * Whether the edition was only planned or announced as of its record (default false).
   *
   * @return true if planned
   */
  @Value.Default
  public boolean planned() {
    return false;
  }

  /**
   * How firmly the sources establish the edition.
   *
   * @return the grade, or empty where the data gives none (the edition's own sources state it);
   *     {@link Confidence#UNVERIFIED} for an edition without sources
   */
  public abstract Optional<Confidence> confidence();

  @Value.Check
  final void check() {
    Checks.notBlank("name", name());
    if (year().isPresent()) {
      Checks.between("year", year().getAsInt(), PartialDate.MIN_YEAR, PartialDate.MAX_YEAR);
      for (PartialDate d : new PartialDate[] {start().orElse(null), end().orElse(null)}) {
        if (d != null && d.year() != year().getAsInt()) {
          throw new IllegalArgumentException(
              "year (" + year().getAsInt() + ") must be the year of start and end (" + d + ")");
        }
      }
    }
    if (start().isPresent() && end().isPresent()) {
      Checks.notBefore("end", end().get(), "start", start().get(),
          !end().get().lastDay().isBefore(start().get().firstDay()));
    }
    Checks.iso2("host", host());
    for (String state : participants()) {
      Checks.iso2("participants element", state);
    }
    Checks.positive("personnel", personnel());
    Checks.sourcesAndNote(this);
    if (sources().isEmpty() && confidence().orElse(null) != Confidence.UNVERIFIED) {
      throw new IllegalArgumentException(
          "confidence must be UNVERIFIED when sources are empty (an edition without a source of its own)");
    }
  }

  /**
   * Whether the edition has a source of its own.
   *
   * @return true if {@link #sources()} is not empty
   */
  public boolean sourced() {
    return !sources().isEmpty();
  }

  /**
   * The date the edition is placed at on a time axis: its start, else its end, else its year.
   *
   * @return the date, or empty if neither a day nor a year is recorded
   */
  public Optional<PartialDate> date() {
    if (start().isPresent()) {
      return start();
    }
    if (end().isPresent()) {
      return end();
    }
    return year().isPresent() ? Optional.of(PartialDate.ofYear(year().getAsInt())) : Optional.empty();
  }

  /**
   * Whether the edition's {@link #date()} falls within a period (its first day does).
   *
   * @param period the period, not null
   * @return true if dated within the period; false for an undated edition
   */
  public boolean isWithin(Period period) {
    java.util.Objects.requireNonNull(period, "period");
    return date().map(d -> period.contains(d.firstDay())).orElse(false);
  }

  /**
   * Returns the name or dates, the host and the marks, such as
   * {@code ActivityEdition[2019-10-16..2019-10-18 in RU]} or
   * {@code ActivityEdition[2021 in KG unsourced]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("ActivityEdition[");
    name().ifPresent(n -> text.append(n).append(' '));
    if (start().isPresent()) {
      text.append(start().get());
      end().ifPresent(e -> text.append("..").append(e));
    } else if (end().isPresent()) {
      text.append("..").append(end().get());
    } else if (year().isPresent()) {
      text.append(year().getAsInt());
    } else {
      text.append("undated");
    }
    host().ifPresent(h -> text.append(" in ").append(h));
    if (planned()) {
      text.append(" planned");
    }
    if (!sourced()) {
      text.append(" unsourced");
    }
    return text.append(']').toString();
  }

  /** Builds an {@link ActivityEdition}; nothing is required but a source or the UNVERIFIED grade. */
  public static final class Builder extends ImmutableActivityEdition.Builder {
    Builder() {}
  }
}
