package io.github.cstokit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A decision suspending rights of a member for arrears (Charter Art. 25): which body took it, when, for
 * which member and which rights. Under Art. 25 the suspension is decided by the Collective Security
 * Council; arrears alone suspend nothing.
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

  @Value.Check
  final void check() {
    Checks.id("id", id());
    Checks.iso2("state", state());
    Checks.notEmpty("rights", rights());
    Checks.ids("sources", sources());
  }

  /**
   * Returns id, state, body, date and rights, such as
   * {@code RightsSuspension[hypothetical-suspension XA CSC 2030-11-23 [NOMINATION_TO_QUOTA_POSTS]]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "RightsSuspension[" + id() + " " + state() + " " + body().abbreviation() + " " + date() + " "
        + rights() + "]";
  }

  /**
   * Builds a {@link RightsSuspension}; id, state, body, date and at least one right are required. A
   * builder is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableRightsSuspension.Builder {
    Builder() {}
  }
}
