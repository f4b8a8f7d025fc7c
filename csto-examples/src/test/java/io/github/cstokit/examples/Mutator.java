package io.github.cstokit.examples;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic mutations of a valid, pretty-printed JSON document, for fuzzing: byte flips, truncation,
 * deletion and duplication of a property, a value of another type, and shifted or impossible dates. The
 * same seed and case number always give the same bytes.
 */
final class Mutator {

  /** One mutated document and what was done to it. */
  static final class Mutant {
    final byte[] bytes;
    final String description;

    Mutant(byte[] bytes, String description) {
      this.bytes = bytes;
      this.description = description;
    }
  }

  private static final Pattern MEMBER = Pattern.compile("(?m)^([ \\t]*)\"([^\"\\\\]*)\": (.*?)(,?)$");
  private static final Pattern DATE = Pattern.compile("\"(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?\"");
  private static final String[] VALUES = {
    "42", "-1", "0", "3.5", "true", "false", "null", "\"text\"", "\"\"", "\"  \"", "[]", "{}", "[null]",
    "[1, 2]", "{\"x\": 1}", "99999999999", "-2147483649", "1e400", "\"AM\"", "\"XX\"", "\"csc\"",
    "\"2023-02-30\"", "\"1991-12-31\"", "\"2999-01-01\"", "[\"no-such-id\"]"
  };

  private Mutator() {}

  /** The random source of one case: a function of the seed and the case number only. */
  static SplittableRandom random(long seed, long caseNumber) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + caseNumber);
  }

  /** Applies one to three mutations to a document. */
  static Mutant mutate(byte[] valid, SplittableRandom random) {
    byte[] bytes = valid;
    StringBuilder description = new StringBuilder();
    int rounds = random.nextInt(10) < 8 ? 1 : 2 + random.nextInt(2);
    for (int i = 0; i < rounds; i++) {
      Mutant m = once(bytes, random);
      bytes = m.bytes;
      description.append(description.length() == 0 ? "" : "; ").append(m.description);
    }
    return new Mutant(bytes, description.toString());
  }

  private static Mutant once(byte[] bytes, SplittableRandom random) {
    switch (random.nextInt(8)) {
      case 0:
        return flip(bytes, random);
      case 1:
        return truncate(bytes, random);
      case 2:
      case 3:
        return delete(bytes, random);
      case 4:
        return duplicate(bytes, random);
      case 5:
      case 6:
        return swapType(bytes, random);
      default:
        return shiftDate(bytes, random);
    }
  }

  private static Mutant flip(byte[] bytes, SplittableRandom random) {
    byte[] copy = bytes.clone();
    int n = 1 + random.nextInt(4);
    StringBuilder d = new StringBuilder("byte flips at");
    for (int i = 0; i < n && copy.length > 0; i++) {
      int at = random.nextInt(copy.length);
      copy[at] = random.nextBoolean() ? (byte) (copy[at] ^ (1 << random.nextInt(8)))
          : (byte) random.nextInt(256);
      d.append(' ').append(at);
    }
    return new Mutant(copy, d.toString());
  }

  private static Mutant truncate(byte[] bytes, SplittableRandom random) {
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    byte[] copy = new byte[at];
    System.arraycopy(bytes, 0, copy, 0, at);
    return new Mutant(copy, "truncated at " + at);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static Mutant mutant(String text, String description) {
    return new Mutant(text.getBytes(StandardCharsets.UTF_8), description);
  }

  private static List<int[]> members(String text) {
    List<int[]> found = new ArrayList<>();
    Matcher m = MEMBER.matcher(text);
    while (m.find()) {
      found.add(new int[] {m.start(), m.end(), m.start(3), m.end(3), m.start(4), m.end(4)});
    }
    return found;
  }

  private static Mutant delete(byte[] bytes, SplittableRandom random) {
    String text = text(bytes);
    List<int[]> members = members(text);
    if (members.isEmpty()) {
      return truncate(bytes, random);
    }
    int[] m = members.get(random.nextInt(members.size()));
    String value = text.substring(m[2], m[3]);
    if (value.endsWith("[") || value.endsWith("{")) {
      // A property whose value spans lines: delete its first line only when asked to break things.
      return mutant(text.substring(0, m[0]) + text.substring(Math.min(text.length(), m[1] + 1)),
          "deleted the first line of the property at " + m[0]);
    }
    String before = text.substring(0, m[0]);
    boolean hadComma = m[5] > m[4];
    if (!hadComma) {
      // The last property of its object: drop the comma before it, so the JSON stays well-formed.
      int comma = before.lastIndexOf(',');
      if (comma >= 0 && before.substring(comma + 1).isBlank()) {
        before = before.substring(0, comma) + before.substring(comma + 1);
      }
    }
    return mutant(before + text.substring(Math.min(text.length(), m[1] + 1)),
        "deleted the property at " + m[0]);
  }

  private static Mutant duplicate(byte[] bytes, SplittableRandom random) {
    String text = text(bytes);
    List<int[]> members = members(text);
    if (members.isEmpty()) {
      return flip(bytes, random);
    }
    int[] m = members.get(random.nextInt(members.size()));
    String value = text.substring(m[2], m[3]);
    if (value.endsWith("[") || value.endsWith("{")) {
      return flip(bytes, random);
    }
    String line = text.substring(m[0], m[4]) + ",\n";
    return mutant(text.substring(0, m[0]) + line + text.substring(m[0]), "duplicated the property at " + m[0]);
  }

  private static Mutant swapType(byte[] bytes, SplittableRandom random) {
    String text = text(bytes);
    List<int[]> members = members(text);
    if (members.isEmpty()) {
      return flip(bytes, random);
    }
    int[] m = members.get(random.nextInt(members.size()));
    String value = text.substring(m[2], m[3]);
    if (value.endsWith("[") || value.endsWith("{")) {
      return delete(bytes, random);
    }
    String replacement = VALUES[random.nextInt(VALUES.length)];
    return mutant(text.substring(0, m[2]) + replacement + text.substring(m[3]),
        "replaced " + value + " by " + replacement + " at " + m[2]);
  }

  private static Mutant shiftDate(byte[] bytes, SplittableRandom random) {
    String text = text(bytes);
    List<int[]> dates = new ArrayList<>();
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      dates.add(new int[] {m.start(), m.end()});
    }
    if (dates.isEmpty()) {
      return swapType(bytes, random);
    }
    int[] at = dates.get(random.nextInt(dates.size()));
    String date = text.substring(at[0] + 1, at[1] - 1);
    String shifted;
    switch (random.nextInt(6)) {
      case 0:
        shifted = String.format(java.util.Locale.ROOT, "%04d", Integer.parseInt(date.substring(0, 4))
            + random.nextInt(81) - 40) + date.substring(4);
        break;
      case 1:
        shifted = date + "-01";
        if (date.length() == 10) {
          try {
            shifted = LocalDate.parse(date).plusDays(random.nextInt(801) - 400).toString();
          } catch (java.time.DateTimeException e) {
            shifted = date.substring(0, 8) + "01"; // a date broken by an earlier mutation
          }
        }
        break;
      case 2:
        shifted = date.substring(0, 4) + "-" + new String[] {"00", "13", "02", "99"}[random.nextInt(4)]
            + (date.length() == 10 ? date.substring(7) : "");
        break;
      case 3:
        shifted = date.substring(0, Math.min(date.length(), 7)) + "-"
            + new String[] {"00", "29", "30", "31", "32"}[random.nextInt(5)];
        break;
      case 4:
        shifted = date.length() > 4 ? date.substring(0, date.length() - 3) : date + "-1";
        break;
      default:
        shifted = random.nextBoolean() ? "1992-05-14" : "2026-02-13";
        break;
    }
    return mutant(text.substring(0, at[0] + 1) + shifted + text.substring(at[1] - 1),
        "date " + date + " -> " + shifted + " at " + at[0]);
  }
}
