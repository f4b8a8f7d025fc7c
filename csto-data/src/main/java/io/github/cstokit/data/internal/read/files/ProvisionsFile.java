package io.github.cstokit.data.internal.read.files;

import io.github.cstokit.data.internal.json.Bound;
import io.github.cstokit.data.internal.json.JsonFile;
import io.github.cstokit.data.internal.json.ProvisionsDto;
import io.github.cstokit.data.internal.read.Fields;
import io.github.cstokit.data.internal.read.Problems;
import io.github.cstokit.data.internal.read.Where;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.ProvisionText;
import io.github.cstokit.model.Reading;
import io.github.cstokit.model.Source;
import io.github.cstokit.model.SourceKind;
import io.github.cstokit.model.TextParseException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code provisions.json}: the words of the provisions whose wording was read, each with the source
 * it was read from. The file is read on its own, strictly and all or nothing: every problem is reported
 * with its JSON pointer, and a file with any problem gives no provisions.
 */
public final class ProvisionsFile {

  /** The file name. */
  public static final String FILE = "provisions.json";

  /** The file format this reader reads. */
  public static final int FORMAT = 1;

  /**
   * What the file holds; the provisions are meaningful only when {@code problems} is empty.
   *
   * @param provisions the provision texts, in the order of the file
   * @param problems every problem found, in the order found
   */
  public record Result(List<ProvisionText> provisions, List<String> problems) {}

  private final Problems problems = new Problems();
  private final Fields fields = new Fields();

  private ProvisionsFile() {}

  /**
   * Reads the file from its bytes.
   *
   * @param bytes the file's contents, UTF-8; not null
   * @return the provisions and the problems found
   */
  public static Result read(byte[] bytes) {
    return new ProvisionsFile().run(bytes);
  }

  private Result run(byte[] bytes) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      problems.add(FILE, "", "is not UTF-8 text");
      return new Result(List.of(), problems.list());
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Optional<JsonFile> parsed = JsonFile.parse(FILE, text, problems);
    if (parsed.isEmpty()) {
      return new Result(List.of(), problems.list());
    }
    JsonFile root = parsed.get();
    for (String name : root.names()) {
      if (!name.equals("format") && !name.equals("provisions")) {
        problems.add(FILE, "/" + name, "is not a member of the file; expected format and provisions");
      }
    }
    Optional<JsonFile.Member> format = root.member("format");
    if (format.isEmpty()) {
      problems.add(FILE, "/format", "is required");
    } else if (format.get().intValue() == null || format.get().intValue() != FORMAT) {
      problems.add(FILE, "/format", "must be " + FORMAT + " but was " + format.get().json());
    }
    Optional<JsonFile.Member> array = root.member("provisions");
    if (array.isEmpty()) {
      problems.add(FILE, "/provisions", "is required");
    } else if (array.get().size() < 0) {
      problems.add(FILE, "/provisions", "must be an array, not " + array.get().kind());
    }
    List<ProvisionText> list = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    Map<Citation, String> citations = new HashMap<>();
    for (Bound<ProvisionsDto.Provision> b : root.bind("provisions", ProvisionsDto.Provision.class, problems)) {
      Where at = Where.record(problems, FILE, b.pointer());
      Optional<ProvisionText> p = read(b.dto(), at);
      if (p.isEmpty()) {
        continue;
      }
      String firstId = ids.putIfAbsent(p.get().id(), b.pointer());
      String firstCitation = citations.putIfAbsent(p.get().citation(), b.pointer());
      if (firstId != null) {
        at.at("id").problem("duplicate id '" + p.get().id() + "' (first at " + firstId + ")");
      } else if (firstCitation != null) {
        at.at("citation").problem("'" + p.get().citation().text() + "' is already given at " + firstCitation);
      } else {
        list.add(p.get());
      }
    }
    List<String> found = problems.list();
    return new Result(found.isEmpty() ? List.copyOf(list) : List.of(), found);
  }

  private Optional<ProvisionText> read(ProvisionsDto.Provision p, Where at) {
    String id = fields.required(at, "id", p.id());
    String instrument = fields.required(at, "instrument", p.instrument());
    String citationText = fields.required(at, "citation", p.citation());
    Citation citation = null;
    if (citationText != null) {
      try {
        citation = Citation.parse(citationText);
      } catch (TextParseException e) {
        at.at("citation").problem("'" + citationText + "' is not a citation: " + e.getMessage());
      }
    }
    Reading reading = fields.constant(at, "reading", p.reading(), Reading.class, true);
    String language = fields.required(at, "language", p.language());
    List<String> passages = fields.required(at, "passages", p.passages());
    if (passages != null) {
      if (passages.isEmpty()) {
        at.at("passages").problem("must hold at least one passage");
      }
      for (int i = 0; i < passages.size(); i++) {
        String s = passages.get(i);
        if (s == null || s.isBlank()) {
          at.at("passages").at(i).problem("must be a passage, not " + (s == null ? "null" : "blank"));
        }
      }
    }
    String english = fields.optionalText(at, "english", p.english());
    if (language != null && language.equals("en") && english != null) {
      at.at("english").problem("must be absent: the passages are English");
    } else if (language != null && !language.equals("en") && p.english() == null) {
      at.at("english").problem("is required when the language is '" + language + "'");
    }
    String note = fields.optionalText(at, "note", p.note());
    ProvisionsDto.Source s = fields.required(at, "source", p.source());
    Source source = s == null ? null : source(s, at.at("source")).orElse(null);
    Citation cited = citation;
    return at.build(() -> ProvisionText.builder().id(id).instrumentId(instrument).citation(cited)
        .reading(reading).language(language).passages(passages).english(Optional.ofNullable(english))
        .source(source).note(Optional.ofNullable(note)).build());
  }

  private Optional<Source> source(ProvisionsDto.Source s, Where at) {
    String id = fields.required(at, "id", s.id());
    String title = fields.required(at, "title", s.title());
    String publisher = fields.required(at, "publisher", s.publisher());
    String url = fields.required(at, "url", s.url());
    SourceKind kind = fields.constant(at, "kind", s.kind(), SourceKind.class, true);
    return at.build(() -> Source.builder().id(id).title(title).publisher(publisher).url(url).kind(kind)
        .build());
  }
}
