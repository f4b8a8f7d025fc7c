/**
 * Checks of Collective Security Treaty and CSTO Charter procedure.
 *
 * <p>Each check judges facts given through the model's facts interface and returns a verdict
 * whose findings cite instrument, article and paragraph under the law in force on the date in question.
 * The one exported package is {@link io.github.cstokit.rules}; the inputs it judges (decisions, mandates,
 * appeals, basing requests, withdrawal notices) are types of the model module, which this module requires
 * transitively.
 *
 * <p>No method accepts or returns {@code null}: a null argument throws
 * {@link java.lang.NullPointerException}, absent values are {@link java.util.Optional}, and collections are
 * unmodifiable. Checks take the subject first and the facts last.
 *
 * <pre>{@code
 * Verdict v = DecisionRules.check(decision, CstoData.bundled());
 * v.outcome();                      // SATISFIED
 * System.out.println(v.explain());  // one line per finding, with its rule id and citations
 * }</pre>
 */
module io.github.cstokit.rules {
  requires transitive io.github.cstokit.model;
  requires static org.immutables.value.annotations;

  exports io.github.cstokit.rules;
}
