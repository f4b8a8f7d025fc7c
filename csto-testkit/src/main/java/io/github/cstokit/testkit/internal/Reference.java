package io.github.cstokit.testkit.internal;

import io.github.cstokit.model.Framework;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.InstrumentKind;
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

/** Hand-built reference values: the real states and instruments, hypothetical states, event sequences. */
public final class Reference {

  /** 1992-05-15. */
  public static final LocalDate TREATY_SIGNED = LocalDate.of(1992, 5, 15);
  /** 1994-04-20. */
  public static final LocalDate TREATY_IN_FORCE = LocalDate.of(1994, 4, 20);
  /** 2003-09-18. */
  public static final LocalDate CHARTER_IN_FORCE = LocalDate.of(2003, 9, 18);
  /** 2026-12-31. */
  public static final LocalDate HISTORY_END = LocalDate.of(2026, 12, 31);

  private static final String[][] REAL = {
    {"AM", "ARM", "371", "ARM", "Armenia", "Армения"},
    {"AZ", "AZE", "373", "AZE", "Azerbaijan", "Азербайджан"},
    {"BY", "BLR", "370", "BLR", "Belarus", "Белоруссия"},
    {"GE", "GEO", "372", "GRG", "Georgia", "Грузия"},
    {"KG", "KGZ", "703", "KYR", "Kyrgyzstan", "Киргизия"},
    {"KZ", "KAZ", "705", "KZK", "Kazakhstan", "Казахстан"},
    {"RU", "RUS", "365", "RUS", "Russia", "Россия"},
    {"TJ", "TJK", "702", "TAJ", "Tajikistan", "Таджикистан"},
    {"UZ", "UZB", "704", "UZB", "Uzbekistan", "Узбекистан"},
  };

  /** The nine real states. */
  public static final List<State> REAL_STATES;

  /** The hypothetical states, on ISO 3166-1 user-assigned codes. */
  public static final List<State> HYPOTHETICAL_STATES;

  static {
    List<State> real = new ArrayList<>();
    for (String[] r : REAL) {
      real.add(State.builder().isoAlpha2(r[0]).isoAlpha3(r[1]).cowCode(Integer.parseInt(r[2]))
          .cowAbbreviation(r[3]).nameEn(r[4]).nameRu(r[5]).build());
    }
    REAL_STATES = List.copyOf(real);
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

  /** The reference instruments, with the dataset's ids, short names and dates. */
  public static final List<Instrument> INSTRUMENTS =
      List.of(
          instrument("treaty-1992", InstrumentKind.TREATY, "Treaty", "Collective Security Treaty",
              "1992-05-15", "1994-04-20", "1992", null),
          instrument("charter-2002", InstrumentKind.CHARTER, "Charter",
              "Charter of the Collective Security Treaty Organization", "2002-10-07", "2003-09-18",
              "2002", null),
          instrument("peacekeeping-agreement-2007", InstrumentKind.AGREEMENT, "Peacekeeping Agreement",
              "Agreement on the Peacekeeping Activities of the CSTO", "2007-10-06", null, "2007", null),
          instrument("crrf-agreement-2009", InstrumentKind.AGREEMENT, "CRRF Agreement",
              "Agreement on the Collective Rapid Reaction Forces of the CSTO", "2009-06-14",
              "2010-09-10", "2009", null),
          instrument("charter-protocol-2010", InstrumentKind.PROTOCOL, "Charter Amending Protocol",
              "Protocol on Amendments to the Charter of the CSTO", "2010-12-10", "2012-12-19", "2010",
              "charter-2002"));

  private Reference() {}

  private static Instrument instrument(String id, InstrumentKind kind, String shortName, String title,
      String signed, String inForce, String version, String amends) {
    Instrument.Builder b = Instrument.builder();
    b.id(id).kind(kind).shortName(shortName).titleEn(title).signed(PartialDate.parse(signed))
        .version(version).addSource(Scenario.WHAT_IF_SOURCE);
    if (inForce != null) {
      b.entryIntoForce(PartialDate.parse(inForce));
    }
    if (amends != null) {
      b.amendedId(amends);
    }
    return b.build();
  }

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
   * @param anchor true for a state that is a member from 1994-04-20 at the latest and stays one
   * @return the events in order
   */
  public static List<MembershipEvent> sequence(String code, RandomGenerator random, boolean anchor) {
    List<MembershipEvent> out = new ArrayList<>();
    long end = HISTORY_END.toEpochDay();
    long signed = TREATY_SIGNED.toEpochDay();
    long inForce = TREATY_IN_FORCE.toEpochDay();
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
