package io.github.cstokit.data.internal.snapshot.codec;

import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Confidence;
import io.github.cstokit.model.Office;
import java.io.IOException;

/** An {@link Appointment}: who held an office, for which state, over which half-open period. */
public final class AppointmentCodec implements Codec<Appointment> {

  /** The codec; it has no state. */
  public static final AppointmentCodec INSTANCE = new AppointmentCodec();

  private AppointmentCodec() {}

  @Override
  public void write(Appointment a, Out out) throws IOException {
    out.string(a.id());
    out.name(a.office());
    out.string(a.personEn());
    out.string(a.personRu());
    out.string(a.state());
    out.period(a.period());
    out.bool(a.acting());
    out.name(a.appointedBy());
    out.date(a.decisionDate());
    out.strings(a.sources());
    out.list(a.alternatives(), AlternativeValueCodec.INSTANCE);
    out.string(a.choice());
    out.string(a.note());
    out.name(a.confidence());
  }

  @Override
  public Appointment read(In in) throws IOException {
    return Appointment.builder()
        .id(in.string())
        .office(in.name(Office.class))
        .personEn(in.string())
        .personRu(in.optionalString())
        .state(in.string())
        .period(in.period())
        .acting(in.bool())
        .appointedBy(in.optionalName(Body.class))
        .decisionDate(in.optionalDate())
        .sources(in.strings())
        .alternatives(in.list(AlternativeValueCodec.INSTANCE))
        .choice(in.optionalString())
        .note(in.optionalString())
        .confidence(in.optionalName(Confidence.class))
        .build();
  }
}
