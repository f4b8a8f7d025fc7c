package io.github.cstokit.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An immutable, in-memory {@link CstoFacts}: states, membership events, instruments, chairmanships and
 * appointments, with every derived answer precomputed at construction; and the applications for observer
 * or partner status, the decisions on them, arrears, the suspensions of rights for arrears and the words
 * of provisions, held as given (sorted).
 *
 * <p>Each state's {@link MembershipTimeline} is built once; {@link #members(LocalDate)} returns one of a
 * few shared unmodifiable sets found by binary search over the days on which any state's status changes;
 * {@link #chair(LocalDate)} and {@link #holder(Office, LocalDate)} are binary searches too. None of the
 * date queries allocates (beyond the {@code Optional} of the lookups that return one).
 *
 * <p><b>Consistency.</b> Construction fails with {@link IllegalArgumentException} if a state code, an
 * event id, an instrument id, a chairmanship id or an appointment id repeats; if an event concerns a state
 * that is not among the states; if an instrument amends an unknown instrument; if two chairmanships
 * overlap, or two appointments to a single-holder office overlap; if an application, a status decision,
 * an arrears record, a suspension or a provision text repeats an id, or two provision texts give the same
 * citation.
 *
 * <p><b>What-if.</b> {@link #withEvent(MembershipEvent)}, {@link #withStatus(String, LocalDate,
 * MembershipStatus)} and {@link #withoutState(String)} return changed copies and never touch the
 * original; timelines of untouched states are shared between the copies.
 *
 * <pre>{@code
 * Scenario real = Scenario.builder()
 *     .addStates(states).addEvents(events).addInstruments(instruments)
 *     .addChairmanships(chairs).addAppointments(appointments).version("2026.11.0")
 *     .build();
 * real.members(LocalDate.of(2000, 1, 1));   // [AM, BY, KG, KZ, RU, TJ]
 * Scenario whatIf = real.withStatus("AM", LocalDate.of(2025, 1, 1), MembershipStatus.CEASED);
 * whatIf.status("AM", LocalDate.of(2025, 6, 1));   // CEASED
 * real.status("AM", LocalDate.of(2025, 6, 1));     // MEMBER
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scenario implements CstoFacts {

  /** The source id synthetic events cite. */
  public static final String WHAT_IF_SOURCE = "what-if";

  private static final SortedSet<State> NO_STATES =
      Collections.unmodifiableSortedSet(new TreeSet<State>());
  private static final Optional<Chairmanship> NO_CHAIR = Optional.empty();
  private static final Optional<Appointment> NO_HOLDER = Optional.empty();
  /** Codes are two letters A-Z: a code's slot in {@link #timelineByCode} is 26 * first + second. */
  private static final int CODE_SLOTS = 26 * 26;

  private final SortedMap<String, State> statesByCode;
  private final SortedSet<State> states;
  private final List<MembershipEvent> events;
  private final Map<String, MembershipTimeline> timelines;
  /** The timelines by code slot (see {@link #CODE_SLOTS}), null where there is no state. */
  private final MembershipTimeline[] timelineByCode;
  private final List<Instrument> instruments;
  private final Map<String, Instrument> instrumentsById;
  private final List<Chairmanship> chairmanships;
  private final PeriodIndex<Chairmanship> chairs;
  private final List<Appointment> appointments;
  /** By {@link Office#ordinal()}; null for offices with several holders at once. */
  private final PeriodIndex<?>[] holders;
  /** Date keys (see {@link MembershipTimeline#key}) on which any state's status changes. */
  private final long[] memberKeys;
  private final SortedSet<?>[] memberSets;
  private final Optional<String> version;
  private final List<StatusApplication> statusApplications;
  private final List<StatusDecision> statusDecisions;
  private final List<Arrears> arrears;
  private final List<RightsSuspension> rightsSuspensions;
  private final List<ProvisionText> provisions;

  /**
   * Sorted, non-overlapping periods (chairmanships, or the appointments to one single-holder office),
   * each with its record already wrapped, so that a look-up allocates nothing.
   */
  private static final class PeriodIndex<T> {
    final long[] starts;
    final long[] ends;
    final Optional<T>[] records;

    @SuppressWarnings("unchecked")
    PeriodIndex(List<T> sorted, List<Period> periods) {
      int n = sorted.size();
      this.starts = new long[n];
      this.ends = new long[n];
      this.records = (Optional<T>[]) new Optional<?>[n];
      for (int i = 0; i < n; i++) {
        Period p = periods.get(i);
        starts[i] = MembershipTimeline.key(p.start());
        ends[i] = p.end().isPresent() ? MembershipTimeline.key(p.end().get()) : Long.MAX_VALUE;
        records[i] = Optional.of(sorted.get(i));
      }
    }

    /** The record whose period contains the date key, or null. */
    Optional<T> find(long key) {
      int i = MembershipTimeline.floorIndex(starts, key);
      return i >= 0 && key < ends[i] ? records[i] : null;
    }
  }

  /**
   * The orders of the scenario's lists, as one hand-written comparator (no lambdas to spin up when the
   * class is first used).
   */
  private static final class Order<T> implements java.util.Comparator<T> {
    static final Order<Instrument> INSTRUMENTS = new Order<>(0);
    static final Order<Chairmanship> CHAIRMANSHIPS = new Order<>(1);
    static final Order<Appointment> APPOINTMENTS = new Order<>(2);
    static final Order<StatusApplication> APPLICATIONS = new Order<>(3);
    static final Order<StatusDecision> STATUS_DECISIONS = new Order<>(4);
    static final Order<Arrears> ARREARS = new Order<>(5);
    static final Order<RightsSuspension> SUSPENSIONS = new Order<>(6);
    static final Order<ProvisionText> PROVISIONS = new Order<>(7);

    private final int kind;

    private Order(int kind) {
      this.kind = kind;
    }

    /** By the key of the kind, then by id (every record ordered here has one). */
    @Override
    public int compare(T a, T b) {
      int c = byKey(a, b);
      return c != 0 ? c : ((Identified) a).id().compareTo(((Identified) b).id());
    }

    private int byKey(T a, T b) {
      switch (kind) {
        case 0: // by signature date
          return ((Instrument) a).signed().compareTo(((Instrument) b).signed());
        case 1: // by period
          return ((Chairmanship) a).period().compareTo(((Chairmanship) b).period());
        case 3: // by date
          return ((StatusApplication) a).date().compareTo(((StatusApplication) b).date());
        case 4: // by date
          return ((StatusDecision) a).date().compareTo(((StatusDecision) b).date());
        case 5: // by the day the debt fell due
          return ((Arrears) a).dueSince().compareTo(((Arrears) b).dueSince());
        case 6: // by date
          return ((RightsSuspension) a).date().compareTo(((RightsSuspension) b).date());
        case 7: // by citation
          return ((ProvisionText) a).citation().compareTo(((ProvisionText) b).citation());
        default: { // by period, then office
          Appointment x = (Appointment) a;
          Appointment y = (Appointment) b;
          int c = x.period().compareTo(y.period());
          return c != 0 ? c : x.office().compareTo(y.office());
        }
      }
    }
  }

  private Scenario(Builder b, Map<String, MembershipTimeline> reuse) {
    // States
    TreeMap<String, State> byCode = new TreeMap<>();
    for (State s : b.states) {
      if (byCode.put(s.isoAlpha2(), s) != null) {
        throw new IllegalArgumentException("states must not repeat '" + s.isoAlpha2() + "'");
      }
    }
    this.statesByCode = Collections.unmodifiableSortedMap(byCode);
    this.states = Collections.unmodifiableSortedSet(new TreeSet<>(byCode.values()));

    // Events and timelines
    List<MembershipEvent> sortedEvents = new ArrayList<>(b.events);
    sortedEvents.sort(MembershipEvent.ORDER);
    Map<String, List<MembershipEvent>> byState = new HashMap<>();
    for (String code : byCode.keySet()) {
      byState.put(code, new ArrayList<>());
    }
    for (MembershipEvent e : sortedEvents) {
      List<MembershipEvent> list = byState.get(e.state());
      if (list == null) {
        throw new IllegalArgumentException(
            "event '" + e.id() + "' concerns " + e.state() + ", which is not among states");
      }
      list.add(e);
    }
    Checks.distinctIds("event ids", sortedEvents);
    this.events = Collections.unmodifiableList(sortedEvents);
    Map<String, MembershipTimeline> tl = new HashMap<>();
    for (Map.Entry<String, List<MembershipEvent>> entry : byState.entrySet()) {
      MembershipTimeline old = reuse.get(entry.getKey());
      tl.put(
          entry.getKey(),
          old != null && old.events().equals(entry.getValue())
              ? old
              : MembershipTimeline.of(entry.getKey(), entry.getValue()));
    }
    this.timelines = Collections.unmodifiableMap(tl);
    this.timelineByCode = new MembershipTimeline[CODE_SLOTS];
    for (Map.Entry<String, MembershipTimeline> entry : tl.entrySet()) {
      timelineByCode[slot(entry.getKey())] = entry.getValue();
    }

    // Members by date: the sorted, distinct change days of all timelines
    int total = 0;
    for (MembershipTimeline t : tl.values()) {
      total += t.changeKeys().length;
    }
    long[] keys = new long[total];
    int n = 0;
    for (MembershipTimeline t : tl.values()) {
      long[] k = t.changeKeys();
      System.arraycopy(k, 0, keys, n, k.length);
      n += k.length;
    }
    Arrays.sort(keys);
    int distinct = 0;
    for (int i = 0; i < keys.length; i++) {
      if (distinct == 0 || keys[distinct - 1] != keys[i]) {
        keys[distinct++] = keys[i];
      }
    }
    this.memberKeys = Arrays.copyOf(keys, distinct);
    this.memberSets = new SortedSet<?>[distinct];
    SortedSet<State> previous = NO_STATES;
    for (int i = 0; i < distinct; i++) {
      TreeSet<State> set = new TreeSet<>();
      for (State s : byCode.values()) {
        if (tl.get(s.isoAlpha2()).isMemberOnKey(memberKeys[i])) {
          set.add(s);
        }
      }
      previous = set.equals(previous) ? previous : Collections.unmodifiableSortedSet(set);
      memberSets[i] = previous;
    }

    // Instruments
    List<Instrument> sortedInstruments = new ArrayList<>(b.instruments);
    sortedInstruments.sort(Order.INSTRUMENTS);
    Map<String, Instrument> ib = new LinkedHashMap<>();
    for (Instrument i : sortedInstruments) {
      if (ib.put(i.id(), i) != null) {
        throw new IllegalArgumentException("instrument ids must not repeat '" + i.id() + "'");
      }
    }
    for (Instrument i : sortedInstruments) {
      if (i.amendedId().isPresent() && !ib.containsKey(i.amendedId().get())) {
        throw new IllegalArgumentException(
            "instrument '" + i.id() + "' amends unknown instrument '" + i.amendedId().get() + "'");
      }
    }
    this.instruments = Collections.unmodifiableList(sortedInstruments);
    this.instrumentsById = Collections.unmodifiableMap(ib);

    // Chairmanships
    List<Chairmanship> sortedChairs = new ArrayList<>(b.chairmanships);
    sortedChairs.sort(Order.CHAIRMANSHIPS);
    Checks.distinctIds("chairmanship ids", sortedChairs);
    for (int i = 1; i < sortedChairs.size(); i++) {
      checkNoOverlap(
          "chairmanships", sortedChairs.get(i - 1).id(), sortedChairs.get(i - 1).period(),
          sortedChairs.get(i).id(), sortedChairs.get(i).period());
    }
    this.chairmanships = Collections.unmodifiableList(sortedChairs);
    List<Period> chairPeriods = new ArrayList<>(sortedChairs.size());
    for (Chairmanship c : sortedChairs) {
      chairPeriods.add(c.period());
    }
    this.chairs = new PeriodIndex<>(sortedChairs, chairPeriods);

    // Appointments
    List<Appointment> sortedAppointments = new ArrayList<>(b.appointments);
    sortedAppointments.sort(Order.APPOINTMENTS);
    Checks.distinctIds("appointment ids", sortedAppointments);
    this.appointments = Collections.unmodifiableList(sortedAppointments);
    Office[] offices = Office.values();
    this.holders = new PeriodIndex<?>[offices.length];
    for (Office office : offices) {
      if (!office.isSingleHolder()) {
        continue;
      }
      List<Appointment> list = new ArrayList<>();
      List<Period> periods = new ArrayList<>();
      for (Appointment a : sortedAppointments) {
        if (a.office() == office) {
          if (!list.isEmpty()) {
            Appointment prev = list.get(list.size() - 1);
            if (prev.period().overlaps(a.period())) {
              checkNoOverlap(
                  "appointments to " + office, prev.id(), prev.period(), a.id(), a.period());
            }
          }
          list.add(a);
          periods.add(a.period());
        }
      }
      holders[office.ordinal()] = new PeriodIndex<>(list, periods);
    }

    this.version = b.version;
    Checks.notBlank("version", version);

    // Observer and partner status, arrears, provisions: held as given, sorted
    this.statusApplications = sorted(b.statusApplications, Order.APPLICATIONS);
    Checks.distinctIds("status application ids", statusApplications);
    this.statusDecisions = sorted(b.statusDecisions, Order.STATUS_DECISIONS);
    Checks.distinctIds("status decision ids", statusDecisions);
    this.arrears = sorted(b.arrears, Order.ARREARS);
    Checks.distinctIds("arrears ids", arrears);
    this.rightsSuspensions = sorted(b.rightsSuspensions, Order.SUSPENSIONS);
    Checks.distinctIds("rights suspension ids", rightsSuspensions);
    this.provisions = sorted(b.provisions, Order.PROVISIONS);
    Checks.distinctIds("provision ids", provisions);
    List<Citation> citations = new ArrayList<>(provisions.size());
    for (ProvisionText x : provisions) {
      citations.add(x.citation());
    }
    Checks.distinct("provision citations", citations);
  }

  private static <T> List<T> sorted(List<T> list, Order<T> order) {
    if (list.isEmpty()) {
      return Collections.emptyList();
    }
    List<T> copy = new ArrayList<>(list);
    copy.sort(order);
    return Collections.unmodifiableList(copy);
  }

  private static void checkNoOverlap(String what, String idA, Period a, String idB, Period b) {
    if (a.overlaps(b)) {
      throw new IllegalArgumentException(
          what + " must not overlap but '" + idA + "' " + a + " and '" + idB + "' " + b + " do");
    }
  }

  /**
   * Returns an empty builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a scenario with the same facts as the given ones: the facts themselves if they are a
   * scenario, otherwise a copy of their states, events, instruments, chairmanships, appointments,
   * applications for observer or partner status, status decisions, arrears, suspensions of rights and
   * provision texts, without a version.
   *
   * @param facts the facts to copy, not null
   * @return the scenario, not null
   * @throws IllegalArgumentException if the facts are inconsistent (see the class documentation)
   */
  public static Scenario from(CstoFacts facts) {
    Objects.requireNonNull(facts, "facts");
    if (facts instanceof Scenario) {
      return (Scenario) facts;
    }
    Builder b =
        builder()
            .addStates(facts.states())
            .addEvents(facts.events())
            .addInstruments(facts.instruments())
            .addChairmanships(facts.chairmanships())
            .addAppointments(facts.appointments())
            .addStatusApplications(facts.statusApplications())
            .addStatusDecisions(facts.statusDecisions())
            .addArrears(facts.arrears())
            .addRightsSuspensions(facts.rightsSuspensions())
            .addProvisions(facts.provisions());
    return b.build();
  }

  /**
   * Returns a builder holding this scenario's facts, to change several at once.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    Builder b =
        builder()
            .addStates(states)
            .addEvents(events)
            .addInstruments(instruments)
            .addChairmanships(chairmanships)
            .addAppointments(appointments);
    copyStatusAndProvisions(b);
    b.version = version;
    return b;
  }

  @Override
  public Optional<State> state(String isoAlpha2) {
    Objects.requireNonNull(isoAlpha2, "isoAlpha2");
    return Optional.ofNullable(statesByCode.get(isoAlpha2));
  }

  @Override
  public SortedSet<State> states() {
    return states;
  }

  /** The slot of a code of two letters A-Z, or -1 for any other string. */
  private static int slot(String code) {
    if (code == null || code.length() != 2) {
      return -1;
    }
    int a = code.charAt(0) - 'A';
    int b = code.charAt(1) - 'A';
    return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
  }

  /** The timeline of a state, or null; allocates nothing. */
  private MembershipTimeline timelineOrNull(String isoAlpha2) {
    int slot = slot(isoAlpha2);
    return slot < 0 ? null : timelineByCode[slot];
  }

  /**
   * {@inheritDoc}
   *
   * <p>This implementation allocates nothing.
   *
   * @param isoAlpha2 the ISO alpha-2 code
   * @param date the date, not null
   * @return the status, not null
   */
  @Override
  public MembershipStatus status(String isoAlpha2, LocalDate date) {
    Objects.requireNonNull(isoAlpha2, "isoAlpha2");
    Objects.requireNonNull(date, "date");
    MembershipTimeline t = timelineOrNull(isoAlpha2);
    return t == null ? MembershipStatus.NOT_PARTY : t.status(date);
  }

  /**
   * {@inheritDoc}
   *
   * <p>This implementation allocates nothing.
   *
   * @param isoAlpha2 the ISO alpha-2 code
   * @param date the date, not null
   * @return the participation, not null
   */
  @Override
  public Participation participation(String isoAlpha2, LocalDate date) {
    Objects.requireNonNull(isoAlpha2, "isoAlpha2");
    Objects.requireNonNull(date, "date");
    MembershipTimeline t = timelineOrNull(isoAlpha2);
    return t == null ? Participation.NORMAL : t.participation(date);
  }

  /**
   * {@inheritDoc}
   *
   * <p>This implementation returns one of a few shared unmodifiable sets and allocates nothing.
   *
   * @param date the date, not null
   * @return an unmodifiable set sorted by code, possibly empty
   */
  @Override
  @SuppressWarnings("unchecked")
  public SortedSet<State> members(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int i = MembershipTimeline.floorIndex(memberKeys, MembershipTimeline.key(date));
    return i < 0 ? NO_STATES : (SortedSet<State>) memberSets[i];
  }

  @Override
  public Optional<MembershipTimeline> timeline(String isoAlpha2) {
    Objects.requireNonNull(isoAlpha2, "isoAlpha2");
    return Optional.ofNullable(timelines.get(isoAlpha2));
  }

  @Override
  public List<MembershipEvent> events() {
    return events;
  }

  @Override
  public Optional<Instrument> instrument(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(instrumentsById.get(id));
  }

  @Override
  public List<Instrument> instruments() {
    return instruments;
  }

  /**
   * {@inheritDoc}
   *
   * <p>This implementation is a binary search that allocates nothing.
   *
   * @param date the date, not null
   * @return the chairmanship, or empty if none is recorded for the date
   */
  @Override
  public Optional<Chairmanship> chair(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Optional<Chairmanship> c = chairs.find(MembershipTimeline.key(date));
    return c == null ? NO_CHAIR : c;
  }

  @Override
  public List<Chairmanship> chairmanships() {
    return chairmanships;
  }

  /**
   * {@inheritDoc}
   *
   * <p>This implementation is a binary search that allocates nothing.
   *
   * @param office a single-holder office, not null
   * @param date the date, not null
   * @return the appointment, or empty if none is recorded for the date
   */
  @Override
  @SuppressWarnings("unchecked")
  public Optional<Appointment> holder(Office office, LocalDate date) {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(date, "date");
    PeriodIndex<Appointment> index = (PeriodIndex<Appointment>) holders[office.ordinal()];
    if (index == null) {
      throw new IllegalArgumentException(
          "office " + office + " has several holders at once; use holders(office, date)");
    }
    Optional<Appointment> a = index.find(MembershipTimeline.key(date));
    return a == null ? NO_HOLDER : a;
  }

  @Override
  public List<Appointment> appointments() {
    return appointments;
  }

  @Override
  public List<StatusApplication> statusApplications() {
    return statusApplications;
  }

  @Override
  public List<StatusDecision> statusDecisions() {
    return statusDecisions;
  }

  @Override
  public List<Arrears> arrears() {
    return arrears;
  }

  @Override
  public List<RightsSuspension> rightsSuspensions() {
    return rightsSuspensions;
  }

  @Override
  public List<ProvisionText> provisions() {
    return provisions;
  }

  private void copyStatusAndProvisions(Builder b) {
    b.addStatusApplications(statusApplications).addStatusDecisions(statusDecisions).addArrears(arrears)
        .addRightsSuspensions(rightsSuspensions).addProvisions(provisions);
  }

  /**
   * The version of the facts, such as {@code 2026.11.0}, as set on the builder.
   *
   * @return the version, or empty if none was set
   */
  public Optional<String> version() {
    return version;
  }

  /**
   * Returns a copy with one more membership event. The original is unchanged.
   *
   * @param event the event, whose state must be among the states and whose id must be new; not null
   * @return the changed copy, not null
   * @throws IllegalArgumentException if the state is unknown or the id is already used
   */
  public Scenario withEvent(MembershipEvent event) {
    Objects.requireNonNull(event, "event");
    Builder b = toBuilder().addEvent(event);
    return new Scenario(b, timelines);
  }

  /**
   * Returns a copy in which a state has the given status from a date, until its next status-changing
   * event. The change is made by adding a synthetic event (id starting {@code what-if:}, source
   * {@value #WHAT_IF_SOURCE}) of the type that has that effect: {@code ACCESSION} for SIGNATORY,
   * {@code ADMISSION_DECISION} for MEMBER, {@code SUSPENSION_DECISION} for SUSPENDED,
   * {@code WITHDRAWAL_EFFECTIVE} for CEASED; it follows the rules of {@link MembershipTimeline}, and
   * participation becomes NORMAL. The original is unchanged.
   *
   * @param isoAlpha2 the code of a state among the states, not null
   * @param from the first day of the new status, not null
   * @param status the status, not {@link MembershipStatus#NOT_PARTY}; not null
   * @return the changed copy, not null
   * @throws IllegalArgumentException if the state is unknown, the status is NOT_PARTY (use
   *     {@link #withoutState(String)}), or the timeline rules do not allow the status on that day (a
   *     member cannot become a signatory, or another event on the same day overrides it)
   */
  public Scenario withStatus(String isoAlpha2, LocalDate from, MembershipStatus status) {
    Objects.requireNonNull(isoAlpha2, "isoAlpha2");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(from, "from");
    if (!statesByCode.containsKey(isoAlpha2)) {
      throw new IllegalArgumentException("state " + isoAlpha2 + " is not among states");
    }
    MembershipEventType type;
    switch (status) {
      case SIGNATORY:
        type = MembershipEventType.ACCESSION;
        break;
      case MEMBER:
        type = MembershipEventType.ADMISSION_DECISION;
        break;
      case SUSPENDED:
        type = MembershipEventType.SUSPENSION_DECISION;
        break;
      case CEASED:
        type = MembershipEventType.WITHDRAWAL_EFFECTIVE;
        break;
      default:
        throw new IllegalArgumentException(
            "status " + status + " cannot be set by an event; use withoutState");
    }
    String base = "what-if:" + isoAlpha2 + ":" + from + ":" + status;
    String id = base;
    for (int n = 2; containsEventId(id); n++) {
      id = base + ":" + n;
    }
    MembershipEvent event =
        MembershipEvent.builder()
            .id(id)
            .state(isoAlpha2)
            .type(type)
            .date(PartialDate.of(from))
            .framework(Framework.on(from))
            .addSource(WHAT_IF_SOURCE)
            .note("Synthetic event added by Scenario.withStatus")
            .build();
    Scenario result = withEvent(event);
    MembershipStatus actual = result.status(isoAlpha2, from);
    if (actual != status) {
      throw new IllegalArgumentException(
          "status " + status + " cannot be set for " + isoAlpha2 + " on " + from
              + " by the timeline rules; the status that day would be " + actual);
    }
    return result;
  }

  private boolean containsEventId(String id) {
    for (MembershipEvent e : events) {
      if (e.id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a copy with an instrument added, or put in place of the instrument of the same id: for what-if
   * checks of the law in force, such as an agreement whose entry into force the record does not give. The
   * original is unchanged.
   *
   * <pre>{@code
   * Instrument pk = facts.instrument("peacekeeping-agreement-2007").orElseThrow();
   * Scenario inForce = facts.withInstrument(
   *     Instrument.builder().from(pk).entryIntoForce(pk.signed()).build());
   * }</pre>
   *
   * @param instrument the instrument, not null
   * @return the changed copy, not null
   * @throws IllegalArgumentException if the instrument amends an instrument the scenario does not know
   */
  public Scenario withInstrument(Instrument instrument) {
    Objects.requireNonNull(instrument, "instrument");
    Builder b = builder();
    b.addStates(states).addEvents(events);
    for (Instrument i : instruments) {
      if (!i.id().equals(instrument.id())) {
        b.addInstrument(i);
      }
    }
    b.addInstrument(instrument).addChairmanships(chairmanships).addAppointments(appointments);
    copyStatusAndProvisions(b);
    b.version = version;
    return new Scenario(b, timelines);
  }

  /**
   * Returns a copy without a state and its membership events; chairmanships, appointments, applications,
   * status decisions, arrears, suspensions and provision texts are kept as recorded. The original is unchanged.
   *
   * @param isoAlpha2 the code, not null
   * @return the changed copy, or this scenario if the state is unknown; not null
   */
  public Scenario withoutState(String isoAlpha2) {
    Objects.requireNonNull(isoAlpha2, "isoAlpha2");
    if (!statesByCode.containsKey(isoAlpha2)) {
      return this;
    }
    Builder b = builder();
    for (State s : states) {
      if (!s.isoAlpha2().equals(isoAlpha2)) {
        b.addState(s);
      }
    }
    for (MembershipEvent e : events) {
      if (!e.state().equals(isoAlpha2)) {
        b.addEvent(e);
      }
    }
    b.addInstruments(instruments).addChairmanships(chairmanships).addAppointments(appointments);
    copyStatusAndProvisions(b);
    b.version = version;
    return new Scenario(b, timelines);
  }

  /**
   * Two scenarios are equal when they hold the same states, events, instruments, chairmanships,
   * appointments, applications, status decisions, arrears, suspensions, provision texts and version.
   *
   * @param obj the object to compare with, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Scenario)) {
      return false;
    }
    Scenario o = (Scenario) obj;
    return statesByCode.equals(o.statesByCode)
        && events.equals(o.events)
        && instruments.equals(o.instruments)
        && chairmanships.equals(o.chairmanships)
        && appointments.equals(o.appointments)
        && statusApplications.equals(o.statusApplications)
        && statusDecisions.equals(o.statusDecisions)
        && arrears.equals(o.arrears)
        && rightsSuspensions.equals(o.rightsSuspensions)
        && provisions.equals(o.provisions)
        && version.equals(o.version);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(statesByCode, events, instruments, chairmanships, appointments, statusApplications,
        statusDecisions, arrears, rightsSuspensions, provisions, version);
  }

  /**
   * Returns the counts of facts, such as
   * {@code Scenario[2026.11.0: 11 states, 40 events, 16 instruments, 20 chairmanships, 12 appointments]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "Scenario[" + version.map(v -> v + ": ").orElse("") + states.size() + " states, "
        + events.size() + " events, " + instruments.size() + " instruments, "
        + chairmanships.size() + " chairmanships, " + appointments.size() + " appointments]";
  }

  /**
   * Collects the facts of a {@link Scenario}; not thread-safe, use one builder per thread.
   *
   * <pre>{@code
   * Scenario s = Scenario.builder().addState(kazakhstan).addEvent(kzEntryIntoForce).build();
   * }</pre>
   */
  public static final class Builder {
    private final List<State> states = new ArrayList<>();
    private final List<MembershipEvent> events = new ArrayList<>();
    private final List<Instrument> instruments = new ArrayList<>();
    private final List<Chairmanship> chairmanships = new ArrayList<>();
    private final List<Appointment> appointments = new ArrayList<>();
    private final List<StatusApplication> statusApplications = new ArrayList<>();
    private final List<StatusDecision> statusDecisions = new ArrayList<>();
    private final List<Arrears> arrears = new ArrayList<>();
    private final List<RightsSuspension> rightsSuspensions = new ArrayList<>();
    private final List<ProvisionText> provisions = new ArrayList<>();
    private Optional<String> version = Optional.empty();

    Builder() {}

    private <T> Builder add(List<T> list, T value, String name) {
      list.add(Objects.requireNonNull(value, name));
      return this;
    }

    private <T> Builder addEach(List<T> list, Iterable<? extends T> values, String name, String elementName) {
      Objects.requireNonNull(values, name);
      for (T x : values) {
        list.add(Objects.requireNonNull(x, elementName));
      }
      return this;
    }

    /**
     * Adds a state.
     *
     * @param state the state, not null
     * @return this builder, not null
     */
    public Builder addState(State state) {
      return add(states, state, "state");
    }

    /**
     * Adds states.
     *
     * @param states the states, not null
     * @return this builder, not null
     */
    public Builder addStates(Iterable<? extends State> states) {
      return addEach(this.states, states, "states", "state");
    }

    /**
     * Adds a membership event.
     *
     * @param event the event, not null
     * @return this builder, not null
     */
    public Builder addEvent(MembershipEvent event) {
      return add(events, event, "event");
    }

    /**
     * Adds membership events.
     *
     * @param events the events, not null
     * @return this builder, not null
     */
    public Builder addEvents(Iterable<? extends MembershipEvent> events) {
      return addEach(this.events, events, "events", "event");
    }

    /**
     * Adds an instrument.
     *
     * @param instrument the instrument, not null
     * @return this builder, not null
     */
    public Builder addInstrument(Instrument instrument) {
      return add(instruments, instrument, "instrument");
    }

    /**
     * Adds instruments.
     *
     * @param instruments the instruments, not null
     * @return this builder, not null
     */
    public Builder addInstruments(Iterable<? extends Instrument> instruments) {
      return addEach(this.instruments, instruments, "instruments", "instrument");
    }

    /**
     * Adds a chairmanship.
     *
     * @param chairmanship the chairmanship, not null
     * @return this builder, not null
     */
    public Builder addChairmanship(Chairmanship chairmanship) {
      return add(chairmanships, chairmanship, "chairmanship");
    }

    /**
     * Adds chairmanships.
     *
     * @param chairmanships the chairmanships, not null
     * @return this builder, not null
     */
    public Builder addChairmanships(Iterable<? extends Chairmanship> chairmanships) {
      return addEach(this.chairmanships, chairmanships, "chairmanships", "chairmanship");
    }

    /**
     * Adds an appointment.
     *
     * @param appointment the appointment, not null
     * @return this builder, not null
     */
    public Builder addAppointment(Appointment appointment) {
      return add(appointments, appointment, "appointment");
    }

    /**
     * Adds appointments.
     *
     * @param appointments the appointments, not null
     * @return this builder, not null
     */
    public Builder addAppointments(Iterable<? extends Appointment> appointments) {
      return addEach(this.appointments, appointments, "appointments", "appointment");
    }

    /**
     * Adds an application for observer or partner status.
     *
     * @param statusApplication the record, not null
     * @return this builder, not null
     */
    public Builder addStatusApplication(StatusApplication statusApplication) {
      return add(statusApplications, statusApplication, "statusApplication");
    }

    /**
     * Adds applications for observer or partner status.
     *
     * @param statusApplications the records, not null
     * @return this builder, not null
     */
    public Builder addStatusApplications(Iterable<? extends StatusApplication> statusApplications) {
      return addEach(this.statusApplications, statusApplications, "statusApplications", "statusApplication");
    }

    /**
     * Adds a decision on observer or partner status.
     *
     * @param statusDecision the record, not null
     * @return this builder, not null
     */
    public Builder addStatusDecision(StatusDecision statusDecision) {
      return add(statusDecisions, statusDecision, "statusDecision");
    }

    /**
     * Adds decisions on observer or partner status.
     *
     * @param statusDecisions the records, not null
     * @return this builder, not null
     */
    public Builder addStatusDecisions(Iterable<? extends StatusDecision> statusDecisions) {
      return addEach(this.statusDecisions, statusDecisions, "statusDecisions", "statusDecision");
    }

    /**
     * Adds a member's arrears to the budget.
     *
     * @param debt the record, not null
     * @return this builder, not null
     */
    public Builder addArrears(Arrears debt) {
      return add(arrears, debt, "debt");
    }

    /**
     * Adds members' arrears to the budget.
     *
     * @param arrears the records, not null
     * @return this builder, not null
     */
    public Builder addArrears(Iterable<? extends Arrears> arrears) {
      return addEach(this.arrears, arrears, "arrears", "debt");
    }

    /**
     * Adds a decision suspending a member's rights for arrears.
     *
     * @param suspension the record, not null
     * @return this builder, not null
     */
    public Builder addRightsSuspension(RightsSuspension suspension) {
      return add(rightsSuspensions, suspension, "suspension");
    }

    /**
     * Adds decisions suspending members' rights for arrears.
     *
     * @param rightsSuspensions the records, not null
     * @return this builder, not null
     */
    public Builder addRightsSuspensions(Iterable<? extends RightsSuspension> rightsSuspensions) {
      return addEach(this.rightsSuspensions, rightsSuspensions, "rightsSuspensions", "suspension");
    }

    /**
     * Adds the words of a provision.
     *
     * @param provision the record, not null
     * @return this builder, not null
     */
    public Builder addProvision(ProvisionText provision) {
      return add(provisions, provision, "provision");
    }

    /**
     * Adds the words of provisions.
     *
     * @param provisions the records, not null
     * @return this builder, not null
     */
    public Builder addProvisions(Iterable<? extends ProvisionText> provisions) {
      return addEach(this.provisions, provisions, "provisions", "provision");
    }

    /**
     * Sets the version of the facts.
     *
     * @param version the version, such as {@code 2026.11.0}, not null or blank
     * @return this builder, not null
     */
    public Builder version(String version) {
      this.version = Optional.of(Objects.requireNonNull(version, "version"));
      return this;
    }

    /**
     * Builds the scenario, checking its consistency.
     *
     * @return the scenario, not null
     * @throws IllegalArgumentException if the facts are inconsistent (see {@link Scenario})
     */
    public Scenario build() {
      return new Scenario(this, Collections.emptyMap());
    }
  }
}
