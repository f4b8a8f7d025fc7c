package io.github.cstokit.data.internal.snapshot.codec;

import io.github.cstokit.model.AlternativeValue;
import java.io.IOException;

/** An {@link AlternativeValue}: a value the sources disagree on, with the field it is for, its sources and note. */
public final class AlternativeValueCodec implements Codec<AlternativeValue> {

  /** The codec; it has no state. */
  public static final AlternativeValueCodec INSTANCE = new AlternativeValueCodec();

  private AlternativeValueCodec() {}

  @Override
  public void write(AlternativeValue a, Out out) throws IOException {
    out.string(a.value());
    out.string(a.field());
    out.strings(a.sources());
    out.string(a.note());
  }

  @Override
  public AlternativeValue read(In in) throws IOException {
    return AlternativeValue.builder()
        .value(in.string())
        .field(in.optionalString())
        .sources(in.strings())
        .note(in.optionalString())
        .build();
  }
}
