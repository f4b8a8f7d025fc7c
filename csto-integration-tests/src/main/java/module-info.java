/**
 * Tests across csto-kit's published modules. The module holds no code of its own: its tests are patched in
 * and run on the module path, reading the library only through what it exports.
 */
module io.github.cstokit.it {
  requires io.github.cstokit.model;
  requires io.github.cstokit.data;
  requires io.github.cstokit.rules;
  requires io.github.cstokit.testkit;
  // The dataset-jar tests compile fixture providers and a consumer application.
  requires java.compiler;
  // The diff tests parse the JSON a diff writes.
  requires com.fasterxml.jackson.databind;
}
