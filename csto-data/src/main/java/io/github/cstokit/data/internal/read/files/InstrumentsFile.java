package io.github.cstokit.data.internal.read.files;

import io.github.cstokit.data.internal.json.Bound;
import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.read.Fields;
import io.github.cstokit.data.internal.read.Problems;
import io.github.cstokit.data.internal.read.Where;
import io.github.cstokit.model.AlternativeValue;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Confidence;
import io.github.cstokit.model.InForceStatus;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.InstrumentKind;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.TextParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code instruments.json}: the treaties, charters and agreements, and resolves the citations of
 * their articles that other files make.
 */
public final class InstrumentsFile extends RecordFile<Dto.Instrument, Instrument> {

  /** The file name. */
  public static final String FILE = "instruments.json";

  private final Map<String, Known> byId = new HashMap<>();
  private final Map<String, String> baseByShortName = new HashMap<>();
  private final Map<String, String> shortNames = new HashMap<>();

  /**
   * Creates the reader.
   *
   * @param fields the dataset's field checks, not null
   * @param problems where problems go, not null
   */
  public InstrumentsFile(Fields fields, Problems problems) {
    super(FILE, fields, problems);
  }

  @Override
  public List<Instrument> read(List<Bound<Dto.Instrument>> items) {
    List<Instrument> list = super.read(items);
    baseNames();
    return list;
  }

  /** What a citation is resolved against: an instrument's short name, the one it amends, its version. */
  private record Known(String shortName, String amends, String version) {}

  private void baseNames() {
    for (Map.Entry<String, Known> e : byId.entrySet()) {
      if (e.getValue().shortName() != null && e.getValue().amends() == null) {
        baseByShortName.put(e.getValue().shortName(), e.getKey());
      }
    }
  }

  /**
   * Makes a dataset's instruments known, for resolving the citations of a document against them, and
   * their ids known to the fields.
   *
   * @param instruments the instruments, not null
   */
  public void known(List<Instrument> instruments) {
    for (Instrument i : instruments) {
      byId.put(i.id(), new Known(i.shortName(), i.amendedId().orElse(null), i.version()));
    }
    baseNames();
  }

  @Override
  Optional<Instrument> read(Dto.Instrument d, Where at) {
    String id = fields.required(at, "id", d.id());
    InstrumentKind kind = fields.constant(at, "kind", d.kind(), InstrumentKind.class, true);
    String shortName = fields.required(at, "shortName", d.shortName());
    String title = fields.required(at, "title", d.title());
    String titleRu = fields.optionalText(at, "titleRu", d.titleRu());
    PartialDate signed = fields.requiredDate(at, "signed", d.signed());
    PartialDate inForce = fields.date(at, "inForce", d.inForce());
    String place = fields.optionalText(at, "place", d.place());
    String inForceNote = fields.optionalText(at, "inForceNote", d.inForceNote());
    InForceStatus status = fields.constant(at, "inForceStatus", d.inForceStatus(), InForceStatus.class, false);
    if (status != null && d.inForce() != null) {
      at.at("inForceStatus").problem("is for an instrument with no inForce date, but inForce is " + d.inForce());
    }
    String amends = fields.reference(at, "amends", d.amends(), "instruments", "instrument", false);
    String version = fields.required(at, "version", d.version());
    Confidence confidence = fields.confidence(at, d.confidence());
    String note = fields.optionalText(at, "note", d.note());
    List<AlternativeValue> alternatives = fields.alternatives().fields(at, d.alternatives(), d.choice());
    List<String> sources = fields.sources(at, d.sources(), true);
    if (shortName != null) {
      String previous = shortNames.putIfAbsent(shortName, at.pointer());
      if (previous != null) {
        at.at("shortName").problem("'" + shortName + "' is already the short name of " + previous);
      }
    }
    if (id != null) {
      byId.put(id, new Known(d.shortName(), d.amends(), d.version()));
    }
    return at.build(() -> Instrument.builder().id(id).kind(kind)
        .shortName(shortName).titleEn(title).titleRu(Optional.ofNullable(titleRu)).signed(signed).place(Optional.ofNullable(place))
        .entryIntoForce(Optional.ofNullable(inForce))
        .inForceStatus(Optional.ofNullable(status)).amendedId(Optional.ofNullable(amends))
        .version(version).sources(sources).note(Optional.ofNullable(note))
        .inForceNote(Optional.ofNullable(inForceNote)).confidence(Optional.ofNullable(confidence))
        .alternatives(alternatives).choice(Optional.ofNullable(d.choice())).build());
  }

  /**
   * Resolves a legal-basis entry: a citation (it contains spaces) of a recorded version of a base
   * instrument, or, where {@code idAllowed}, an instrument id (checked, not kept).
   *
   * @param at the entry, not null
   * @param text the entry, or null
   * @param idAllowed whether an instrument id is accepted
   * @return the citation, or empty
   */
  public Optional<Citation> citation(Where at, String text, boolean idAllowed) {
    if (text == null) {
      at.problem("must be a citation, not null");
      return Optional.empty();
    }
    if (!fields.knows("instruments")) {
      at.drop(); // instruments.json could not be read: that is the problem reported
      return Optional.empty();
    }
    if (idAllowed && text.indexOf(' ') < 0) {
      if (!byId.containsKey(text)) {
        at.problem("unknown instrument '" + text + "'");
      }
      return Optional.empty();
    }
    Citation citation;
    try {
      citation = Citation.parse(text);
    } catch (TextParseException e) {
      at.problem("'" + text + "' is not a citation of the form"
          + " '<shortName>[ Art. <article>[(<paragraph>)]] [<version>]'");
      return Optional.empty();
    }
    String base = baseByShortName.get(citation.shortName());
    if (base == null) {
      at.problem("'" + text + "' names no instrument: no base instrument has the short name '"
          + citation.shortName() + "'");
      return Optional.empty();
    }
    if (citation.version().isEmpty()) {
      at.problem("'" + text + "' must name the version of the text, as in [2010]");
      return Optional.empty();
    }
    String v = citation.version().get();
    boolean resolves = v.equals(byId.get(base).version());
    for (Known i : byId.values()) {
      resolves |= base.equals(i.amends()) && v.equals(i.version());
    }
    if (!resolves) {
      at.problem("'" + text + "': no version " + v + " of " + base + " is recorded");
      return Optional.empty();
    }
    return Optional.of(citation);
  }

  /**
   * The entries of a legal basis that name an instrument as a whole: those without a space that are ids
   * of known instruments, each once, in the order given. {@link #citations} reports the others.
   *
   * @param entries the entries, or null when absent
   * @return the instrument ids, possibly empty
   */
  public List<String> instrumentIds(List<String> entries) {
    List<String> ids = new ArrayList<>();
    if (entries != null) {
      for (String entry : entries) {
        if (entry != null && entry.indexOf(' ') < 0 && byId.containsKey(entry) && !ids.contains(entry)) {
          ids.add(entry);
        }
      }
    }
    return ids;
  }

  /**
   * A record's legal basis: the citations of articles, and the instruments named as a whole.
   *
   * @param citations the citations that resolved
   * @param instrumentIds the ids of the instruments named as a whole, each once
   */
  record LegalBasis(List<Citation> citations, List<String> instrumentIds) {}

  /**
   * Reads a record's required {@code legalBasis}: citations and instrument ids.
   *
   * @param at the record, not null
   * @param entries the entries, or null when absent (a problem)
   * @return the legal basis
   */
  LegalBasis legalBasis(Where at, List<String> entries) {
    return new LegalBasis(citations(at, "legalBasis", entries, true), instrumentIds(entries));
  }

  /**
   * Reads a list of legal-basis entries.
   *
   * @param at the record, not null
   * @param field the list's field name, not null
   * @param entries the entries, or null when absent (a problem: the list is required)
   * @param idAllowed whether instrument ids are accepted
   * @return the citations that resolved
   */
  public List<Citation> citations(Where at, String field, List<String> entries, boolean idAllowed) {
    List<Citation> list = new ArrayList<>();
    if (fields.required(at, field, entries) != null) {
      for (int i = 0; i < entries.size(); i++) {
        citation(at.at(field).at(i), entries.get(i), idAllowed).ifPresent(list::add);
      }
    }
    return list;
  }
}
