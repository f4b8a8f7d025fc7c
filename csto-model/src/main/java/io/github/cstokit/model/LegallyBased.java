package io.github.cstokit.model;

import java.util.List;

/**
 * A part of the CSTO's structure that rests on a legal basis, such as an organ or a collective force: the
 * provisions cited by article, and the instruments it rests on as a whole.
 */
public interface LegallyBased {

  /**
   * The provisions it rests on, cited by article.
   *
   * @return an unmodifiable list in the order given, possibly empty when the basis is not recorded or
   *     not verified
   */
  List<Citation> legalBases();

  /**
   * The ids of the {@link Instrument}s it rests on as a whole, such as {@code charter-2002} or
   * {@code crrf-agreement-2009}: the entries of its legal basis that name an instrument rather than cite
   * an article (those are {@link #legalBases()}).
   *
   * @return an unmodifiable list in the order given, each element an id, possibly empty
   */
  List<String> legalBasisInstrumentIds();
}
