package io.github.cstokit.model;

import java.util.Optional;

/**
 * The kinds of legal event in a state's membership record, each with its effect on the state's status.
 *
 * <p>The declaration order is also the order of events on the same day (see {@link MembershipTimeline}):
 * a signature and an entry into force on one day leave the state a member.
 *
 * <table>
 *   <caption>Effects</caption>
 *   <tr><th>Type</th><th>Effect</th></tr>
 *   <tr><td>SIGNATURE, ACCESSION</td><td>{@link MembershipStatus#SIGNATORY} (only from NOT_PARTY or CEASED)</td></tr>
 *   <tr><td>ENTRY_INTO_FORCE, ADMISSION_DECISION, RESTORATION_DECISION</td><td>{@link MembershipStatus#MEMBER}</td></tr>
 *   <tr><td>NON_RENEWAL, WITHDRAWAL_EFFECTIVE, EXPULSION</td><td>{@link MembershipStatus#CEASED}</td></tr>
 *   <tr><td>SUSPENSION_DECISION</td><td>{@link MembershipStatus#SUSPENDED}</td></tr>
 *   <tr><td>FREEZE_DECLARED</td><td>participation {@link Participation#FROZEN}</td></tr>
 *   <tr><td>the others</td><td>none: recorded for the history and the rules</td></tr>
 * </table>
 *
 * <pre>{@code
 * MembershipEventType.NON_RENEWAL.statusEffect();   // Optional[CEASED]
 * MembershipEventType.PROTOCOL.statusEffect();      // Optional.empty
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MembershipEventType {
  /** The state signed the instrument (the Treaty, the Charter, a protocol). */
  SIGNATURE(MembershipStatus.SIGNATORY),
  /** The state acceded to the instrument after its signature by the founders. */
  ACCESSION(MembershipStatus.SIGNATORY),
  /** The state ratified the instrument; no status change by itself. */
  RATIFICATION(null),
  /** The instrument entered into force for the state. */
  ENTRY_INTO_FORCE(MembershipStatus.MEMBER),
  /** The state extended its participation (the 1999 Protocol on Extension); no status change. */
  EXTENSION(null),
  /** The state's participation ended because it did not renew (Treaty Art. 11, 1999 Protocol). */
  NON_RENEWAL(MembershipStatus.CEASED),
  /** The Collective Security Council admitted the state (Charter Art. 19). */
  ADMISSION_DECISION(MembershipStatus.MEMBER),
  /** The Collective Security Council restored the state's membership, as Uzbekistan's on 2006-06-23. */
  RESTORATION_DECISION(MembershipStatus.MEMBER),
  /** A protocol concerning the state was signed, as Uzbekistan's restoration protocol of 2006-08-16. */
  PROTOCOL(null),
  /** The state notified the depositary or the Secretariat (other than of a freeze or a withdrawal). */
  NOTIFICATION(null),
  /** The Collective Security Council suspended the state (2004 regulations, Appendix 3). */
  SUSPENSION_DECISION(MembershipStatus.SUSPENDED),
  /** The state declared it freezes its participation; its status is unchanged. */
  FREEZE_DECLARED(null),
  /** The state gave notice of withdrawal (Charter Art. 19: at least six months ahead). */
  WITHDRAWAL_NOTICE(null),
  /** The state's withdrawal took effect (Charter Art. 19). */
  WITHDRAWAL_EFFECTIVE(MembershipStatus.CEASED),
  /** The Collective Security Council expelled the state (2004 regulations, Appendix 3). */
  EXPULSION(MembershipStatus.CEASED);

  private final MembershipStatus effect;
  private final Optional<MembershipStatus> statusEffect;

  MembershipEventType(MembershipStatus effect) {
    this.effect = effect;
    this.statusEffect = Optional.ofNullable(effect);
  }

  /**
   * The status an effective event of this type gives the state, if it changes the status at all.
   *
   * @return the new status, or empty if the type does not change the status; not null
   */
  public Optional<MembershipStatus> statusEffect() {
    return statusEffect;
  }

  /**
   * Whether this type changes the status (see {@link #statusEffect()}).
   *
   * @return true if the type has a status effect
   */
  public boolean changesStatus() {
    return effect != null;
  }

  /**
   * Whether this type freezes participation: true only for {@link #FREEZE_DECLARED}.
   *
   * @return true if the type sets participation to {@link Participation#FROZEN}
   */
  public boolean freezesParticipation() {
    return this == FREEZE_DECLARED;
  }

  /** The status effect or null, for the allocation-free timeline builder. */
  MembershipStatus effectOrNull() {
    return effect;
  }
}
