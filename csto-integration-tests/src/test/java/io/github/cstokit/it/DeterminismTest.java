package io.github.cstokit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.CstoData;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Verdict JSON and exports are the same bytes whatever the run, the default locale or the time zone:
 * computed here, then in fresh JVMs whose locale writes other digits and whose zone is far from UTC.
 */
class DeterminismTest {

  @Test
  void theSameBytesInThisJvmUnderAnotherDefaultLocaleAndZone() {
    String before = Fingerprint.of(CstoData.bundled());
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertEquals(before, Fingerprint.of(CstoData.bundled()));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void theSameBytesInFreshJvmsWithOtherLocalesAndZones() throws Exception {
    String expected = Fingerprint.of(CstoData.bundled());
    assertTrue(expected.length() > 1000, "the fingerprint is too small to mean anything");
    assertEquals(expected, run("ar", "EG", "Asia/Kathmandu"));
    assertEquals(expected, run("tr", "TR", "America/St_Johns"));
  }

  /** Runs {@link Fingerprint} in a new JVM on the class path, with the given defaults. */
  private static String run(String language, String country, String zone)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java,
        "-Duser.language=" + language, "-Duser.country=" + country, "-Duser.timezone=" + zone,
        "-Dfile.encoding=UTF-8", "-cp", classPath(), Fingerprint.class.getName()));
    Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
    byte[] out = process.getInputStream().readAllBytes();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
    assertEquals(0, process.exitValue(), err);
    return new String(out, StandardCharsets.UTF_8);
  }

  private static String classPath() {
    String modules = System.getProperty("jdk.module.path", "");
    String classes = System.getProperty("java.class.path", "");
    String self = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().getPath())
        .toString();
    return String.join(File.pathSeparator, self, modules, classes);
  }
}
