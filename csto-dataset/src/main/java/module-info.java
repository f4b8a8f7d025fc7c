/**
 * The CSTO dataset as its own artifact, versioned by the data: the checked JSON files of the data format
 * and their compiled snapshot, offered to csto-data as a {@link io.github.cstokit.data.spi.DatasetProvider}.
 * The module exports nothing: adding its jar to the module path or the class path is all it takes.
 */
module io.github.cstokit.dataset {
  requires io.github.cstokit.data;

  provides io.github.cstokit.data.spi.DatasetProvider with io.github.cstokit.dataset.Dataset;
}
