package io.github.cstokit.data.internal.snapshot.codec;

import io.github.cstokit.model.State;
import java.io.IOException;

/** A {@link State}: codes, Correlates of War number and abbreviation, names, other Russian names, note and sources. */
public final class StateCodec implements Codec<State> {

  /** The codec; it has no state. */
  public static final StateCodec INSTANCE = new StateCodec();

  private StateCodec() {}

  @Override
  public void write(State s, Out out) throws IOException {
    out.string(s.isoAlpha2());
    out.string(s.isoAlpha3());
    out.integer(s.cowCode());
    out.string(s.cowAbbreviation());
    out.string(s.nameEn());
    out.string(s.nameRu());
    out.strings(s.nameRuAliases());
    out.string(s.note());
    out.strings(s.sources());
  }

  @Override
  public State read(In in) throws IOException {
    return State.builder()
        .isoAlpha2(in.string())
        .isoAlpha3(in.string())
        .cowCode(in.integer())
        .cowAbbreviation(in.string())
        .nameEn(in.string())
        .nameRu(in.string())
        .nameRuAliases(in.strings())
        .note(in.optionalString())
        .sources(in.strings())
        .build();
  }
}
