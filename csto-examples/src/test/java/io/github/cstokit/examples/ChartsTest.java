package io.github.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.data.CstoData;
import io.github.cstokit.data.CstoDataset;
import io.github.cstokit.model.State;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.batik.util.XMLResourceDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The pictures, parsed and rendered by Apache Batik, have what they should. */
class ChartsTest {

  private static final CstoDataset DATA = CstoData.bundled();

  private static String svg() throws IOException {
    StringWriter out = new StringWriter();
    Charts.writeSvg(Charts.membershipTimeline(DATA, DATA.dataAsOf()), out);
    return out.toString();
  }

  private static Document parse(String svg) throws IOException {
    return new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName())
        .createDocument("file:/timeline.svg", new StringReader(svg));
  }

  private static Set<String> texts(Document doc) {
    Set<String> texts = new HashSet<>();
    NodeList nodes = doc.getElementsByTagName("text");
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().strip());
    }
    return texts;
  }

  @Test
  void theTimelineNamesEveryStateTheStripsAndTheDataDate() throws IOException {
    String svg = svg();
    Document doc = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName())
        .createDocument("file:/timeline.svg", new StringReader(svg));
    Set<String> texts = texts(doc);
    for (State state : DATA.states()) {
      String row = state.nameEn() + " (" + state.isoAlpha2() + ")";
      assertTrue(texts.contains(row), row + " in " + texts);
    }
    assertTrue(texts.contains(Charts.SECRETARY_GENERAL), texts.toString());
    assertTrue(texts.contains(Charts.CHAIRMANSHIP), texts.toString());
    assertTrue(texts.contains("data date " + DATA.dataAsOf()), texts.toString());
    for (String legend : new String[] {"member", "member, participation frozen", "signatory", "suspended",
        "ceased", Charts.LEGAL_EVENT}) {
      assertTrue(texts.contains(legend), legend + " in " + texts);
    }
    // Each term of a Secretary General wide enough for a label is labelled with the holder's surname.
    DATA.appointments().stream()
        .filter(a -> a.office() == io.github.cstokit.model.Office.SECRETARY_GENERAL
            && Charts.wideEnough(a.period(), DATA.dataAsOf()))
        .map(a -> a.personEn().substring(a.personEn().lastIndexOf(' ') + 1))
        .forEach(surname -> assertTrue(texts.contains(surname), surname + " in " + texts));
  }

  @Test
  void batikRendersTheSvgWithTheStatusColours() throws Exception {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    PNGTranscoder transcoder = new PNGTranscoder();
    transcoder.transcode(new TranscoderInput(new StringReader(svg())), new TranscoderOutput(png));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
    assertEquals(Charts.WIDTH, image.getWidth());
    assertEquals(Charts.HEIGHT, image.getHeight());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y) & 0xffffff);
      }
    }
    assertTrue(colours.contains(0x2b6cb0), "member blue drawn");
    assertTrue(colours.contains(0x9ec5e8), "frozen participation drawn");
    assertTrue(colours.contains(0xc0392b), "suspension drawn");
    assertTrue(colours.contains(0x999999), "ceased drawn");
  }

  @Test
  void theCommandWritesSvgAndPngAndRejectsOtherNames(@TempDir Path tmp) throws IOException {
    Path svg = tmp.resolve("timeline.svg");
    Cli cli = Cli.run("chart", "--out", svg.toString()).exits(Csto.OK);
    assertTrue(Files.readString(svg).startsWith("<?xml") || Files.readString(svg).startsWith("<svg"));
    Path png = tmp.resolve("timeline.PNG");
    assertEquals(Csto.OK, Cli.run("chart", "--out", png.toString()).code);
    assertEquals(Charts.WIDTH, ImageIO.read(png.toFile()).getWidth());
    Cli bad = Cli.run("chart", "--out", tmp.resolve("timeline.pdf").toString()).exits(Csto.BAD_INPUT);
    assertTrue(bad.err.contains("must end in .svg or .png"), bad.toString());
  }

  private static String svgWithSessions() throws IOException {
    StringWriter out = new StringWriter();
    Charts.writeSvg(Charts.membershipTimeline(DATA, DATA.sessions(), DATA.dataAsOf()), out);
    return out.toString();
  }

  @Test
  void theSessionsLieOnTheTimeAxisBeneathTheTimeline() throws Exception {
    String svg = svgWithSessions();
    Set<String> texts = texts(parse(svg));
    for (String label : new String[] {Charts.SESSIONS, Charts.SESSION, Charts.EXTRAORDINARY, Charts.INFORMAL,
        Charts.ANNOUNCED, Charts.CHAIRMANSHIP}) {
      assertTrue(texts.contains(label), label + " in " + texts);
    }
    assertTrue(!texts(parse(svg())).contains(Charts.SESSIONS), "no sessions row without sessions");
    // Rendered: the council's colour of the session marks is drawn.
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    new PNGTranscoder().transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(png));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        colours.add(image.getRGB(x, y) & 0xffffff);
      }
    }
    assertTrue(colours.contains(0x1f3a5f), "session marks drawn");
    // The session announced for 2026-11-11, after the data date, is drawn as announced.
    assertEquals(Charts.ANNOUNCED, Charts.sessionSeries(DATA.session("csc-2026-11-11").orElseThrow(),
        DATA.dataAsOf()));
    assertEquals(Charts.EXTRAORDINARY, Charts.sessionSeries(DATA.session("csc-2022-01-10").orElseThrow(),
        DATA.dataAsOf()));
    assertEquals(Charts.INFORMAL, Charts.sessionSeries(DATA.session("csc-2017-04-14").orElseThrow(),
        DATA.dataAsOf()));
    assertEquals(Charts.SESSION, Charts.sessionSeries(DATA.session("csc-2022-11-23").orElseThrow(),
        DATA.dataAsOf()));
  }

  @Test
  void aDataDateBefore1992IsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> Charts.membershipTimeline(DATA, LocalDate.of(1991, 12, 31)));
    assertThrows(NullPointerException.class, () -> Charts.membershipTimeline(null, LocalDate.MAX));
  }
}
