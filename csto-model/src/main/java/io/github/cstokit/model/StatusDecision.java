package io.github.cstokit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision to grant, suspend or annul observer or partner status: which body took it, when, for whom,
 * and the application it answers where there was one.
 *
 * <pre>{@code
 * StatusDecision d = StatusDecision.builder()
 *     .id("hypothetical-grant").applicant("XA").status(StatusKind.OBSERVER).action(StatusAction.GRANT)
 *     .body(Body.COLLECTIVE_SECURITY_COUNCIL).date(LocalDate.of(2030, 5, 28))
 *     .applicationId("hypothetical-observer")
 *     .build();
 * d.toString();   // StatusDecision[hypothetical-grant CSC 2030-05-28 GRANT OBSERVER XA]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class StatusDecision implements StatusMatter {

  StatusDecision() {}

  /**
   * Returns a builder for a decision.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * What the decision does.
   *
   * @return the action, not null
   */
  public abstract StatusAction action();

  /**
   * The body that took the decision.
   *
   * @return the body, not null
   */
  public abstract Body body();

  /**
   * The day of the decision.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * The id of the {@link StatusApplication} the decision answers.
   *
   * @return the id, or empty if none is recorded
   */
  public abstract Optional<String> applicationId();

  @Value.Check
  final void check() {
    Checks.statusMatter(this);
    Checks.matches("applicationId", applicationId(), Checks.Form.ID);
  }

  /**
   * Returns id, body, date, action, status and applicant, such as
   * {@code StatusDecision[hypothetical-grant CSC 2030-05-28 GRANT OBSERVER XA]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "StatusDecision[" + id() + " " + body().abbreviation() + " " + date() + " " + action() + " "
        + status() + " " + applicant() + "]";
  }

  /**
   * Builds a {@link StatusDecision}; id, applicant, status, action, body and date are required. A builder
   * is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableStatusDecision.Builder {
    Builder() {}
  }
}
