package io.github.cstokit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document a fact rests on: an official text, a statement, a press report, a study, a data file or a
 * reference work. Facts refer to sources by {@link #id()}.
 *
 * <p>A source has a URL, a document reference (for print or archival sources), or both.
 *
 * <pre>{@code
 * Source tass = Source.builder()
 *     .id("tass-687141").title("Uzbekistan's membership in CSTO suspended").publisher("TASS")
 *     .url("http://tass.com/russia/687141").kind(SourceKind.PRESS)
 *     .date(PartialDate.parse("2012-12-19"))
 *     .build();
 * tass.toString();   // Source[tass-687141 TASS]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class Source implements Identified {

  Source() {}

  /**
   * Returns a builder for a source.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The title of the document or page.
   *
   * @return the title, not null or blank
   */
  public abstract String title();

  /**
   * Who published it, such as {@code TASS} or {@code CSTO Secretariat}.
   *
   * @return the publisher, not null or blank
   */
  public abstract String publisher();

  /**
   * Where it can be read online.
   *
   * @return the URL, or empty for an offline document
   */
  public abstract Optional<String> url();

  /**
   * A reference to a document that is not (only) online, such as a gazette number or a book and page.
   *
   * @return the reference, or empty
   */
  public abstract Optional<String> document();

  /**
   * What kind of document this is.
   *
   * @return the kind, not null
   */
  public abstract SourceKind kind();

  /**
   * When it was published, as precisely as known.
   *
   * @return the date, or empty if unknown
   */
  public abstract Optional<PartialDate> date();

  /**
   * Whether the source carries less weight (default false): a mirror, copy, aggregator, content site or
   * forum. Where it conflicts with a primary source, the data follows the primary source.
   *
   * @return true for a weak source
   */
  @Value.Default
  public boolean weak() {
    return false;
  }

  @Value.Check
  final void check() {
    Checks.id("id", id());
    Checks.notBlank("title", title());
    Checks.notBlank("publisher", publisher());
    Checks.notBlank("url", url());
    Checks.notBlank("document", document());
    if (url().isEmpty() && document().isEmpty()) {
      throw new IllegalArgumentException("url or document must be present");
    }
  }

  /**
   * Returns the id and publisher, such as {@code Source[tass-687141 TASS]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "Source[" + id() + " " + publisher() + "]";
  }

  /** Builds a {@link Source}; id, title, publisher, kind and a URL or document are required. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
