package io.github.cstokit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The table of {@link Rule}'s javadoc, the catalogue of the rules, lists every rule once, and only rules,
 * and its basis column starts with the rule's own {@link Rule#basis()}.
 */
class RuleCatalogueTest {

  private static final Path SOURCE = Path.of("src/main/java/io/github/cstokit/rules/Rule.java");

  /** The rows of the table: id, then the basis cell, in the order written. */
  static Map<String, String> rows() throws IOException {
    String text = Files.readString(SOURCE, StandardCharsets.UTF_8).replaceAll("\n \\*\\s*", " ");
    Matcher m = Pattern.compile("<tr><td>([A-Z0-9.-]+)</td><td>.*?</td>\\s*<td>(.*?)</td></tr>").matcher(text);
    Map<String, String> rows = new LinkedHashMap<>();
    while (m.find()) {
      assertTrue(rows.put(m.group(1), m.group(2)) == null, "two rows for " + m.group(1));
    }
    return rows;
  }

  @Test
  void everyRuleHasOneRowWhoseBasisIsTheRules() throws IOException {
    Map<String, String> rows = rows();
    for (Rule r : Rule.values()) {
      String basis = rows.get(r.id());
      assertTrue(basis != null, r.id() + " has no row in Rule's javadoc table");
      assertTrue(basis.startsWith(r.basis().name()), r.id() + ": basis " + r.basis() + ", the table says " + basis);
    }
    for (String id : rows.keySet()) {
      assertTrue(Rule.byId(id).isPresent(), "the table lists " + id + ", which is no rule");
    }
    assertEquals(Rule.values().length, rows.size());
  }
}
