// csto-kit start-up script for jshell. Open it with (from the repository root, after the build):
//   jshell --module-path csto-examples/target/lib --add-modules io.github.cstokit.data,io.github.cstokit.rules --startup DEFAULT --startup csto-examples/csto.jsh
// Type help() for the helpers.

import io.github.cstokit.data.*;
import io.github.cstokit.model.*;
import io.github.cstokit.rules.*;
import java.time.LocalDate;
import java.util.*;

/** The bundled dataset: the facts every helper answers from. */
CstoDataset data = CstoData.bundled();

/**
 * A state's status and participation on a date; for a date beyond the data date, the answer is the last
 * one recorded and says so.
 */
record StatusOn(String state, LocalDate date, MembershipStatus status, Participation participation,
    boolean covered) {
  @Override
  public String toString() {
    return (covered ? "" : date + " is beyond the data date " + data.dataAsOf() + "; as last recorded: ")
        + state + " on " + (covered ? date : data.dataAsOf()) + ": " + status + ", participation "
        + participation;
  }
}

/** The member states on a date, frozen or not. */
SortedSet<State> members(LocalDate date) {
  return data.members(date);
}

/**
 * A state's status and participation on a date, such as status("AM", LocalDate.of(2025, 1, 1)); the state
 * by its code in any case or its English or Russian name, status("Армения", ...).
 */
StatusOn status(String codeOrName, LocalDate date) {
  String c = data.requireState(codeOrName).isoAlpha2();
  LocalDate asOf = data.covers(date) ? date : data.dataAsOf();
  return new StatusOn(c, date, data.status(c, asOf), data.participation(c, asOf), data.covers(date));
}

/** A state's statuses over time, the state by code or name. */
List<StatusPeriod> timeline(String codeOrName) {
  return data.timeline(data.requireState(codeOrName).isoAlpha2()).orElseThrow().periods();
}

/** The whole of a year, as a half-open period. */
Period year(int year) {
  return Period.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
}

/** The sessions of the statutory bodies in a year, such as sessions(2022). */
List<Session> sessions(int year) {
  return data.sessions(year(year));
}

/** A session by id, such as session("csc-2022-11-23"), and the decisions taken there. */
Session session(String id) {
  Session s = data.session(id).orElseThrow(() -> new IllegalArgumentException("no session " + id));
  s.decisionIds().forEach(d -> System.out.println("  " + data.decision(d).orElseThrow()));
  return s;
}

/** The exercises and operations with an edition in a year, each with those editions. */
Map<String, List<ActivityEdition>> activities(int year) {
  Map<String, List<ActivityEdition>> map = new LinkedHashMap<>();
  data.activities(year(year)).forEach(a -> map.put(a.name(), a.editions(year(year))));
  return map;
}

/** The observer and partner statuses held on a date (the Parliamentary Assembly's observers among them). */
List<ObserverStatus> observers(LocalDate date) {
  return data.observers(date);
}

/** The provisions whose words were read, each with its record id, citation and source. */
List<ProvisionText> provisions() {
  return data.provisions();
}

/**
 * The words of a provision, by the id of its record, such as provision("treaty-art-4-1992"), or by a
 * citation, provision("Treaty Art. 4 [1992]"); prints the passages and the English rendering.
 */
ProvisionText provision(String idOrCitation) {
  ProvisionText p = data.provision(idOrCitation)
      .or(() -> idOrCitation.contains(" ") ? data.provision(Citation.parse(idOrCitation)) : Optional.empty())
      .orElseThrow(() -> new IllegalArgumentException("no provision " + idOrCitation + "; see provisions()"));
  p.passages().forEach(w -> System.out.println("  " + w));
  p.english().ifPresent(e -> System.out.println("  English: " + e));
  return p;
}

/**
 * The Kazakhstan deployment of January 2022, as recorded (the dataset's mandate kz-2022-peacekeeping). The
 * record reports the Council's decision as adopted without listing members' positions; the rules read
 * that, under consensus, as a decision no member objected to.
 */
Mandate kazakhstan2022() {
  return data.mandate("kz-2022-peacekeeping").orElseThrow();
}

/** Checks a mandate against the rules, prints the explanation and returns the verdict. */
Verdict check(Mandate mandate) {
  Verdict v = MandateRules.check(mandate, data);
  System.out.print(v.explain());
  return v;
}

/** Checks a decision against the rules, prints the explanation and returns the verdict. */
Verdict check(Decision decision) {
  Verdict v = DecisionRules.check(decision, data);
  System.out.print(v.explain());
  return v;
}

/** Compares two verdicts (real and changed facts), prints the changed findings and returns the comparison. */
WhatIf whatIf(Verdict before, Verdict after) {
  WhatIf w = WhatIf.between(before, after);
  System.out.print(w.explain());
  return w;
}

/**
 * Checks a mandate and a changed copy of it without printing either verdict, then prints the difference
 * first (the outcome and the changed findings) and returns the comparison; w.after() is the full verdict.
 */
WhatIf whatIf(Mandate before, Mandate after) {
  WhatIf w = WhatIf.between(MandateRules.check(before, data), MandateRules.check(after, data));
  System.out.print(w.explain());
  return w;
}

/** As whatIf(Mandate, Mandate), for a decision and a changed copy of it. */
WhatIf whatIf(Decision before, Decision after) {
  WhatIf w = WhatIf.between(DecisionRules.check(before, data), DecisionRules.check(after, data));
  System.out.print(w.explain());
  return w;
}

void help() {
  System.out.println("""
      csto-kit helpers (dataset %s, data as of %s):
        members(LocalDate.of(2013, 1, 1))            the member states on a date
        status("AM", LocalDate.of(2025, 1, 1))       status and participation on a date
        timeline("UZ")                               a state's statuses over time
        sessions(2022)                               the sessions of a year
        session("csc-2022-11-23")                    a session and the decisions taken there
        activities(2023)                             the exercises and operations of a year, by edition
        observers(LocalDate.of(2020, 1, 1))          the observer statuses held on a date
        provisions()                                 the provisions whose words were read
        provision("treaty-art-4-1992")               the words of one, by id or by citation
        check(kazakhstan2022())                      check a Mandate or a Decision, print the verdict
        whatIf(kazakhstan2022(), kazakhstan2022().withoutRequest())
                                                     the difference first: outcome and changed findings
        data                                         the dataset: data.chair(d), data.secretaryGeneral(d), ...
      """.formatted(data.version(), data.dataAsOf()));
}
