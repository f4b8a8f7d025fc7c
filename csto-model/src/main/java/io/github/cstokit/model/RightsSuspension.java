package io.github.cstokit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A decision suspending rights of a member for arrears (Charter Art. 25): which body took it, when, for
 * which member and which rights, and, where recorded, the day a decision of the Council restored them.
 * Under Art. 25 the suspension is decided by the Collective Security Council and lasts until the debt is
 * paid in full; arrears alone suspend nothing.
 *
 * <pre>{@code
 * RightsSuspension s = RightsSuspension.builder()
 *     .id("hypothetical-suspension").state("XA").body(Body.COLLECTIVE_SECURITY_COUNCIL)
 *     .date(LocalDate.of(2030, 11, 23)).addRights(MemberRight.NOMINATION_TO_QUOTA_POSTS)
 *     .build();
 * s.toString();
 * // RightsSuspension[hypothetical-suspension XA CSC 2030-11-23 [NOMINATION_TO_QUOTA_POSTS]]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class RightsSuspension implements Identified, Sourced {

  RightsSuspension() {}

  /**
   * Returns a builder for a suspension.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The ISO alpha-2 code of the member whose rights are suspended.
   *
   * @return the code, not null
   */
  public abstract String state();

  /**
   * The body that took the decision.
   *
   * @return the body, not null
   */
  public abstract Body body();

  /**
   * The day of the decision, from which the rights are suspended.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * The rights suspended.
   *
   * @return an unmodifiable, non-empty set in declaration order
   */
  @Value.NaturalOrder
  public abstract SortedSet<MemberRight> rights();

  /**
   * The day of the Council's decision restoring the rights, where the record has one: the suspension ends
   * on that day, if the debt was not paid in full before.
   *
   * @return the date, after {@link #date()}, or empty if no restoring decision is recorded
   * @since 0.2.0
   */
  public abstract Optional<LocalDate> restoredOn();

  @Value.Check
  final void check() {
    Checks.id("id", id());
    Checks.iso2("state", state());
    Checks.notEmpty("rights", rights());
    Checks.ids("sources", sources());
    if (restoredOn().isPresent()) {
      Checks.after("restoredOn", restoredOn().get(), "date", date(), restoredOn().get().isAfter(date()));
    }
  }

  /**
   * Returns id, state, body, date, rights and the day they were restored if recorded, such as
   * {@code RightsSuspension[hypothetical-suspension XA CSC 2030-11-23 [NOMINATION_TO_QUOTA_POSTS]]} or
   * {@code RightsSuspension[s XA CSC 2030-11-23 [VOTE] restored 2031-05-01]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "RightsSuspension[" + id() + " " + state() + " " + body().abbreviation() + " " + date() + " "
        + rights() + restoredOn().map(r -> " restored " + r).orElse("") + "]";
  }

  /**
   * Builds a {@link RightsSuspension}; id, state, body, date and at least one right are required. A
   * builder is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableRightsSuspension.Builder {
    Builder() {}
  }
}
