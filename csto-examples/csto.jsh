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

/** A state's status and participation on a date. */
record StatusOn(String state, LocalDate date, MembershipStatus status, Participation participation) {
  @Override
  public String toString() {
    return state + " on " + date + ": " + status + ", participation " + participation;
  }
}

/** The member states on a date, frozen or not. */
SortedSet<State> members(LocalDate date) {
  return data.members(date);
}

/** A state's status and participation on a date, such as status("AM", LocalDate.of(2025, 1, 1)). */
StatusOn status(String code, LocalDate date) {
  String c = code.toUpperCase(Locale.ROOT);
  return new StatusOn(c, date, data.status(c, date), data.participation(c, date));
}

/** A state's statuses over time. */
List<StatusPeriod> timeline(String code) {
  return data.timeline(code.toUpperCase(Locale.ROOT)).map(MembershipTimeline::periods).orElse(List.of());
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
        check(kazakhstan2022())                      check a Mandate or a Decision, print the verdict
        whatIf(kazakhstan2022(), kazakhstan2022().withoutRequest())
                                                     the difference first: outcome and changed findings
        data                                         the dataset: data.chair(d), data.secretaryGeneral(d), ...
      """.formatted(data.version(), data.dataAsOf()));
}
