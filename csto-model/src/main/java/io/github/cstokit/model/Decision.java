package io.github.cstokit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A decision of a CSTO body, real or hypothetical, with each member state's position: what procedure
 * checks judge.
 *
 * <p>Positions and signatures are keyed by ISO alpha-2 code and sorted by it. A state without a position
 * is simply not recorded; the rules decide what that means. Signatures may come after the session (the
 * Secretary General appointment of 2019 waited for every head's signature). Sources may be empty for a
 * hypothetical decision; the bundled dataset always gives at least one.
 *
 * <p>The {@linkplain #recordedOutcome() recorded outcome} is what the sources report became of the
 * decision, whether or not they itemise positions; the rules fall back on it only where neither positions
 * nor signatures are recorded. The {@linkplain #alternatives() alternatives} are other dates that some
 * sources give for the decision.
 *
 * <pre>{@code
 * Decision kz = Decision.builder()
 *     .id("csc-2022-01-06").body(Body.COLLECTIVE_SECURITY_COUNCIL).date(LocalDate.of(2022, 1, 6))
 *     .title("Deployment of the CSTO Collective Peacekeeping Forces to Kazakhstan")
 *     .matter(Matter.DEPLOYMENT).recordedOutcome(RecordedOutcome.ADOPTED)
 *     .putPosition("KZ", Position.SUPPORTS).putPosition("RU", Position.SUPPORTS)
 *     .build();
 * Decision whatIf = kz.withPosition("AM", Position.OBJECTS);
 * kz.toString();       // Decision[csc-2022-01-06 CSC 2022-01-06 DEPLOYMENT STANDARD {KZ=SUPPORTS, RU=SUPPORTS} ADOPTED]
 * whatIf.toString();   // Decision[csc-2022-01-06 ... {AM=OBJECTS, KZ=SUPPORTS, RU=SUPPORTS} ADOPTED]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class Decision implements Sourced, Noted, Disputed {

  Decision() {}

  /**
   * Returns a builder for a decision.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The id of a recorded decision.
   *
   * @return the id, or empty for a hypothetical decision
   */
  public abstract Optional<String> id();

  /**
   * The body that took (or was to take) the decision.
   *
   * @return the body, not null
   */
  public abstract Body body();

  /**
   * The date of the session: the day itself, or, where the sources give only the month or the year (see
   * {@link #datePrecision()}), the first day of that month or year, the day as-of questions use.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * How much of the {@linkplain #date() date} the sources give (default {@link DatePrecision#DAY}). A
   * decision dated only to {@code 2010-12} has the precision {@link DatePrecision#MONTH} and the date
   * 2010-12-01. A date that is not the first day of its month (for {@code MONTH}) or of its year (for
   * {@code YEAR}) is known to the day: the precision is then {@code DAY}.
   *
   * @return the precision, not null
   * @since 0.2.0
   */
  @Value.Default
  public DatePrecision datePrecision() {
    return DatePrecision.DAY;
  }

  /**
   * The title: what the decision is about, in words (the dataset's {@code matter} field).
   *
   * @return the title, not null or blank
   */
  public abstract String title();

  /**
   * The kind of matter, which selects the rules that apply (default {@link Matter#GENERAL}; the dataset's
   * {@code matterKind} field).
   *
   * @return the kind of matter, not null
   */
  @Value.Default
  public Matter matter() {
    return Matter.GENERAL;
  }

  /**
   * The format in which it was taken (default {@link DecisionFormat#STANDARD}).
   *
   * @return the format, not null
   */
  @Value.Default
  public DecisionFormat format() {
    return DecisionFormat.STANDARD;
  }

  /**
   * Whether the sources say in which format the decision was taken (default true). Where they do not (the
   * dataset's {@code UNKNOWN}), the {@linkplain #format() format} is the {@link DecisionFormat#STANDARD}
   * one the rules presume, and {@link #recordedFormat()} is empty. A format other than the standard one
   * is a known one, so a limited-format copy ({@link #withFormat}) of a decision of unknown format is
   * known.
   *
   * @return true if the format is recorded
   * @since 0.2.0
   */
  @Value.Default
  public boolean formatKnown() {
    return true;
  }

  /**
   * The format as the sources record it.
   *
   * @return the {@linkplain #format() format}, or empty where the sources do not say (the dataset's
   *     {@code UNKNOWN})
   * @since 0.2.0
   */
  public Optional<DecisionFormat> recordedFormat() {
    return formatKnown() ? Optional.of(format()) : Optional.empty();
  }

  /**
   * Each state's position, by ISO alpha-2 code.
   *
   * @return an unmodifiable map sorted by code, possibly empty
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Position> positions();

  /**
   * The states whose representatives signed the decision, at the session or later.
   *
   * @return an unmodifiable set of ISO alpha-2 codes in alphabetical order, possibly empty
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> signatures();

  /**
   * The day a state joined the decision after its session, by ISO alpha-2 code, where the sources give
   * it: the day of its later {@linkplain #signatures() signature}, or of its joining recorded as the
   * position {@link Position#JOINED_LATER}. Each day is on or after the decision's {@linkplain #date()
   * date}, and each state has signed or joined later. The rules count such a state's consent only from
   * that day; a state that signed or joined later without a day recorded here counts from the session.
   *
   * @return an unmodifiable map sorted by code, possibly empty
   * @since 0.2.0
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, LocalDate> joiningDates();

  /**
   * The day one state joined the decision after its session (see {@link #joiningDates()}).
   *
   * @param state the ISO alpha-2 code, not null
   * @return the day, or empty if none is recorded
   * @since 0.2.0
   */
  public Optional<LocalDate> joiningDate(String state) {
    Objects.requireNonNull(state, "state");
    return Optional.ofNullable(joiningDates().get(state));
  }

  /**
   * What the sources report became of the decision. It is what the record says, independent of the
   * {@linkplain #positions() positions} and {@linkplain #signatures() signatures} recorded: a decision may
   * be reported adopted with no member's position itemised. Empty where the sources do not say (the
   * dataset's {@code UNKNOWN}) and for a hypothetical decision unless given.
   *
   * @return the recorded outcome, or empty
   */
  public abstract Optional<RecordedOutcome> recordedOutcome();

  /**
   * The id of the {@link Session} at which the decision was taken.
   *
   * @return the session's id, or empty if no session of the body is recorded on the decision's day, or
   *     for a hypothetical decision unless given
   */
  public abstract Optional<String> sessionId();

  /**
   * What kind of act the record is: a decision of its own, a protocol decision, a draft, an episode.
   *
   * @return the kind, or empty where not recorded (a hypothetical decision, a document that gives none)
   */
  public abstract Optional<DecisionKind> kind();

  /**
   * The id of the {@link Instrument} the decision adopted or under which it was signed, such as
   * {@code crrf-agreement-2009}.
   *
   * @return the instrument's id, or empty if none is recorded
   */
  public abstract Optional<String> instrumentId();

  /**
   * Checks the invariants, and normalizes: a date that is not the first day of the month or year its
   * precision names is known to the day, and a format other than the standard one is known.
   */
  @Value.Check
  final Decision check() {
    Checks.matches("id", id(), Checks.Form.ID);
    Checks.notBlank("title", title());
    for (String state : positions().keySet()) {
      Checks.iso2("positions key", state);
    }
    for (String state : signatures()) {
      Checks.iso2("signatures element", state);
    }
    for (Map.Entry<String, LocalDate> e : joiningDates().entrySet()) {
      String state = e.getKey();
      Checks.iso2("joiningDates key", state);
      Checks.notBefore("joiningDates[" + state + "]", e.getValue(), "date", date(),
          !e.getValue().isBefore(date()));
      if (!signatures().contains(state) && positions().get(state) != Position.JOINED_LATER) {
        throw new IllegalArgumentException("joiningDates[" + state + "] is given, but " + state
            + " neither signed nor has the position JOINED_LATER");
      }
    }
    Checks.matches("sessionId", sessionId(), Checks.Form.ID);
    Checks.matches("instrumentId", instrumentId(), Checks.Form.ID);
    Checks.choiceGiven(this);
    Checks.sourcesAndNote(this);
    boolean dayKnown = datePrecision() == DatePrecision.MONTH && date().getDayOfMonth() != 1
        || datePrecision() == DatePrecision.YEAR && date().getDayOfYear() != 1;
    boolean formatGiven = !formatKnown() && format() != DecisionFormat.STANDARD;
    if (dayKnown || formatGiven) {
      return builder().from(this).datePrecision(dayKnown ? DatePrecision.DAY : datePrecision())
          .formatKnown(true).build();
    }
    return this;
  }

  /**
   * The position of one state.
   *
   * @param state the ISO alpha-2 code, not null
   * @return the position, or empty if none is recorded
   */
  public Optional<Position> position(String state) {
    Objects.requireNonNull(state, "state");
    return Optional.ofNullable(positions().get(state));
  }

  /**
   * Returns a copy in which one state has the given position.
   *
   * @param state the ISO alpha-2 code, not null
   * @param position the position, not null
   * @return the copy, not null
   * @throws IllegalArgumentException if the code is malformed, or a {@linkplain #joiningDates() joining
   *     day} would be left for a state that neither signed nor joined later
   */
  public Decision withPosition(String state, Position position) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(position, "position");
    Map<String, Position> copy = new TreeMap<>(positions());
    copy.put(state, position);
    return impl().withPositions(copy);
  }

  /**
   * Returns a copy in which one state has no recorded position.
   *
   * @param state the ISO alpha-2 code, not null
   * @return the copy, not null
   * @throws IllegalArgumentException if a {@linkplain #joiningDates() joining day} would be left for a
   *     state that neither signed nor joined later
   */
  public Decision withoutPosition(String state) {
    Objects.requireNonNull(state, "state");
    Map<String, Position> copy = new TreeMap<>(positions());
    copy.remove(state);
    return impl().withPositions(copy);
  }

  /**
   * Returns a copy with all positions replaced.
   *
   * @param positions the positions by ISO alpha-2 code, not null
   * @return the copy, not null
   * @throws IllegalArgumentException if a code is malformed
   */
  public Decision withPositions(Map<String, ? extends Position> positions) {
    return impl().withPositions(positions);
  }

  /**
   * Returns a copy with the signatures replaced.
   *
   * @param signatures the ISO alpha-2 codes of the signing states, not null
   * @return the copy, not null
   * @throws IllegalArgumentException if a code is malformed, or a {@linkplain #joiningDates() joining
   *     day} would be left for a state that neither signed nor joined later
   */
  public Decision withSignatures(Iterable<String> signatures) {
    return impl().withSignatures(signatures);
  }

  /**
   * Returns a copy with the {@linkplain #joiningDates() joining days} replaced.
   *
   * @param joiningDates the day each state joined after the session, by ISO alpha-2 code, not null
   * @return the copy, not null
   * @throws IllegalArgumentException if a code is malformed, a day comes before the decision's date, or
   *     a state neither signed nor joined later
   * @since 0.2.0
   */
  public Decision withJoiningDates(Map<String, ? extends LocalDate> joiningDates) {
    return impl().withJoiningDates(joiningDates);
  }

  /**
   * Returns a copy taken in another format. A format other than {@code STANDARD} is known (see
   * {@link #formatKnown()}).
   *
   * @param format the format, not null
   * @return the copy, not null
   */
  public Decision withFormat(DecisionFormat format) {
    return impl().withFormat(format);
  }

  /**
   * Returns a copy with the given recorded outcome.
   *
   * @param outcome what the sources report became of the decision, not null
   * @return the copy, not null
   */
  public Decision withRecordedOutcome(RecordedOutcome outcome) {
    return impl().withRecordedOutcome(outcome);
  }

  /**
   * Returns a copy with no recorded outcome, as where the sources do not say what became of the decision.
   *
   * @return the copy, not null
   */
  public Decision withoutRecordedOutcome() {
    return impl().withRecordedOutcome(Optional.empty());
  }

  /**
   * Returns a copy dated on another day, with the same {@linkplain #datePrecision() precision} where the
   * day is the first of the month or year it names, else known to the day. To set the precision too,
   * use {@link #withDate(PartialDate)}.
   *
   * @param date the date, not null
   * @return the copy, not null
   * @throws IllegalArgumentException if a {@linkplain #joiningDates() joining day} comes before the new
   *     date
   */
  public Decision withDate(LocalDate date) {
    return impl().withDate(date);
  }

  /**
   * Returns a copy dated on another date, as precise as it is.
   *
   * @param date the date, not null
   * @return the copy, not null
   * @throws IllegalArgumentException if a {@linkplain #joiningDates() joining day} comes before the new
   *     date
   * @since 0.2.0
   */
  public Decision withDate(PartialDate date) {
    return builder().from(this).date(date).build();
  }

  /**
   * The date as precise as the sources give it: {@link #date()} with {@link #datePrecision()}.
   *
   * @return the date, not null
   * @throws IllegalArgumentException if the date is a day outside the years 1900 to 2999, which a
   *     {@link PartialDate} cannot hold
   * @since 0.2.0
   */
  public PartialDate partialDate() {
    switch (datePrecision()) {
      case YEAR:
        return PartialDate.ofYear(date().getYear());
      case MONTH:
        return PartialDate.of(date().getYear(), date().getMonthValue());
      default:
        return PartialDate.of(date());
    }
  }

  private ImmutableDecision impl() {
    return (ImmutableDecision) ImmutableDecision.copyOf(this);
  }

  /**
   * Returns body, date, kind of matter and format, such as
   * {@code Decision[CSC 2022-01-06 DEPLOYMENT STANDARD]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Decision[");
    id().ifPresent(id -> text.append(id).append(' '));
    text.append(body().abbreviation()).append(' ').append(datePrecision() == DatePrecision.DAY ? date()
        : partialDate()).append(' ').append(matter()).append(' ')
        .append(formatKnown() ? format().name() : "format UNKNOWN");
    if (!positions().isEmpty()) {
      text.append(' ').append(positions());
    }
    if (!signatures().isEmpty()) {
      text.append(" signed by ").append(signatures());
    }
    if (!joiningDates().isEmpty()) {
      text.append(" joined on ").append(joiningDates());
    }
    recordedOutcome().ifPresent(outcome -> text.append(' ').append(outcome));
    return text.append(']').toString();
  }

  /** Builds a {@link Decision}; the body, the date and the title are required. */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}

    /**
     * Sets the date and its precision from a date that may be partial: its first day and its
     * precision.
     *
     * @param date the date, not null
     * @return this builder, not null
     * @since 0.2.0
     */
    public Builder date(PartialDate date) {
      java.util.Objects.requireNonNull(date, "date");
      date(date.firstDay());
      datePrecision(date.precision());
      return this;
    }
  }
}
