package io.github.cstokit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written forms accept exactly what their regular expressions accept. */
class ChecksFormTest {

  private static final String ALPHABET = "AZaz09 .'-_:()[]Жж١ⅫΩ\u00B2\u02B0\t";

  private static List<String> samples() {
    List<String> list = new ArrayList<>(List.of("", "KZ", "kz", "KZK", "K", "KZ ", "cst", "a.b_c:d-e",
        "-a", "Art.", "Charter", "Peacekeeping Agreement", "Peacekeeping  Agreement", " Charter",
        "Charter ", "O'Neil Act", "12", "12a", "1.2-3", "(1)", "Устав", "Устав ОДКБ", "١٢", "Ⅻ", "x\uD835\uDC00",
        "\uD835\uDC00", "\uD800", "a\uD800"));
    SplittableRandom random = new SplittableRandom(1992);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int n = random.nextInt(6); n > 0; n--) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      list.add(sb.toString());
    }
    return list;
  }

  @Test
  void everyFormAgreesWithItsPattern() {
    List<String> samples = samples();
    for (Checks.Form form : Checks.Form.values()) {
      Pattern pattern = Pattern.compile(form.pattern());
      for (String s : samples) {
        assertEquals(pattern.matcher(s).matches(), form.matches(s), form + " on '" + s + "'");
      }
    }
  }
}
