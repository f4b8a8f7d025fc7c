package io.github.cstokit.model;

/**
 * Who carried out the attack an {@link Appeal} concerns, as the record says. The Treaty's 1992 text of
 * Art. 4 covers aggression "by any state or group of states"; the 2010 text drops that qualifier.
 *
 * <pre>{@code
 * Appeal a = Appeal.builder().state("AM").date(LocalDate.of(2022, 9, 13))
 *     .threat(ThreatKind.ARMED_ATTACK_DISPUTED).attacker(Attacker.STATE).build();
 * a.attacker();   // Optional[STATE]
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Attacker {
  /** A state. */
  STATE,
  /** A group of states. */
  GROUP_OF_STATES,
  /** A non-state actor, such as an armed group not acting for a state. */
  NON_STATE_ACTOR,
  /** The record does not say who attacked, or the sources disagree. */
  UNKNOWN;

  /**
   * Whether the attacker is a state or a group of states, the aggression the Treaty's 1992 text of Art. 4
   * covers.
   *
   * @return true for {@link #STATE} and {@link #GROUP_OF_STATES}
   */
  public boolean isStateOrGroupOfStates() {
    return this == STATE || this == GROUP_OF_STATES;
  }
}
