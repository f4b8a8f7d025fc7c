package io.github.cstokit.data.internal.read.files;

import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.read.Fields;
import io.github.cstokit.data.internal.read.Problems;
import io.github.cstokit.data.internal.read.Where;
import io.github.cstokit.data.internal.read.Terms;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.Confidence;
import io.github.cstokit.model.Head;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads {@code chairmanships.json}: which state chaired the Collective Security Council, and, where
 * recorded ({@code chairedBy}), which of its heads; a term without an end lasts until the next one
 * starts.
 */
public final class ChairmanshipsFile extends TermFile<Dto.Chairmanship, Chairmanship> {

  /** The file name. */
  public static final String FILE = "chairmanships.json";

  /**
   * Creates the reader.
   *
   * @param fields the dataset's field checks, not null
   * @param problems where problems go, not null
   */
  public ChairmanshipsFile(Fields fields, Problems problems) {
    super(FILE, true, fields, problems);
  }

  @Override
  Function<Period, Chairmanship> read(Dto.Chairmanship d, Where at, Terms terms) {
    String id = fields.required(at, "id", d.id());
    String state = fields.state(at, "state", d.state(), true);
    PartialDate start = fields.requiredDate(at, "start", d.start());
    PartialDate end = fields.date(at, "end", d.end());
    Boolean fragmentary = fields.required(at, "fragmentary", d.fragmentary());
    Head chairedBy = fields.constant(at, "chairedBy", d.chairedBy(), Head.class, false);
    Confidence confidence = fields.confidence(at, d.confidence());
    String note = fields.optionalText(at, "note", d.note());
    List<String> sources = fields.sources(at, d.sources(), true);
    terms.add(at, id, "chair", start, end);
    return period -> Chairmanship.builder().id(id).state(state).period(period).fragmentary(fragmentary)
        .chairedBy(Optional.ofNullable(chairedBy)).note(Optional.ofNullable(note)).sources(sources)
        .confidence(Optional.ofNullable(confidence)).build();
  }
}
