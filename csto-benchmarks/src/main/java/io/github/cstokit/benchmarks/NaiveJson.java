package io.github.cstokit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cstokit.data.CstoData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.TreeSet;

/**
 * The baseline: what a user without csto-kit would write. The dataset's {@code states.json} and
 * {@code events.json} are parsed with Jackson's tree model, and every query filters the events: the last
 * status-changing event of the state on or before the date gives its status.
 */
final class NaiveJson {

  final JsonNode states;
  final JsonNode events;

  private NaiveJson(JsonNode states, JsonNode events) {
    this.states = states;
    this.events = events;
  }

  /** Parses the two files with a fresh, default {@link ObjectMapper}. */
  static NaiveJson parse() {
    ObjectMapper mapper = new ObjectMapper();
    return new NaiveJson(read(mapper, "states.json").get("states"),
        read(mapper, "events.json").get("events"));
  }

  private static JsonNode read(ObjectMapper mapper, String name) {
    try (InputStream in = CstoData.class.getResourceAsStream(name)) {
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The status of a state on a date, by scanning every event. */
  String status(String code, LocalDate date) {
    String day = date.toString();
    String status = "NOT_PARTY";
    String latest = "";
    for (JsonNode e : events) {
      if (!e.get("state").asText().equals(code)) {
        continue;
      }
      JsonNode effective = e.get("effective");
      if (effective != null && !effective.asBoolean()) {
        continue;
      }
      String when = e.get("date").asText();
      if (when.compareTo(day) > 0 || when.compareTo(latest) < 0) {
        continue;
      }
      String effect = effect(e.get("type").asText(), status);
      if (effect != null) {
        status = effect;
        latest = when;
      }
    }
    return status;
  }

  private static String effect(String type, String current) {
    switch (type) {
      case "SIGNATURE":
      case "ACCESSION":
        return current.equals("NOT_PARTY") || current.equals("CEASED") ? "SIGNATORY" : null;
      case "ENTRY_INTO_FORCE":
      case "ADMISSION_DECISION":
      case "RESTORATION_DECISION":
        return "MEMBER";
      case "NON_RENEWAL":
      case "WITHDRAWAL_EFFECTIVE":
      case "EXPULSION":
        return "CEASED";
      case "SUSPENSION_DECISION":
        return "SUSPENDED";
      default:
        return null;
    }
  }

  /** The members on a date: every state's status, collected into a new sorted set. */
  TreeSet<String> members(LocalDate date) {
    TreeSet<String> members = new TreeSet<>();
    for (JsonNode s : states) {
      String code = s.get("id").asText();
      if (status(code, date).equals("MEMBER")) {
        members.add(code);
      }
    }
    return members;
  }
}
