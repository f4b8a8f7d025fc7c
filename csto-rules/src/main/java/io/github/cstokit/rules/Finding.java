package io.github.cstokit.rules;

import io.github.cstokit.model.Basis;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.ProvisionText;
import java.util.List;
import org.immutables.value.Value;

/**
 * What one rule says about one case: the rule, the outcome, the provisions cited in the version in force on
 * the date, the basis, a one-line reason and the facts the rule used, each a short {@code key: value}
 * string, in the order the rule read them; and, where the wording of a cited provision was read, the
 * words themselves with the source they were read from ({@link #words()}).
 *
 * <pre>{@code
 * Finding f = verdict.findings().get(0);
 * f.ruleId();     // CHARTER-12-CONSENSUS
 * f.outcome();    // SATISFIED
 * f.facts();      // [body: CSC, date: 2022-01-06, members: AM, BY, KG, KZ, RU, TJ, ...]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /**
   * A finding made at once from its attributes, each list copied once (a builder would copy each twice);
   * the checks make their findings so ({@link Findings#of}).
   */
  static Finding of(Rule rule, Outcome outcome, List<Citation> citations, Basis basis, String reason,
      List<String> facts) {
    return ImmutableFinding.of(rule, outcome, citations, basis, reason, facts, List.of());
  }

  /**
   * A finding made at once, as {@link #of(Rule, Outcome, List, Basis, String, List)}, carrying the words of
   * cited provisions ({@link #words()}).
   */
  static Finding of(Rule rule, Outcome outcome, List<Citation> citations, Basis basis, String reason,
      List<String> facts, List<ProvisionText> words) {
    return ImmutableFinding.of(rule, outcome, citations, basis, reason, facts, words);
  }

  /** Returns a builder; only the checks of this package build findings. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * The rule applied.
   *
   * @return the rule, not null
   */
  @Value.Parameter
  public abstract Rule rule();

  /**
   * The outcome.
   *
   * @return the outcome, not null
   */
  @Value.Parameter
  public abstract Outcome outcome();

  /**
   * The provisions cited. A citation names the version of the text in force on the date, and may have no
   * article (see {@link Rule}).
   *
   * @return an unmodifiable, non-empty list
   */
  @Value.Parameter
  public abstract List<Citation> citations();

  /**
   * How firm the footing of this finding is; usually the rule's basis, weaker where the finding rests on a
   * weaker reading.
   *
   * @return the basis, not null
   */
  @Value.Parameter
  public abstract Basis basis();

  /**
   * Why the rule gave this outcome, in one line.
   *
   * @return the reason, not null or blank
   */
  @Value.Parameter
  public abstract String reason();

  /**
   * The facts the rule used, as {@code key: value} strings.
   *
   * @return an unmodifiable list in the order used, possibly empty
   */
  @Value.Parameter
  public abstract List<String> facts();

  /**
   * The words of the cited provisions, as the facts gave them to the verdict; the attribute behind
   * {@link #words()}.
   *
   * @return an unmodifiable list, possibly empty
   */
  @Value.Parameter
  abstract List<ProvisionText> provisionTexts();

  /**
   * The words of the provisions cited whose wording was read: for each citation whose text the facts hold
   * ({@link io.github.cstokit.model.CstoFacts#provision(Citation)}), that text, in the order of
   * {@link #citations()}. Each text gives the passages in the language of the copy read, an English
   * rendering and the source it was read from. Empty where no cited wording was read.
   *
   * <pre>{@code
   * Finding f = DefenceRules.check(appeal, data).finding(Rule.TREATY_4_COLLECTIVE_DEFENCE).orElseThrow();
   * f.words().get(0).citation();   // Citation[Treaty Art. 4 [1992]]
   * f.words().get(0).language();   // ru
   * }</pre>
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<ProvisionText> words() {
    return provisionTexts();
  }

  @Value.Check
  final void check() {
    if (citations().isEmpty()) {
      throw new IllegalArgumentException("citations must not be empty");
    }
    if (reason().isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
  }

  /**
   * The stable id of the rule, such as {@code CHARTER-12-CONSENSUS}.
   *
   * @return the id, not null
   */
  public String ruleId() {
    return rule().id();
  }

  /**
   * Returns the rule id and outcome, such as {@code Finding[CHARTER-12-CONSENSUS SATISFIED]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "Finding[" + rule().id() + " " + outcome() + "]";
  }

  /**
   * Builds a {@link Finding}; rule, outcome, basis, reason and at least one citation are required. Not
   * thread-safe.
   */
  static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
