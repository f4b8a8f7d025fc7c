package io.github.cstokit.data;

import io.github.cstokit.data.internal.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Frictionless Data Package descriptor ({@code datapackage.json}) of {@link Exports#writeDataPackage}:
 * a tabular data package (Data Package specification v1) listing the five CSV files with their Table
 * Schemas, and naming the dataset version ({@code version}) and data date ({@code dataAsOf}). The text is
 * deterministic: fixed key order, two-space indent, {@code \n} line ends, no time stamp.
 */
final class DataPackage {

  private DataPackage() {}

  /** The descriptor of the data package of a dataset, ending with a line break. */
  static String descriptor(CstoDataset data) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("profile", "tabular-data-package");
    json.put("name", "csto-kit-membership");
    json.put("title", "CSTO membership record, csto-kit dataset " + data.version());
    json.put("description", "The membership record of the Collective Security Treaty and the"
        + " Collective Security Treaty Organization from csto-kit dataset " + data.version() + ", data as of "
        + data.dataAsOf() + ": ATOP- and COW-style member tables, the event log (membership events,"
        + " sessions, observer and partner statuses), a state-year table and the sources the event log"
        + " cites. Dates are exact to the day; a partial source date counts from its"
        + " first day. Columns: docs/exports.md.");
    json.put("version", data.version());
    json.put("dataAsOf", data.dataAsOf().toString());
    json.put("homepage", "https://github.com/cstokit/csto-kit");
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("title", "csto-kit dataset " + data.version() + " (every row cites its sources;"
        + " see csto-sources.csv)");
    source.put("path", "https://github.com/cstokit/csto-kit");
    json.put("sources", List.of(source));
    List<Object> resources = new ArrayList<>();
    for (ExportTable table : ExportTable.values()) {
      resources.add(resource(table));
    }
    json.put("resources", resources);
    return Json.descriptor(json);
  }

  private static Map<String, Object> resource(ExportTable table) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", table.resource);
    json.put("path", table.fileName);
    json.put("profile", "tabular-data-resource");
    json.put("title", table.title);
    json.put("description", table.description);
    json.put("format", "csv");
    json.put("mediatype", "text/csv");
    json.put("encoding", "utf-8");
    Map<String, Object> dialect = new LinkedHashMap<>();
    dialect.put("delimiter", ",");
    dialect.put("lineTerminator", "\n");
    dialect.put("header", true);
    json.put("dialect", dialect);
    List<Object> fields = new ArrayList<>();
    for (ExportTable.Column column : table.columns) {
      Map<String, Object> field = new LinkedHashMap<>();
      field.put("name", column.name);
      field.put("type", column.type);
      if (column.type.equals("date")) {
        field.put("format", "default");
      }
      field.put("description", column.description);
      if (!column.values.isEmpty()) {
        field.put("constraints", Map.of("enum", List.copyOf(column.values)));
      }
      fields.add(field);
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("fields", fields);
    schema.put("missingValues", List.of(""));
    schema.put("primaryKey", List.copyOf(table.primaryKey));
    json.put("schema", schema);
    return json;
  }
}
