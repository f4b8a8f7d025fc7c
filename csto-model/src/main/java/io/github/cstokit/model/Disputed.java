package io.github.cstokit.model;

import java.util.List;
import java.util.Optional;

/**
 * A fact for which some sources give other values than the ones the data uses: the
 * {@linkplain #alternatives() alternatives}, and the {@linkplain #choice() choice} that says which values
 * the data uses and why.
 *
 * <p>An alternative to one of the record's fields names it ({@link AlternativeValue#field()}, such as
 * {@code place} or {@code date}); an alternative to the record's date may name none. Each type says which
 * it requires.
 */
public interface Disputed {

  /**
   * Values for the record's fields that other sources give and the data does not use, such as another
   * date or another place of signature.
   *
   * @return an unmodifiable list in the order given, possibly empty
   */
  List<AlternativeValue> alternatives();

  /**
   * Which values the data uses and why; required when there are {@link #alternatives()}.
   *
   * @return the explanation, not blank, or empty when there are no alternatives
   */
  Optional<String> choice();
}
