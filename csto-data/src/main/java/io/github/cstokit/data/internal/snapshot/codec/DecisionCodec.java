package io.github.cstokit.data.internal.snapshot.codec;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.DatePrecision;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.DecisionFormat;
import io.github.cstokit.model.DecisionKind;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.Position;
import io.github.cstokit.model.RecordedOutcome;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link Decision}: id, body, date, the date's precision, matter, kind of matter, format, whether the
 * format is known, recorded outcome (absent when none is recorded), positions (state and position, by
 * state), signatures, joining days (state and day, by state), note, session, sources, kind of record,
 * instrument, alternative dates and choice.
 */
public final class DecisionCodec implements Codec<Decision> {

  /** The codec; it has no state. */
  public static final DecisionCodec INSTANCE = new DecisionCodec();

  private DecisionCodec() {}

  @Override
  public void write(Decision d, Out out) throws IOException {
    out.string(d.id());
    out.name(d.body());
    out.date(d.date());
    out.name(d.datePrecision());
    out.string(d.title());
    out.name(d.matter());
    out.name(d.format());
    out.bool(d.formatKnown());
    out.name(d.recordedOutcome());
    out.count(d.positions().keySet());
    for (Map.Entry<String, Position> e : d.positions().entrySet()) {
      out.string(e.getKey());
      out.name(e.getValue());
    }
    out.strings(d.signatures());
    out.count(d.joiningDates().keySet());
    for (Map.Entry<String, LocalDate> e : d.joiningDates().entrySet()) {
      out.string(e.getKey());
      out.date(e.getValue());
    }
    out.string(d.note());
    out.string(d.sessionId());
    out.strings(d.sources());
    out.name(d.kind());
    out.string(d.instrumentId());
    out.list(d.alternatives(), AlternativeValueCodec.INSTANCE);
    out.string(d.choice());
  }

  @Override
  public Decision read(In in) throws IOException {
    Decision.Builder b = Decision.builder();
    b.id(in.optionalString())
        .body(in.name(Body.class))
        .date(in.date())
        .datePrecision(in.name(DatePrecision.class))
        .title(in.string())
        .matter(in.name(Matter.class))
        .format(in.name(DecisionFormat.class))
        .formatKnown(in.bool())
        .recordedOutcome(in.optionalName(RecordedOutcome.class));
    TreeMap<String, Position> positions = new TreeMap<>();
    for (int i = 0, n = in.count(); i < n; i++) {
      positions.put(in.string(), in.name(Position.class));
    }
    b.positions(positions).signatures(in.strings());
    TreeMap<String, LocalDate> joiningDates = new TreeMap<>();
    for (int i = 0, n = in.count(); i < n; i++) {
      joiningDates.put(in.string(), in.date());
    }
    b.joiningDates(joiningDates)
        .note(in.optionalString())
        .sessionId(in.optionalString())
        .sources(in.strings())
        .kind(in.optionalName(DecisionKind.class))
        .instrumentId(in.optionalString())
        .alternatives(in.list(AlternativeValueCodec.INSTANCE))
        .choice(in.optionalString());
    return b.build();
  }
}
