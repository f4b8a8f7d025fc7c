package io.github.cstokit.data.internal.snapshot.codec;

import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.Confidence;
import io.github.cstokit.model.Head;
import java.io.IOException;

/**
 * A {@link Chairmanship}: id, state, its term in the chair as a half-open period, whether fragmentary,
 * which head chaired (absent when not recorded), note and sources.
 */
public final class ChairmanshipCodec implements Codec<Chairmanship> {

  /** The codec; it has no state. */
  public static final ChairmanshipCodec INSTANCE = new ChairmanshipCodec();

  private ChairmanshipCodec() {}

  @Override
  public void write(Chairmanship c, Out out) throws IOException {
    out.string(c.id());
    out.string(c.state());
    out.period(c.period());
    out.bool(c.fragmentary());
    out.name(c.chairedBy());
    out.string(c.note());
    out.strings(c.sources());
    out.name(c.confidence());
  }

  @Override
  public Chairmanship read(In in) throws IOException {
    return Chairmanship.builder()
        .id(in.string())
        .state(in.string())
        .period(in.period())
        .fragmentary(in.bool())
        .chairedBy(in.optionalName(Head.class))
        .note(in.optionalString())
        .sources(in.strings())
        .confidence(in.optionalName(Confidence.class))
        .build();
  }
}
