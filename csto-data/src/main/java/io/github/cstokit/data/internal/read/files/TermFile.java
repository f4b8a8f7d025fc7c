package io.github.cstokit.data.internal.read.files;

import io.github.cstokit.data.internal.json.Bound;
import io.github.cstokit.data.internal.read.Fields;
import io.github.cstokit.data.internal.read.Problems;
import io.github.cstokit.data.internal.read.Terms;
import io.github.cstokit.data.internal.read.Where;
import io.github.cstokit.model.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A data file of terms (chairmanships, offices): each record is mapped at its place in the file while its
 * closed term is collected, and its value is built with its half-open period once all the terms are
 * known (an open term may end where the next starts); the records that mapped and whose term converted
 * without a problem are kept in file order.
 *
 * @param <D> the bound record
 * @param <T> the model value
 */
public abstract class TermFile<D, T> {

  /** The dataset's field checks. */
  final Fields fields;
  private final Problems problems;
  private final String file;
  private final boolean untilNext;

  TermFile(String file, boolean untilNext, Fields fields, Problems problems) {
    this.file = file;
    this.untilNext = untilNext;
    this.fields = fields;
    this.problems = problems;
  }

  /**
   * Maps the records.
   *
   * @param items the bound records, not null
   * @return the values that mapped without a problem, in file order
   */
  public List<T> read(List<Bound<D>> items) {
    Terms terms = new Terms(untilNext, fields.dataAsOf());
    Map<Where, Function<Period, T>> values = new LinkedHashMap<>();
    for (Bound<D> b : items) {
      Where at = Where.record(problems, file, b.pointer());
      values.put(at, read(b.dto(), at, terms));
    }
    Map<String, Period> periods = terms.periods();
    List<T> list = new ArrayList<>();
    values.forEach((at, value) -> {
      Period period = periods.get(at.pointer());
      if (period != null) {
        at.build(() -> value.apply(period)).ifPresent(list::add);
      }
    });
    return list;
  }

  /**
   * Maps one record at its place and adds its term: how to build the value with its period, which runs
   * only if the record is free of problems.
   */
  abstract Function<Period, T> read(D record, Where at, Terms terms);
}
