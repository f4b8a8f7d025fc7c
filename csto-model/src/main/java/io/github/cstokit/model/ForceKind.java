package io.github.cstokit.model;

/**
 * The kinds of collective force of the CSTO.
 *
 * <pre>{@code
 * Mandate.builder().forceKind(ForceKind.COLLECTIVE_PEACEKEEPING_FORCES)   // ...
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ForceKind {
  /** The Collective Peacekeeping Forces (Peacekeeping Agreement, 2007). */
  COLLECTIVE_PEACEKEEPING_FORCES,
  /** The Collective Rapid Reaction Forces (CRRF; Agreement of 2009). */
  COLLECTIVE_RAPID_REACTION_FORCES,
  /** The Collective Rapid Deployment Forces of the Central Asian region (CRDF CAR). */
  CENTRAL_ASIAN_RAPID_DEPLOYMENT_FORCES,
  /** The Collective Aviation Forces. */
  COLLECTIVE_AVIATION_FORCES,
  /** Any other force or formation. */
  OTHER
}
