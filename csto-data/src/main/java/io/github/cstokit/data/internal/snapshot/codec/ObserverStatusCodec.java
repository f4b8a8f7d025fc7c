package io.github.cstokit.data.internal.snapshot.codec;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.Confidence;
import io.github.cstokit.model.ObserverKind;
import io.github.cstokit.model.ObserverStatus;
import java.io.IOException;

/** An {@link ObserverStatus}: kind, holder, body, dates, grade, note and sources. */
public final class ObserverStatusCodec implements Codec<ObserverStatus> {

  /** The codec; it has no state. */
  public static final ObserverStatusCodec INSTANCE = new ObserverStatusCodec();

  private ObserverStatusCodec() {}

  @Override
  public void write(ObserverStatus o, Out out) throws IOException {
    out.string(o.id());
    out.name(o.kind());
    out.string(o.holder());
    out.string(o.holderRu());
    out.string(o.holderState());
    out.name(o.body());
    out.partialDate(o.since());
    out.partialDate(o.until());
    out.name(o.confidence());
    out.string(o.note());
    out.strings(o.sources());
  }

  @Override
  public ObserverStatus read(In in) throws IOException {
    return ObserverStatus.builder()
        .id(in.string())
        .kind(in.name(ObserverKind.class))
        .holder(in.string())
        .holderRu(in.optionalString())
        .holderState(in.optionalString())
        .body(in.optionalName(Body.class))
        .since(in.partialDate())
        .until(in.optionalPartialDate())
        .confidence(in.optionalName(Confidence.class))
        .note(in.optionalString())
        .sources(in.strings())
        .build();
  }
}
