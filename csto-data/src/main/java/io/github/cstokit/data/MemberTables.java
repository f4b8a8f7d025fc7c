package io.github.cstokit.data;

import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.Framework;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.State;
import io.github.cstokit.model.StatusPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the two member tables of {@link Exports}, one per state and phase: the ATOP-style table
 * (a phase of constant status and participation) and the COW-style file (a run of membership).
 */
final class MemberTables {

  private MemberTables() {}

  /** The rows of {@link Exports#writeAtopMembers(CstoFacts, java.io.Writer)}. */
  static List<List<Object>> atop(CstoFacts data) {
    List<List<Object>> rows = new ArrayList<>();
    for (State state : data.states()) {
      int phase = 0;
      for (StatusPeriod p : data.timeline(state.isoAlpha2()).orElseThrow().periods()) {
        if (!isAtopPhase(p.status())) {
          continue;
        }
        phase++;
        LocalDate start = p.period().start();
        LocalDate last = p.period().lastDay().orElse(null);
        List<Object> row = new ArrayList<>();
        row.add(Exports.ATOP_ID);
        row.add(state.cowCode());
        row.add(state.cowAbbreviation());
        row.add(state.isoAlpha2());
        row.add(phase);
        row.add(p.status().name());
        row.add(p.participation().name());
        row.add(start.toString());
        row.add(last == null ? "" : last.toString());
        row.add(start.getYear());
        row.add(start.getMonthValue());
        row.add(start.getDayOfMonth());
        row.add(last == null ? 0 : last.getYear());
        row.add(last == null ? 0 : last.getMonthValue());
        row.add(last == null ? 0 : last.getDayOfMonth());
        row.add(Framework.on(start).name());
        row.add(p.openedBy().id());
        rows.add(row);
      }
    }
    return rows;
  }

  /** Whether a status is one the ATOP-style table has rows for: SIGNATORY, MEMBER and SUSPENDED. */
  static boolean isAtopPhase(MembershipStatus status) {
    return status == MembershipStatus.SIGNATORY || status == MembershipStatus.MEMBER
        || status == MembershipStatus.SUSPENDED;
  }

  /** The rows of {@link Exports#writeCowMembers(CstoFacts, java.io.Writer)}. */
  static List<List<Object>> cow(CstoFacts data) {
    List<List<Object>> rows = new ArrayList<>();
    for (State state : data.states()) {
      List<StatusPeriod> periods = data.timeline(state.isoAlpha2()).orElseThrow().periods();
      for (int i = 0; i < periods.size(); i++) {
        if (periods.get(i).status() != MembershipStatus.MEMBER) {
          continue;
        }
        LocalDate start = periods.get(i).period().start();
        while (i + 1 < periods.size() && periods.get(i + 1).status() == MembershipStatus.MEMBER) {
          i++;
        }
        LocalDate last = periods.get(i).period().lastDay().orElse(null);
        List<Object> row = new ArrayList<>();
        row.add(Exports.COW_ID);
        row.add(state.cowCode());
        row.add(state.cowAbbreviation());
        row.add(start.getDayOfMonth());
        row.add(start.getMonthValue());
        row.add(start.getYear());
        row.add(last == null ? "" : last.getDayOfMonth());
        row.add(last == null ? "" : last.getMonthValue());
        row.add(last == null ? "" : last.getYear());
        row.add(last == null ? 1 : 0);
        rows.add(row);
      }
    }
    return rows;
  }
}
