package io.github.cstokit.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A reference to a provision of an instrument: instrument short name, optional article, optional paragraph
 * and optional version, such as {@code Charter Art. 12(1) [2010]}. A citation without an article, such as
 * {@code Rules of Procedure [2004]}, cites the instrument where the article is not identified; a paragraph
 * requires an article.
 *
 * <p><b>Text form.</b> {@link #text()} prints, and {@link #parse(CharSequence)} accepts, exactly
 * <pre>
 * &lt;shortName&gt;[ Art. &lt;article&gt;[(&lt;paragraph&gt;)]][ [&lt;version&gt;]]
 * </pre>
 * for example {@code Treaty Art. 4}, {@code Charter Art. 12(1)}, {@code Charter Art. 12(1) [2010]},
 * {@code Peacekeeping Agreement Art. 3} or {@code Charter [2002]}. The short name is one or more words
 * separated by single spaces, made of letters, digits, {@code . ' -}, and no word may be or start with
 * {@code Art.}; the article, the paragraph and the version are letters, digits, {@code .} and {@code -},
 * starting with a letter or digit. The two forms round-trip: {@code Citation.parse(c.text()).equals(c)}.
 * {@link #toString()} wraps the text form, as in {@code Citation[Charter Art. 12(1)]}, and is not accepted
 * by {@code parse}.
 *
 * <p>The short name is the one {@link Instrument#shortName()} gives; the version is the
 * {@link Instrument#version()} label of the text cited, when it matters which one.
 *
 * <p>Citations are ordered by short name, then article, paragraph and version, each compared as text with
 * absent values first (so the citations of an instrument without an article come before those with one);
 * numbers inside are compared by value, so {@code Art. 4 < Art. 12}.
 *
 * <pre>{@code
 * Citation c = Citation.parse("Charter Art. 12(1) [2010]");
 * c.shortName();   // Charter
 * c.article();     // Optional[12]
 * c.paragraph();   // Optional[1]
 * c.text();        // Charter Art. 12(1) [2010]
 * Citation.of("Treaty", "4").toString();   // Citation[Treaty Art. 4]
 * Citation.of("Charter").withVersion("2002").text();   // Charter [2002]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class Citation implements Comparable<Citation> {

  private static final String LABEL_RE = "[\\p{L}\\p{N}][\\p{L}\\p{N}.-]*";

  /** The text form, compiled on the first parse only. */
  private static final class Form {
    static final Pattern FORM =
        Pattern.compile(
            "(.+?)(?: Art\\. (" + LABEL_RE + ")(?:\\((" + LABEL_RE + ")\\))?)?(?: \\[(" + LABEL_RE
                + ")\\])?");

    private Form() {}
  }

  Citation() {}

  /**
   * Returns a builder for a citation.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a citation of an instrument where the article is not identified, such as
   * {@code Rules of Procedure}.
   *
   * @param shortName the instrument's short name, such as {@code Charter}, not null
   * @return the citation, not null
   * @throws IllegalArgumentException if the short name is malformed
   */
  public static Citation of(String shortName) {
    return builder().shortName(shortName).build();
  }

  /**
   * Returns a citation of a whole article.
   *
   * @param shortName the instrument's short name, such as {@code Treaty}, not null
   * @param article the article, such as {@code 4}, not null
   * @return the citation, not null
   * @throws IllegalArgumentException if a value is malformed
   */
  public static Citation of(String shortName, String article) {
    return builder().shortName(shortName).article(article).build();
  }

  /**
   * Returns a citation of a paragraph.
   *
   * @param shortName the instrument's short name, such as {@code Charter}, not null
   * @param article the article, such as {@code 12}, not null
   * @param paragraph the paragraph, such as {@code 1}, not null
   * @return the citation, not null
   * @throws IllegalArgumentException if a value is malformed
   */
  public static Citation of(String shortName, String article, String paragraph) {
    return builder().shortName(shortName).article(article).paragraph(paragraph).build();
  }

  /**
   * Parses the text form {@code <shortName>[ Art. <article>[(<paragraph>)]][ [<version>]]}; see the class
   * documentation for the grammar.
   *
   * @param text the text, such as {@code Charter Art. 12(1) [2010]}, not null
   * @return the citation, not null
   * @throws TextParseException if the text does not have that form
   */
  public static Citation parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = Form.FORM.matcher(text);
    if (!m.matches() || hasWordArt(m.group(1))) {
      throw TextParseException.of(
          "Citation text must have the form '<shortName>[ Art. <article>[(<paragraph>)]][ [<version>]]'"
              + " but was '" + text + "'",
          text,
          null);
    }
    try {
      return builder()
          .shortName(m.group(1))
          .article(Optional.ofNullable(m.group(2)))
          .paragraph(Optional.ofNullable(m.group(3)))
          .version(Optional.ofNullable(m.group(4)))
          .build();
    } catch (IllegalArgumentException e) {
      throw TextParseException.of(
          "Citation text '" + text + "' is malformed: " + e.getMessage(), text, e);
    }
  }

  /**
   * The short name of the instrument, such as {@code Charter} or {@code Peacekeeping Agreement}.
   *
   * @return the short name, not null
   */
  public abstract String shortName();

  /**
   * The article, such as {@code 12}.
   *
   * @return the article, or empty when the citation names the instrument without identifying the article
   */
  public abstract Optional<String> article();

  /**
   * The paragraph, such as {@code 1}.
   *
   * @return the paragraph, or empty for the whole article
   */
  public abstract Optional<String> paragraph();

  /**
   * The version of the instrument's text cited, such as {@code 2010}.
   *
   * @return the version label, or empty when the version is not stated
   */
  public abstract Optional<String> version();

  @Value.Check
  final void check() {
    checkShortName(shortName());
    Checks.matches("article", article(), Checks.Form.LABEL);
    Checks.matches("paragraph", paragraph(), Checks.Form.LABEL);
    Checks.matches("version", version(), Checks.Form.LABEL);
    if (paragraph().isPresent() && article().isEmpty()) {
      throw new IllegalArgumentException(
          "paragraph requires an article but was '" + paragraph().get() + "' without one");
    }
  }

  /**
   * Checks a short name as {@link #check()} does, with the same messages; {@link Instrument} uses it to
   * check its short name without building a citation.
   */
  static void checkShortName(String shortName) {
    Checks.matches("shortName", shortName, Checks.Form.WORDS);
    if (hasWordArt(shortName)) {
      throw new IllegalArgumentException(
          "shortName must not contain the word 'Art.' but was '" + shortName + "'");
    }
  }

  /**
   * Whether a short name (words separated by single spaces) has a word that is or starts with {@code Art.},
   * which the text form could not tell from an article.
   */
  private static boolean hasWordArt(String shortName) {
    for (int i = shortName.indexOf("Art."); i >= 0; i = shortName.indexOf("Art.", i + 1)) {
      if (i == 0 || shortName.charAt(i - 1) == ' ') {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a copy citing a paragraph of the same article.
   *
   * @param paragraph the paragraph, not null
   * @return the copy, not null
   * @throws IllegalArgumentException if the paragraph is malformed or this citation has no article
   */
  public Citation withParagraph(String paragraph) {
    return ((ImmutableCitation) ImmutableCitation.copyOf(this)).withParagraph(paragraph);
  }

  /**
   * Returns a copy citing a version of the text.
   *
   * @param version the version label, such as {@code 2010}, not null
   * @return the copy, not null
   * @throws IllegalArgumentException if the version is malformed
   */
  public Citation withVersion(String version) {
    return ((ImmutableCitation) ImmutableCitation.copyOf(this)).withVersion(version);
  }

  /**
   * Returns a copy without a version.
   *
   * @return the copy, not null
   */
  public Citation withoutVersion() {
    return ((ImmutableCitation) ImmutableCitation.copyOf(this)).withVersion(Optional.<String>empty());
  }

  /**
   * The text form, such as {@code Charter Art. 12(1) [2010]}; {@link #parse(CharSequence)} accepts it.
   *
   * @return the text form, not null
   */
  public String text() {
    StringBuilder sb = new StringBuilder(shortName());
    article().ifPresent(a -> sb.append(" Art. ").append(a));
    paragraph().ifPresent(p -> sb.append('(').append(p).append(')'));
    version().ifPresent(v -> sb.append(" [").append(v).append(']'));
    return sb.toString();
  }

  /**
   * Compares by short name, article, paragraph and version, with numbers compared by value.
   *
   * @param other the citation to compare with, not null
   * @return negative, zero or positive as this citation sorts before, with or after the other
   */
  @Override
  public final int compareTo(Citation other) {
    int c = shortName().compareTo(other.shortName());
    if (c == 0) {
      c = compareOptionalNatural(article(), other.article());
    }
    if (c == 0) {
      c = compareOptionalNatural(paragraph(), other.paragraph());
    }
    return c != 0 ? c : compareOptionalNatural(version(), other.version());
  }

  /**
   * Returns the text form wrapped, such as {@code Citation[Charter Art. 12(1)]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "Citation[" + text() + "]";
  }

  /** Absent before present; two present labels compare naturally. */
  private static int compareOptionalNatural(Optional<String> a, Optional<String> b) {
    return a.isPresent() && b.isPresent()
        ? compareNatural(a.get(), b.get())
        : Boolean.compare(a.isPresent(), b.isPresent());
  }

  /**
   * Compares labels so that leading numbers compare by value ({@code 4 < 12 < 12a}), then as text.
   */
  private static int compareNatural(String a, String b) {
    int na = leadingDigits(a);
    int nb = leadingDigits(b);
    if (na > 0 && nb > 0) {
      String da = a.substring(0, na).replaceFirst("^0+(?=.)", "");
      String db = b.substring(0, nb).replaceFirst("^0+(?=.)", "");
      int cmp = da.length() != db.length() ? Integer.compare(da.length(), db.length()) : da.compareTo(db);
      if (cmp != 0) {
        return cmp;
      }
    }
    return a.compareTo(b);
  }

  private static int leadingDigits(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** Builds a {@link Citation}; the short name is required. Not thread-safe. */
  public static final class Builder extends ImmutableCitation.Builder {
    Builder() {}
  }
}
