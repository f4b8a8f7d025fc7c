package io.github.cstokit.rules;

/**
 * How many members must take part for a Council decision in the limited format to pass
 * ({@link Rule#CHARTER_12_LIMITED_FORMAT}): with no member objecting, at least
 * {@link #minimumParticipants()} members must support or sign it.
 *
 * <p><b>The default, {@link #DEFAULT}: one participant.</b> No source read gives a minimum. The limited
 * format is known only from secondary sources on the 2010 Charter protocol (Denisov in the Russian Duma,
 * Nikitina, the Secretariat's spokesman in 2018, Belarus in 2009; the article, Charter Art. 12 [2010], is
 * itself inferred), which describe a decision taken by the members that take part, binding them only,
 * with no member objecting. A decision binds someone only if at least one member takes part, so one is the
 * least the rule must ask, and nothing read asks more: the default keeps the rule to what the sources say.
 * That a one-state
 * "collective" decision is doubtful is a reading, not a text; a user who shares it asks for more, such as
 * {@code LimitedFormat.ofMinimum(2)}.
 *
 * <p>The threshold applies only where the limited format is available: to Council decisions labelled
 * limited, dated from the 2010 Charter protocol's entry into force, on matters not excluded in practice.
 * Where no member's position is recorded and the decision is reported adopted, a threshold above one
 * leaves the finding open, since who took part is not recorded. The checks of other procedures
 * ({@link MandateRules}, {@link OfficeRules}, {@link DefenceRules}, {@link BudgetRules}) judge the
 * decisions they rest on with the default.
 *
 * <pre>{@code
 * LimitedFormat two = LimitedFormat.ofMinimum(2);
 * DecisionRules.check(decision, two, facts);       // one supporter, nobody objecting: INDETERMINATE
 * DecisionRules.check(decision, facts);            // the same with the default: SATISFIED
 * two;                                             // LimitedFormat[minimumParticipants=2]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 *
 * @since 0.2.0
 */
public final class LimitedFormat {

  /** The default threshold: one participant, the least under which a decision binds anyone. */
  public static final LimitedFormat DEFAULT = new LimitedFormat(1);

  private final int minimumParticipants;

  private LimitedFormat(int minimumParticipants) {
    this.minimumParticipants = minimumParticipants;
  }

  /**
   * The threshold of a number of participants.
   *
   * @param participants the least number of members that must support or sign, at least 1
   * @return the threshold, not null ({@link #DEFAULT} for 1)
   * @throws IllegalArgumentException if {@code participants} is less than 1
   */
  public static LimitedFormat ofMinimum(int participants) {
    if (participants < 1) {
      throw new IllegalArgumentException("the minimum number of participants in a limited-format decision must"
          + " be at least 1, since such a decision binds only the members that take part, but was "
          + participants);
    }
    return participants == 1 ? DEFAULT : new LimitedFormat(participants);
  }

  /**
   * The least number of members that must support or sign a limited-format decision.
   *
   * @return the number, at least 1
   */
  public int minimumParticipants() {
    return minimumParticipants;
  }

  /** Whether a number of participants meets the threshold. */
  boolean met(int participants) {
    return participants >= minimumParticipants;
  }

  /** The fact a finding lists, such as {@code minimum participants: 2 (set by the user)}. */
  String fact() {
    return "minimum participants: " + minimumParticipants
        + (minimumParticipants == 1 ? " (default: no source gives a minimum)" : " (set by the user)");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LimitedFormat && ((LimitedFormat) o).minimumParticipants == minimumParticipants;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(minimumParticipants);
  }

  /**
   * Returns the threshold, such as {@code LimitedFormat[minimumParticipants=1]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "LimitedFormat[minimumParticipants=" + minimumParticipants + "]";
  }
}
