package io.github.cstokit.model;

/**
 * Thrown when text cannot be parsed into a model value, such as a {@link PartialDate} or a
 * {@link Citation}.
 *
 * <p>It is an {@link IllegalArgumentException}, so callers that treat malformed text like any other bad
 * argument need no special handling; callers that want to report the text can read
 * {@link #parsedText()}. The message names the expected form, for example
 * {@code PartialDate text must have the form YYYY, YYYY-MM or YYYY-MM-DD but was '1993-13'}.
 *
 * <pre>{@code
 * try {
 *   Citation.parse("Art. 12");
 * } catch (TextParseException e) {
 *   e.parsedText();   // "Art. 12"
 * }
 * }</pre>
 *
 * <p>Instances are immutable once thrown and may be shared between threads.
 */
public final class TextParseException extends IllegalArgumentException {

  @java.io.Serial private static final long serialVersionUID = 1L;

  /** The text that failed to parse. */
  private final String parsedText;

  /**
   * Creates an exception for text that could not be parsed.
   *
   * @param message the message, naming the expected form, not null
   * @param parsedText the text that failed to parse, not null
   * @param cause the underlying cause, may be null
   */
  TextParseException(String message, CharSequence parsedText, Throwable cause) {
    super(message, cause);
    this.parsedText = parsedText.toString();
  }

  /**
   * Creates an exception for text that could not be parsed, typed as the {@link IllegalArgumentException}
   * it is, so that a class that throws it does not load this class when the JVM verifies that class, only
   * when text fails to parse: a fresh JVM's first answers decode partial dates and pay for every class
   * they load.
   *
   * @param message the message, naming the expected form, not null
   * @param parsedText the text that failed to parse, not null
   * @param cause the underlying cause, may be null
   * @return the exception, a {@code TextParseException}
   */
  static IllegalArgumentException of(String message, CharSequence parsedText, Throwable cause) {
    return new TextParseException(message, parsedText, cause);
  }

  /**
   * The text that failed to parse.
   *
   * @return the text, not null
   */
  public String parsedText() {
    return parsedText;
  }
}
