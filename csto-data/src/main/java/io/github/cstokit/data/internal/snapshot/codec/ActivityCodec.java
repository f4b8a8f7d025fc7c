package io.github.cstokit.data.internal.snapshot.codec;

import io.github.cstokit.model.Activity;
import io.github.cstokit.model.ActivityEdition;
import io.github.cstokit.model.ActivityKind;
import io.github.cstokit.model.Confidence;
import java.io.IOException;

/** An {@link Activity}, with its editions: dates, host, participants, size, grade and own sources. */
public final class ActivityCodec implements Codec<Activity> {

  /** The codec; it has no state. */
  public static final ActivityCodec INSTANCE = new ActivityCodec();

  private ActivityCodec() {}

  @Override
  public void write(Activity a, Out out) throws IOException {
    out.string(a.id());
    out.name(a.kind());
    out.string(a.name());
    out.string(a.nameRu());
    out.partialDate(a.since());
    out.list(a.editions(), EDITION);
    out.string(a.note());
    out.strings(a.sources());
  }

  @Override
  public Activity read(In in) throws IOException {
    return Activity.builder()
        .id(in.string())
        .kind(in.name(ActivityKind.class))
        .name(in.string())
        .nameRu(in.optionalString())
        .since(in.optionalPartialDate())
        .editions(in.list(EDITION))
        .note(in.optionalString())
        .sources(in.strings())
        .build();
  }

  /** A year or a size not recorded is written as 0 (a year is from 1900, a size positive). */
  private static final Codec<ActivityEdition> EDITION = new Codec<>() {
    @Override
    public void write(ActivityEdition e, Out out) throws IOException {
      out.string(e.name());
      out.integer(e.year().orElse(0));
      out.partialDate(e.start());
      out.partialDate(e.end());
      out.string(e.host());
      out.strings(e.participants());
      out.integer(e.personnel().orElse(0));
      out.bool(e.planned());
      out.name(e.confidence());
      out.string(e.note());
      out.strings(e.sources());
    }

    @Override
    public ActivityEdition read(In in) throws IOException {
      ActivityEdition.Builder b = ActivityEdition.builder().name(in.optionalString());
      int year = in.integer();
      if (year != 0) {
        b.year(year);
      }
      b.start(in.optionalPartialDate()).end(in.optionalPartialDate()).host(in.optionalString())
          .participants(in.strings());
      int personnel = in.integer();
      if (personnel != 0) {
        b.personnel(personnel);
      }
      return b.planned(in.bool()).confidence(in.optionalName(Confidence.class))
          .note(in.optionalString()).sources(in.strings()).build();
    }
  };
}
