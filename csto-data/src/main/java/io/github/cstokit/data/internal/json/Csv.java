package io.github.cstokit.data.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes CSV tables (RFC 4180, {@code \n} line ends, a header row) for the exports. Thread-safe. */
public final class Csv {

  private static final CsvMapper CSV = csvMapper();

  private Csv() {}

  private static CsvMapper csvMapper() {
    CsvMapper mapper = new CsvMapper();
    mapper.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    // Quote a field only when its content requires it, whatever its length.
    mapper.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
    return mapper;
  }

  /**
   * Writes a header row and the rows; the writer is not closed.
   *
   * @param out the target, not null
   * @param columns the column names, not null
   * @param rows the rows, each with one value per column, not null
   * @throws IOException if writing fails
   */
  public static void write(Writer out, List<String> columns, List<List<Object>> rows)
      throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder();
    for (String column : columns) {
      schema.addColumn(column);
    }
    CsvSchema csv = schema.setUseHeader(true).setLineSeparator("\n").build();
    try (SequenceWriter writer = CSV.writer(csv).writeValues(out)) {
      for (List<Object> row : rows) {
        writer.write(row);
      }
    }
  }
}
