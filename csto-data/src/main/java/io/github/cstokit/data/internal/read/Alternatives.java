package io.github.cstokit.data.internal.read;

import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.model.AlternativeValue;
import io.github.cstokit.model.PartialDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The alternative values a record gives for its date or for named fields, with the record's
 * {@code choice}: each alternative checked as a small record of its own at its place.
 */
public final class Alternatives {

  private final Fields fields;

  Alternatives(Fields fields) {
    this.fields = fields;
  }

  /** Other dates a source gives for the record's date, with the record's {@code choice}. */
  public List<AlternativeValue> dates(Where at, List<Dto.DateAlternative> alternatives,
      String choice) {
    List<AlternativeValue> list = new ArrayList<>();
    each(at, alternatives, choice, (p, a) -> {
      PartialDate d = fields.requiredDate(p, "date", a.date());
      value(p, null, d == null ? null : d.toString(), a.sources(), a.note()).ifPresent(list::add);
    });
    return list;
  }

  /** Other values a source gives for named fields, each naming its field, in the order given. */
  public List<AlternativeValue> fields(Where at, List<Dto.FieldAlternative> alternatives,
      String choice) {
    return fields(at, alternatives, choice, Set.of(), new ArrayList<>());
  }

  /**
   * Other values a source gives for named fields, by field in the order given, each naming its field;
   * with {@code known} not empty, a field outside it is a problem at the alternative's {@code field}.
   */
  public Map<String, List<AlternativeValue>> fields(Where at,
      List<Dto.FieldAlternative> alternatives, String choice, Set<String> known) {
    Map<String, List<AlternativeValue>> byField = new LinkedHashMap<>();
    for (AlternativeValue v : fields(at, alternatives, choice, known, new ArrayList<>())) {
      byField.computeIfAbsent(v.field().orElseThrow(), f -> new ArrayList<>()).add(v);
    }
    return byField;
  }

  private List<AlternativeValue> fields(Where at, List<Dto.FieldAlternative> alternatives,
      String choice, Set<String> known, List<AlternativeValue> list) {
    each(at, alternatives, choice, (p, a) -> {
      String field = fields.required(p, "field", a.field());
      if (field != null && !known.isEmpty() && !known.contains(field)) {
        p.at("field").problem("'" + field + "' is not one of "
            + String.join(", ", new TreeSet<>(known)));
      }
      value(p, field, fields.required(p, "value", a.value()), a.sources(), a.note())
          .ifPresent(list::add);
    });
    return list;
  }

  /** Reads each alternative at its place, a null one being a problem, then checks the choice. */
  private <A> void each(Where at, List<A> alternatives, String choice, BiConsumer<Where, A> read) {
    if (alternatives != null) {
      for (int i = 0; i < alternatives.size(); i++) {
        Where p = at.at("alternatives").at(i);
        if (alternatives.get(i) == null) {
          p.problem("must be an object, not null");
        } else {
          read.accept(p, alternatives.get(i));
        }
      }
    }
    choice(at, alternatives, choice);
  }

  /**
   * One alternative's value, for the field named (null for the record's date), with its sources and note,
   * or empty after a problem in it.
   */
  private Optional<AlternativeValue> value(Where p, String field, String value, List<String> sourceIds,
      String noteText) {
    List<String> sources = fields.sources(p, sourceIds, true);
    String note = fields.optionalText(p, "note", noteText);
    return p.build(() -> AlternativeValue.builder().field(Optional.ofNullable(field)).value(value)
        .sources(sources).note(Optional.ofNullable(note)).build());
  }

  private void choice(Where at, List<?> alternatives, String choice) {
    fields.optionalText(at, "choice", choice);
    if (alternatives != null && alternatives.isEmpty()) {
      at.at("alternatives").problem("must not be empty; leave it out instead");
    }
    if (alternatives != null && !alternatives.isEmpty() && choice == null) {
      at.at("choice").problem("is required when alternatives are given");
    }
  }
}
