package io.github.cstokit.rules;

import io.github.cstokit.model.Addressee;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Citation;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.InstrumentIds;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.RequestForm;
import io.github.cstokit.model.StatusAction;
import io.github.cstokit.model.StatusApplication;
import io.github.cstokit.model.StatusCriterion;
import io.github.cstokit.model.StatusDecision;
import io.github.cstokit.model.StatusKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks of observer and partner status: the application and the Council's decision under Charter Art. 21
 * ({@link Rule#CHARTER_21_OBSERVER_STATUS}) and the applicant's criteria under the 2018 Regulations
 * ({@link Rule#OBSERVER_REGULATIONS_CRITERIA}, {@link Rule#PARTNER_REGULATIONS_CRITERIA}).
 *
 * <p><b>Charter Art. 21</b>, 2002 wording (read in full): observer status may be granted to a state that
 * is not a member, or to an international organization, on its official written request addressed to the
 * Secretary General; the Council decides to grant, suspend or annul it. The wording governs from the
 * Charter's entry into force until that of Protocol No. 3 (2021-01-19 in the bundled facts), which sets
 * out Chapter VII anew; that wording was not read, so from then on the findings are
 * {@link Outcome#INDETERMINATE} and cite the Protocol. A request must precede the grant it supports: an
 * application dated after the decision gives {@link Outcome#VIOLATED}. Who decides on partner status was
 * not read, so partner decisions are judged on the criteria only.
 *
 * <p><b>The criteria</b> (para 1.3 of each Regulation, read in part in the unofficial CSTO translation)
 * are judged as the application records them ({@link StatusApplication#criteriaMet()},
 * {@link StatusApplication#criteriaNotMet()}): one not met gives VIOLATED, one not recorded
 * INDETERMINATE. The rest of the Regulations was not read, so SATISFIED means "as far as read". The
 * Regulations were adopted on 2018-11-08 and no entry into force is known: until the facts give one, the
 * criteria findings are INDETERMINATE, saying what the record shows.
 *
 * <pre>{@code
 * // A non-member's official written request to the Secretary General, made in 2015:
 * StatusRules.checkApplication(application, data).outcome();   // SATISFIED (Regulations not yet adopted)
 * StatusRules.checkDecision(grant, data).finding(Rule.CHARTER_21_OBSERVER_STATUS);   // the Council's grant
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: it has no state.
 */
public final class StatusRules {

  /** Instrument id of Charter Protocol No. 3, which sets out Chapter VII anew. */
  static final String PROTOCOL_3_ID = InstrumentIds.CHARTER_PROTOCOL_2018_3;
  /** Instrument id of the 2018 Observer Regulations. */
  static final String OBSERVER_REGULATIONS_ID = InstrumentIds.OBSERVER_REGULATIONS;
  /** Instrument id of the 2018 Partner Regulations. */
  static final String PARTNER_REGULATIONS_ID = InstrumentIds.PARTNER_REGULATIONS;

  private StatusRules() {}

  /**
   * Checks an application for observer or partner status on its date: for observer status its form,
   * addressee and applicant under Charter Art. 21, then the Regulations' criteria.
   *
   * @param application the application, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict checkApplication(StatusApplication application, CstoFacts facts) {
    Objects.requireNonNull(application, "application");
    facts = Answers.checked(facts);
    LawInForce law = LawInForce.of(facts);
    List<Finding> out = new ArrayList<>(2);
    if (application.status() == StatusKind.OBSERVER) {
      out.add(application21(application, facts, law));
    }
    out.add(criteria(application, facts, law));
    return Verdict.builder()
        .subject("Application " + application.id() + " (" + application.applicant() + ", "
            + application.status() + ")")
        .date(application.date()).findings(out).wordsFrom(facts).build();
  }

  /**
   * Checks a decision on observer or partner status on its date: for observer status the deciding body
   * and, for a grant, the request that must precede it (Charter Art. 21); for a grant, the application it
   * answers is judged too. The application is the one the decision names, or else the applicant's latest
   * application for the status on or before the decision (or, if there is none, its first one after).
   *
   * @param decision the decision, not null
   * @param facts the facts, not null
   * @return the verdict, not null
   */
  public static Verdict checkDecision(StatusDecision decision, CstoFacts facts) {
    Objects.requireNonNull(decision, "decision");
    facts = Answers.checked(facts);
    LawInForce law = LawInForce.of(facts);
    Optional<StatusApplication> application = application(decision, facts);
    List<Finding> out = new ArrayList<>(3);
    if (decision.status() == StatusKind.OBSERVER) {
      out.add(decision21(decision, application, facts, law));
    }
    if (decision.action() == StatusAction.GRANT) {
      if (application.isPresent()) {
        if (decision.status() == StatusKind.OBSERVER) {
          out.add(application21(application.get(), facts, law));
        }
        out.add(criteria(application.get(), facts, law));
      } else {
        Rule r = criteriaRule(decision.status());
        List<String> f = new ArrayList<>(2);
        f.add("applicant: " + decision.applicant());
        f.add("application: not recorded");
        String regulations = decision.status() == StatusKind.OBSERVER
            ? OBSERVER_REGULATIONS_ID : PARTNER_REGULATIONS_ID;
        // Before the Regulations were adopted their criteria did not exist; while they are not shown in
        // force, that is said too.
        LawInForce.Standing standing = law.standing(regulations, decision.date());
        String none = "no application is recorded, so the applicant's criteria cannot be judged";
        out.add(standing == LawInForce.Standing.NOT_YET_SIGNED
            ? InForce.of(r, Outcome.NOT_APPLICABLE, r.citationsForMask(0), r.basis(),
                law.explain(regulations, decision.date()), f)
            : InForce.of(r, Outcome.INDETERMINATE, r.citationsForMask(0), r.basis(),
                standing == LawInForce.Standing.IN_FORCE ? none
                    : law.explain(regulations, decision.date()) + "; " + none,
                f));
      }
    } else if (decision.status() == StatusKind.PARTNER) {
      Rule r = Rule.PARTNER_REGULATIONS_CRITERIA;
      List<String> f = new ArrayList<>(2);
      f.add("applicant: " + decision.applicant());
      f.add("action: " + decision.action());
      out.add(InForce.of(r, Outcome.NOT_APPLICABLE, r.citationsForMask(0), r.basis(),
          "the criteria concern the grant of partner status; how it is suspended or annulled was not read", f));
    }
    return Verdict.builder()
        .subject("Status decision " + decision.id() + " (" + decision.action() + " " + decision.status()
            + " to " + decision.applicant() + ")")
        .date(decision.date()).findings(out).wordsFrom(facts).build();
  }

  /** The citations of Art. 21 on a date: the 2002 wording, or Protocol No. 3 once it is in force. */
  private static List<Citation> cites21(LocalDate date, LawInForce law) {
    return List.of(law.standing(PROTOCOL_3_ID, date) == LawInForce.Standing.IN_FORCE
        ? Law.Provision.CHARTER_PROTOCOL_3.cite(0)
        : Law.Provision.CHARTER_21.cite(0));
  }

  /**
   * The finding when Art. 21 in its 2002 wording does not govern on the date: the Charter not yet in force,
   * or Chapter VII set out anew by Protocol No. 3; empty when the 2002 wording governs.
   */
  private static Optional<Finding> notUnder2002Wording(LocalDate date, LawInForce law, List<String> f) {
    Rule r = Rule.CHARTER_21_OBSERVER_STATUS;
    List<Citation> cites = cites21(date, law);
    Optional<Finding> charter = InForce.guard(r, cites, InstrumentIds.CHARTER, date, law, f);
    if (charter.isPresent()) {
      return charter;
    }
    if (law.standing(PROTOCOL_3_ID, date) == LawInForce.Standing.IN_FORCE) {
      return Optional.of(InForce.of(r, Outcome.INDETERMINATE, cites, r.basis(),
          "Chapter VII as set out anew by Charter Protocol No. 3 governs on " + date + " ("
              + law.explain(PROTOCOL_3_ID, date) + "); its wording was not read",
          f));
    }
    return Optional.empty();
  }

  private static Finding application21(StatusApplication a, CstoFacts facts, LawInForce law) {
    Rule r = Rule.CHARTER_21_OBSERVER_STATUS;
    LocalDate date = a.date();
    List<String> f = new ArrayList<>(6);
    f.add("application: " + a.id() + " of " + date);
    f.add("applicant: " + a.applicant() + (a.isState() ? "" : " (an international organization)"));
    MembershipStatus status = a.isState() ? facts.status(a.applicant(), date) : MembershipStatus.NOT_PARTY;
    if (a.isState()) {
      f.add("status: " + status);
    }
    f.add("form: " + a.form().map(Object::toString).orElse("not recorded"));
    f.add("addressee: " + a.addressee().map(Object::toString).orElse("not recorded"));
    Optional<Finding> other = notUnder2002Wording(date, law, f);
    if (other.isPresent()) {
      return other.get();
    }
    List<String> wrong = new ArrayList<>(3);
    List<String> open = new ArrayList<>(2);
    if (status.isMember()) {
      wrong.add(a.applicant() + " is a member on " + date + "; observer status is for a state that is not one");
    }
    if (a.form().isEmpty()) {
      open.add("the form of the request is not recorded");
    } else if (a.form().get() != RequestForm.OFFICIAL_WRITTEN) {
      wrong.add("the request is not an official written request");
    }
    if (a.addressee().isEmpty()) {
      open.add("its addressee is not recorded");
    } else if (a.addressee().get() != Addressee.SECRETARY_GENERAL) {
      wrong.add("the request is addressed to the " + a.addressee().get() + ", not to the Secretary General");
    }
    List<Citation> cites = cites21(date, law);
    if (!wrong.isEmpty()) {
      return InForce.of(r, Outcome.VIOLATED, cites, r.basis(), String.join("; ", wrong), f);
    }
    if (!open.isEmpty()) {
      return InForce.of(r, Outcome.INDETERMINATE, cites, r.basis(), String.join("; ", open), f);
    }
    return InForce.of(r, Outcome.SATISFIED, cites, r.basis(),
        "an official written request addressed to the Secretary General by "
            + (a.isState() ? "a state that is not a member" : "an international organization"),
        f);
  }

  private static Finding decision21(
      StatusDecision d, Optional<StatusApplication> application, CstoFacts facts, LawInForce law) {
    Rule r = Rule.CHARTER_21_OBSERVER_STATUS;
    LocalDate date = d.date();
    List<String> f = new ArrayList<>(6);
    f.add("decision: " + d.id() + " " + d.body().abbreviation() + " " + date);
    f.add("action: " + d.action());
    f.add("applicant: " + d.applicant());
    if (d.action() == StatusAction.GRANT) {
      f.add("application: " + application.map(a -> a.id() + " of " + a.date()).orElse("not recorded"));
    }
    Optional<Finding> other = notUnder2002Wording(date, law, f);
    if (other.isPresent()) {
      return other.get();
    }
    List<Citation> cites = cites21(date, law);
    if (d.body() != Body.COLLECTIVE_SECURITY_COUNCIL) {
      return InForce.of(r, Outcome.VIOLATED, cites, r.basis(),
          "decided by the " + d.body().nameEn() + "; the Council decides to grant, suspend or annul observer"
              + " status",
          f);
    }
    if (d.isState() && facts.status(d.applicant(), date).isMember()) {
      return InForce.of(r, Outcome.VIOLATED, cites, r.basis(),
          d.applicant() + " is a member on " + date + "; observer status is for a state that is not one", f);
    }
    if (d.action() == StatusAction.GRANT) {
      if (application.isEmpty()) {
        return InForce.of(r, Outcome.INDETERMINATE, cites, r.basis(),
            "granted by the Council, but no application is recorded: whether a request preceded it is open", f);
      }
      LocalDate asked = application.get().date();
      if (asked.isAfter(date)) {
        return InForce.of(r, Outcome.VIOLATED, cites, r.basis(),
            "the application of " + asked + " comes after the decision; the request must precede the grant", f);
      }
      return InForce.of(r, Outcome.SATISFIED, cites, r.basis(),
          "granted by the Council on the application of " + asked, f);
    }
    Optional<StatusDecision> grant = lastGrant(d, facts);
    f.add("granted: " + grant.map(g -> g.id() + " of " + g.date()).orElse("not recorded"));
    if (grant.isEmpty()) {
      return InForce.of(r, Outcome.INDETERMINATE, cites, r.basis(),
          "decided by the Council, but no grant of observer status to " + d.applicant() + " is recorded", f);
    }
    return InForce.of(r, Outcome.SATISFIED, cites, r.basis(),
        (d.action() == StatusAction.SUSPEND ? "suspended" : "annulled") + " by the Council", f);
  }

  private static Rule criteriaRule(StatusKind kind) {
    return kind == StatusKind.OBSERVER ? Rule.OBSERVER_REGULATIONS_CRITERIA : Rule.PARTNER_REGULATIONS_CRITERIA;
  }

  private static Finding criteria(StatusApplication a, CstoFacts facts, LawInForce law) {
    Rule r = criteriaRule(a.status());
    String regulations = a.status() == StatusKind.OBSERVER ? OBSERVER_REGULATIONS_ID : PARTNER_REGULATIONS_ID;
    LocalDate date = a.date();
    List<Citation> cites = r.citationsForMask(0);
    Set<StatusCriterion> asked = EnumSet.noneOf(StatusCriterion.class);
    for (StatusCriterion c : StatusCriterion.values()) {
      if (c.status() == a.status()) {
        asked.add(c);
      }
    }
    List<String> notMet = new ArrayList<>(asked.size());
    List<String> open = new ArrayList<>(asked.size());
    List<String> met = new ArrayList<>(asked.size());
    for (StatusCriterion c : asked) {
      if (a.criteriaNotMet().contains(c)) {
        notMet.add(c.toString());
      } else if (a.criteriaMet().contains(c)) {
        met.add(c.toString());
      } else {
        open.add(c.toString());
      }
    }
    List<String> f = new ArrayList<>(6);
    f.add("application: " + a.id() + " of " + date);
    f.add("applicant: " + a.applicant() + (a.isState() ? "" : " (an international organization)"));
    f.add("criteria met: " + Findings.join(met));
    f.add("criteria not met: " + Findings.join(notMet));
    f.add("criteria not recorded: " + Findings.join(open));
    if (a.status() == StatusKind.OBSERVER) {
      f.add("members on " + date + ": " + Findings.codes(facts.members(date)));
    }
    String record = !notMet.isEmpty() ? "the applicant does not meet " + String.join(", ", notMet)
        : !open.isEmpty() ? "the record does not say whether the applicant meets " + String.join(", ", open)
        : "the applicant meets the criteria of para 1.3 as far as read";
    LawInForce.Standing standing = law.standing(regulations, date);
    if (standing == LawInForce.Standing.NOT_YET_SIGNED) {
      return InForce.of(r, Outcome.NOT_APPLICABLE, cites, r.basis(), law.explain(regulations, date), f);
    }
    if (standing != LawInForce.Standing.IN_FORCE) {
      return InForce.of(r, Outcome.INDETERMINATE, cites, r.basis(),
          law.explain(regulations, date) + "; as recorded, " + record, f);
    }
    if (!notMet.isEmpty()) {
      return InForce.of(r, Outcome.VIOLATED, cites, r.basis(), record + " (para 1.3)", f);
    }
    if (a.status() == StatusKind.OBSERVER && !a.isState()) {
      return InForce.of(r, Outcome.INDETERMINATE, cites, r.basis(),
          "the criteria read are written for a state; how they apply to an international organization was"
              + " not read",
          f);
    }
    if (!open.isEmpty()) {
      return InForce.of(r, Outcome.INDETERMINATE, cites, r.basis(), record, f);
    }
    return InForce.of(r, Outcome.SATISFIED, cites, r.basis(),
        record + "; the rest of the Regulation was not read", f);
  }

  /** The application a decision answers: named, or the applicant's latest on or before, or first after. */
  private static Optional<StatusApplication> application(StatusDecision d, CstoFacts facts) {
    List<StatusApplication> all =
        Answers.required(facts.statusApplications(), "statusApplications");
    if (d.applicationId().isPresent()) {
      for (StatusApplication a : all) {
        if (a.id().equals(d.applicationId().get())) {
          return Optional.of(a);
        }
      }
      return Optional.empty();
    }
    StatusApplication before = null;
    StatusApplication after = null;
    for (StatusApplication a : all) {
      if (!a.applicant().equals(d.applicant()) || a.status() != d.status()) {
        continue;
      }
      if (!a.date().isAfter(d.date())) {
        if (before == null || !a.date().isBefore(before.date())) {
          before = a;
        }
      } else if (after == null || a.date().isBefore(after.date())) {
        after = a;
      }
    }
    return Optional.ofNullable(before != null ? before : after);
  }

  /** The latest grant by the Council of the same status to the same applicant before the decision. */
  private static Optional<StatusDecision> lastGrant(StatusDecision d, CstoFacts facts) {
    StatusDecision last = null;
    for (StatusDecision g : Answers.required(facts.statusDecisions(), "statusDecisions")) {
      if (g.action() == StatusAction.GRANT && g.status() == d.status() && g.applicant().equals(d.applicant())
          && g.body() == Body.COLLECTIVE_SECURITY_COUNCIL && g.date().isBefore(d.date())
          && (last == null || !g.date().isBefore(last.date()))) {
        last = g;
      }
    }
    return Optional.ofNullable(last);
  }
}
