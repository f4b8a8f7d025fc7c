package io.github.cstokit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An observer or partner status held over time, at the Organization itself or at one of its bodies
 * (the Parliamentary Assembly grants observer status to parliaments): who holds it, where, from when and
 * until when.
 *
 * <p>The status is held from the first day of {@link #since()} to the day before the first day of
 * {@link #until()}, the as-of reading of partial dates; without an end it is held as of the data date.
 * An end the sources do not establish is graded by {@link #confidence()}.
 *
 * <pre>{@code
 * ObserverStatus serbia = ObserverStatus.builder()
 *     .id("pa-observer-rs").kind(ObserverKind.OBSERVER)
 *     .holder("National Assembly of Serbia").holderState("RS").body(Body.PARLIAMENTARY_ASSEMBLY)
 *     .since(PartialDate.ofYear(2013)).addSource("tass-1230317")
 *     .build();
 * serbia.isHeldOn(LocalDate.of(2020, 1, 1));   // true
 * serbia.toString();   // ObserverStatus[pa-observer-rs OBSERVER at PA: National Assembly of Serbia since 2013]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class ObserverStatus implements Identified, Sourced, Noted {

  ObserverStatus() {}

  /**
   * Returns a builder for an observer status.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Observer or partner.
   *
   * @return the kind, not null
   */
  public abstract ObserverKind kind();

  /**
   * Who holds the status, in English: a state, or a parliament or parliamentary assembly.
   *
   * @return the name, not null or blank
   */
  public abstract String holder();

  /**
   * The holder's name in Russian.
   *
   * @return the name, or empty if not recorded
   */
  public abstract Optional<String> holderRu();

  /**
   * The ISO 3166-1 alpha-2 code of the holder's state (for a parliament, the state whose parliament it
   * is).
   *
   * @return the code, or empty for a holder that is not one state's (an inter-state assembly)
   */
  public abstract Optional<String> holderState();

  /**
   * The body at which the status is held.
   *
   * @return the body, such as {@link Body#PARLIAMENTARY_ASSEMBLY}, or empty for a status at the
   *     Organization itself
   */
  public abstract Optional<Body> body();

  /**
   * When the status was granted, as precisely as known.
   *
   * @return the date, not null
   */
  public abstract PartialDate since();

  /**
   * When the status ended: its first day is the first day it is no longer held.
   *
   * @return the end, or empty if it has not ended as of the data date
   */
  public abstract Optional<PartialDate> until();

  /**
   * How firmly the sources establish the record, in particular its end.
   *
   * @return the grade, or empty where the data gives none (the sources state it)
   */
  public abstract Optional<Confidence> confidence();

  @Value.Check
  final void check() {
    Checks.recorded(this);
    Checks.notBlank("holder", holder());
    Checks.notBlank("holderRu", holderRu());
    Checks.iso2("holderState", holderState());
    if (until().isPresent()) {
      Checks.after("until", until().get(), "since", since(),
          until().get().firstDay().isAfter(since().firstDay()));
    }
  }

  /**
   * Whether the status is held on a date: on or after the first day of {@link #since()} and before the
   * first day of {@link #until()}.
   *
   * @param date the date, not null
   * @return true if held that day
   */
  public boolean isHeldOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(since().firstDay())
        && (until().isEmpty() || date.isBefore(until().get().firstDay()));
  }

  /**
   * Returns id, kind, body, holder and dates, such as
   * {@code ObserverStatus[pa-observer-rs OBSERVER at PA: National Assembly of Serbia since 2013]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "ObserverStatus[" + id() + " " + kind() + " at "
        + body().map(Body::abbreviation).orElse("CSTO") + ": " + holder() + " since " + since()
        + until().map(u -> " until " + u).orElse("") + "]";
  }

  /** Builds an {@link ObserverStatus}; id, kind, holder, since and a source are required. */
  public static final class Builder extends ImmutableObserverStatus.Builder {
    Builder() {}
  }
}
