package io.github.cstokit.it;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.data.Exports;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.rules.DecisionRules;
import io.github.cstokit.rules.MandateRules;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything csto-kit promises to render byte for byte the same: the JSON of every verdict on the bundled
 * decisions and mandates, and every export. Run as a program, it prints that text, so a second JVM with
 * another locale and time zone can be compared with this one.
 */
final class Fingerprint {

  private Fingerprint() {}

  /** The verdict JSON documents, one per decision and mandate of the dataset, in dataset order. */
  static List<String> verdictJson(CstoDataset data) {
    List<String> json = new ArrayList<>();
    for (Decision decision : data.decisions()) {
      json.add(DecisionRules.check(decision, data).toJson());
    }
    for (Mandate mandate : data.mandates()) {
      json.add(MandateRules.check(mandate, data).toJson());
    }
    return json;
  }

  /** The whole text: verdicts, then the three exports. */
  static String of(CstoDataset data) {
    StringWriter out = new StringWriter();
    try {
      for (String json : verdictJson(data)) {
        out.write(json);
        out.write('\n');
      }
      Exports.writeAtopMembers(data, out);
      Exports.writeCowMembers(data, out);
      Exports.writeEventLog(data, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Prints the fingerprint of the bundled dataset in UTF-8.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    byte[] bytes = of(CstoData.bundled()).getBytes(StandardCharsets.UTF_8);
    System.out.write(bytes, 0, bytes.length);
    System.out.flush();
  }
}
