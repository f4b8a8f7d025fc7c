package io.github.cstokit.rules;

import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Framework;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.MembershipTimeline;
import io.github.cstokit.model.Office;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.State;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Guards for what a {@link io.github.cstokit.model.CstoFacts} implementation answers: the interface
 * promises no nulls, and a rule must not turn a broken promise into a verdict. The entry points take the
 * facts through {@link #checked(CstoFacts)}, and dates a rule cannot compute with through
 * {@link #before(String, LocalDate, LocalDate)}.
 */
final class Answers {

  private Answers() {}

  /**
   * The answer, if it is not null.
   *
   * @param answer what the facts answered
   * @param question the query, such as {@code CstoFacts.instrument("treaty-1992")}
   * @param <T> the answer's type
   * @return the answer
   * @throws IllegalStateException if the facts answered null, naming the query
   */
  static <T> T required(T answer, String question) {
    if (answer == null) {
      throw new IllegalStateException(question + " answered null; CstoFacts never answers null");
    }
    return answer;
  }

  /**
   * The facts, seen through a view whose every answer is checked with {@link #required}.
   *
   * @param facts the facts, not null
   * @return the checked view (the facts themselves if already checked)
   * @throws NullPointerException if {@code facts} is null
   */
  static CstoFacts checked(CstoFacts facts) {
    Objects.requireNonNull(facts, "facts");
    return facts instanceof Checked ? facts : new Checked(facts);
  }

  /**
   * A date a rule can compute with: before a limit (such as {@code LocalDate.MAX} less a term).
   *
   * @param name the parameter's name
   * @param date the date, not null
   * @param limit the first date not supported
   * @return the date
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalArgumentException if the date is not before the limit
   */
  static LocalDate before(String name, LocalDate date, LocalDate limit) {
    Objects.requireNonNull(date, name);
    if (!date.isBefore(limit)) {
      throw new IllegalArgumentException(name + " must be before " + limit + " but was " + date
          + ": later dates are outside what the rule can compute");
    }
    return date;
  }

  /**
   * A date a rule can compute with: after a limit (such as {@code LocalDate.MIN}, whose day before
   * does not exist).
   *
   * @param name what the date is
   * @param date the date, not null
   * @param limit the last date not supported
   * @return the date
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalArgumentException if the date is not after the limit
   */
  static LocalDate after(String name, LocalDate date, LocalDate limit) {
    Objects.requireNonNull(date, name);
    if (!date.isAfter(limit)) {
      throw new IllegalArgumentException(name + " must be after " + limit + " but was " + date
          + ": earlier dates are outside what the rule can compute");
    }
    return date;
  }

  /** Every answer checked: a null becomes an {@link IllegalStateException} naming the query. */
  private static final class Checked implements CstoFacts {
    private final CstoFacts facts;
    /** The default methods the facts implement themselves; the others run here, on checked answers. */
    private final java.util.Set<String> own = new java.util.HashSet<>();

    Checked(CstoFacts facts) {
      this.facts = facts;
      for (java.lang.reflect.Method m : CstoFacts.class.getMethods()) {
        try {
          if (m.isDefault() && facts.getClass().getMethod(m.getName(), m.getParameterTypes())
              .getDeclaringClass() != CstoFacts.class) {
            own.add(m.getName());
          }
        } catch (NoSuchMethodException e) {
          throw new AssertionError(e); // a public interface method is always found
        }
      }
    }

    private static String q(String method, Object... args) {
      StringBuilder s = new StringBuilder("CstoFacts.").append(method).append('(');
      for (int i = 0; i < args.length; i++) {
        s.append(i == 0 ? "" : ", ").append(args[i] instanceof String ? "\"" + args[i] + "\"" : args[i]);
      }
      return s.append(')').toString();
    }

    @Override
    public Optional<State> state(String isoAlpha2) {
      return required(facts.state(isoAlpha2), q("state", isoAlpha2));
    }

    @Override
    public SortedSet<State> states() {
      return required(facts.states(), q("states"));
    }

    @Override
    public MembershipStatus status(String isoAlpha2, LocalDate date) {
      return required(facts.status(isoAlpha2, date), q("status", isoAlpha2, date));
    }

    @Override
    public Participation participation(String isoAlpha2, LocalDate date) {
      return required(facts.participation(isoAlpha2, date), q("participation", isoAlpha2, date));
    }

    @Override
    public SortedSet<State> members(LocalDate date) {
      return required(facts.members(date), q("members", date));
    }

    @Override
    public Framework framework(LocalDate date) {
      return own.contains("framework") ? required(facts.framework(date), q("framework", date))
          : CstoFacts.super.framework(date);
    }

    @Override
    public Optional<MembershipTimeline> timeline(String isoAlpha2) {
      return required(facts.timeline(isoAlpha2), q("timeline", isoAlpha2));
    }

    @Override
    public List<MembershipEvent> events() {
      return required(facts.events(), q("events"));
    }

    @Override
    public Optional<Instrument> instrument(String id) {
      return required(facts.instrument(id), q("instrument", id));
    }

    @Override
    public List<Instrument> instruments() {
      return required(facts.instruments(), q("instruments"));
    }

    @Override
    public boolean isInForce(String instrumentId, LocalDate date) {
      return own.contains("isInForce") ? facts.isInForce(instrumentId, date)
          : CstoFacts.super.isInForce(instrumentId, date);
    }

    @Override
    public Optional<Chairmanship> chair(LocalDate date) {
      return required(facts.chair(date), q("chair", date));
    }

    @Override
    public List<Chairmanship> chairmanships() {
      return required(facts.chairmanships(), q("chairmanships"));
    }

    @Override
    public Optional<Appointment> holder(Office office, LocalDate date) {
      return required(facts.holder(office, date), q("holder", office, date));
    }

    @Override
    public List<Appointment> holders(Office office, LocalDate date) {
      return own.contains("holders") ? required(facts.holders(office, date), q("holders", office, date))
          : CstoFacts.super.holders(office, date);
    }

    @Override
    public Optional<Appointment> secretaryGeneral(LocalDate date) {
      return own.contains("secretaryGeneral")
          ? required(facts.secretaryGeneral(date), q("secretaryGeneral", date))
          : CstoFacts.super.secretaryGeneral(date);
    }

    @Override
    public List<Appointment> appointments() {
      return required(facts.appointments(), q("appointments"));
    }

    @Override
    public List<Instrument> amendmentsOf(String instrumentId) {
      return own.contains("amendmentsOf")
          ? required(facts.amendmentsOf(instrumentId), q("amendmentsOf", instrumentId))
          : CstoFacts.super.amendmentsOf(instrumentId);
    }

    @Override
    public String toString() {
      return facts.toString();
    }
  }
}
