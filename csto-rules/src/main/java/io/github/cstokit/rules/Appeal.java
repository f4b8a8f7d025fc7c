package io.github.cstokit.rules;

import io.github.cstokit.model.Decision;
import io.github.cstokit.model.HostRequest;
import io.github.cstokit.model.PartialDate;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member's situation under Treaty Art. 2 and 4, what {@link DefenceRules} judges: the affected state, the
 * date, how the situation is characterised, its request to the Organization, the consultations, the
 * assistance decision and the report to the UN Security Council.
 *
 * <pre>{@code
 * Appeal am2022 = Appeal.builder()
 *     .state("AM").date(LocalDate.of(2022, 9, 13)).threat(ThreatKind.ARMED_ATTACK_DISPUTED)
 *     .request(amRequest).consultationsStarted(PartialDate.parse("2022-09-13"))
 *     .assistanceDecision(csc20221123)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class Appeal {

  Appeal() {}

  /**
   * Returns a builder for an appeal.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The ISO alpha-2 code of the affected member.
   *
   * @return the code, not null
   */
  public abstract String state();

  /**
   * The date of the threat or attack, on which the law in force is judged.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * How the record characterises the situation.
   *
   * @return the characterisation, not null
   */
  public abstract ThreatKind threat();

  /**
   * The affected member's request to the Organization.
   *
   * @return the request, or empty if none was made to the Organization
   */
  public abstract Optional<HostRequest> request();

  /**
   * When the joint consultations started.
   *
   * @return the date, as precisely as known, or empty if none are recorded
   */
  public abstract Optional<PartialDate> consultationsStarted();

  /**
   * The Council's decision on assistance, adopted or not.
   *
   * @return the decision, or empty if none was put forward
   */
  public abstract Optional<Decision> assistanceDecision();

  /**
   * Whether collective measures were taken (which must be reported to the UN Security Council).
   *
   * @return true if measures were taken; default false
   */
  @Value.Default
  public boolean measuresTaken() {
    return false;
  }

  /**
   * When the UN Security Council was informed of the measures.
   *
   * @return the date, or empty if not recorded
   */
  public abstract Optional<LocalDate> unSecurityCouncilInformed();

  @Value.Check
  final void check() {
    if (state().length() != 2 || !Character.isUpperCase(state().charAt(0))
        || !Character.isUpperCase(state().charAt(1))) {
      throw new IllegalArgumentException("state must be an ISO alpha-2 code but was '" + state() + "'");
    }
    if (request().isPresent() && !request().get().state().equals(state())) {
      throw new IllegalArgumentException(
          "request state (" + request().get().state() + ") must be the state (" + state() + ")");
    }
  }

  /**
   * Returns the state, date and characterisation, such as {@code Appeal[AM 2022-09-13 ARMED_ATTACK_DISPUTED]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "Appeal[" + state() + " " + date() + " " + threat() + "]";
  }

  /** Builds an {@link Appeal}; state, date and threat are required. */
  public static final class Builder extends ImmutableAppeal.Builder {
    Builder() {}
  }
}
