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
import java.lang.ref.WeakReference;
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
   * The answer to a query without arguments, if it is not null.
   *
   * @param answer what the facts answered
   * @param method the query's method, such as {@code "events"}
   * @param <T> the answer's type
   * @return the answer
   * @throws IllegalStateException if the facts answered null, naming the query
   */
  static <T> T required(T answer, String method) {
    if (answer == null) {
      throw answeredNull(method);
    }
    return answer;
  }

  /**
   * The answer to a query with one argument, if it is not null; the query's text is built only then.
   *
   * @param answer what the facts answered
   * @param method the query's method, such as {@code "instrument"}
   * @param arg its argument
   * @param <T> the answer's type
   * @return the answer
   * @throws IllegalStateException if the facts answered null, naming the query
   */
  static <T> T required(T answer, String method, Object arg) {
    if (answer == null) {
      throw answeredNull(method, arg);
    }
    return answer;
  }

  /**
   * The answer to a query with two arguments, if it is not null; the query's text is built only then.
   *
   * @param answer what the facts answered
   * @param method the query's method, such as {@code "status"}
   * @param arg1 its first argument
   * @param arg2 its second argument
   * @param <T> the answer's type
   * @return the answer
   * @throws IllegalStateException if the facts answered null, naming the query
   */
  static <T> T required(T answer, String method, Object arg1, Object arg2) {
    if (answer == null) {
      throw answeredNull(method, arg1, arg2);
    }
    return answer;
  }

  /** The failure of a query answered null: {@code CstoFacts.status("UZ", 2006-06-22) answered null; ...}. */
  private static IllegalStateException answeredNull(String method, Object... args) {
    StringBuilder s = new StringBuilder("CstoFacts.").append(method).append('(');
    for (int i = 0; i < args.length; i++) {
      s.append(i == 0 ? "" : ", ").append(args[i] instanceof String ? "\"" + args[i] + "\"" : args[i]);
    }
    return new IllegalStateException(s.append(") answered null; CstoFacts never answers null").toString());
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
    if (facts instanceof Checked) {
      return facts;
    }
    Checked c = lastChecked.get();
    if (c == null || c.facts != facts) {
      c = new Checked(facts);
      lastChecked = new WeakReference<>(c);
    }
    return c;
  }

  /**
   * The checked view made last, held weakly (so that it keeps no facts object alive): the checks that
   * follow on the same facts, most often, use it again instead of making their own.
   */
  private static volatile WeakReference<Checked> lastChecked = new WeakReference<>(null);

  /**
   * The facts behind a checked view, or the facts themselves if they are not one.
   *
   * @param facts the facts, not null
   * @return the facts the view checks
   */
  static CstoFacts unchecked(CstoFacts facts) {
    return facts instanceof Checked ? ((Checked) facts).facts : facts;
  }

  /**
   * The participation of a state the facts know (a member on some date), checked as
   * {@link CstoFacts#participation} is, without asking the facts again whether they know the state.
   *
   * @param facts the facts, not null
   * @param isoAlpha2 the code of a state the facts know
   * @param date the date
   * @return the participation
   * @throws IllegalStateException if the facts answered null
   */
  static Participation knownParticipation(CstoFacts facts, String isoAlpha2, LocalDate date) {
    CstoFacts f = unchecked(facts);
    return required(f.participation(isoAlpha2, date), "participation", isoAlpha2, date);
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
   * method the facts do not implement runs here, on the checked answers. A state the facts do not know (a
   * third state, a hypothetical one) is not a party and participates normally, whether the facts answer
   * so ({@code Scenario}) or reject the code (the dataset).
   */
  private static final class Checked implements CstoFacts {
    private final CstoFacts facts;
    private final Set<String> own;

    Checked(CstoFacts facts) {
      this.facts = facts;
      this.own = OWN.get(facts.getClass());
    }

    @Override
    public Optional<State> state(String isoAlpha2) {
      return required(facts.state(isoAlpha2), "state", isoAlpha2);
    }

    @Override
    public SortedSet<State> states() {
      return required(facts.states(), "states");
    }

    @Override
    public MembershipStatus status(String isoAlpha2, LocalDate date) {
      return state(isoAlpha2).isEmpty() ? MembershipStatus.NOT_PARTY
          : required(facts.status(isoAlpha2, date), "status", isoAlpha2, date);
    }

    @Override
    public Participation participation(String isoAlpha2, LocalDate date) {
      return state(isoAlpha2).isEmpty() ? Participation.NORMAL
          : required(facts.participation(isoAlpha2, date), "participation", isoAlpha2, date);
    }

    @Override
    public SortedSet<State> members(LocalDate date) {
      return required(facts.members(date), "members", date);
    }

    @Override
    public Framework framework(LocalDate date) {
      return own.contains("framework") ? required(facts.framework(date), "framework", date)
          : CstoFacts.super.framework(date);
    }

    @Override
    public Optional<MembershipTimeline> timeline(String isoAlpha2) {
      return required(facts.timeline(isoAlpha2), "timeline", isoAlpha2);
    }

    @Override
    public List<MembershipEvent> events() {
      return required(facts.events(), "events");
    }

    @Override
    public Optional<Instrument> instrument(String id) {
      return required(facts.instrument(id), "instrument", id);
    }

    @Override
    public List<Instrument> instruments() {
      return required(facts.instruments(), "instruments");
    }

    @Override
    public boolean isInForce(String instrumentId, LocalDate date) {
      return own.contains("isInForce") ? facts.isInForce(instrumentId, date)
          : CstoFacts.super.isInForce(instrumentId, date);
    }

    @Override
    public Optional<Chairmanship> chair(LocalDate date) {
      return required(facts.chair(date), "chair", date);
    }

    @Override
    public List<Chairmanship> chairmanships() {
      return required(facts.chairmanships(), "chairmanships");
    }

    @Override
    public Optional<Appointment> holder(Office office, LocalDate date) {
      return required(facts.holder(office, date), "holder", office, date);
    }

    @Override
    public List<Appointment> holders(Office office, LocalDate date) {
      return own.contains("holders") ? required(facts.holders(office, date), "holders", office, date)
          : CstoFacts.super.holders(office, date);
    }

    @Override
    public Optional<Appointment> secretaryGeneral(LocalDate date) {
      return own.contains("secretaryGeneral") ? required(facts.secretaryGeneral(date), "secretaryGeneral", date)
          : CstoFacts.super.secretaryGeneral(date);
    }

    @Override
    public List<Appointment> appointments() {
      return required(facts.appointments(), "appointments");
    }

    @Override
    public List<Instrument> amendmentsOf(String instrumentId) {
      return own.contains("amendmentsOf")
          ? required(facts.amendmentsOf(instrumentId), "amendmentsOf", instrumentId)
          : CstoFacts.super.amendmentsOf(instrumentId);
    }

    @Override
    public List<StatusApplication> statusApplications() {
      return required(facts.statusApplications(), "statusApplications");
    }

    @Override
    public List<StatusDecision> statusDecisions() {
      return required(facts.statusDecisions(), "statusDecisions");
    }

    @Override
    public List<Arrears> arrears() {
      return required(facts.arrears(), "arrears");
    }

    @Override
    public List<RightsSuspension> rightsSuspensions() {
      return required(facts.rightsSuspensions(), "rightsSuspensions");
    }

    @Override
    public List<ProvisionText> provisions() {
      return required(facts.provisions(), "provisions");
    }

    @Override
    public Optional<ProvisionText> provision(Citation citation) {
      return own.contains("provision") ? required(facts.provision(citation), "provision", citation)
          : CstoFacts.super.provision(citation);
    }

    @Override
    public String toString() {
      return facts.toString();
    }
  }
}
