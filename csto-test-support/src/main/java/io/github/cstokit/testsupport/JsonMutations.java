package io.github.cstokit.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded, deterministic mutations of a valid JSON document, for fuzzing an importer with deliberately
 * invalid input: byte flips, truncation, deletion and duplication of a property, a value of another type
 * in place of a property's value, and shifted or impossible dates. Each case applies one to three of
 * them; the same document, seed and case number always give the same bytes, so a failing case can be
 * replayed from its seed and number alone.
 *
 * <p>The structural mutations work on pretty-printed JSON with one property per line (as written by
 * Jackson's default pretty printer or {@code JSON.stringify(value, null, 2)}); on other input they fall back
 * to byte flips and truncation. Most mutants are well-formed JSON that a schema or the importer's own checks
 * must reject; some are not JSON at all, and some happen to stay valid.
 *
 * <pre>{@code
 * byte[] valid = Files.readAllBytes(Path.of("samples/decision.json"));
 * long seed = 20260212L;
 * Fuzz.Result result = Fuzz.run(seed, 10_000, (s, c) -> {
 *   JsonMutations.Mutant mutant = JsonMutations.mutate(valid, s, c);
 *   try {
 *     myImporter.read(mutant.bytes());
 *     return null;                                 // accepted: fine
 *   } catch (MyImportException e) {
 *     return null;                                 // rejected with the documented exception: fine
 *   } catch (RuntimeException e) {
 *     return mutant.description() + ": " + e;      // anything else is a failure
 *   }
 * });
 * assertEquals(List.of(), result.failures());
 * }</pre>
 *
 * <p>Besides these random mutations, {@link #nullAt} and {@link #nullAddedTo} put a {@code null} at any
 * chosen value of a document (so that a test can try every one), and {@link #amplified} repeats one
 * array element until the document nears a size limit.
 *
 * <p>To draw from the case's random source first (to choose among several documents, say), take it from
 * {@link #random(long, long)} and pass it to {@link #mutate(byte[], RandomGenerator)}.
 *
 * <p>This class is thread-safe: it has no state.
 */
public final class JsonMutations {

  /**
   * One mutated document and what was done to it.
   *
   * <p>Instances are immutable: {@link #bytes()} returns a copy.
   */
  public static final class Mutant {
    private final byte[] bytes;
    private final String description;

    Mutant(byte[] bytes, String description) {
      this.bytes = bytes;
      this.description = description;
    }

    /**
     * The mutated document.
     *
     * @return a fresh copy of the bytes; possibly empty, possibly not UTF-8, possibly not JSON
     */
    public byte[] bytes() {
      return bytes.clone();
    }

    /**
     * What was done to the document, for a failure message: for example {@code "deleted the property at
     * 120"} or {@code "byte flips at 7 93; truncated at 40"}, with offsets into the document as it was
     * before that mutation.
     *
     * @return the description, never empty
     */
    public String description() {
      return description;
    }

    @Override
    public String toString() {
      return description + " (" + bytes.length + " bytes)";
    }
  }

  private static final Pattern MEMBER = Pattern.compile("(?m)^([ \\t]*)\"([^\"\\\\]*)\": (.*?)(,?)$");
  private static final Pattern DATE = Pattern.compile("\"(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?\"");
  private static final String[] VALUES = {
    "42", "-1", "0", "3.5", "true", "false", "null", "\"text\"", "\"\"", "\"  \"", "[]", "{}", "[null]",
    "[1, 2]", "{\"x\": 1}", "99999999999", "-2147483649", "1e400", "\"AM\"", "\"XX\"", "\"csc\"",
    "\"2023-02-30\"", "\"1991-12-31\"", "\"2999-01-01\"", "[\"no-such-id\"]"
  };

  private JsonMutations() {}

  /**
   * The random source of one fuzz case: a function of the seed and the case number only, so that any case
   * of a run can be replayed alone.
   *
   * @param seed the seed of the run
   * @param caseNumber the number of the case, from 0
   * @return a new random source, to be used by one thread
   */
  public static SplittableRandom random(long seed, long caseNumber) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + caseNumber);
  }

  /**
   * Mutates a document with the random source of one case: {@code mutate(valid, random(seed,
   * caseNumber))}.
   *
   * @param valid the valid document, not null; not modified
   * @param seed the seed of the run
   * @param caseNumber the number of the case, from 0
   * @return the mutated document and what was done to it
   */
  public static Mutant mutate(byte[] valid, long seed, long caseNumber) {
    return mutate(valid, random(seed, caseNumber));
  }

  /**
   * Applies one mutation (four times in five) or two or three in a row to a document. The result depends
   * only on the document and the state of {@code random}; the draws it takes from {@code random} are part
   * of this contract, so a caller may draw from the same source before (to pick a document, say) and still
   * replay a case exactly.
   *
   * @param valid the valid document, not null; not modified
   * @param random the random source, not null; for example {@link #random(long, long)}
   * @return the mutated document and what was done to it
   */
  public static Mutant mutate(byte[] valid, RandomGenerator random) {
    Objects.requireNonNull(valid, "valid");
    Objects.requireNonNull(random, "random");
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

  private static Mutant once(byte[] bytes, RandomGenerator random) {
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

  private static Mutant flip(byte[] bytes, RandomGenerator random) {
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

  private static Mutant truncate(byte[] bytes, RandomGenerator random) {
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

  /**
   * A property of the text drawn at random, as {@link #members(String)} gives it, or null if the text has
   * none (then nothing is drawn).
   */
  private static Member anyMember(byte[] bytes, RandomGenerator random) {
    String text = text(bytes);
    List<int[]> members = members(text);
    return members.isEmpty() ? null : new Member(text, members.get(random.nextInt(members.size())));
  }

  /**
   * A property of a text: its place as {@link #members(String)} gives it, and its value as far as its line
   * goes.
   */
  private record Member(String text, int[] m, String value) {
    Member(String text, int[] m) {
      this(text, m, text.substring(m[2], m[3]));
    }

    /** Whether the value opens an array or an object. */
    boolean opensContainer() {
      return value.endsWith("[") || value.endsWith("{");
    }
  }

  private static List<int[]> members(String text) {
    List<int[]> found = new ArrayList<>();
    Matcher m = MEMBER.matcher(text);
    while (m.find()) {
      found.add(new int[] {m.start(), m.end(), m.start(3), m.end(3), m.start(4), m.end(4)});
    }
    return found;
  }

  private static Mutant delete(byte[] bytes, RandomGenerator random) {
    Member member = anyMember(bytes, random);
    if (member == null) {
      return truncate(bytes, random);
    }
    String text = member.text();
    int[] m = member.m();
    if (member.opensContainer()) {
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

  private static Mutant duplicate(byte[] bytes, RandomGenerator random) {
    Member member = anyMember(bytes, random);
    if (member == null || member.opensContainer()) {
      return flip(bytes, random);
    }
    String text = member.text();
    int[] m = member.m();
    String line = text.substring(m[0], m[4]) + ",\n";
    return mutant(text.substring(0, m[0]) + line + text.substring(m[0]), "duplicated the property at " + m[0]);
  }

  private static Mutant swapType(byte[] bytes, RandomGenerator random) {
    Member member = anyMember(bytes, random);
    if (member == null) {
      return flip(bytes, random);
    }
    if (member.opensContainer()) {
      return delete(bytes, random);
    }
    String text = member.text();
    int[] m = member.m();
    String replacement = VALUES[random.nextInt(VALUES.length)];
    return mutant(text.substring(0, m[2]) + replacement + text.substring(m[3]),
        "replaced " + member.value() + " by " + replacement + " at " + m[2]);
  }

  private static Mutant shiftDate(byte[] bytes, RandomGenerator random) {
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
        shifted = String.format(Locale.ROOT, "%04d", Integer.parseInt(date.substring(0, 4))
            + random.nextInt(81) - 40) + date.substring(4);
        break;
      case 1:
        shifted = date + "-01";
        if (date.length() == 10) {
          try {
            shifted = LocalDate.parse(date).plusDays(random.nextInt(801) - 400).toString();
          } catch (DateTimeException e) {
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

  /**
   * Counts the JSON values of a document, in document order: the root is value 0, then each member value
   * and array element, depth first. With {@link #nullAt} and {@link #nullAddedTo}, a test can put a
   * {@code null} at every node of a document, one case per value.
   *
   * @param document a well-formed JSON document, not null
   * @return the number of values, at least 1
   * @throws IllegalArgumentException if the document is not well-formed JSON
   */
  public static int valueCount(byte[] document) {
    return new Values(text(Objects.requireNonNull(document, "document"))).all.size();
  }

  /**
   * Replaces one value of a document by {@code null}.
   *
   * @param document a well-formed JSON document, not null
   * @param value the number of the value, from 0 (the root) to {@link #valueCount} - 1
   * @return the document with that value null, described as {@code "null at /events/3/sources"}
   * @throws IllegalArgumentException if the document is not well-formed JSON
   * @throws IndexOutOfBoundsException if there is no such value
   */
  public static Mutant nullAt(byte[] document, int value) {
    String text = text(Objects.requireNonNull(document, "document"));
    Values.Span span = new Values(text).all.get(value);
    return mutant(text.substring(0, span.start) + "null" + text.substring(span.end),
        "null at " + span.pointer);
  }

  /**
   * Adds {@code null} as the first element of one value of a document, if it is an array.
   *
   * @param document a well-formed JSON document, not null
   * @param value the number of the value, from 0 (the root) to {@link #valueCount} - 1
   * @return the document with a null first in that array, described as {@code "null added to
   *     /events/3/sources"}; empty if the value is not an array
   * @throws IllegalArgumentException if the document is not well-formed JSON
   * @throws IndexOutOfBoundsException if there is no such value
   */
  public static Optional<Mutant> nullAddedTo(byte[] document, int value) {
    String text = text(Objects.requireNonNull(document, "document"));
    Values.Span span = new Values(text).all.get(value);
    if (text.charAt(span.start) != '[') {
      return Optional.empty();
    }
    boolean empty = text.substring(span.start + 1, span.end - 1).isBlank();
    return Optional.of(mutant(text.substring(0, span.start + 1) + (empty ? "null" : "null, ")
        + text.substring(span.start + 1), "null added to " + span.pointer));
  }

  /**
   * Amplifies one array of a document: one of its elements repeated many times, from a few thousand
   * copies to enough to pass {@code maxBytes}, so that an importer meets a document within its size
   * limits (or just past them) that holds far more records than any real one.
   *
   * @param document a well-formed JSON document, not null
   * @param maxBytes about the largest document to make; some are made just larger, to test the limit
   * @param random the random source, not null
   * @return the amplified document, described as {@code "element /events/3 repeated 100000 times"}; the
   *     document unchanged if it has no non-empty array
   * @throws IllegalArgumentException if the document is not well-formed JSON
   */
  public static Mutant amplified(byte[] document, long maxBytes, RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    String text = text(Objects.requireNonNull(document, "document"));
    List<Values.Span> elements = new ArrayList<>();
    for (Values.Span span : new Values(text).all) {
      if (span.inArray) {
        elements.add(span);
      }
    }
    if (elements.isEmpty()) {
      return new Mutant(document.clone(), "no array to amplify");
    }
    Values.Span element = elements.get(random.nextInt(elements.size()));
    String copy = "," + text.substring(element.start, element.end);
    long room = Math.max(0, maxBytes - document.length);
    long fit = room / copy.getBytes(StandardCharsets.UTF_8).length;
    long times;
    switch (random.nextInt(3)) {
      case 0:
        times = Math.min(fit, 1_000 + random.nextInt(9_000));
        break;
      case 1:
        times = fit;
        break;
      default:
        times = fit + 1 + random.nextInt(10);
        break;
    }
    StringBuilder out = new StringBuilder(text.length() + (int) Math.min(Integer.MAX_VALUE - 64,
        times * copy.length()));
    out.append(text, 0, element.end);
    for (long i = 0; i < times; i++) {
      out.append(copy);
    }
    out.append(text, element.end, text.length());
    return mutant(out.toString(), "element " + element.pointer + " repeated " + times + " times");
  }

  /** The values of a well-formed JSON document, in document order, each with its span and pointer. */
  private static final class Values {
    static final class Span {
      final int start;
      final int end;
      final String pointer;
      final boolean inArray;

      Span(int start, int end, String pointer, boolean inArray) {
        this.start = start;
        this.end = end;
        this.pointer = pointer;
        this.inArray = inArray;
      }
    }

    final List<Span> all = new ArrayList<>();
    private final String text;
    private int at;

    Values(String text) {
      this.text = text;
      value("", false, 0);
      blanks();
      if (at != text.length()) {
        throw error("trailing text");
      }
    }

    private IllegalArgumentException error(String what) {
      return new IllegalArgumentException("not well-formed JSON at " + at + ": " + what);
    }

    private void blanks() {
      while (at < text.length() && " \t\r\n\uFEFF".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
    }

    /**
     * Reads an object's members or an array's elements, from its opening bracket to {@code close}: each
     * in turn by {@code element}, given its index, then a comma or the end.
     */
    private void elements(char close, IntConsumer element) {
      at++;
      blanks();
      if (peek() == close) {
        at++;
        return;
      }
      for (int i = 0; ; i++) {
        element.accept(i);
        blanks();
        if (peek() == ',') {
          at++;
        } else {
          expect(close);
          return;
        }
      }
    }

    private void value(String pointer, boolean inArray, int depth) {
      if (depth > 1000) {
        throw error("nested too deep");
      }
      blanks();
      if (at >= text.length()) {
        throw error("a value expected");
      }
      int index = all.size();
      all.add(null);
      int start = at;
      char c = text.charAt(at);
      if (c == '{') {
        elements('}', i -> {
          blanks();
          String name = string();
          blanks();
          expect(':');
          value(pointer + "/" + name.replace("~", "~0").replace("/", "~1"), false, depth + 1);
        });
      } else if (c == '[') {
        elements(']', i -> value(pointer + "/" + i, true, depth + 1));
      } else if (c == '"') {
        string();
      } else {
        while (at < text.length() && ",}] \t\r\n".indexOf(text.charAt(at)) < 0) {
          at++;
        }
        if (at == start) {
          throw error("a value expected");
        }
      }
      all.set(index, new Span(start, at, pointer.isEmpty() ? "the root" : pointer, inArray));
    }

    private char peek() {
      return at < text.length() ? text.charAt(at) : '\0';
    }

    private void expect(char c) {
      if (peek() != c) {
        throw error("'" + c + "' expected");
      }
      at++;
    }

    private String string() {
      expect('"');
      StringBuilder s = new StringBuilder();
      while (at < text.length() && text.charAt(at) != '"') {
        char c = text.charAt(at++);
        if (c == '\\' && at < text.length()) {
          s.append(c).append(text.charAt(at++));
        } else {
          s.append(c);
        }
      }
      expect('"');
      return s.toString();
    }
  }

}
