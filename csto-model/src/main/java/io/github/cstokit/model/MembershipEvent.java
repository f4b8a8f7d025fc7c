package io.github.cstokit.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated, sourced legal event in one state's membership record: a signature, an entry into force, a
 * non-renewal, a suspension decision, a declared freeze and so on. Statuses are never typed by hand;
 * {@link MembershipTimeline} derives them from these events.
 *
 * <p>An event that is not {@link #effective()} is recorded for the history but does not change the
 * status, for example a restoration decision whose legal effect the data attributes to a later protocol.
 *
 * <p>Events are ordered by {@link #ORDER}: the first day of their date, then their type's declaration
 * order, then their id. Their {@linkplain #alternatives() alternatives} are typically other dates.
 *
 * <pre>{@code
 * MembershipEvent suspension = MembershipEvent.builder()
 *     .id("uz-2012-suspension").state("UZ").type(MembershipEventType.SUSPENSION_DECISION)
 *     .date(PartialDate.parse("2012-12-19")).framework(Framework.ORGANIZATION)
 *     .addSource("tass-687141")
 *     .build();
 * suspension.toString();   // MembershipEvent[UZ SUSPENSION_DECISION 2012-12-19]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class MembershipEvent implements Identified, Sourced, Noted, Disputed {

  /**
   * The order in which {@link MembershipTimeline} applies events: by first day, then by type (declaration
   * order of {@link MembershipEventType}), then by id. Consistent with {@code equals} only among events
   * with distinct ids.
   */
  public static final Comparator<MembershipEvent> ORDER = new EventOrder();

  /** {@link #ORDER}, written out (no lambdas to spin up when the class is first used). */
  private static final class EventOrder implements Comparator<MembershipEvent> {
    EventOrder() {}

    @Override
    public int compare(MembershipEvent a, MembershipEvent b) {
      int c = a.date().firstDay().compareTo(b.date().firstDay());
      if (c == 0) {
        c = a.type().compareTo(b.type());
      }
      return c != 0 ? c : a.id().compareTo(b.id());
    }
  }

  MembershipEvent() {}

  /**
   * Returns a builder for an event.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The ISO alpha-2 code of the state concerned.
   *
   * @return two upper-case letters, not null
   */
  public abstract String state();

  /**
   * What happened.
   *
   * @return the type, not null
   */
  public abstract MembershipEventType type();

  /**
   * When it happened, as precisely as the sources say; status changes take effect on its first day.
   *
   * @return the date, not null
   */
  public abstract PartialDate date();

  /**
   * The framework the event belongs to: the Treaty or the Organization.
   *
   * @return the framework, not null
   */
  public abstract Framework framework();

  /**
   * The id of the {@link Instrument} concerned, such as the Treaty or a protocol.
   *
   * @return the instrument id, or empty
   */
  public abstract Optional<String> instrumentId();

  /**
   * Whether the event changes the status as its type says (default true). False records the event
   * without effect on the status or participation.
   *
   * @return true if the event takes effect
   */
  @Value.Default
  public boolean effective() {
    return true;
  }

  @Value.Check
  final void check() {
    Checks.recorded(this);
    Checks.iso2("state", state());
    Checks.matches("instrument", instrumentId(), Checks.Form.ID);
    Checks.choiceGiven(this);
  }

  /**
   * Returns a copy with another effectiveness.
   *
   * @param effective whether the copy takes effect
   * @return the copy, not null
   */
  public MembershipEvent withEffective(boolean effective) {
    return ((ImmutableMembershipEvent) ImmutableMembershipEvent.copyOf(this)).withEffective(effective);
  }

  /**
   * Returns a copy with another date.
   *
   * @param date the new date, not null
   * @return the copy, not null
   */
  public MembershipEvent withDate(PartialDate date) {
    return ((ImmutableMembershipEvent) ImmutableMembershipEvent.copyOf(this)).withDate(date);
  }

  /**
   * Returns the state, type and date, such as {@code MembershipEvent[UZ SUSPENSION_DECISION 2012-12-19]};
   * an event without effect ends with {@code (no effect)}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "MembershipEvent[" + state() + " " + type() + " " + date()
        + (effective() ? "" : " (no effect)") + "]";
  }

  /** Builds a {@link MembershipEvent}; id, state, type, date, framework and a source are required. */
  public static final class Builder extends ImmutableMembershipEvent.Builder {
    Builder() {}
  }
}
