package io.github.cstokit.data.internal.read.files;

import io.github.cstokit.data.internal.json.Bound;
import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.read.Fields;
import io.github.cstokit.data.internal.read.Problems;
import io.github.cstokit.data.internal.read.Where;
import io.github.cstokit.data.internal.read.Vocabulary;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.ForceKind;
import io.github.cstokit.model.PartialDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code forces.json}: the collective forces; a force's kind follows from its id. */
public final class ForcesFile extends RecordFile<Dto.Force, Force> {

  /** The file name. */
  public static final String FILE = "forces.json";

  private final InstrumentsFile instruments;

  /**
   * Creates the reader.
   *
   * @param fields the dataset's field checks, not null
   * @param problems where problems go, not null
   * @param instruments the read instruments, for legal bases, not null
   */
  public ForcesFile(Fields fields, Problems problems, InstrumentsFile instruments) {
    super(FILE, fields, problems);
    this.instruments = instruments;
  }

  /**
   * Maps the records and indexes them.
   *
   * @param items the bound records, not null
   * @return the forces that mapped without a problem, by id, in file order
   */
  public Map<String, Force> byId(List<Bound<Dto.Force>> items) {
    Map<String, Force> map = new LinkedHashMap<>();
    read(items).forEach(force -> map.put(force.id(), force));
    return map;
  }

  @Override
  Optional<Force> read(Dto.Force d, Where at) {
    String id = fields.required(at, "id", d.id());
    String en = fields.required(at, "nameEn", d.nameEn());
    String ru = fields.optionalText(at, "nameRu", d.nameRu());
    String abbreviation = fields.required(at, "abbreviation", d.abbreviation());
    String abbreviationRu = fields.optionalText(at, "abbreviationRu", d.abbreviationRu());
    PartialDate established = fields.date(at, "established", d.established());
    InstrumentsFile.LegalBasis basis = instruments.legalBasis(at, d.legalBasis());
    String note = fields.optionalText(at, "note", d.note());
    List<String> sources = fields.sources(at, d.sources(), true);
    ForceKind kind = id == null ? ForceKind.OTHER : Vocabulary.FORCE_KINDS.getOrDefault(id, ForceKind.OTHER);
    return at.build(() -> Force.builder().id(id).kind(kind).nameEn(en)
        .nameRu(Optional.ofNullable(ru)).abbreviation(abbreviation)
        .abbreviationRu(Optional.ofNullable(abbreviationRu))
        .established(Optional.ofNullable(established)).legalBases(basis.citations())
        .legalBasisInstrumentIds(basis.instrumentIds()).note(Optional.ofNullable(note)).sources(sources).build());
  }
}
