package io.github.cstokit.model;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * An official request for assistance or deployment, on which a {@link Mandate} rests: usually the host
 * state's, but it may come from one or more states ({@link #state()} and {@link #alsoRequestedBy()}), as
 * the CRDF Agreement's "one or more member states" and the Peacekeeping Agreement's requesting members
 * allow, and from a state other than the host.
 *
 * <p>Sources may be empty for a hypothetical request; the bundled dataset always gives at least one. Each
 * of its {@linkplain #alternatives() alternatives} names the {@linkplain AlternativeValue#field() field}
 * it is for, such as another {@code date}.
 *
 * <pre>{@code
 * HostRequest kz = HostRequest.builder()
 *     .state("KZ").author("President Kassym-Jomart Tokayev")
 *     .date(PartialDate.parse("2022-01-05")).addressee("Chairman of the CSC")
 *     .addSource("akorda-2022-01-05")
 *     .build();
 * kz.toString();   // HostRequest[KZ 2022-01-05 President Kassym-Jomart Tokayev]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class HostRequest implements Sourced, Noted, Disputed {

  HostRequest() {}

  /**
   * Returns a builder for a request.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The ISO alpha-2 code of the requesting state (the first, where several requested together).
   *
   * @return the code, not null
   */
  public abstract String state();

  /**
   * The other states that made the request together with {@link #state()}.
   *
   * @return an unmodifiable set of ISO alpha-2 codes in alphabetical order, possibly empty; never contains
   *     {@link #state()}
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> alsoRequestedBy();

  /**
   * Every requesting state: {@link #state()} and {@link #alsoRequestedBy()}.
   *
   * @return an unmodifiable set of ISO alpha-2 codes in alphabetical order, not empty
   */
  public SortedSet<String> requestingStates() {
    SortedSet<String> all = new TreeSet<>(alsoRequestedBy());
    all.add(state());
    return Collections.unmodifiableSortedSet(all);
  }

  /**
   * Who made the request, such as the head of state.
   *
   * @return the author, not null or blank
   */
  public abstract String author();

  /**
   * When the request was made.
   *
   * @return the date, not null
   */
  public abstract PartialDate date();

  /**
   * To whom it was addressed, such as the Chairman of the Collective Security Council.
   *
   * @return the addressee, or empty if not recorded
   */
  public abstract Optional<String> addressee();

  /**
   * Who carried out the attack the request concerns, as the record says: a state, a group of states, a
   * non-state actor, or unknown (Treaty Art. 4 in its 1992 text covers aggression "by any state or group
   * of states"). An {@link Appeal} whose own {@link Appeal#attacker()} is not given takes it from its
   * request.
   *
   * @return the attacker, or empty if the record does not give one
   * @since 0.2.0
   */
  public abstract Optional<Attacker> attacker();

  @Value.Check
  final void check() {
    Checks.iso2("state", state());
    for (String s : alsoRequestedBy()) {
      Checks.iso2("alsoRequestedBy", s);
    }
    if (alsoRequestedBy().contains(state())) {
      throw new IllegalArgumentException("alsoRequestedBy must not contain the state (" + state() + ")");
    }
    Checks.notBlank("author", author());
    Checks.notBlank("addressee", addressee());
    Checks.sourcesAndNote(this);
    Checks.fieldsNamed("alternatives", alternatives());
    Checks.choiceGiven(this);
  }

  /**
   * Returns state, date and author, such as {@code HostRequest[KZ 2022-01-05 President Tokayev]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "HostRequest[" + state() + (alsoRequestedBy().isEmpty() ? "" : "+" + String.join("+", alsoRequestedBy()))
        + " " + date() + " " + author() + "]";
  }

  /** Builds a {@link HostRequest}; state, author and date are required. */
  public static final class Builder extends ImmutableHostRequest.Builder {
    Builder() {}
  }
}
