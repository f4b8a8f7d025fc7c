package io.github.cstokit.model;

/**
 * A record that other records and the dataset's files refer to by its id, such as an instrument, an
 * organ, an event or a source.
 *
 * <p>An id starts with an ASCII letter or digit and goes on with ASCII letters, digits, {@code .},
 * {@code _}, {@code :} or {@code -}; a value type rejects any other id when it is built.
 */
public interface Identified {

  /**
   * The id, unique among the records of its kind in a dataset, such as {@code treaty-1992} or
   * {@code crrf}.
   *
   * @return the id, not null
   */
  String id();
}
