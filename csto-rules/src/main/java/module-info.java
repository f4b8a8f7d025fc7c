/**
 * Checks of Collective Security Treaty and CSTO Charter procedure.
 *
 * <p>Each check judges facts given through the model's facts interface and returns a verdict
 * whose findings cite instrument, article and paragraph under the law in force on the date in question.
 */
module io.github.cstokit.rules {
  requires transitive io.github.cstokit.model;
  requires static org.immutables.value.annotations;
  requires com.google.common;

  exports io.github.cstokit.rules;
}
