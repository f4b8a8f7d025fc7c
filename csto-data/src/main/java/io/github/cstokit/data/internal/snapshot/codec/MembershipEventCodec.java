package io.github.cstokit.data.internal.snapshot.codec;

import io.github.cstokit.model.Framework;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipEventType;
import java.io.IOException;

/** A {@link MembershipEvent}: what happened to a state's membership, when, under which framework. */
public final class MembershipEventCodec implements Codec<MembershipEvent> {

  /** The codec; it has no state. */
  public static final MembershipEventCodec INSTANCE = new MembershipEventCodec();

  private MembershipEventCodec() {}

  @Override
  public void write(MembershipEvent e, Out out) throws IOException {
    out.string(e.id());
    out.string(e.state());
    out.name(e.type());
    out.partialDate(e.date());
    out.name(e.framework());
    out.string(e.instrumentId());
    out.strings(e.sources());
    out.string(e.note());
    out.list(e.alternatives(), AlternativeValueCodec.INSTANCE);
    out.string(e.choice());
    out.bool(e.effective());
  }

  @Override
  public MembershipEvent read(In in) throws IOException {
    return MembershipEvent.builder()
        .id(in.string())
        .state(in.string())
        .type(in.name(MembershipEventType.class))
        .date(in.partialDate())
        .framework(in.name(Framework.class))
        .instrumentId(in.optionalString())
        .sources(in.strings())
        .note(in.optionalString())
        .alternatives(in.list(AlternativeValueCodec.INSTANCE))
        .choice(in.optionalString())
        .effective(in.bool())
        .build();
  }
}
