/**
 * The bundled, sourced, versioned CSTO dataset and its as-of-date queries.
 *
 * <p>The dataset is a set of JSON files with JSON Schemas, published inside this module; a newer or edited
 * dataset can be loaded with the same validation without upgrading the library, from files or from a dataset
 * jar that provides {@link io.github.cstokit.data.spi.DatasetProvider}.
 */
module io.github.cstokit.data {
  requires transitive io.github.cstokit.model;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.cstokit.data;
  exports io.github.cstokit.data.spi;
  // Dataset jars (csto-dataset) offer newer or older data versions.
  uses io.github.cstokit.data.spi.DatasetProvider;
  // Jackson binds the dataset's JSON to internal records; nothing else may reflect on them.
  opens io.github.cstokit.data.internal.json to com.fasterxml.jackson.databind;
}
