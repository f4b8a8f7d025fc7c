package io.github.cstokit.data.internal.read.files;

import io.github.cstokit.data.internal.json.Bound;
import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.read.Fields;
import io.github.cstokit.data.internal.read.Problems;
import io.github.cstokit.data.internal.read.Where;
import io.github.cstokit.data.internal.read.Vocabulary;
import io.github.cstokit.model.PartialDate;
import java.util.List;

/** Checks {@code activities.json}: recurring operations and exercises. The model keeps no activities yet. */
public final class ActivitiesFile {

  /** The file name. */
  public static final String FILE = "activities.json";

  private final Fields fields;
  private final Problems problems;

  /**
   * Creates the reader.
   *
   * @param fields the dataset's field checks, not null
   * @param problems where problems go, not null
   */
  public ActivitiesFile(Fields fields, Problems problems) {
    this.fields = fields;
    this.problems = problems;
  }

  /**
   * Checks the records.
   *
   * @param items the bound records, not null
   */
  public void check(List<Bound<Dto.Activity>> items) {
    for (Bound<Dto.Activity> b : items) {
      Dto.Activity d = b.dto();
      Where at = Where.record(problems, FILE, b.pointer());
      fields.required(at, "id", d.id());
      fields.word(at, "kind", d.kind(), Vocabulary.ACTIVITY_KINDS, true);
      fields.required(at, "name", d.name());
      fields.optionalText(at, "nameRu", d.nameRu());
      fields.date(at, "start", d.start());
      fields.optionalText(at, "note", d.note());
      fields.sources(at, d.sources(), true);
      if (d.occurrences() != null) {
        for (int i = 0; i < d.occurrences().size(); i++) {
          occurrence(d.occurrences().get(i), at.at("occurrences").at(i));
        }
      }
    }
  }

  private void occurrence(Dto.Occurrence o, Where at) {
    if (o == null) {
      at.problem("must be an object, not null");
      return;
    }
    fields.optionalText(at, "name", o.name());
    if (o.year() != null && (o.year() < Fields.FIRST_YEAR
        || (fields.dataAsOf() != null && o.year() > fields.dataAsOf().getYear()))) {
      at.at("year").problem(o.year() + " is outside the dataset's years");
    }
    PartialDate start = fields.date(at, "start", o.start());
    PartialDate end = fields.date(at, "end", o.end());
    if (start != null && end != null && end.firstDay().isBefore(start.firstDay())) {
      at.at("end").problem(end + " is before the start " + start);
    }
    fields.state(at, "host", o.host(), false);
    fields.word(at, "confidence", o.confidence(), Vocabulary.CONFIDENCE, false);
    fields.optionalText(at, "note", o.note());
    fields.sources(at, o.sources(), false);
  }
}
