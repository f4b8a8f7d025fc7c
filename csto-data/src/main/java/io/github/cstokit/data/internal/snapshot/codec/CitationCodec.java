package io.github.cstokit.data.internal.snapshot.codec;

import io.github.cstokit.model.Citation;
import java.io.IOException;

/**
 * A {@link Citation}: short name, article, paragraph and version, each but the first possibly absent
 * (the article is absent when the citation does not identify one).
 */
public final class CitationCodec implements Codec<Citation> {

  /** The codec; it has no state. */
  public static final CitationCodec INSTANCE = new CitationCodec();

  private CitationCodec() {}

  @Override
  public void write(Citation c, Out out) throws IOException {
    out.string(c.shortName());
    out.string(c.article());
    out.string(c.paragraph());
    out.string(c.version());
  }

  @Override
  public Citation read(In in) throws IOException {
    return Citation.builder()
        .shortName(in.string())
        .article(in.optionalString())
        .paragraph(in.optionalString())
        .version(in.optionalString())
        .build();
  }
}
