package io.github.cstokit.testkit.internal;

import io.github.cstokit.model.Framework;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.MembershipEventType;
import io.github.cstokit.model.MembershipStatus;
import io.github.cstokit.model.PartialDate;
import io.github.cstokit.model.Scenario;
import io.github.cstokit.model.State;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Hypothetical values: states on user-assigned codes and consistent event records. Real facts are not
 * kept here: they come from the facts given, or for the deprecated no-argument methods from
 * {@link FixedFacts}.
 */
public final class Reference {

  /** The first day of the history by the model: the Treaty's signature ({@link Framework#TREATY}). */
  public static final LocalDate TREATY_SIGNED = Framework.TREATY.signed();
  /** The Treaty's entry into force by the model ({@link Framework#TREATY}). */
  public static final LocalDate TREATY_IN_FORCE = Framework.TREATY.entryIntoForce();
  /** The last day of the history: {@link LawDates#HISTORY_END}. */
  public static final LocalDate HISTORY_END = LawDates.HISTORY_END;

  /** The hypothetical states, on ISO 3166-1 user-assigned codes. */
  public static final List<State> HYPOTHETICAL_STATES;

  static {
    List<State> hypothetical = new ArrayList<>();
    int n = 0;
    for (char first : new char[] {'Q', 'X'}) {
      for (char second = first == 'Q' ? 'M' : 'A'; second <= 'Z'; second++) {
        if (first == 'X' && second == 'K') {
          continue; // XK is in de facto use for Kosovo
        }
        String a2 = "" + first + second;
        hypothetical.add(State.builder().isoAlpha2(a2).isoAlpha3(a2 + "X").cowCode(9001 + n)
            .cowAbbreviation(a2 + "X").nameEn("Hypothetical State " + a2)
            .nameRu("Гипотетическое государство " + a2).build());
        n++;
      }
    }
    HYPOTHETICAL_STATES = List.copyOf(hypothetical);
  }

  private Reference() {}

  /**
   * An event of a hypothetical record.
   *
   * @param code the state
   * @param index the index in the state's record
   * @param type the type
   * @param day the day
   * @return the event
   */
  public static MembershipEvent event(String code, int index, MembershipEventType type, long day) {
    LocalDate date = LocalDate.ofEpochDay(day);
    return MembershipEvent.builder().id(code + "-" + index).state(code).type(type)
        .date(PartialDate.of(date)).framework(Framework.on(date)).addSource(Scenario.WHAT_IF_SOURCE)
        .build();
  }

  /**
   * A consistent event record: every status-changing event changes the status, as
   * {@link io.github.cstokit.model.MembershipTimeline} derives it, and the days increase.
   *
   * @param code the state
   * @param random the random source
   * @param anchor true for a state that is a member from the Treaty's entry into force at the latest and
   *     stays one
   * @return the events in order
   */
  public static List<MembershipEvent> sequence(String code, RandomGenerator random, boolean anchor) {
    return sequence(code, random, anchor, TREATY_SIGNED, TREATY_IN_FORCE);
  }

  /**
   * A consistent event record, as {@link #sequence(String, RandomGenerator, boolean)}, for a Treaty
   * signed and in force on the given days.
   *
   * @param code the state
   * @param random the random source
   * @param anchor true for a state that is a member from {@code treatyInForce} at the latest and stays one
   * @param treatySigned the first day of the history
   * @param treatyInForce the Treaty's entry into force, after {@code treatySigned}
   * @return the events in order
   */
  public static List<MembershipEvent> sequence(String code, RandomGenerator random, boolean anchor,
      LocalDate treatySigned, LocalDate treatyInForce) {
    List<MembershipEvent> out = new ArrayList<>();
    long end = HISTORY_END.toEpochDay();
    long signed = treatySigned.toEpochDay();
    long inForce = Math.max(treatyInForce.toEpochDay(), signed + 1);
    long day = anchor ? random.nextLong(signed, inForce) : random.nextLong(signed, signed + 15 * 365);
    out.add(event(code, out.size(),
        random.nextBoolean() ? MembershipEventType.SIGNATURE : MembershipEventType.ACCESSION, day));
    if (!anchor && random.nextInt(3) == 0) {
      day += 1 + random.nextInt(200);
      out.add(event(code, out.size(), MembershipEventType.RATIFICATION, day));
    }
    day = anchor ? random.nextLong(day + 1, inForce + 1) : day + 1 + random.nextInt(700);
    out.add(event(code, out.size(), MembershipEventType.ENTRY_INTO_FORCE, day));
    MembershipStatus status = MembershipStatus.MEMBER;
    boolean frozen = false;
    int steps = random.nextInt(5);
    for (int step = 0; step < steps; step++) {
      day += 30 + random.nextInt(3000);
      if (day > end) {
        break;
      }
      switch (status) {
        case MEMBER:
          int choice = random.nextInt(anchor ? 3 : 7);
          if (choice == 0) {
            out.add(event(code, out.size(), MembershipEventType.EXTENSION, day));
          } else if (choice == 1) {
            out.add(event(code, out.size(), MembershipEventType.NOTIFICATION, day));
          } else if (choice == 2) {
            if (!frozen) {
              out.add(event(code, out.size(), MembershipEventType.FREEZE_DECLARED, day));
              frozen = true;
            }
          } else if (choice == 3) {
            out.add(event(code, out.size(), MembershipEventType.SUSPENSION_DECISION, day));
            status = MembershipStatus.SUSPENDED;
          } else if (choice == 4) {
            out.add(event(code, out.size(), MembershipEventType.WITHDRAWAL_NOTICE, day));
            long effective = day + 183 + random.nextInt(200);
            if (effective <= end) {
              day = effective;
              out.add(event(code, out.size(), MembershipEventType.WITHDRAWAL_EFFECTIVE, day));
              status = MembershipStatus.CEASED;
            }
          } else if (choice == 5) {
            out.add(event(code, out.size(), MembershipEventType.EXPULSION, day));
            status = MembershipStatus.CEASED;
          } else {
            out.add(event(code, out.size(), MembershipEventType.NON_RENEWAL, day));
            status = MembershipStatus.CEASED;
          }
          break;
        case SUSPENDED:
          if (random.nextInt(3) == 0) {
            out.add(event(code, out.size(), MembershipEventType.EXPULSION, day));
            status = MembershipStatus.CEASED;
          } else {
            out.add(event(code, out.size(), MembershipEventType.RESTORATION_DECISION, day));
            status = MembershipStatus.MEMBER;
          }
          frozen = false;
          break;
        case CEASED:
          out.add(event(code, out.size(), MembershipEventType.ACCESSION, day));
          status = MembershipStatus.SIGNATORY;
          break;
        default: // SIGNATORY
          out.add(event(code, out.size(), MembershipEventType.ADMISSION_DECISION, day));
          status = MembershipStatus.MEMBER;
          frozen = false;
          break;
      }
    }
    return Collections.unmodifiableList(out);
  }
}
