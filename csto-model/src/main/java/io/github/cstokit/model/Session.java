package io.github.cstokit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A session of a statutory body of the Organization, such as the Collective Security Council: when and
 * where it met, in which format, who chaired, which members stayed away, and the recorded decisions
 * taken there. A dataset records sessions of the Collective Security Council, the Council of Ministers of
 * Foreign Affairs, the Council of Ministers of Defence, the Committee of Secretaries of Security Councils
 * and the Permanent Council; the {@link #body()} says which met, and a session's
 * {@link #chairState()} is the state whose minister, secretary or representative presided.
 *
 * <p>The date is as precise as the sources give it (the Moscow session of 2005 is dated only to its
 * year); as-of queries use its first day. A {@link #planned()} session is one announced for a later day,
 * recorded so that the calendar says what was announced; nothing of it has happened as of its record.
 *
 * <pre>{@code
 * Session yerevan = Session.builder()
 *     .id("csc-2022-11-23").body(Body.COLLECTIVE_SECURITY_COUNCIL)
 *     .date(PartialDate.parse("2022-11-23")).place("Yerevan").host("AM")
 *     .kind(SessionKind.REGULAR).format(SessionFormat.IN_PERSON).chairState("AM")
 *     .addSource("horizonweekly-2022-11-23")
 *     .build();
 * yerevan.toString();   // Session[csc-2022-11-23 CSC 2022-11-23 Yerevan REGULAR IN_PERSON chair AM]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class Session implements Identified, Sourced, Noted {

  Session() {}

  /**
   * Returns a builder for a session.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The body that met, such as {@link Body#COLLECTIVE_SECURITY_COUNCIL} or
   * {@link Body#COUNCIL_OF_DEFENCE_MINISTERS}.
   *
   * @return the body, not null
   */
  public abstract Body body();

  /**
   * When it met, as precisely as known.
   *
   * @return the date, not null
   */
  public abstract PartialDate date();

  /**
   * Where it met, in words, such as {@code Yerevan} or {@code videoconference}.
   *
   * @return the place, not null or blank
   */
  public abstract String place();

  /**
   * The ISO alpha-2 code of the host state.
   *
   * @return the code, or empty if not recorded (a video session, for one)
   */
  public abstract Optional<String> host();

  /**
   * The kind of session.
   *
   * @return the kind, not null
   */
  public abstract SessionKind kind();

  /**
   * Whether the members met in person or by video.
   *
   * @return the format, not null
   */
  public abstract SessionFormat format();

  /**
   * The ISO alpha-2 code of the state whose representative presided.
   *
   * @return the code, or empty if not recorded
   */
  public abstract Optional<String> chairState();

  /**
   * The members recorded as absent.
   *
   * @return an unmodifiable set of ISO alpha-2 codes in alphabetical order; empty if none is recorded
   *     (which does not mean that every member attended)
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> absent();

  /**
   * Whether the session is only announced, not yet held as of its record (default false).
   *
   * @return true if planned
   */
  @Value.Default
  public boolean planned() {
    return false;
  }

  /**
   * The ids of the recorded {@link Decision}s taken at the session (each has this session's id as its
   * {@link Decision#sessionId()}).
   *
   * @return an unmodifiable list in the order of the data, possibly empty: the dataset records only the
   *     decisions its worked cases use, and names the other documents adopted in the {@link #note()}
   */
  public abstract List<String> decisionIds();

  @Value.Check
  final void check() {
    Checks.recorded(this);
    Checks.notBlank("place", place());
    // No lambdas here: the first session built in a fresh JVM would spin up a class for each.
    Checks.iso2("host", host());
    Checks.iso2("chairState", chairState());
    for (String state : absent()) {
      Checks.iso2("absent element", state);
    }
    Checks.ids("decisionIds", decisionIds());
    Checks.distinct("decisionIds", decisionIds());
  }

  /**
   * Whether the session met within a period: whether the period contains the first day of its date.
   *
   * @param period the period, not null
   * @return true if the session's date falls in the period
   */
  public boolean isWithin(Period period) {
    return period.contains(date().firstDay());
  }

  /**
   * Whether the session's date may be the given day (the day itself, or a day of its month or year when
   * only those are known).
   *
   * @param day the day, not null
   * @return true if the session may have met that day
   */
  public boolean mayBeOn(LocalDate day) {
    return date().mayBe(Objects.requireNonNull(day, "day"));
  }

  /**
   * Returns id, body, date, place, kind, format, chair, absent members and whether it is planned, such
   * as {@code Session[csc-2023-11-23 CSC 2023-11-23 Minsk REGULAR IN_PERSON chair BY absent [AM]]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Session[").append(id()).append(' ')
        .append(body().abbreviation()).append(' ').append(date()).append(' ').append(place())
        .append(' ').append(kind()).append(' ').append(format());
    chairState().ifPresent(chair -> text.append(" chair ").append(chair));
    if (!absent().isEmpty()) {
      text.append(" absent ").append(absent());
    }
    if (planned()) {
      text.append(" (planned)");
    }
    return text.append(']').toString();
  }

  /** Builds a {@link Session}; id, body, date, place, kind, format and a source are required. */
  public static final class Builder extends ImmutableSession.Builder {
    Builder() {}
  }
}
