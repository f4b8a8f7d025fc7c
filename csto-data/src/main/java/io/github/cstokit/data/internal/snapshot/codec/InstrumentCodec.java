package io.github.cstokit.data.internal.snapshot.codec;

import io.github.cstokit.model.Confidence;
import io.github.cstokit.model.InForceStatus;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.InstrumentKind;
import java.io.IOException;

/** An {@link Instrument}: the treaty, charter, protocol or agreement, with its dates and sources. */
public final class InstrumentCodec implements Codec<Instrument> {

  /** The codec; it has no state. */
  public static final InstrumentCodec INSTANCE = new InstrumentCodec();

  private InstrumentCodec() {}

  @Override
  public void write(Instrument i, Out out) throws IOException {
    out.string(i.id());
    out.name(i.kind());
    out.string(i.shortName());
    out.string(i.titleEn());
    out.string(i.titleRu());
    out.partialDate(i.signed());
    out.string(i.place());
    out.partialDate(i.entryIntoForce());
    out.name(i.inForceStatus());
    out.string(i.amendedId());
    out.string(i.version());
    out.strings(i.sources());
    out.string(i.note());
    out.string(i.inForceNote());
    out.name(i.confidence());
    out.list(i.alternatives(), AlternativeValueCodec.INSTANCE);
    out.string(i.choice());
  }

  @Override
  public Instrument read(In in) throws IOException {
    return Instrument.builder()
        .id(in.string())
        .kind(in.name(InstrumentKind.class))
        .shortName(in.string())
        .titleEn(in.string())
        .titleRu(in.optionalString())
        .signed(in.partialDate())
        .place(in.optionalString())
        .entryIntoForce(in.optionalPartialDate())
        .inForceStatus(in.optionalName(InForceStatus.class))
        .amendedId(in.optionalString())
        .version(in.string())
        .sources(in.strings())
        .note(in.optionalString())
        .inForceNote(in.optionalString())
        .confidence(in.optionalName(Confidence.class))
        .alternatives(in.list(AlternativeValueCodec.INSTANCE))
        .choice(in.optionalString())
        .build();
  }
}
