package io.github.cstokit.rules;

import io.github.cstokit.model.Citation;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.ProvisionText;
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
    List<Finding> findings = findings();
    for (int i = 0; i < findings.size(); i++) {
      o = o.and(findings.get(i).outcome());
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
   * rule id, citations, basis, reason and facts, and the words of the cited provisions whose wording was
   * read ({@link Finding#words()}): the citation of the wording, how much was read, the language, the
   * source, each passage in quotation marks, the English rendering and the note. A citation without an
   * article is printed with {@code (article not identified)} in place of the article, as in
   * {@code Rules of Procedure (article not identified) [2004]}.
   *
   * <pre>{@code
   *   [SATISFIED] TREATY-7-STATIONING-AND-THIRD-STATE-BASES (Treaty Art. 7 [1992]; ...)
   *       ...
   *       words of Treaty Art. 7 [1992] (read in full, ru; docs.cntd.ru, https://docs.cntd.ru/...):
   *         "Размещение и функционирование объектов ... регулируется специальными соглашениями."
   *         English: "stationing and operation of collective-security facilities are governed by ..."
   *         note: The English is a summary rendering.
   * }</pre>
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
      for (ProvisionText w : f.words()) {
        sb.append("      words of ").append(w.citation().text()).append(" (read ")
            .append(w.reading() == io.github.cstokit.model.Reading.FULL ? "in full" : "in part").append(", ")
            .append(w.language()).append("; ").append(w.source().publisher());
        w.source().url().ifPresent(u -> sb.append(", ").append(u));
        w.source().document().ifPresent(d -> sb.append(", ").append(d));
        sb.append("):\n");
        for (String passage : w.passages()) {
          sb.append("        \"").append(passage).append("\"\n");
        }
        w.english().ifPresent(e -> sb.append("        English: \"").append(e).append("\"\n"));
        w.note().ifPresent(n -> sb.append("        note: ").append(n).append('\n'));
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
   * and {@code facts}, in that order, then {@code words} where the finding carries the words of a cited
   * provision ({@link Finding#words()}; the key is left out when there are none, so a finding without words
   * is written as before). Each word entry is an object with {@code citation}, {@code instrument},
   * {@code reading}, {@code language}, {@code passages}, {@code english} (left out when the passages are
   * English), {@code source} (an object with {@code id}, {@code title}, {@code publisher} and {@code url}
   * or {@code document}) and {@code note} (left out when there is none), in that order. Strings are escaped
   * per RFC 8259 and written as they are, not normalized; there is no whitespace between tokens, and
   * nothing depends on the locale, the time zone or the time.
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
      sb.append(",\"facts\":");
      JsonText.strings(sb, f.facts());
      if (!f.words().isEmpty()) {
        sb.append(",\"words\":[");
        for (int j = 0; j < f.words().size(); j++) {
          if (j > 0) {
            sb.append(',');
          }
          words(sb, f.words().get(j));
        }
        sb.append(']');
      }
      sb.append('}');
    }
    return sb.append("]}").toString();
  }

  private static void words(StringBuilder sb, ProvisionText w) {
    sb.append("{\"citation\":");
    JsonText.string(sb, w.citation().text());
    sb.append(",\"instrument\":");
    JsonText.string(sb, w.instrumentId());
    sb.append(",\"reading\":\"").append(w.reading()).append("\",\"language\":");
    JsonText.string(sb, w.language());
    sb.append(",\"passages\":");
    JsonText.strings(sb, w.passages());
    if (w.english().isPresent()) {
      sb.append(",\"english\":");
      JsonText.string(sb, w.english().get());
    }
    sb.append(",\"source\":{\"id\":");
    JsonText.string(sb, w.source().id());
    sb.append(",\"title\":");
    JsonText.string(sb, w.source().title());
    sb.append(",\"publisher\":");
    JsonText.string(sb, w.source().publisher());
    if (w.source().url().isPresent()) {
      sb.append(",\"url\":");
      JsonText.string(sb, w.source().url().get());
    }
    if (w.source().document().isPresent()) {
      sb.append(",\"document\":");
      JsonText.string(sb, w.source().document().get());
    }
    sb.append('}');
    if (w.note().isPresent()) {
      sb.append(",\"note\":");
      JsonText.string(sb, w.note().get());
    }
    sb.append('}');
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

  /**
   * Builds a {@link Verdict}; subject and date are required. Given facts ({@link #wordsFrom(CstoFacts)}),
   * the built verdict's findings carry the words of their cited provisions that the facts hold. Not
   * thread-safe.
   */
  static final class Builder extends ImmutableVerdict.Builder {
    private CstoFacts words;

    Builder() {}

    /**
     * Has {@link #build()} give each finding the words of the provisions it cites, as the facts hold them.
     *
     * @param facts the facts, not null
     * @return this builder
     */
    Builder wordsFrom(CstoFacts facts) {
      this.words = java.util.Objects.requireNonNull(facts, "facts");
      return this;
    }

    @Override
    public Verdict build() {
      Verdict v = super.build();
      return words == null ? v : withWords(v, words);
    }
  }

  /** The verdict with each finding carrying the words of its citations that the facts hold. */
  private static Verdict withWords(Verdict v, CstoFacts facts) {
    List<Finding> findings = null;
    for (int i = 0; i < v.findings().size(); i++) {
      Finding f = v.findings().get(i);
      Finding w = withWords(f, facts);
      if (w != f) {
        if (findings == null) {
          findings = new ArrayList<>(v.findings());
        }
        findings.set(i, w);
      }
    }
    return findings == null ? v : ((ImmutableVerdict) ImmutableVerdict.copyOf(v)).withFindings(findings);
  }

  /**
   * The finding carrying the words of its citations that the facts hold ({@link LawInForce#words}): itself
   * if it carries them already.
   */
  private static Finding withWords(Finding f, CstoFacts facts) {
    List<ProvisionText> texts = LawInForce.words(facts, f.citations());
    return texts.equals(f.provisionTexts()) ? f
        : ((ImmutableFinding) ImmutableFinding.copyOf(f)).withProvisionTexts(texts);
  }
}
