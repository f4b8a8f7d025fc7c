package io.github.cstokit.model;

/**
 * How the record characterises the situation an {@link Appeal} concerns.
 *
 * <pre>{@code
 * Appeal.of("AM", LocalDate.of(2022, 9, 13), ThreatKind.ARMED_ATTACK_DISPUTED);
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ThreatKind {
  /** A threat to security, stability, territorial integrity or sovereignty, short of an armed attack. */
  THREAT,
  /** Internal unrest or conflict not organised from outside: no aggression by a state. */
  INTERNAL_UNREST,
  /** An armed attack (aggression) that the Council accepted as such or that is undisputed. */
  ARMED_ATTACK,
  /** An armed attack asserted by the affected member but not characterised as aggression collectively. */
  ARMED_ATTACK_DISPUTED
}
