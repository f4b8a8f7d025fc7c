package io.github.cstokit.data.internal.read.files;

import io.github.cstokit.data.internal.json.Bound;
import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.read.Fields;
import io.github.cstokit.data.internal.read.Problems;
import io.github.cstokit.data.internal.read.Where;
import io.github.cstokit.data.internal.read.Vocabulary;
import java.util.List;

/** Checks {@code sessions.json}: the councils' sessions. The model keeps no sessions yet. */
public final class SessionsFile {

  /** The file name. */
  public static final String FILE = "sessions.json";

  private final Fields fields;
  private final Problems problems;

  /**
   * Creates the reader.
   *
   * @param fields the dataset's field checks, not null
   * @param problems where problems go, not null
   */
  public SessionsFile(Fields fields, Problems problems) {
    this.fields = fields;
    this.problems = problems;
  }

  /**
   * Checks the records.
   *
   * @param items the bound records, not null
   */
  public void check(List<Bound<Dto.Session>> items) {
    for (Bound<Dto.Session> b : items) {
      Dto.Session d = b.dto();
      Where at = Where.record(problems, FILE, b.pointer());
      fields.required(at, "id", d.id());
      fields.body(at, "organ", d.organ(), true);
      fields.requiredDate(at, "date", d.date());
      fields.required(at, "place", d.place());
      fields.state(at, "host", d.host(), false);
      fields.word(at, "kind", d.kind(), Vocabulary.SESSION_KINDS, true);
      fields.word(at, "format", d.format(), Vocabulary.SESSION_FORMATS, true);
      fields.state(at, "chairState", d.chairState(), false);
      if (d.absent() != null) {
        for (int i = 0; i < d.absent().size(); i++) {
          fields.state(at.at("absent"), String.valueOf(i), d.absent().get(i), true);
        }
      }
      fields.optionalText(at, "note", d.note());
      fields.sources(at, d.sources(), true);
    }
  }
}
