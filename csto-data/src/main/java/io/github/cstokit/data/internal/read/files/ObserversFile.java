package io.github.cstokit.data.internal.read.files;

import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.read.Fields;
import io.github.cstokit.data.internal.read.Problems;
import io.github.cstokit.data.internal.read.Where;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Confidence;
import io.github.cstokit.model.ObserverKind;
import io.github.cstokit.model.ObserverStatus;
import io.github.cstokit.model.PartialDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code observers.json}: observer and partner statuses at the Organization and at its bodies.
 * A holder's state may be any state with an ISO 3166-1 alpha-2 code, not only one of states.json.
 */
public final class ObserversFile extends RecordFile<Dto.Observer, ObserverStatus> {

  /** The file name. */
  public static final String FILE = "observers.json";

  /** The ISO 3166-1 alpha-2 codes assigned to countries, as the JDK knows them. */
  private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

  /**
   * Creates the reader.
   *
   * @param fields the dataset's field checks, not null
   * @param problems where problems go, not null
   */
  public ObserversFile(Fields fields, Problems problems) {
    super(FILE, fields, problems);
  }

  @Override
  Optional<ObserverStatus> read(Dto.Observer d, Where at) {
    String id = fields.required(at, "id", d.id());
    ObserverKind kind = fields.constant(at, "kind", d.kind(), ObserverKind.class, true);
    String holder = fields.required(at, "holder", d.holder());
    String holderRu = fields.optionalText(at, "holderRu", d.holderRu());
    String holderState = d.holderState();
    if (holderState != null && !ISO_CODES.contains(holderState)) {
      at.at("holderState").problem("'" + holderState + "' is not an ISO 3166-1 alpha-2 country code");
      holderState = null;
    }
    Body body = d.organ() == null ? null : fields.body(at, "organ", d.organ(), false);
    PartialDate since = fields.requiredDate(at, "since", d.since());
    PartialDate until = fields.date(at, "until", d.until());
    if (since != null && until != null && !until.firstDay().isAfter(since.firstDay())) {
      at.at("until").problem(until + " is not after since " + since);
    }
    Confidence confidence = fields.confidence(at, d.confidence());
    String note = fields.optionalText(at, "note", d.note());
    List<String> sources = fields.sources(at, d.sources(), true);
    String state = holderState;
    return at.build(() -> ObserverStatus.builder().id(id).kind(kind).holder(holder)
        .holderRu(Optional.ofNullable(holderRu)).holderState(Optional.ofNullable(state))
        .body(Optional.ofNullable(body)).since(since).until(Optional.ofNullable(until))
        .confidence(Optional.ofNullable(confidence)).note(Optional.ofNullable(note))
        .sources(sources).build());
  }
}
