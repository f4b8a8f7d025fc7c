package io.github.cstokit.data;

import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.Participation;
import io.github.cstokit.model.State;
import io.github.cstokit.model.StatusPeriod;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of the state-year table of {@link Exports}: one per state and calendar year, with the status
 * at mid-year and at the year's end and the days spent in each status and participation.
 */
final class StateYears {

  private StateYears() {}

  /** The rows of {@link Exports#writeStateYears(CstoFacts, LocalDate, java.io.Writer)}. */
  static List<List<Object>> rows(CstoFacts data, LocalDate asOf) {
    List<List<Object>> rows = new ArrayList<>();
    Optional<LocalDate> first = data.events().stream().map(e -> e.date().firstDay())
        .min(LocalDate::compareTo);
    if (first.isPresent()) {
      for (State state : data.states()) {
        List<StatusPeriod> periods = data.timeline(state.isoAlpha2()).orElseThrow().periods();
        for (int year = first.get().getYear(); year <= asOf.getYear(); year++) {
          rows.add(stateYear(data, state, periods, year, asOf));
        }
      }
    }
    return rows;
  }

  private static List<Object> stateYear(CstoFacts data, State state, List<StatusPeriod> periods, int year,
      LocalDate asOf) {
    String code = state.isoAlpha2();
    LocalDate start = LocalDate.of(year, Month.JANUARY, 1);
    LocalDate yearEnd = LocalDate.of(year, Month.DECEMBER, 31);
    LocalDate last = asOf.isBefore(yearEnd) ? asOf : yearEnd;
    LocalDate mid = LocalDate.of(year, Month.JULY, 1);
    LocalDate endExclusive = last.plusDays(1);
    Map<MembershipStatus, Long> days = new EnumMap<>(MembershipStatus.class);
    for (MembershipStatus s : MembershipStatus.values()) {
      days.put(s, 0L);
    }
    long frozen = 0;
    long observed = start.until(endExclusive, ChronoUnit.DAYS);
    long covered = 0;
    for (StatusPeriod p : periods) {
      LocalDate from = p.period().start().isAfter(start) ? p.period().start() : start;
      LocalDate to = p.period().end().filter(e -> e.isBefore(endExclusive)).orElse(endExclusive);
      if (!from.isBefore(to)) {
        continue;
      }
      long n = from.until(to, ChronoUnit.DAYS);
      days.merge(p.status(), n, Long::sum);
      covered += n;
      if (p.status() == MembershipStatus.MEMBER && p.participation() == Participation.FROZEN) {
        frozen += n;
      }
    }
    // Days no period covers (before a state's first event) are days as a non-party.
    days.merge(MembershipStatus.NOT_PARTY, observed - covered, Long::sum);
    boolean midObserved = !mid.isAfter(last);
    MembershipStatus end = data.status(code, last);
    List<Object> row = new ArrayList<>();
    row.add(state.cowCode());
    row.add(state.cowAbbreviation());
    row.add(code);
    row.add(year);
    row.add(midObserved ? data.status(code, mid).name() : "");
    row.add(midObserved ? data.participation(code, mid).name() : "");
    row.add(end.name());
    row.add(data.participation(code, last).name());
    row.add(data.framework(last).name());
    row.add(end == MembershipStatus.MEMBER ? 1 : 0);
    row.add(days.get(MembershipStatus.NOT_PARTY));
    row.add(days.get(MembershipStatus.SIGNATORY));
    row.add(days.get(MembershipStatus.MEMBER));
    row.add(days.get(MembershipStatus.SUSPENDED));
    row.add(days.get(MembershipStatus.CEASED));
    row.add(days.get(MembershipStatus.MEMBER) - frozen);
    row.add(frozen);
    row.add(observed);
    row.add(last.toString());
    row.add(last.equals(yearEnd) ? 0 : 1);
    return row;
  }
}
