package io.github.cstokit.data.internal.read.files;

import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.read.Fields;
import io.github.cstokit.data.internal.read.Problems;
import io.github.cstokit.data.internal.read.Where;
import io.github.cstokit.data.internal.read.Terms;
import io.github.cstokit.data.internal.read.Vocabulary;
import io.github.cstokit.model.AlternativeValue;
import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Confidence;
import io.github.cstokit.model.Office;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads {@code offices.json}: who held the Secretary General's and the Chief of the Joint Staff's office;
 * closed terms become half-open periods, and terms of one office must not overlap.
 */
public final class OfficesFile extends TermFile<Dto.Appointment, Appointment> {

  /** The file name. */
  public static final String FILE = "offices.json";

  /**
   * Creates the reader.
   *
   * @param fields the dataset's field checks, not null
   * @param problems where problems go, not null
   */
  public OfficesFile(Fields fields, Problems problems) {
    super(FILE, false, fields, problems);
  }

  @Override
  Function<Period, Appointment> read(Dto.Appointment d, Where at, Terms terms) {
    String id = fields.required(at, "id", d.id());
    String office = fields.word(at, "office", d.office(), Vocabulary.OFFICES_IN_DATA, true);
    String person = fields.required(at, "person", d.person());
    String personRu = fields.optionalText(at, "personRu", d.personRu());
    String state = fields.state(at, "state", d.state(), true);
    PartialDate start = fields.requiredDate(at, "start", d.start());
    PartialDate end = fields.date(at, "end", d.end());
    Boolean acting = fields.required(at, "acting", d.acting());
    Body appointedBy = fields.decidingBody(at, "appointedBy", d.appointedBy(), false);
    LocalDate decisionDate = fields.fullDate(at, "decisionDate", d.decisionDate());
    Confidence confidence = fields.confidence(at, d.confidence());
    String note = fields.optionalText(at, "note", d.note());
    List<AlternativeValue> alternatives = fields.alternatives().dates(at, d.alternatives(), d.choice());
    List<String> sources = fields.sources(at, d.sources(), true);
    terms.add(at, id, office, start, end);
    return period -> Appointment.builder().id(id).office(Office.valueOf(office)).personEn(person)
        .personRu(Optional.ofNullable(personRu)).state(state).period(period).acting(acting)
        .appointedBy(Optional.ofNullable(appointedBy)).decisionDate(Optional.ofNullable(decisionDate))
        .sources(sources).alternatives(alternatives).choice(Optional.ofNullable(d.choice()))
        .note(Optional.ofNullable(note)).confidence(Optional.ofNullable(confidence)).build();
  }
}
