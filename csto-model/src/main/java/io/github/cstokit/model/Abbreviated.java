package io.github.cstokit.model;

import java.util.Optional;

/**
 * A part of the CSTO's structure known by an abbreviation, in English and possibly in Russian, such as
 * an organ ({@code CSC}, {@code СКБ}) or a collective force ({@code CRRF}, {@code КСОР}).
 */
public interface Abbreviated {

  /**
   * The usual English abbreviation, such as {@code CSC} or {@code CRRF}.
   *
   * @return the abbreviation, not null or blank
   */
  String abbreviation();

  /**
   * The usual Russian abbreviation, such as {@code СКБ} or {@code КСОР}.
   *
   * @return the abbreviation, not blank, or empty if not recorded
   */
  Optional<String> abbreviationRu();
}
