package io.github.cstokit.data.internal.read.files;

import io.github.cstokit.data.internal.json.Dto;
import io.github.cstokit.data.internal.read.Fields;
import io.github.cstokit.data.internal.read.Problems;
import io.github.cstokit.data.internal.read.Where;
import io.github.cstokit.model.AlternativeValue;
import io.github.cstokit.model.Framework;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipEventType;
import io.github.cstokit.model.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads {@code events.json}: accessions, withdrawals, suspensions and the other membership events. */
public final class EventsFile extends RecordFile<Dto.Event, MembershipEvent> {

  /** The file name. */
  public static final String FILE = "events.json";

  private static final LocalDate TREATY_SIGNED = Framework.TREATY.signed();

  /**
   * Creates the reader.
   *
   * @param fields the dataset's field checks, not null
   * @param problems where problems go, not null
   */
  public EventsFile(Fields fields, Problems problems) {
    super(FILE, fields, problems);
  }

  @Override
  Optional<MembershipEvent> read(Dto.Event d, Where at) {
    String id = fields.required(at, "id", d.id());
    String state = fields.state(at, "state", d.state(), true);
    MembershipEventType type =
        fields.constant(at, "type", d.type(), MembershipEventType.class, true);
    PartialDate date = fields.requiredDate(at, "date", d.date());
    Framework framework = fields.constant(at, "framework", d.framework(), Framework.class, true);
    String instrument =
        fields.reference(at, "instrument", d.instrument(), "instruments", "instrument", false);
    String note = fields.optionalText(at, "note", d.note());
    List<AlternativeValue> alternatives = fields.alternatives().dates(at, d.alternatives(), d.choice());
    List<String> sources = fields.sources(at, d.sources(), true);
    LocalDate asOf = fields.dataAsOf();
    if (date != null && date.firstDay().isBefore(TREATY_SIGNED)) {
      at.at("date").problem(date + " is before the Treaty was signed on " + TREATY_SIGNED);
    } else if (date != null && asOf != null && date.firstDay().isAfter(asOf)) {
      at.at("date").problem(date + " is after the dataset's dataAsOf " + asOf);
    }
    if (d.effective() != null && type != null && type != MembershipEventType.ADMISSION_DECISION
        && type != MembershipEventType.RESTORATION_DECISION) {
      at.at("effective").problem("is allowed only for ADMISSION_DECISION and RESTORATION_DECISION");
    }
    boolean effective = d.effective() == null || d.effective();
    return at.build(() -> MembershipEvent.builder().id(id).state(state).type(type)
        .date(date).framework(framework).instrumentId(Optional.ofNullable(instrument))
        .sources(sources).note(Optional.ofNullable(note)).alternatives(alternatives)
        .choice(Optional.ofNullable(d.choice())).effective(effective).build());
  }
}
