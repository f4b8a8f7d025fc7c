package io.github.cstokit.data.internal.read.files;

import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.read.Fields;
import io.github.cstokit.data.internal.read.Problems;
import io.github.cstokit.data.internal.read.Where;
import io.github.cstokit.model.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code states.json}: the states that are or were parties. */
public final class StatesFile extends RecordFile<Dto.State, State> {

  /** The file name. */
  public static final String FILE = "states.json";

  /**
   * Creates the reader.
   *
   * @param fields the dataset's field checks, not null
   * @param problems where problems go, not null
   */
  public StatesFile(Fields fields, Problems problems) {
    super(FILE, fields, problems);
  }

  @Override
  Optional<State> read(Dto.State s, Where at) {
    String id = fields.required(at, "id", s.id());
    String a3 = fields.required(at, "isoAlpha3", s.isoAlpha3());
    Integer cow = fields.required(at, "cowCode", s.cowCode());
    String abbrev = fields.required(at, "cowAbbrev", s.cowAbbrev());
    String en = fields.required(at, "nameEn", s.nameEn());
    String ru = fields.required(at, "nameRu", s.nameRu());
    List<String> aliases = aliases(at, ru, s.nameRuAliases());
    String note = fields.optionalText(at, "note", s.note());
    List<String> sources = fields.sources(at, s.sources(), true);
    return at.build(() -> State.builder().isoAlpha2(id).isoAlpha3(a3).cowCode(cow)
        .cowAbbreviation(abbrev).nameEn(en).nameRu(ru).nameRuAliases(aliases)
        .note(Optional.ofNullable(note)).sources(sources).build());
  }

  /** Other Russian names of the state: each given once, none blank, none the recorded name. */
  private List<String> aliases(Where at, String nameRu, List<String> aliases) {
    if (aliases == null) {
      return List.of();
    }
    List<String> list = new ArrayList<>();
    for (int i = 0; i < aliases.size(); i++) {
      String alias = aliases.get(i);
      Where here = at.at("nameRuAliases").at(i);
      if (alias == null || alias.isBlank()) {
        here.problem("must be a name, not " + (alias == null ? "null" : "blank"));
      } else if (alias.equals(nameRu) || list.contains(alias)) {
        here.problem("'" + alias + "' is already a Russian name of the state");
      } else {
        list.add(alias);
      }
    }
    return list;
  }
}
