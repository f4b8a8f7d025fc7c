package io.github.cstokit.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The comparison of two verdicts on the same kind of case, typically the real facts and changed ones: which
 * findings changed, which disappeared, and whether the overall outcome moved.
 *
 * <pre>{@code
 * // The record gives no entry into force for the Peacekeeping Agreement; suppose it was in force from signature.
 * Instrument pk = facts.instrument("peacekeeping-agreement-2007").orElseThrow();
 * Scenario inForce = facts.withInstrument(Instrument.builder().from(pk).entryIntoForce(pk.signed()).build());
 * Verdict real = MandateRules.check(kz2022, inForce);
 * Verdict without = MandateRules.check(kz2022.withoutRequest(), inForce);
 * WhatIf w = WhatIf.between(real, without);
 * w.changed();          // [Finding[PK-3-OPERATION-ON-MEMBER-TERRITORY VIOLATED]]
 * w.outcomeChanged();   // true
 * w;                    // WhatIf[SATISFIED -> VIOLATED, 1 changed: PK-3-OPERATION-ON-MEMBER-TERRITORY]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WhatIf {

  private final Verdict before;
  private final Verdict after;
  private final List<Finding> changed;
  private final List<Finding> removed;

  private WhatIf(Verdict before, Verdict after) {
    this.before = before;
    this.after = after;
    this.changed = after.changesFrom(before);
    List<Finding> gone = new ArrayList<>();
    List<Finding> old = before.findings();
    for (int i = 0; i < old.size(); i++) {
      Finding f = old.get(i);
      if (Verdict.occurrence(after.findings(), f.rule(), Verdict.occurrenceIndex(old, i)).isEmpty()) {
        gone.add(f);
      }
    }
    this.removed = Collections.unmodifiableList(gone);
  }

  /**
   * Compares two verdicts, the way {@link java.time.Duration#between} compares two instants.
   *
   * @param before the verdict on the original facts, not null
   * @param after the verdict on the changed facts, not null
   * @return the comparison, not null
   */
  public static WhatIf between(Verdict before, Verdict after) {
    return new WhatIf(Objects.requireNonNull(before, "before"), Objects.requireNonNull(after, "after"));
  }

  /**
   * The verdict on the original facts.
   *
   * @return the verdict, not null
   */
  public Verdict before() {
    return before;
  }

  /**
   * The verdict on the changed facts.
   *
   * @return the verdict, not null
   */
  public Verdict after() {
    return after;
  }

  /**
   * The findings of the later verdict that are new or differ from the earlier one
   * ({@link Verdict#changesFrom(Verdict)}).
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Finding> changed() {
    return changed;
  }

  /**
   * The findings of the earlier verdict whose rule gives no finding in the later one.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Finding> removed() {
    return removed;
  }

  /**
   * Whether the overall outcome differs.
   *
   * @return true if the outcomes differ
   */
  public boolean outcomeChanged() {
    return before.outcome() != after.outcome();
  }

  /**
   * A readable account of the difference, the difference first: the outcome before and after, then one
   * line per changed or removed finding with its outcome before and after and the reason for the new one.
   * When nothing changed it says so in words.
   *
   * <pre>{@code
   * Outcome SATISFIED -> VIOLATED
   *   PK-3-OPERATION-ON-MEMBER-TERRITORY: SATISFIED -> VIOLATED (no official request of the host state KZ is recorded)
   * }</pre>
   *
   * @return the explanation, ending with a line break; not null
   */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    if (!outcomeChanged()) {
      sb.append("Outcome ").append(after.outcome()).append(", unchanged");
      if (changed.isEmpty() && removed.isEmpty()) {
        return sb.append("; no finding changed\n").toString();
      }
      sb.append('\n');
    } else {
      sb.append("Outcome ").append(before.outcome()).append(" -> ").append(after.outcome()).append('\n');
    }
    for (Finding f : changed) {
      Optional<Finding> old = before.finding(f.rule());
      sb.append("  ").append(f.rule().id()).append(": ")
          .append(old.isPresent() ? old.get().outcome().toString() : "none").append(" -> ")
          .append(f.outcome()).append(" (").append(f.reason()).append(")\n");
    }
    for (Finding f : removed) {
      sb.append("  ").append(f.rule().id()).append(": ").append(f.outcome()).append(" -> none\n");
    }
    return sb.toString();
  }

  /**
   * Returns the outcomes and the rules whose findings changed, the difference first, such as
   * {@code WhatIf[SATISFIED -> VIOLATED, 1 changed: PK-3-OPERATION-ON-MEMBER-TERRITORY]} or
   * {@code WhatIf[SATISFIED, unchanged, nothing changed]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("WhatIf[");
    sb.append(outcomeChanged() ? before.outcome() + " -> " + after.outcome() : after.outcome() + ", unchanged");
    if (changed.isEmpty() && removed.isEmpty()) {
      return sb.append(", nothing changed]").toString();
    }
    if (!changed.isEmpty()) {
      sb.append(", ").append(changed.size()).append(" changed: ").append(ruleIds(changed));
    }
    if (!removed.isEmpty()) {
      sb.append(", ").append(removed.size()).append(" removed: ").append(ruleIds(removed));
    }
    return sb.append(']').toString();
  }

  private static String ruleIds(List<Finding> findings) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : findings) {
      sb.append(sb.length() == 0 ? "" : ", ").append(f.rule().id());
    }
    return sb.toString();
  }
}
