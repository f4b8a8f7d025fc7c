/**
 * The csto-kit model: immutable, documented value types for the Collective Security Treaty Organization
 * and the 1992 Collective Security Treaty.
 *
 * <p>Every type in {@link io.github.cstokit.model} is immutable and thread-safe. The module has no I/O and
 * no JSON; the dataset lives in {@code io.github.cstokit.data} and the procedure checks in
 * {@code io.github.cstokit.rules}.
 */
module io.github.cstokit.model {
  requires static org.immutables.value.annotations;

  exports io.github.cstokit.model;
  // The shared Immutables style is source-retained; csto-rules is the one other module with generated values.
  exports io.github.cstokit.model.internal to io.github.cstokit.rules;
}
