package io.github.cstokit.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A budget of the Organization as approved: the decision that approved it, and, where the record gives
 * them, the shared contributions it is formed from and the expenditure it plans, in one unit of account.
 * Under the Charter the budget is formed from the members' shared contributions approved by the Council,
 * may not be in deficit, and is approved by the Council.
 *
 * <pre>{@code
 * Budget b = Budget.builder()
 *     .id("hypothetical-budget").approval(councilDecision)
 *     .contributions(new BigDecimal("100")).expenditure(new BigDecimal("100"))
 *     .build();
 * b.deficit();    // Optional[false]
 * b.toString();   // Budget[hypothetical-budget CSC 2030-11-23]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class Budget implements Identified, Sourced {

  Budget() {}

  /**
   * Returns a builder for a budget.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The decision that approved the budget: its body, date and record of adoption.
   *
   * @return the decision, not null
   */
  public abstract Decision approval();

  /**
   * The members' shared contributions the budget is formed from, in the budget's unit of account.
   *
   * @return the amount, not negative, or empty if not recorded
   */
  public abstract Optional<BigDecimal> contributions();

  /**
   * The expenditure the budget plans, in the same unit of account as {@link #contributions()}.
   *
   * @return the amount, not negative, or empty if not recorded
   */
  public abstract Optional<BigDecimal> expenditure();

  @Value.Check
  final void check() {
    Checks.id("id", id());
    if (contributions().isPresent() && contributions().get().signum() < 0) {
      throw new IllegalArgumentException("contributions must not be negative, but is " + contributions().get());
    }
    if (expenditure().isPresent() && expenditure().get().signum() < 0) {
      throw new IllegalArgumentException("expenditure must not be negative, but is " + expenditure().get());
    }
    Checks.ids("sources", sources());
  }

  /**
   * Whether the planned expenditure exceeds the contributions, where the record gives both.
   *
   * @return true if in deficit, false if balanced or in surplus, empty if either amount is not recorded
   */
  public Optional<Boolean> deficit() {
    if (contributions().isEmpty() || expenditure().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(expenditure().get().compareTo(contributions().get()) > 0);
  }

  /**
   * Returns id, approving body and date, such as {@code Budget[hypothetical-budget CSC 2030-11-23]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "Budget[" + id() + " " + approval().body().abbreviation() + " " + approval().date() + "]";
  }

  /** Builds a {@link Budget}; id and approval are required. A builder is mutable and not thread-safe. */
  public static final class Builder extends ImmutableBudget.Builder {
    Builder() {}
  }
}
