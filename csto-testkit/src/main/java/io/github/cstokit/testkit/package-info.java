/**
 * Seeded generators of valid and deliberately invalid CSTO values, with edge cases and combinators.
 */
package io.github.cstokit.testkit;
