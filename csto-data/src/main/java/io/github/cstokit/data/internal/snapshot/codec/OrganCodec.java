package io.github.cstokit.data.internal.snapshot.codec;

import io.github.cstokit.model.DecisionMode;
import io.github.cstokit.model.Organ;
import io.github.cstokit.model.OrganKind;
import java.io.IOException;

/** An {@link Organ}: a body of the Organization, its composition, decision mode and legal bases. */
public final class OrganCodec implements Codec<Organ> {

  /** The codec; it has no state. */
  public static final OrganCodec INSTANCE = new OrganCodec();

  private OrganCodec() {}

  @Override
  public void write(Organ o, Out out) throws IOException {
    out.string(o.id());
    out.string(o.nameEn());
    out.string(o.nameRu());
    out.string(o.abbreviation());
    out.name(o.kind());
    out.string(o.composition());
    out.name(o.decisionMode());
    out.list(o.legalBases(), CitationCodec.INSTANCE);
    out.strings(o.sources());
    out.string(o.abbreviationRu());
    out.strings(o.legalBasisInstrumentIds());
    out.string(o.note());
  }

  @Override
  public Organ read(In in) throws IOException {
    return Organ.builder()
        .id(in.string())
        .nameEn(in.string())
        .nameRu(in.string())
        .abbreviation(in.string())
        .kind(in.name(OrganKind.class))
        .composition(in.string())
        .decisionMode(in.name(DecisionMode.class))
        .legalBases(in.list(CitationCodec.INSTANCE))
        .sources(in.strings())
        .abbreviationRu(in.optionalString())
        .legalBasisInstrumentIds(in.strings())
        .note(in.optionalString())
        .build();
  }
}
