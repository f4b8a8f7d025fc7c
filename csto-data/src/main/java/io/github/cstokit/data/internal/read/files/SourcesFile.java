package io.github.cstokit.data.internal.read.files;

import io.github.cstokit.data.internal.json.Bound;
import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.read.Fields;
import io.github.cstokit.data.internal.read.Problems;
import io.github.cstokit.data.internal.read.Where;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Source;
import io.github.cstokit.model.SourceKind;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code sources.json}: the cited documents; an address is cited by one source only. */
public final class SourcesFile extends RecordFile<Dto.Source, Source> {

  /** The file name. */
  public static final String FILE = "sources.json";

  private final Map<String, String> urls = new HashMap<>();

  /**
   * Creates the reader.
   *
   * @param fields the dataset's field checks, not null
   * @param problems where problems go, not null
   */
  public SourcesFile(Fields fields, Problems problems) {
    super(FILE, fields, problems);
  }

  /**
   * Maps the records.
   *
   * @param items the bound records, not null
   * @return the sources that mapped without a problem, sorted by id
   */
  @Override
  public List<Source> read(List<Bound<Dto.Source>> items) {
    List<Source> list = super.read(items);
    list.sort(Comparator.comparing(Source::id));
    return list;
  }

  @Override
  Optional<Source> read(Dto.Source s, Where at) {
    String id = fields.required(at, "id", s.id());
    String title = fields.required(at, "title", s.title());
    String publisher = fields.required(at, "publisher", s.publisher());
    String url = fields.required(at, "url", s.url());
    SourceKind kind = fields.constant(at, "kind", s.kind(), SourceKind.class, true);
    PartialDate date = fields.date(at, "date", s.date());
    boolean weak = Boolean.TRUE.equals(s.weak());
    if (url != null && !url.equals("document")) {
      String previous = urls.putIfAbsent(url, at.pointer());
      if (previous != null) {
        at.at("url").problem("the address is already cited by " + previous);
      }
    }
    // A source without an address is a document held offline, known by its title.
    boolean offline = "document".equals(url);
    return at.build(() -> Source.builder().id(id).title(title).publisher(publisher)
        .url(offline ? Optional.empty() : Optional.of(url))
        .document(offline ? Optional.of(title) : Optional.empty())
        .kind(kind).date(Optional.ofNullable(date)).weak(weak).build());
  }
}
