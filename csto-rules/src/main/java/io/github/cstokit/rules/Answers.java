package io.github.cstokit.rules;

import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Arrears;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Framework;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.MembershipTimeline;
import io.github.cstokit.model.Office;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.ProvisionText;
import io.github.cstokit.model.RightsSuspension;
import io.github.cstokit.model.State;
import io.github.cstokit.model.StatusApplication;
import io.github.cstokit.model.StatusDecision;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

  /**
   * For each implementation class, the default methods of {@link CstoFacts} it implements itself: found
   * once per class, not on every check.
   */
  private static final ClassValue<Set<String>> OWN = new ClassValue<>() {
    @Override
    protected Set<String> computeValue(Class<?> type) {
      Set<String> own = new HashSet<>();
      for (Method m : CstoFacts.class.getMethods()) {
        try {
          if (m.isDefault()
              && type.getMethod(m.getName(), m.getParameterTypes()).getDeclaringClass() != CstoFacts.class) {
            own.add(m.getName());
          }
        } catch (NoSuchMethodException e) {
          throw new AssertionError(e); // a public interface method is always found
        }
      }
      return Set.copyOf(own);
    }
  };

  /**
   * Every answer checked: a null becomes an {@link IllegalStateException} naming the query. A default
   * method the facts do not implement runs here, on the checked answers; the query's text is built only
   * when an answer is null.
   */
  private static final class Checked implements CstoFacts {
    private final CstoFacts facts;
    private final Set<String> own;

    Checked(CstoFacts facts) {
      this.facts = facts;
      this.own = OWN.get(facts.getClass());
    }

    private static IllegalStateException answeredNull(String method, Object... args) {
      StringBuilder s = new StringBuilder("CstoFacts.").append(method).append('(');
      for (int i = 0; i < args.length; i++) {
        s.append(i == 0 ? "" : ", ").append(args[i] instanceof String ? "\"" + args[i] + "\"" : args[i]);
      }
      return new IllegalStateException(s.append(") answered null; CstoFacts never answers null").toString());
    }

    @Override
    public Optional<State> state(String isoAlpha2) {
      Optional<State> a = facts.state(isoAlpha2);
      if (a == null) {
        throw answeredNull("state", isoAlpha2);
      }
      return a;
    }

    @Override
    public SortedSet<State> states() {
      SortedSet<State> a = facts.states();
      if (a == null) {
        throw answeredNull("states");
      }
      return a;
    }

    @Override
    public MembershipStatus status(String isoAlpha2, LocalDate date) {
      MembershipStatus a = facts.status(isoAlpha2, date);
      if (a == null) {
        throw answeredNull("status", isoAlpha2, date);
      }
      return a;
    }

    @Override
    public Participation participation(String isoAlpha2, LocalDate date) {
      Participation a = facts.participation(isoAlpha2, date);
      if (a == null) {
        throw answeredNull("participation", isoAlpha2, date);
      }
      return a;
    }

    @Override
    public SortedSet<State> members(LocalDate date) {
      SortedSet<State> a = facts.members(date);
      if (a == null) {
        throw answeredNull("members", date);
      }
      return a;
    }

    @Override
    public Framework framework(LocalDate date) {
      if (!own.contains("framework")) {
        return CstoFacts.super.framework(date);
      }
      Framework a = facts.framework(date);
      if (a == null) {
        throw answeredNull("framework", date);
      }
      return a;
    }

    @Override
    public Optional<MembershipTimeline> timeline(String isoAlpha2) {
      Optional<MembershipTimeline> a = facts.timeline(isoAlpha2);
      if (a == null) {
        throw answeredNull("timeline", isoAlpha2);
      }
      return a;
    }

    @Override
    public List<MembershipEvent> events() {
      List<MembershipEvent> a = facts.events();
      if (a == null) {
        throw answeredNull("events");
      }
      return a;
    }

    @Override
    public Optional<Instrument> instrument(String id) {
      Optional<Instrument> a = facts.instrument(id);
      if (a == null) {
        throw answeredNull("instrument", id);
      }
      return a;
    }

    @Override
    public List<Instrument> instruments() {
      List<Instrument> a = facts.instruments();
      if (a == null) {
        throw answeredNull("instruments");
      }
      return a;
    }

    @Override
    public boolean isInForce(String instrumentId, LocalDate date) {
      return own.contains("isInForce") ? facts.isInForce(instrumentId, date)
          : CstoFacts.super.isInForce(instrumentId, date);
    }

    @Override
    public Optional<Chairmanship> chair(LocalDate date) {
      Optional<Chairmanship> a = facts.chair(date);
      if (a == null) {
        throw answeredNull("chair", date);
      }
      return a;
    }

    @Override
    public List<Chairmanship> chairmanships() {
      List<Chairmanship> a = facts.chairmanships();
      if (a == null) {
        throw answeredNull("chairmanships");
      }
      return a;
    }

    @Override
    public Optional<Appointment> holder(Office office, LocalDate date) {
      Optional<Appointment> a = facts.holder(office, date);
      if (a == null) {
        throw answeredNull("holder", office, date);
      }
      return a;
    }

    @Override
    public List<Appointment> holders(Office office, LocalDate date) {
      if (!own.contains("holders")) {
        return CstoFacts.super.holders(office, date);
      }
      List<Appointment> a = facts.holders(office, date);
      if (a == null) {
        throw answeredNull("holders", office, date);
      }
      return a;
    }

    @Override
    public Optional<Appointment> secretaryGeneral(LocalDate date) {
      if (!own.contains("secretaryGeneral")) {
        return CstoFacts.super.secretaryGeneral(date);
      }
      Optional<Appointment> a = facts.secretaryGeneral(date);
      if (a == null) {
        throw answeredNull("secretaryGeneral", date);
      }
      return a;
    }

    @Override
    public List<Appointment> appointments() {
      List<Appointment> a = facts.appointments();
      if (a == null) {
        throw answeredNull("appointments");
      }
      return a;
    }

    @Override
    public List<Instrument> amendmentsOf(String instrumentId) {
      if (!own.contains("amendmentsOf")) {
        return CstoFacts.super.amendmentsOf(instrumentId);
      }
      List<Instrument> a = facts.amendmentsOf(instrumentId);
      if (a == null) {
        throw answeredNull("amendmentsOf", instrumentId);
      }
      return a;
    }

    @Override
    public List<StatusApplication> statusApplications() {
      return listOrFail(facts.statusApplications(), "statusApplications");
    }

    @Override
    public List<StatusDecision> statusDecisions() {
      return listOrFail(facts.statusDecisions(), "statusDecisions");
    }

    @Override
    public List<Arrears> arrears() {
      return listOrFail(facts.arrears(), "arrears");
    }

    @Override
    public List<RightsSuspension> rightsSuspensions() {
      return listOrFail(facts.rightsSuspensions(), "rightsSuspensions");
    }

    @Override
    public List<ProvisionText> provisions() {
      return listOrFail(facts.provisions(), "provisions");
    }

    @Override
    public Optional<ProvisionText> provision(Citation citation) {
      if (!own.contains("provision")) {
        return CstoFacts.super.provision(citation);
      }
      Optional<ProvisionText> a = facts.provision(citation);
      if (a == null) {
        throw answeredNull("provision", citation);
      }
      return a;
    }

    private static <T> List<T> listOrFail(List<T> answer, String method) {
      if (answer == null) {
        throw answeredNull(method);
      }
      return answer;
    }

    @Override
    public String toString() {
      return facts.toString();
    }
  }
}
