package io.github.cstokit.data.internal.snapshot.codec;

import io.github.cstokit.model.Force;
import io.github.cstokit.model.ForceKind;
import java.io.IOException;

/** A {@link Force}: one of the collective forces. */
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
        .build();
  }
}
