package io.github.cstokit.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The Frictionless Data Package descriptor ({@code datapackage.json}) of {@link Exports#writeDataPackage}:
 * a tabular data package (Data Package specification v1) listing the five CSV files with their Table
 * Schemas, and naming the dataset version ({@code version}) and data date ({@code dataAsOf}). The text is
 * deterministic: fixed key order, two-space indent, {@code \n} line ends, no time stamp.
 */
final class DataPackage {

  private static final JsonFactory JSON = new JsonFactory();

  private DataPackage() {}

  /** The descriptor of the data package of a dataset, ending with a line break. */
  static String descriptor(CstoDataset data) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      DefaultIndenter indent = new DefaultIndenter("  ", "\n");
      json.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(indent).withArrayIndenter(indent));
      json.writeStartObject();
      json.writeStringField("profile", "tabular-data-package");
      json.writeStringField("name", "csto-kit-membership");
      json.writeStringField("title", "CSTO membership record, csto-kit dataset " + data.version());
      json.writeStringField("description", "The membership record of the Collective Security Treaty and the"
          + " Collective Security Treaty Organization from csto-kit dataset " + data.version() + ", data as of "
          + data.dataAsOf() + ": ATOP- and COW-style member tables, the event log (membership events,"
          + " sessions, observer and partner statuses), a state-year table and the sources the event log"
          + " cites. Dates are exact to the day; a partial source date counts from its"
          + " first day. Columns: docs/exports.md.");
      json.writeStringField("version", data.version());
      json.writeStringField("dataAsOf", data.dataAsOf().toString());
      json.writeStringField("homepage", "https://github.com/cstokit/csto-kit");
      json.writeArrayFieldStart("sources");
      json.writeStartObject();
      json.writeStringField("title", "csto-kit dataset " + data.version() + " (every row cites its sources;"
          + " see csto-sources.csv)");
      json.writeStringField("path", "https://github.com/cstokit/csto-kit");
      json.writeEndObject();
      json.writeEndArray();
      json.writeArrayFieldStart("resources");
      for (ExportTable table : ExportTable.values()) {
        resource(json, table);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text + "\n";
  }

  private static void resource(JsonGenerator json, ExportTable table) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", table.resource);
    json.writeStringField("path", table.fileName);
    json.writeStringField("profile", "tabular-data-resource");
    json.writeStringField("title", table.title);
    json.writeStringField("description", table.description);
    json.writeStringField("format", "csv");
    json.writeStringField("mediatype", "text/csv");
    json.writeStringField("encoding", "utf-8");
    json.writeObjectFieldStart("dialect");
    json.writeStringField("delimiter", ",");
    json.writeStringField("lineTerminator", "\n");
    json.writeBooleanField("header", true);
    json.writeEndObject();
    json.writeObjectFieldStart("schema");
    json.writeArrayFieldStart("fields");
    for (ExportTable.Column column : table.columns) {
      json.writeStartObject();
      json.writeStringField("name", column.name);
      json.writeStringField("type", column.type);
      if (column.type.equals("date")) {
        json.writeStringField("format", "default");
      }
      json.writeStringField("description", column.description);
      if (!column.values.isEmpty()) {
        json.writeObjectFieldStart("constraints");
        json.writeArrayFieldStart("enum");
        for (String value : column.values) {
          json.writeString(value);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("missingValues");
    json.writeString("");
    json.writeEndArray();
    json.writeArrayFieldStart("primaryKey");
    for (String key : table.primaryKey) {
      json.writeString(key);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }
}
