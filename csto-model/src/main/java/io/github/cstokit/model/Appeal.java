package io.github.cstokit.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member's situation under Treaty Art. 2 and 4, as the record gives it: the affected state, the date, how
 * the situation is characterised, its request to the Organization, the consultations, the assistance
 * decision and the report to the UN Security Council. The collective-defence checks judge it.
 *
 * <pre>{@code
 * Appeal threat = Appeal.of("AM", LocalDate.of(2022, 9, 13), ThreatKind.ARMED_ATTACK_DISPUTED);
 * Appeal am2022 = Appeal.builder().from(threat)
 *     .request(amRequest).consultationsStarted(PartialDate.parse("2022-09-13"))
 *     .assistanceDecision(csc20221123)
 *     .build();
 * am2022.toString();   // Appeal[AM 2022-09-13 ARMED_ATTACK_DISPUTED]
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
   * Returns an appeal with no request, consultations, decision or measures recorded.
   *
   * @param state the ISO alpha-2 code of the affected member, not null
   * @param date the date of the threat or attack, not null
   * @param threat how the record characterises the situation, not null
   * @return the appeal, not null
   * @throws IllegalArgumentException if the code is malformed
   */
  public static Appeal of(String state, LocalDate date, ThreatKind threat) {
    return builder().state(state).date(date).threat(threat).build();
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
   * @return the request, from the affected member, or empty if none was made to the Organization
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
   * Who attacked, as the record says: a state, a group of states, a non-state actor, or unknown.
   *
   * @return the attacker, or empty if not recorded (then the request's {@link HostRequest#attacker()}, if
   *     any, is taken; failing both, it is treated as {@link Attacker#UNKNOWN})
   */
  public abstract Optional<Attacker> attacker();

  /**
   * Who attacked, as the record says: {@link #attacker()} if given, else the attacker its request gives.
   *
   * @return the attacker, or empty if neither the appeal nor its request records one
   * @since 0.2.0
   */
  public Optional<Attacker> recordedAttacker() {
    return attacker().isPresent() ? attacker() : request().flatMap(HostRequest::attacker);
  }

  /**
   * When the UN Security Council was informed of the measures.
   *
   * @return the date, or empty if not recorded
   */
  public abstract Optional<LocalDate> unSecurityCouncilInformed();

  @Value.Check
  final void check() {
    Checks.iso2("state", state());
    if (request().isPresent() && !request().get().requestingStates().contains(state())) {
      throw new IllegalArgumentException(
          "request.state (" + request().get().state() + ") must be the state (" + state() + ")");
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

  /**
   * Builds an {@link Appeal}; state, date and threat are required. A builder is mutable and not
   * thread-safe.
   */
  public static final class Builder extends ImmutableAppeal.Builder {
    Builder() {}
  }
}
