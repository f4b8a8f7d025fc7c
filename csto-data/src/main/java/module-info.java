/**
 * The bundled, sourced, versioned CSTO dataset and its as-of-date queries.
 *
 * <p>The dataset is a set of JSON files with JSON Schemas, published inside this module; a newer or edited
 * dataset can be loaded with the same validation without upgrading the library.
 */
module io.github.cstokit.data {
  requires transitive io.github.cstokit.model;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.cstokit.data;
  // Jackson binds the dataset's JSON to internal records; nothing else may reflect on them.
  opens io.github.cstokit.data.internal.json to com.fasterxml.jackson.databind;
}
