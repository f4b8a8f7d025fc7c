/**
 * Test utilities of csto-kit's own builds, not published: {@link io.github.cstokit.testsupport.JsonMutations},
 * seeded mutations of a valid JSON document, and {@link io.github.cstokit.testsupport.Fuzz}, a time-boxed fuzz
 * runner whose failures name the seed and the case, and {@link io.github.cstokit.testsupport.NamedPipes}.
 * csto-data and csto-examples use them in test scope to fuzz their importers and to feed them named
 * pipes. The module depends on the JDK only.
 */
module io.github.cstokit.testsupport {
  exports io.github.cstokit.testsupport;
}
