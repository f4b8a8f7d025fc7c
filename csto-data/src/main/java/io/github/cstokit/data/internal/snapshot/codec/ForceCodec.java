package io.github.cstokit.data.internal.snapshot.codec;

import io.github.cstokit.model.Force;
import io.github.cstokit.model.ForceKind;
import java.io.IOException;

/** A {@link Force}: one of the collective forces, with its legal basis. */
public final class ForceCodec implements Codec<Force> {

  /** The codec; it has no state. */
  public static final ForceCodec INSTANCE = new ForceCodec();

  private ForceCodec() {}

  @Override
  public void write(Force f, Out out) throws IOException {
    out.string(f.id());
    out.name(f.kind());
    out.string(f.nameEn());
    out.string(f.nameRu());
    out.string(f.abbreviation());
    out.partialDate(f.established());
    out.strings(f.sources());
    out.string(f.abbreviationRu());
    out.list(f.legalBases(), CitationCodec.INSTANCE);
    out.strings(f.legalBasisInstrumentIds());
    out.string(f.note());
  }

  @Override
  public Force read(In in) throws IOException {
    return Force.builder()
        .id(in.string())
        .kind(in.name(ForceKind.class))
        .nameEn(in.string())
        .nameRu(in.optionalString())
        .abbreviation(in.string())
        .established(in.optionalPartialDate())
        .sources(in.strings())
        .abbreviationRu(in.optionalString())
        .legalBases(in.list(CitationCodec.INSTANCE))
        .legalBasisInstrumentIds(in.strings())
        .note(in.optionalString())
        .build();
  }
}
