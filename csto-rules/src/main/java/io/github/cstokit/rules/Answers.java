package io.github.cstokit.rules;

/**
 * Guards for what a {@link io.github.cstokit.model.CstoFacts} implementation answers: the interface
 * promises no nulls, and a rule must not turn a broken promise into a verdict.
 */
final class Answers {

  private Answers() {}

  /**
   * The answer, if it is not null.
   *
   * @param answer what the facts answered
   * @param question the query, such as {@code CstoFacts.instrument("treaty-1992")}
   * @param <T> the answer's type
   * @return the answer
   * @throws IllegalStateException if the facts answered null, naming the query
   */
  static <T> T required(T answer, String question) {
    if (answer == null) {
      throw new IllegalStateException(question + " answered null; CstoFacts never answers null");
    }
    return answer;
  }
}
