package io.github.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report page: what it holds, and how a real headless browser renders it. */
class ReportTest {

  private static final CstoDataset DATA = CstoData.bundled();

  @TempDir Path tmp;

  @Test
  void thePageHoldsTheTimelineMembersOfficialsAndTheKazakhstanVerdict() throws IOException {
    Cli cli = Cli.run("report", "--out", tmp.toString()).exits(Csto.OK);
    String page = Files.readString(tmp.resolve(Report.PAGE));
    assertTrue(Files.size(tmp.resolve(Report.SVG)) > 0 && Files.size(tmp.resolve(Report.PNG)) > 0);
    Cli.assertContains(page,
        "<img id=\"timeline\" src=\"" + Report.SVG + "\"",
        "<h2 id=\"sessions\">Sessions</h2>");
    DATA.sessions().forEach(x -> assertTrue(page.contains("<tr><td>" + x.date() + "</td><td>"
        + x.body().abbreviation() + "</td><td>" + Report.text(x.place()) + "</td>"), x.toString()));
    assertTrue(page.contains("regular (announced, beyond the data date)"), "the Moscow session of 2026-11-11");
    assertTrue(page.contains(Report.text(DATA.decision("csc-2022-11-23-tasmagambetov").orElseThrow().title())));
    DATA.members(DATA.dataAsOf()).forEach(s -> assertTrue(page.contains(">" + s.isoAlpha2() + "<"), s.toString()));
    DATA.secretaryGeneral(DATA.dataAsOf())
        .ifPresent(sg -> assertTrue(page.contains(Report.text(sg.personEn())), sg.personEn()));
    io.github.cstokit.rules.Verdict verdict = io.github.cstokit.rules.MandateRules.check(
        DATA.mandate(Tour.KAZAKHSTAN_2022).orElseThrow(), DATA);
    assertTrue(page.contains(">" + verdict.outcome() + "</strong>"), page);
    for (io.github.cstokit.rules.Finding finding : verdict.findings()) {
      assertTrue(page.contains(Report.text(finding.ruleId())), finding.ruleId());
      finding.citations().forEach(c -> assertTrue(page.contains(Report.text(c.text())), c.text()));
    }
  }

  @Test
  void htmlIsEscaped() {
    assertEquals("&lt;script&gt;a&amp;b&quot;&#39;", Report.text("<script>a&b\"'"));
  }

  private static Optional<Path> browser() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static String run(List<String> command, Path dir) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(false).start();
    process.getOutputStream().close();
    Path errLog = dir.resolve("browser-stderr.txt");
    // Standard error is drained to a file so a chatty browser cannot block on a full pipe.
    Thread drain = new Thread(() -> {
      try {
        Files.write(errLog, process.getErrorStream().readAllBytes());
      } catch (IOException e) {
        // the log is only for the failure message
      }
    });
    drain.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "browser timed out: " + command);
    drain.join(10_000);
    assertEquals(0, process.exitValue(), "browser failed: " + command + "\n"
        + (Files.exists(errLog) ? Files.readString(errLog) : ""));
    return out;
  }

  @Test
  void aHeadlessBrowserRendersThePageWithItsPicture() throws Exception {
    Optional<Path> browser = browser();
    assumeTrue(browser.isPresent(),
        "SKIPPED: no Chromium on PATH (chromium, chromium-browser or google-chrome); install the Debian"
            + " package chromium to run this test");
    Path page = Report.write(DATA, tmp.resolve("report"));
    Path profile = tmp.resolve("profile");
    List<String> common = new ArrayList<>(List.of(browser.get().toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile,
        "--allow-file-access-from-files", "--window-size=1280,1800"));
    List<String> dump = new ArrayList<>(common);
    dump.add("--dump-dom");
    dump.add(page.toUri().toString());
    String dom = run(dump, tmp);
    assertTrue(dom.contains("id=\"members\"") && dom.contains("id=\"kazakhstan-2022\""), dom);

    Path shot = tmp.resolve("report.png");
    List<String> screenshot = new ArrayList<>(common);
    screenshot.add("--screenshot=" + shot);
    screenshot.add(page.toUri().toString());
    run(screenshot, tmp);
    BufferedImage image = ImageIO.read(shot.toFile());
    assertEquals(1280, image.getWidth());
    boolean memberBlue = false;
    for (int y = 0; y < image.getHeight() && !memberBlue; y += 2) {
      for (int x = 0; x < image.getWidth() && !memberBlue; x += 2) {
        memberBlue = (image.getRGB(x, y) & 0xffffff) == 0x2b6cb0;
      }
    }
    assertTrue(memberBlue, "the timeline picture is drawn in the screenshot");
    String keep = System.getProperty("csto.report.screenshot", "");
    if (!keep.isEmpty()) {
      Files.copy(shot, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertFalse(dom.contains("This dataset has no mandate"), "the Kazakhstan mandate is in the dataset");
  }
}
