package io.github.cstokit.data.internal.snapshot.codec;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.Session;
import io.github.cstokit.model.SessionFormat;
import io.github.cstokit.model.SessionKind;
import java.io.IOException;

/** A {@link Session}: body, date, place, host, kind, format, chair, absent members, decisions. */
public final class SessionCodec implements Codec<Session> {

  /** The codec; it has no state. */
  public static final SessionCodec INSTANCE = new SessionCodec();

  private SessionCodec() {}

  @Override
  public void write(Session s, Out out) throws IOException {
    out.string(s.id());
    out.name(s.body());
    out.partialDate(s.date());
    out.string(s.place());
    out.string(s.host());
    out.name(s.kind());
    out.name(s.format());
    out.string(s.chairState());
    out.strings(s.absent());
    out.bool(s.planned());
    out.strings(s.decisionIds());
    out.string(s.note());
    out.strings(s.sources());
  }

  @Override
  public Session read(In in) throws IOException {
    return Session.builder()
        .id(in.string())
        .body(in.name(Body.class))
        .date(in.partialDate())
        .place(in.string())
        .host(in.optionalString())
        .kind(in.name(SessionKind.class))
        .format(in.name(SessionFormat.class))
        .chairState(in.optionalString())
        .absent(in.strings())
        .planned(in.bool())
        .decisionIds(in.strings())
        .note(in.optionalString())
        .sources(in.strings())
        .build();
  }
}
