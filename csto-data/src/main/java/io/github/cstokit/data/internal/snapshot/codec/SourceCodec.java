package io.github.cstokit.data.internal.snapshot.codec;

import io.github.cstokit.model.Source;
import io.github.cstokit.model.SourceKind;
import java.io.IOException;

/** A {@link Source}: a document the dataset cites. */
public final class SourceCodec implements Codec<Source> {

  /** The codec; it has no state. */
  public static final SourceCodec INSTANCE = new SourceCodec();

  private SourceCodec() {}

  @Override
  public void write(Source s, Out out) throws IOException {
    out.string(s.id());
    out.string(s.title());
    out.string(s.publisher());
    out.string(s.url());
    out.string(s.document());
    out.name(s.kind());
    out.partialDate(s.date());
    out.bool(s.weak());
  }

  @Override
  public Source read(In in) throws IOException {
    return Source.builder()
        .id(in.string())
        .title(in.string())
        .publisher(in.string())
        .url(in.optionalString())
        .document(in.optionalString())
        .kind(in.name(SourceKind.class))
        .date(in.optionalPartialDate())
        .weak(in.bool())
        .build();
  }
}
