package io.github.cstokit.data.internal.read.files;

import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.read.Fields;
import io.github.cstokit.data.internal.read.Problems;
import io.github.cstokit.data.internal.read.Where;
import io.github.cstokit.model.Activity;
import io.github.cstokit.model.ActivityEdition;
import io.github.cstokit.model.ActivityKind;
import io.github.cstokit.model.Confidence;
import io.github.cstokit.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code activities.json}: recurring operations and exercises, each with its editions. An edition
 * without sources of its own is UNVERIFIED: its {@code confidence} may say so or be absent (read as
 * UNVERIFIED), and any other confidence is a problem.
 */
public final class ActivitiesFile extends RecordFile<Dto.Activity, Activity> {

  /** The file name. */
  public static final String FILE = "activities.json";

  /**
   * Creates the reader.
   *
   * @param fields the dataset's field checks, not null
   * @param problems where problems go, not null
   */
  public ActivitiesFile(Fields fields, Problems problems) {
    super(FILE, fields, problems);
  }

  @Override
  Optional<Activity> read(Dto.Activity d, Where at) {
    String id = fields.required(at, "id", d.id());
    ActivityKind kind = fields.constant(at, "kind", d.kind(), ActivityKind.class, true);
    String name = fields.required(at, "name", d.name());
    String nameRu = fields.optionalText(at, "nameRu", d.nameRu());
    PartialDate since = fields.date(at, "start", d.start());
    String note = fields.optionalText(at, "note", d.note());
    List<String> sources = fields.sources(at, d.sources(), true);
    List<ActivityEdition> editions = new ArrayList<>();
    if (d.occurrences() != null) {
      for (int i = 0; i < d.occurrences().size(); i++) {
        edition(d.occurrences().get(i), at.at("occurrences").at(i)).ifPresent(editions::add);
      }
    }
    return at.build(() -> Activity.builder().id(id).kind(kind).name(name)
        .nameRu(Optional.ofNullable(nameRu)).since(Optional.ofNullable(since)).editions(editions)
        .note(Optional.ofNullable(note)).sources(sources).build());
  }

  private Optional<ActivityEdition> edition(Dto.Occurrence o, Where at) {
    if (o == null) {
      at.problem("must be an object, not null");
      return Optional.empty();
    }
    String name = fields.optionalText(at, "name", o.name());
    if (o.year() != null && (o.year() < Fields.FIRST_YEAR
        || (fields.dataAsOf() != null && o.year() > fields.dataAsOf().getYear()))) {
      at.at("year").problem(o.year() + " is outside the dataset's years");
    }
    PartialDate start = fields.date(at, "start", o.start());
    PartialDate end = fields.date(at, "end", o.end());
    fields.endNotBeforeStart(at, start, end);
    String host = fields.state(at, "host", o.host(), false);
    List<String> listed = fields.states(at, "participants", o.participants());
    List<String> participants = listed == null ? List.of() : listed;
    fields.positive(at, "personnel", o.personnel());
    Confidence recorded = fields.confidence(at, o.confidence());
    String note = fields.optionalText(at, "note", o.note());
    List<String> sources = fields.sources(at, o.sources(), false);
    boolean unsourced = o.sources() == null || o.sources().isEmpty();
    if (unsourced && o.confidence() != null && recorded != Confidence.UNVERIFIED) {
      at.at("confidence").problem("must be UNVERIFIED for an edition without sources of its own");
    }
    // An edition with neither sources of its own nor a recorded confidence (as in the files of
    // 2026.11.0, which predate the mark) is unsourced, so UNVERIFIED.
    Confidence confidence = unsourced && o.confidence() == null ? Confidence.UNVERIFIED : recorded;
    return at.build(() -> {
      ActivityEdition.Builder b = ActivityEdition.builder().name(Optional.ofNullable(name))
          .start(Optional.ofNullable(start)).end(Optional.ofNullable(end))
          .host(Optional.ofNullable(host)).participants(participants)
          .planned(Boolean.TRUE.equals(o.planned())).confidence(Optional.ofNullable(confidence))
          .note(Optional.ofNullable(note)).sources(sources);
      if (o.year() != null) {
        b.year(o.year());
      }
      if (o.personnel() != null) {
        b.personnel(o.personnel());
      }
      return b.build();
    });
  }
}
