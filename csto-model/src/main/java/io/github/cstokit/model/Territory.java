package io.github.cstokit.model;

/**
 * Where a {@link Mandate} deploys forces: in a member state or outside the member states' territory.
 *
 * <pre>{@code
 * Mandate.builder().territory(Territory.MEMBER_STATE)   // ...
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Territory {
  /** On the territory of a member state, the host. */
  MEMBER_STATE,
  /** Outside the territory of the member states, which needs a UN Security Council mandate. */
  OUTSIDE_MEMBER_STATES
}
