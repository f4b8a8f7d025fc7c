package io.github.cstokit.data.internal.read;

import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Terms of office and chairmanships as the files write them, closed (first and last day included), and
 * their conversion to the model's half-open periods, group by group. Not thread-safe.
 */
public final class Terms {

  /** A term before conversion: the record's id, place and group (an office, say), first and last day. */
  private record Term(String id, Where at, String group, LocalDate start, LocalDate lastDay) {}

  private final List<Term> terms = new ArrayList<>();
  private final boolean untilNext;
  private final LocalDate dataAsOf;

  /**
   * Starts collecting terms.
   *
   * @param untilNext whether a term without an end lasts until the next term's start
   * @param dataAsOf the dataset's last date, or null
   */
  public Terms(boolean untilNext, LocalDate dataAsOf) {
    this.untilNext = untilNext;
    this.dataAsOf = dataAsOf;
  }

  /**
   * Adds a record's term, if its start and end are valid.
   *
   * @param at the record, not null
   * @param id the record's id, or null after a problem
   * @param group the group the term belongs to, or null after a problem
   * @param start the first day, or null after a problem
   * @param end the last day, or null
   */
  public void add(Where at, String id, String group, PartialDate start, PartialDate end) {
    if (!at.ok()) {
      return;
    }
    if (dataAsOf != null && start.firstDay().isAfter(dataAsOf)) {
      at.at("start").problem(start + " is after the dataset's dataAsOf " + dataAsOf);
    } else if (end != null && end.firstDay().isBefore(start.firstDay())) {
      at.at("end").problem(end + " is before the start " + start);
    } else {
      terms.add(new Term(id, at, group, start.firstDay(), end == null ? null : end.firstDay()));
    }
  }

  /**
   * Converts the terms. When one term's last day is the next term's first day, the later start holds that
   * day. A term without an end is open, or, if {@code untilNext}, lasts until the next term's start.
   * Overlaps are problems.
   *
   * @return the periods by the pointer of their record
   */
  public Map<String, Period> periods() {
    Map<String, List<Term>> byGroup = new TreeMap<>();
    for (Term t : terms) {
      byGroup.computeIfAbsent(t.group(), g -> new ArrayList<>()).add(t);
    }
    Map<String, Period> periods = new HashMap<>();
    for (List<Term> group : byGroup.values()) {
      group.sort(Comparator.comparing(Term::start).thenComparing(Term::id));
      Term previous = null;
      LocalDate previousEnd = null;
      for (int i = 0; i < group.size(); i++) {
        Term t = group.get(i);
        Term next = i + 1 < group.size() ? group.get(i + 1) : null;
        LocalDate end;
        if (t.lastDay() != null) {
          end = next != null && next.start().equals(t.lastDay()) ? t.lastDay() : t.lastDay().plusDays(1);
        } else {
          end = untilNext && next != null ? next.start() : null;
        }
        if (previous != null && (previousEnd == null || previousEnd.isAfter(t.start()))) {
          t.at().problem("overlaps '" + previous.id() + "' (" + previous.start() + " to "
              + (previous.lastDay() == null ? "open" : previous.lastDay().toString()) + ")");
        } else if (end != null && !end.isAfter(t.start())) {
          t.at().problem("overlaps '" + next.id() + "', which starts on its only day " + t.start());
        } else {
          periods.put(t.at().pointer(), end == null ? Period.startingOn(t.start()) : Period.of(t.start(), end));
        }
        previous = t;
        previousEnd = end;
      }
    }
    return periods;
  }
}
