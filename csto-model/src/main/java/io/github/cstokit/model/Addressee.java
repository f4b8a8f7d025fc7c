package io.github.cstokit.model;

/**
 * To whom an application for observer or partner status was addressed. Charter Art. 21 (2002 wording)
 * addresses it «на имя Генерального секретаря» ("to the Secretary General").
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Addressee {
  /** The Secretary General of the Organization. */
  SECRETARY_GENERAL,
  /** The Chairman of the Collective Security Council. */
  COUNCIL_CHAIRMAN,
  /** Any other addressee, such as a member state's government. */
  OTHER
}
