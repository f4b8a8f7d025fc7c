package io.github.cstokit.testkit;

import java.util.List;

/**
 * The stable ids of the rules the invalid generators break, as the procedure checks report them in their
 * findings. These are six of the rules the checks apply ({@link #BROKEN_BY_GENERATORS}), not all of them:
 * the full catalogue is the rules module's {@code Rule} enum, whose {@code byId} knows every id here.
 *
 * <pre>{@code
 * Invalid<Mandate> bad = MandateGens.withoutHostRequest(facts).next(Samples.random(1L));
 * bad.ruleId().equals(RuleIds.PK_3_OPERATION_ON_MEMBER_TERRITORY);   // true
 * }</pre>
 *
 * <p>This class has constants only.
 */
public final class RuleIds {

  /**
   * Charter Art. 12: decisions of the deciding bodies are taken by consensus of the members; broken by an
   * objection or by a position of a state that is not a member on the day.
   */
  public static final String CHARTER_12_CONSENSUS = "CHARTER-12-CONSENSUS";

  /**
   * Charter Art. 12 as amended by the 2010 protocol: the limited format exists only from the protocol's
   * entry into force, 2012-12-19.
   */
  public static final String CHARTER_12_LIMITED_FORMAT = "CHARTER-12-LIMITED-FORMAT";

  /**
   * Peacekeeping Agreement Art. 3: an operation on a member's territory rests on that member's official
   * request.
   */
  public static final String PK_3_OPERATION_ON_MEMBER_TERRITORY = "PK-3-OPERATION-ON-MEMBER-TERRITORY";

  /**
   * Peacekeeping Agreement Art. 3: an operation outside the members' territory rests on a decision of the
   * UN Security Council.
   */
  public static final String PK_3_OPERATION_OUTSIDE_CSTO = "PK-3-OPERATION-OUTSIDE-CSTO";

  /**
   * Peacekeeping Agreement and 2007 regulations: contingents come from members that are not suspended and
   * serve under the unified command, which has a commander.
   */
  public static final String PK_COMMAND_COMPOSITION_COMPLETION = "PK-COMMAND-COMPOSITION-COMPLETION";

  /** CRRF Agreement: the Collective Rapid Reaction Forces are used on the members' territory only. */
  public static final String CRRF_USE_DECISION = "CRRF-USE-DECISION";

  /**
   * The ids of the rules that the invalid generators of {@link DecisionGens} and {@link MandateGens} break,
   * which are every id above, in the order declared; the checks apply more rules than these.
   *
   * <pre>{@code
   * RuleIds.BROKEN_BY_GENERATORS.contains(bad.ruleId());   // true for every Invalid drawn
   * }</pre>
   */
  public static final List<String> BROKEN_BY_GENERATORS =
      List.of(
          CHARTER_12_CONSENSUS,
          CHARTER_12_LIMITED_FORMAT,
          PK_3_OPERATION_ON_MEMBER_TERRITORY,
          PK_3_OPERATION_OUTSIDE_CSTO,
          PK_COMMAND_COMPOSITION_COMPLETION,
          CRRF_USE_DECISION);

  private RuleIds() {}
}
