package io.github.cstokit.data.internal.read.files;

import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.read.Fields;
import io.github.cstokit.data.internal.read.Problems;
import io.github.cstokit.data.internal.read.Where;
import io.github.cstokit.data.internal.read.Vocabulary;
import io.github.cstokit.model.DecisionMode;
import io.github.cstokit.model.Organ;
import io.github.cstokit.model.OrganKind;
import java.util.List;
import java.util.Optional;

/** Reads {@code organs.json}: the CSTO's statutory, coordinating, working and parliamentary bodies. */
public final class OrgansFile extends RecordFile<Dto.Organ, Organ> {

  /** The file name. */
  public static final String FILE = "organs.json";

  private final InstrumentsFile instruments;

  /**
   * Creates the reader.
   *
   * @param fields the dataset's field checks, not null
   * @param problems where problems go, not null
   * @param instruments the read instruments, for legal bases, not null
   */
  public OrgansFile(Fields fields, Problems problems, InstrumentsFile instruments) {
    super(FILE, fields, problems);
    this.instruments = instruments;
  }

  @Override
  Optional<Organ> read(Dto.Organ d, Where at) {
    String id = fields.required(at, "id", d.id());
    String en = fields.required(at, "nameEn", d.nameEn());
    String ru = fields.required(at, "nameRu", d.nameRu());
    String abbreviation = fields.required(at, "abbreviation", d.abbreviation());
    String abbreviationRu = fields.optionalText(at, "abbreviationRu", d.abbreviationRu());
    OrganKind kind = fields.word(at, "kind", d.kind(), Vocabulary.ORGAN_KINDS, true);
    String composition = fields.required(at, "composition", d.composition());
    Boolean decides = fields.required(at, "decides", d.decides());
    DecisionMode mode = fields.constant(at, "decisionMode", d.decisionMode(), DecisionMode.class, true);
    InstrumentsFile.LegalBasis basis = instruments.legalBasis(at, d.legalBasis());
    String note = fields.optionalText(at, "note", d.note());
    List<String> sources = fields.sources(at, d.sources(), true);
    if (id != null && Boolean.FALSE.equals(decides)) {
      fields.nonDeciding(id);
    }
    if (decides != null && mode != null && decides != (mode == DecisionMode.CONSENSUS)) {
      at.at("decisionMode").problem(mode + " does not agree with decides: " + decides);
    }
    return at.build(() -> Organ.builder().id(id).nameEn(en).nameRu(ru)
        .abbreviation(abbreviation).kind(kind).composition(composition).decisionMode(mode)
        .legalBases(basis.citations()).legalBasisInstrumentIds(basis.instrumentIds())
        .abbreviationRu(Optional.ofNullable(abbreviationRu)).note(Optional.ofNullable(note))
        .sources(sources).build());
  }
}
