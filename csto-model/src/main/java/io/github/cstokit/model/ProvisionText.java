package io.github.cstokit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The words of a provision as they were read: the citation of the provision in the wording read, the
 * instrument, how much was read, the passages in the language of the copy read (the original, or a
 * translation where only a translation was read), an English rendering, and the source the words were
 * read from. A verdict shows these words beside the findings that apply the provision.
 *
 * <p>Each passage is quoted exactly as read; a cut in the copy is marked "…". Where the copy read is itself
 * in English the rendering is empty: the passages are the English. Renderings are working translations
 * unless the note says otherwise.
 *
 * <pre>{@code
 * ProvisionText art7 = facts.provision(Citation.parse("Treaty Art. 7 [1992]")).orElseThrow();
 * art7.language();    // ru
 * art7.reading();     // FULL
 * art7.source().url();   // Optional[https://docs.cntd.ru/document/1900489/titles/65E0IS]
 * art7.toString();    // ProvisionText[treaty-art-7-1992: Treaty Art. 7 [1992] ru FULL, read from cntd-1900489-art-7]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class ProvisionText implements Identified, Noted {

  ProvisionText() {}

  /**
   * Returns a builder for a provision's text.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The id of the instrument the provision belongs to, such as {@code treaty-1992}.
   *
   * @return the id, not null
   */
  public abstract String instrumentId();

  /**
   * The provision in the wording read, such as {@code Treaty Art. 4 [1992]}: the citation a rule gives
   * when it applies this wording.
   *
   * @return the citation, not null
   */
  public abstract Citation citation();

  /**
   * How much of the provision was read.
   *
   * @return the reading, not null
   */
  public abstract Reading reading();

  /**
   * The language of the passages, as an ISO 639-1 code such as {@code ru}, {@code uz} or {@code en}.
   *
   * @return the code, two lower-case letters; not null
   */
  public abstract String language();

  /**
   * The words read, each passage exactly as quoted; several passages when only extracts were quoted. A
   * passage may be an extract of a provision read in full; an extract that stops short ends in "…".
   *
   * @return an unmodifiable, non-empty list of non-blank passages
   */
  public abstract List<String> passages();

  /**
   * An English rendering of the passages.
   *
   * @return the rendering, or empty when the passages are themselves English
   */
  public abstract Optional<String> english();

  /**
   * Where the words were read.
   *
   * @return the source, not null
   */
  public abstract Source source();

  /**
   * A remark on the copy or the rendering, such as which translation was read.
   *
   * @return the note, or empty
   */
  @Override
  public abstract Optional<String> note();

  @Value.Check
  final void check() {
    Checks.id("id", id());
    Checks.id("instrumentId", instrumentId());
    String lang = language();
    if (lang.length() != 2 || lang.charAt(0) < 'a' || lang.charAt(0) > 'z' || lang.charAt(1) < 'a'
        || lang.charAt(1) > 'z') {
      throw new IllegalArgumentException("language must match [a-z]{2} but was '" + language() + "'");
    }
    Checks.notEmpty("passages", passages());
    for (int i = 0; i < passages().size(); i++) {
      Checks.notBlank("passages[" + i + "]", passages().get(i));
    }
    Checks.notBlank("english", english());
    Checks.notBlank("note", note());
    if (language().equals("en") && english().isPresent()) {
      throw new IllegalArgumentException("english must be empty when the language is en");
    }
    if (!language().equals("en") && english().isEmpty()) {
      throw new IllegalArgumentException("english must be present when the language is " + language());
    }
  }

  /**
   * Whether this text is the one a citation names: the same short name, article and paragraph, and the same
   * version where both give one.
   *
   * @param citation the citation, not null
   * @return true if the citation names this provision in this wording, or names it without a version
   */
  public boolean isCitedBy(Citation citation) {
    Citation mine = citation();
    return mine.shortName().equals(citation.shortName())
        && mine.article().equals(citation.article())
        && mine.paragraph().equals(citation.paragraph())
        && (mine.version().isEmpty() || citation.version().isEmpty()
            || mine.version().equals(citation.version()));
  }

  /**
   * Returns the record's id, the citation, the language and the reading, and the id of the source the
   * words were read from, such as
   * {@code ProvisionText[treaty-art-7-1992: Treaty Art. 7 [1992] ru FULL, read from cntd-1900489-art-7]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "ProvisionText[" + id() + ": " + citation().text() + " " + language() + " " + reading()
        + ", read from " + source().id() + "]";
  }

  /**
   * Builds a {@link ProvisionText}; id, instrumentId, citation, reading, language, at least one passage and
   * the source are required, and the English rendering unless the language is {@code en}. A builder is
   * mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableProvisionText.Builder {
    Builder() {}
  }
}
