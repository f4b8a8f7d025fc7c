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
public abstract class StatusDecision implements Identified, Sourced {

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
   * Whose status is decided: the ISO alpha-2 code of a state or the id of an international organization,
   * as in {@link StatusApplication#applicant()}.
   *
   * @return the code or id, not null
   */
  public abstract String applicant();

  /**
   * The status decided on.
   *
   * @return the status, not null
   */
  public abstract StatusKind status();

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

  /**
   * Whether the applicant is a state: its code is two upper-case Latin letters, as in
   * {@link StatusApplication#isState()}.
   *
   * @return true for a state, false for an international organization
   */
  public boolean isState() {
    return Checks.Form.ISO2.matches(applicant());
  }

  @Value.Check
  final void check() {
    Checks.id("id", id());
    Checks.id("applicant", applicant());
    Checks.matches("applicationId", applicationId(), Checks.Form.ID);
    Checks.ids("sources", sources());
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
