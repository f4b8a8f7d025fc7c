package io.github.cstokit.data.internal.read.files;

import io.github.cstokit.data.internal.json.Bound;
import io.github.cstokit.data.internal.read.Fields;
import io.github.cstokit.data.internal.read.Problems;
import io.github.cstokit.data.internal.read.Where;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A data file holding one array of records: each bound record is mapped at its place in the file, and
 * the records that mapped without a problem are kept in file order.
 *
 * @param <D> the bound record
 * @param <T> the model value
 */
public abstract class RecordFile<D, T> {

  /** The dataset's field checks. */
  final Fields fields;
  /** Where problems go. */
  final Problems problems;
  private final String file;

  RecordFile(String file, Fields fields, Problems problems) {
    this.file = file;
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
    List<T> list = new ArrayList<>();
    for (Bound<D> b : items) {
      read(b.dto(), Where.record(problems, file, b.pointer())).ifPresent(list::add);
    }
    return list;
  }

  /** Maps one record at its place: the value, or empty after a problem in the record. */
  abstract Optional<T> read(D record, Where at);
}
