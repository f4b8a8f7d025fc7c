package io.github.cstokit.rules;

import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Head;
import io.github.cstokit.model.Matter;
import io.github.cstokit.model.Office;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.State;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Checks of offices and rotation: the Secretary General's appointment, recall, term and rotation
 * ({@link Rule#CHARTER_SG_APPOINTMENT_ROTATION_RECALL}, {@link Rule#CHARTER_SG_TERM},
 * {@link Rule#CHARTER_SG_ROTATION_2015}), the chairmanship ({@link Rule#CHARTER_13_CSC_COMPOSITION_AND_CHAIR},
 * {@link Rule#CHAIRMANSHIP_ROTATION_PRACTICE}). Third-state bases are checked by
 * {@link DefenceRules#checkThirdStateBasing(io.github.cstokit.model.BasingRequest, CstoFacts)}.
 *
 * <p><b>Russian alphabetical order</b> is the order of the members' Russian short names
 * ({@link State#nameRu()}), with Ё sorted as Е: Армения, Беларусь, Казахстан, Кыргызстан, Россия,
 * Таджикистан. The next state after X is the first member whose name sorts after X's, wrapping round. For
 * the Secretary General the first appointment under the 2015 decision starts the order at its beginning.
 *
 * <p><b>Rotation is keyed on the start of the term.</b> It applies to terms that start after the 2015
 * rotation decision (the day comes from the facts' instrument {@code sg-rotation-decision-2015}); a term
 * that started before it is outside the rotation, and so is the transitional extension of the holder in
 * office decided together with it (the same day). The three-year term rests on secondary sources: a term
 * the Council set otherwise by consensus is INDETERMINATE, not a violation.
 *
 * <pre>{@code
 * OfficeRules.checkSecretaryGeneral(csc20191128, zasAppointment, facts).outcome();   // SATISFIED
 * OfficeRules.firstInRussianOrder(LocalDate.of(2019, 11, 28), facts);               // Optional[AM]
 * OfficeRules.nextInRussianOrder("AM", LocalDate.of(2019, 11, 28), facts);          // Optional[BY]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: it has no state.
 */
public final class OfficeRules {

  private static final Comparator<String> RUSSIAN = OfficeRules::compareRussian;

  private OfficeRules() {}

  static int compareRussian(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = fold(a.charAt(i));
      char y = fold(b.charAt(i));
      if (x != y) {
        return Character.compare(x, y);
      }
    }
    return Integer.compare(a.length(), b.length());
  }

  private static char fold(char c) {
    char l = Character.toLowerCase(c);
    return l == 'ё' ? 'е' : l;
  }

  /**
   * The member that comes first in the Russian alphabetical order of the members on a date, where a
   * rotation with no previous holder starts.
   *
   * @param date the date whose members count, not null
   * @param facts the facts, not null
   * @return the first member's code, or empty if there are no members
   */
  public static Optional<String> firstInRussianOrder(LocalDate date, CstoFacts facts) {
    facts = Answers.checked(facts);
    Objects.requireNonNull(date, "date");
    return russianOrder(null, date, Objects.requireNonNull(facts, "facts"));
  }

  /**
   * The member that follows a state in the Russian alphabetical order of the members on a date, wrapping
   * round after the last. The state need not be a member on the date; a state the facts do not know has
   * no place in the order, and the first member is returned.
   *
   * @param state the ISO alpha-2 code of the previous holder, not null
   * @param date the date whose members count, not null
   * @param facts the facts, not null
   * @return the next member's code, or empty if there are no members
   */
  public static Optional<String> nextInRussianOrder(String state, LocalDate date, CstoFacts facts) {
    facts = Answers.checked(facts);
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(date, "date");
    return russianOrder(state, date, Objects.requireNonNull(facts, "facts"));
  }

  /** The member after {@code state} (null: before the first) in Russian order on a date. */
  private static Optional<String> russianOrder(String state, LocalDate date, CstoFacts facts) {
    SortedSet<State> members = facts.members(date);
    if (members.isEmpty()) {
      return Optional.empty();
    }
    String previousName =
        state == null ? null : facts.state(state).map(State::nameRu).orElse(null);
    State first = null;
    State next = null;
    for (State s : members) {
      if (first == null || RUSSIAN.compare(s.nameRu(), first.nameRu()) < 0) {
        first = s;
      }
      if (previousName != null
          && RUSSIAN.compare(s.nameRu(), previousName) > 0
          && (next == null || RUSSIAN.compare(s.nameRu(), next.nameRu()) < 0)) {
        next = s;
      }
    }
    return Optional.of((next != null ? next : first).isoAlpha2());
  }

  /**
   * Checks the appointment of a Secretary General recorded as an appointment, with its deciding decision;
   * the term is the appointment's period. An acting holder is judged under the acting arrangements of
   * practice.
   *
   * @param decision the Council's decision, not null
   * @param appointment the appointment, to {@link Office#SECRETARY_GENERAL}; not null
   * @param facts the facts, not null
   * @return the verdict, not null
   * @throws IllegalArgumentException if the appointment is to another office
   */
  public static Verdict checkSecretaryGeneral(Decision decision, Appointment appointment, CstoFacts facts) {
    Objects.requireNonNull(decision, "decision");
    facts = Answers.checked(facts);
    if (appointment.office() != Office.SECRETARY_GENERAL) {
      throw new IllegalArgumentException("office must be SECRETARY_GENERAL but was " + appointment.office());
    }
    Answers.before("appointment.period().start()", appointment.period().start(), LocalDate.MAX.minusYears(3));
    return sg(decision, appointment.state(), Optional.of(appointment.period()), appointment.acting(),
        appointment.personEn(), facts);
  }

  /**
   * Checks a decision appointing a Secretary General from a state, for a term.
   *
   * @param decision the Council's decision, not null
   * @param nomineeState the ISO alpha-2 code of the nominee's state, not null
   * @param term the term, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict checkSecretaryGeneral(
      Decision decision, String nomineeState, Period term, CstoFacts facts) {
    Objects.requireNonNull(decision, "decision");
    facts = Answers.checked(facts);
    Objects.requireNonNull(nomineeState, "nomineeState");
    Objects.requireNonNull(term, "term");
    Answers.before("term.start()", term.start(), LocalDate.MAX.minusYears(3));
    return sg(decision, nomineeState, Optional.of(term), false, "nominee from " + nomineeState, facts);
  }

  /**
   * Checks a decision appointing a Secretary General from a state, whose term the record does not give.
   *
   * @param decision the Council's decision, not null
   * @param nomineeState the ISO alpha-2 code of the nominee's state, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict checkSecretaryGeneral(Decision decision, String nomineeState, CstoFacts facts) {
    Objects.requireNonNull(decision, "decision");
    facts = Answers.checked(facts);
    Objects.requireNonNull(nomineeState, "nomineeState");
    return sg(decision, nomineeState, Optional.empty(), false, "nominee from " + nomineeState, facts);
  }

  private static Verdict sg(
      Decision d, String nominee, Optional<Period> term, boolean acting, String person, CstoFacts facts) {
    LocalDate date = d.date();
    LawInForce.On on = LawInForce.of(facts).onWithWords(date);
    // Null when the decision records neither positions, signatures nor an outcome.
    Boolean adopted = DecisionRules.adoption(d, facts, on);
    List<Finding> out = new ArrayList<>(7);
    // Appointment
    Rule r = Rule.CHARTER_SG_APPOINTMENT_ROTATION_RECALL;
    List<String> f = new ArrayList<>(5);
    f.add("person: " + person);
    f.add("state: " + nominee);
    f.add("decision: " + d.body().abbreviation() + " " + date + " " + d.format());
    f.add("signatures: " + Findings.join(d.signatures()));
    f.add("acting: " + acting);
    if (acting) {
      out.add(Findings.of(r, Outcome.INDETERMINATE, on, io.github.cstokit.model.Basis.PRACTICE,
          "acting holder: the rule for filling a vacancy was not read; in practice a deputy acts until the"
              + " Council appoints",
          f));
    } else if (d.body() != Body.COLLECTIVE_SECURITY_COUNCIL) {
      out.add(Findings.of(r, Outcome.VIOLATED, on,
          "appointed by the " + d.body().nameEn() + "; the Collective Security Council appoints", f));
    } else if (adopted == null) {
      out.add(Findings.of(r, Outcome.INDETERMINATE, on,
          "the decision records no head's position or signature and no outcome: whether the Council"
              + " appointed is open",
          f));
    } else if (!adopted) {
      out.add(Findings.of(r, Outcome.VIOLATED, on,
          "not appointed: the decision lacks the consent of all members, shown by every head's signature", f));
    } else if (!facts.status(nominee, date).isMember()) {
      out.add(Findings.of(r, Outcome.VIOLATED, on,
          "the Secretary General is chosen from citizens of the members; " + nominee + " is not a member", f));
    } else {
      out.add(Findings.of(r, Outcome.SATISFIED, on,
          "appointed by the Collective Security Council by consensus", f));
    }
    // Term
    Rule t = Rule.CHARTER_SG_TERM;
    List<String> g = new ArrayList<>(2);
    g.add("term: " + term.map(Period::toString).orElse("not recorded"));
    if (acting) {
      out.add(Findings.of(t, Outcome.NOT_APPLICABLE, on, "an acting holder has no term of office", g));
    } else if (term.isEmpty() || term.get().isOpen()) {
      out.add(Findings.of(t, Outcome.INDETERMINATE, on, "the end of the term is not recorded", g));
    } else {
      LocalDate expectedEnd = term.get().start().plusYears(3);
      g.add("three years end: " + expectedEnd.minusDays(1) + " inclusive");
      out.add(term.get().end().get().equals(expectedEnd)
          ? Findings.of(t, Outcome.SATISFIED, on, "a three-year term", g)
          : Findings.of(t, Outcome.VIOLATED, on,
              "the term " + term.get() + " is not three years; the three-year term is known from secondary"
                  + " sources, and a term the Council set by consensus may depart from it",
              g));
    }
    // Rotation
    Rule o = Rule.CHARTER_SG_ROTATION_2015;
    List<String> h = new ArrayList<>(3);
    if (acting) {
      out.add(Findings.of(o, Outcome.NOT_APPLICABLE, on, "acting holders are outside the rotation", h));
    } else if (rotationDecision(facts).isEmpty()) {
      h.add("rotation decision: not recorded");
      out.add(Findings.of(o, Outcome.NOT_APPLICABLE, on,
          "the facts record no rotation decision " + Law.SG_ROTATION_DECISION_ID, h));
    } else if (!termStart(term, date).isAfter(rotationDecision(facts).get())) {
      h.add("rotation decision: " + rotationDecision(facts).get());
      h.add("term starts: " + termStart(term, date));
      out.add(Findings.of(o, Outcome.NOT_APPLICABLE, on,
          "the term does not start after the 2015 rotation decision; rotation applies to terms that start"
              + " after it",
          h));
    } else if (date.equals(rotationDecision(facts).get())
        && facts.holder(Office.SECRETARY_GENERAL, date).map(a -> a.state().equals(nominee)).orElse(false)) {
      h.add("rotation decision: " + rotationDecision(facts).get());
      h.add("holder in office: " + facts.holder(Office.SECRETARY_GENERAL, date).get().personEn());
      out.add(Findings.of(o, Outcome.NOT_APPLICABLE, on,
          "a transitional extension for the holder in office, decided together with the rotation decision;"
              + " rotation begins with the next term",
          h));
    } else {
      Optional<Appointment> previous = previousRotationHolder(facts, date, rotationDecision(facts).get());
      String prevState = previous.map(Appointment::state).orElse(null);
      h.add("previous holder under rotation: "
          + previous.map(a -> a.personEn() + " (" + a.state() + ")").orElse("none"));
      Optional<String> expected = russianOrder(prevState, date, facts);
      h.add("next in Russian alphabetical order: " + expected.orElse("none"));
      out.add(expected.isPresent() && expected.get().equals(nominee)
          ? Findings.of(o, Outcome.SATISFIED, on, nominee + " is next in the rotation", h)
          : Findings.of(o, Outcome.VIOLATED, on,
              nominee + " is out of turn; next in the rotation is " + expected.orElse("none"), h));
    }
    DecisionRules.appendFindings(out, d, facts, on);
    return Verdict.builder()
        .subject("Secretary General appointment: " + person)
        .date(date)
        .findings(out)
        .build();
  }

  /** The first day of the term: the term's start if recorded, else the day of the decision. */
  private static LocalDate termStart(Optional<Period> term, LocalDate decided) {
    return term.map(Period::start).orElse(decided);
  }

  /** The day the rotation decision was taken, from the facts' instrument; a decision binds once taken. */
  private static Optional<LocalDate> rotationDecision(CstoFacts facts) {
    return LawInForce.instrument(facts, Law.SG_ROTATION_DECISION_ID).map(i -> i.signed().firstDay());
  }

  private static Optional<Appointment> previousRotationHolder(
      CstoFacts facts, LocalDate date, LocalDate rotation) {
    Appointment best = null;
    for (Appointment a : facts.appointments()) {
      if (a.office() != Office.SECRETARY_GENERAL || a.acting()) {
        continue;
      }
      LocalDate decided = a.decisionDate().orElse(a.period().start());
      if (!a.period().start().isAfter(rotation) || !decided.isBefore(date)) {
        continue;
      }
      if (best == null || a.period().start().isAfter(best.period().start())) {
        best = a;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Checks a recall of a Secretary General before the end of the term: a Council decision by consensus.
   *
   * @param holder the appointment of the holder recalled, not null
   * @param decision the Council's decision, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict checkRecall(Appointment holder, Decision decision, CstoFacts facts) {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(decision, "decision");
    facts = Answers.checked(facts);
    LocalDate date = decision.date();
    LawInForce.On on = LawInForce.of(facts).onWithWords(date);
    Rule r = Rule.CHARTER_SG_APPOINTMENT_ROTATION_RECALL;
    List<String> f = new ArrayList<>(4);
    f.add("holder: " + holder.personEn() + " (" + holder.state() + ")");
    f.add("in office: " + holder.period());
    f.add("decision: " + decision.body().abbreviation() + " " + date);
    List<Finding> out = new ArrayList<>(5);
    if (!holder.isInOffice(date) && !holder.period().end().equals(Optional.of(date))) {
      out.add(Findings.of(r, Outcome.NOT_APPLICABLE, on, "the person was not in office on " + date, f));
    } else if (decision.body() == Body.COLLECTIVE_SECURITY_COUNCIL
        && DecisionRules.adoption(decision, facts, on) == null) {
      out.add(Findings.of(r, Outcome.INDETERMINATE, on,
          "the Council's decision records no member's position and no outcome: whether it recalled is open",
          f));
    } else if (decision.body() != Body.COLLECTIVE_SECURITY_COUNCIL
        || !DecisionRules.isAdopted(decision, facts, on)) {
      out.add(Findings.of(r, Outcome.VIOLATED, on,
          "a recall needs a decision of the Collective Security Council by consensus", f));
    } else {
      out.add(Findings.of(r, Outcome.SATISFIED, on, "recalled by the Council by consensus", f));
    }
    DecisionRules.appendFindings(out, decision, facts, on);
    return Verdict.builder().subject("Recall of " + holder.personEn()).date(date).findings(out).build();
  }

  /**
   * Checks a chairmanship whose regular session host the record does not give.
   *
   * @param chair the chairmanship, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict checkChairmanship(Chairmanship chair, CstoFacts facts) {
    Objects.requireNonNull(chair, "chair");
    facts = Answers.checked(facts);
    return chairmanship(chair, null, Optional.empty(), facts);
  }

  /**
   * Checks a chairmanship against the state that hosted the regular session at which it began.
   *
   * @param chair the chairmanship, not null
   * @param sessionHost the ISO alpha-2 code of the host of the regular session, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict checkChairmanship(Chairmanship chair, String sessionHost, CstoFacts facts) {
    Objects.requireNonNull(chair, "chair");
    facts = Answers.checked(facts);
    Objects.requireNonNull(sessionHost, "sessionHost");
    return chairmanship(chair, sessionHost, Optional.empty(), facts);
  }

  /**
   * Checks a chairmanship that the Council assigned otherwise than to the session host.
   *
   * @param chair the chairmanship, not null
   * @param sessionHost the ISO alpha-2 code of the host of the regular session, not null
   * @param override the Council's decision on the chairmanship, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict checkChairmanship(
      Chairmanship chair, String sessionHost, Decision override, CstoFacts facts) {
    Objects.requireNonNull(chair, "chair");
    Objects.requireNonNull(override, "override");
    facts = Answers.checked(facts);
    Objects.requireNonNull(sessionHost, "sessionHost");
    return chairmanship(chair, sessionHost, Optional.of(override), facts);
  }

  private static Verdict chairmanship(
      Chairmanship chair, String host, Optional<Decision> override, CstoFacts facts) {
    LocalDate date = chair.period().start();
    LawInForce.On on = LawInForce.of(facts).onWithWords(date);
    List<Finding> out = new ArrayList<>(2);
    Rule r = Rule.CHARTER_13_CSC_COMPOSITION_AND_CHAIR;
    List<String> f = new ArrayList<>(5);
    f.add("chair: " + chair.state() + " " + chair.period() + (chair.fragmentary() ? " (fragmentary)" : ""));
    f.add("regular session host: " + (host == null ? "not recorded" : host));
    override.ifPresent(d -> f.add("Council decision: " + d.body().abbreviation() + " " + d.date()));
    boolean government = chair.chairedBy().isPresent() && chair.chairedBy().get() == Head.HEAD_OF_GOVERNMENT;
    if (government) {
      f.add("chaired by: head of government");
    }
    if (!facts.status(chair.state(), date).isMember()) {
      out.add(Findings.of(r, Outcome.VIOLATED, on, chair.state() + " is not a member on " + date, f));
    } else if (government && !on.has(Law.Amendment.CHARTER_2018)) {
      out.add(Findings.of(r, Outcome.VIOLATED, on,
          "the head of government of " + chair.state() + " chairs, but before Charter Protocol No. 2 is in force"
              + " the Council consists of the heads of state and Art. 13 makes a head of state its Chairman;"
              + " a head of government is accepted as chair only from the Protocol's entry into force",
          f));
    } else if (host == null) {
      out.add(Findings.of(r, Outcome.INDETERMINATE, on, "the host of the regular session is not recorded", f));
    } else if (host.equals(chair.state())) {
      out.add(Findings.of(r, Outcome.SATISFIED, on, government
          ? "the head of government of the session's host state chairs: Charter Protocol No. 2 admits heads of"
              + " government to the Council (whether it also amended the Chair paragraph is not known)"
          : "the head of the session's host state chairs", f));
    } else if (override.isPresent()
        && override.get().body() == Body.COLLECTIVE_SECURITY_COUNCIL
        && override.get().matter() == Matter.CHAIRMANSHIP
        && DecisionRules.isAdopted(override.get(), facts)) {
      out.add(Findings.of(r, Outcome.SATISFIED, on,
          "the Council decided otherwise than the host rule: " + chair.state() + " chairs", f));
    } else {
      out.add(Findings.of(r, Outcome.VIOLATED, on,
          chair.state() + " chairs although " + host + " hosted the session, and no adopted Council decision"
              + " says otherwise",
          f));
    }
    // Rotation in practice
    Rule p = Rule.CHAIRMANSHIP_ROTATION_PRACTICE;
    List<String> g = new ArrayList<>(3);
    Chairmanship previous = null;
    for (Chairmanship c : facts.chairmanships()) {
      if (c.period().start().isBefore(date)
          && (previous == null || c.period().start().isAfter(previous.period().start()))) {
        previous = c;
      }
    }
    if (previous == null) {
      out.add(Findings.of(p, Outcome.NOT_APPLICABLE, on, "no earlier chairmanship is recorded", g));
    } else {
      Optional<String> expected = russianOrder(previous.state(), date, facts);
      g.add("previous chair: " + previous.state());
      g.add("next in Russian alphabetical order: " + expected.orElse("none"));
      out.add(expected.isPresent() && expected.get().equals(chair.state())
          ? Findings.of(p, Outcome.SATISFIED, on, "follows the alphabetical rotation seen in practice", g)
          : Findings.of(p, Outcome.INDETERMINATE, on,
              "departs from the alphabetical rotation seen in practice; no text read fixes that order", g));
    }
    return Verdict.builder()
        .subject("Chairmanship " + chair.id() + " (" + chair.state() + ")")
        .date(date)
        .findings(out)
        .build();
  }
}
