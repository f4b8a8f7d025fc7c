package io.github.cstokit.model;

import java.util.Optional;

/**
 * A record that may carry a remark in prose, for example on what is not verified, on how a decision was
 * adopted or on a disputed day.
 */
public interface Noted {

  /**
   * A remark on the record.
   *
   * @return the note, not blank, or empty
   */
  Optional<String> note();
}
