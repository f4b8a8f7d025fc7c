package io.github.cstokit.rules;

import io.github.cstokit.model.Citation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of a check: the subject, the date judged, the ordered findings and the overall outcome, the
 * most serious outcome among the findings ({@link Outcome#NOT_APPLICABLE} when there are none).
 *
 * <p>A verdict renders as a readable explanation ({@link #explain()}) and as deterministic JSON
 * ({@link #toJson()}): the same verdict always gives the same bytes, with keys in a fixed order and no
 * timestamps, so it can be stored, diffed and hashed. {@link #changesFrom(Verdict)} and {@link WhatIf} say
 * which findings changed between two checks.
 *
 * <pre>{@code
 * Verdict v = DecisionRules.check(decision, facts);
 * v.outcome();                 // SATISFIED
 * System.out.println(v.explain());
 * String json = v.toJson();    // {"subject":"...","date":"2022-01-06","outcome":"SATISFIED","findings":[...]}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class Verdict {

  Verdict() {}

  /** Returns a builder; only the checks of this package build verdicts. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * What was checked, in words, such as {@code Decision csc-2022-01-06: Deployment ...}.
   *
   * @return the subject, not null or blank
   */
  public abstract String subject();

  /**
   * The date on which the law and the facts were judged.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * The findings, in the order the rules were applied.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<Finding> findings();

  /**
   * The overall outcome: the most serious outcome of the findings, or {@link Outcome#NOT_APPLICABLE} when
   * there are none.
   *
   * @return the outcome, not null
   */
  @Value.Derived
  public Outcome outcome() {
    Outcome o = Outcome.NOT_APPLICABLE;
    for (Finding f : findings()) {
      o = o.and(f.outcome());
    }
    return o;
  }

  @Value.Check
  final void check() {
    if (subject().isBlank()) {
      throw new IllegalArgumentException("subject must not be blank");
    }
  }

  /**
   * The first finding of a rule.
   *
   * @param rule the rule, not null
   * @return the finding, or empty if the rule gave none
   */
  public Optional<Finding> finding(Rule rule) {
    java.util.Objects.requireNonNull(rule, "rule");
    for (Finding f : findings()) {
      if (f.rule() == rule) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The findings of this verdict that differ from those of an earlier verdict: a finding is changed when the
   * earlier verdict has no finding of the same rule (at the same occurrence), or has one with another
   * outcome, reason, basis, citations or facts.
   *
   * @param before the earlier verdict, not null
   * @return an unmodifiable list in this verdict's order, possibly empty
   */
  public List<Finding> changesFrom(Verdict before) {
    List<Finding> changed = new ArrayList<>();
    List<Finding> mine = findings();
    for (int i = 0; i < mine.size(); i++) {
      Finding f = mine.get(i);
      Optional<Finding> old = occurrence(before.findings(), f.rule(), occurrenceIndex(mine, i));
      if (old.isEmpty() || !old.get().equals(f)) {
        changed.add(f);
      }
    }
    return Collections.unmodifiableList(changed);
  }

  static int occurrenceIndex(List<Finding> findings, int index) {
    Rule rule = findings.get(index).rule();
    int n = 0;
    for (int i = 0; i < index; i++) {
      if (findings.get(i).rule() == rule) {
        n++;
      }
    }
    return n;
  }

  static Optional<Finding> occurrence(List<Finding> findings, Rule rule, int occurrence) {
    int n = 0;
    for (Finding f : findings) {
      if (f.rule() == rule) {
        if (n == occurrence) {
          return Optional.of(f);
        }
        n++;
      }
    }
    return Optional.empty();
  }

  /**
   * A readable, multi-line explanation: the subject, date and outcome, then each finding with its outcome,
   * rule id, citations, basis, reason and facts. A citation without an article is printed with
   * {@code (article not identified)} in place of the article, as in
   * {@code Rules of Procedure (article not identified) [2004]}.
   *
   * @return the explanation, ending with a line break; not null
   */
  public String explain() {
    StringBuilder sb = new StringBuilder(256);
    sb.append(subject()).append(" on ").append(date()).append(": ").append(outcome()).append('\n');
    for (Finding f : findings()) {
      sb.append("  [").append(f.outcome()).append("] ").append(f.rule().id()).append(" (");
      appendCitations(sb, f.citations());
      sb.append("; basis ").append(f.basis()).append(")\n");
      sb.append("      ").append(f.reason()).append('\n');
      for (String fact : f.facts()) {
        sb.append("      - ").append(fact).append('\n');
      }
    }
    return sb.toString();
  }

  private static void appendCitations(StringBuilder sb, List<Citation> citations) {
    for (int i = 0; i < citations.size(); i++) {
      if (i > 0) {
        sb.append("; ");
      }
      Citation c = citations.get(i);
      if (c.article().isPresent()) {
        sb.append(c.text());
      } else {
        sb.append(c.shortName()).append(" (article not identified)");
        c.version().ifPresent(v -> sb.append(" [").append(v).append(']'));
      }
    }
  }

  /**
   * The verdict as deterministic JSON: an object with the keys {@code subject}, {@code date},
   * {@code outcome} and {@code findings}, each finding an object with {@code rule}, {@code outcome},
   * {@code basis}, {@code citations} (text forms, {@link Citation#text()}, so a citation without an article has no
   * {@code Art.} part and no article is written, as in {@code "Rules of Procedure [2004]"}), {@code reason}
   * and {@code facts}, in that order. Strings
   * are escaped per RFC 8259; there is no whitespace between tokens.
   *
   * @return the JSON text, not null
   */
  public String toJson() {
    StringBuilder sb = new StringBuilder(512);
    sb.append("{\"subject\":");
    JsonText.string(sb, subject());
    sb.append(",\"date\":\"").append(date()).append("\",\"outcome\":\"").append(outcome())
        .append("\",\"findings\":[");
    List<Finding> findings = findings();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (i > 0) {
        sb.append(',');
      }
      sb.append("{\"rule\":\"").append(f.rule().id()).append("\",\"outcome\":\"").append(f.outcome())
          .append("\",\"basis\":\"").append(f.basis()).append("\",\"citations\":[");
      for (int j = 0; j < f.citations().size(); j++) {
        if (j > 0) {
          sb.append(',');
        }
        JsonText.string(sb, f.citations().get(j).text());
      }
      sb.append("],\"reason\":");
      JsonText.string(sb, f.reason());
      sb.append(",\"facts\":[");
      for (int j = 0; j < f.facts().size(); j++) {
        if (j > 0) {
          sb.append(',');
        }
        JsonText.string(sb, f.facts().get(j));
      }
      sb.append("]}");
    }
    return sb.append("]}").toString();
  }

  /**
   * Returns the outcome, subject, date and number of findings, such as
   * {@code Verdict[SATISFIED Mandate kz-2022 2022-01-06, 7 findings]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "Verdict[" + outcome() + " " + subject() + " " + date() + ", " + findings().size()
        + (findings().size() == 1 ? " finding]" : " findings]");
  }

  /** Builds a {@link Verdict}; subject and date are required. Not thread-safe. */
  static final class Builder extends ImmutableVerdict.Builder {
    Builder() {}
  }
}
