/**
 * Seeded JSON mutations ({@link io.github.cstokit.testsupport.JsonMutations}) and a time-boxed fuzz runner
 * ({@link io.github.cstokit.testsupport.Fuzz}) for fuzzing csto-kit's importers with deliberately invalid
 * input. Both are deterministic from a seed and a case number, so every failure can be replayed.
 * {@link io.github.cstokit.testsupport.NamedPipes} makes the named pipes that readers must refuse unopened.
 *
 * <p>Not published: these serve csto-kit's own tests, not its users.
 */
package io.github.cstokit.testsupport;
