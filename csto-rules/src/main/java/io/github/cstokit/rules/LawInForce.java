package io.github.cstokit.rules;

import io.github.cstokit.model.Citation;
import io.github.cstokit.model.CstoFacts;
import io.github.cstokit.model.InForceStatus;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.InstrumentKind;
import io.github.cstokit.model.ProvisionText;
import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The one place that decides whether an instrument, and which text of an amended provision, applies on a
 * date. Every date comes from the facts' instruments (signature, entry into force, the instrument amended):
 * an instrument binds from its entry into force, never from its signature, and an amending protocol
 * changes the text of the articles it replaces from its own entry into force.
 *
 * <p>A decision or set of regulations of a Council ({@link InstrumentKind#DECISION},
 * {@link InstrumentKind#REGULATIONS}) for which the facts give no entry into force applies from the day it
 * was taken, its {@link Instrument#signed()} date, unless the record says its entry into force is not
 * established ({@link Instrument#inForceStatus()} {@link InForceStatus#NOT_ESTABLISHED}): then it is not
 * shown to be in force, as the record says. Every other instrument applies only from a recorded entry
 * into force. Before the signature (or adoption) the instrument did not exist; between the
 * signature and a recorded entry into force, or with no entry into force recorded, it is not shown to be
 * in force. Where a date is known only to the month or year and the day judged falls within it, the
 * instrument is not shown to exist on that day.
 *
 * <p>An instance belongs to one facts object and is made per check; no instance outlives the check that
 * made it. What the facts answered about an instrument is kept in a table shared by the checks on the
 * same facts (which are immutable): the facts are asked once per id, and the table holds the instruments
 * read, never the facts, whose identity it keeps only weakly; it keeps likewise the words of the
 * provisions each finding's citations cite ({@link #words(CstoFacts, List)}). How each instrument stands
 * on a check's date is worked out once per check ({@link On}). An instance is used by the thread of its
 * check only; the table it shares is thread-safe.
 */
final class LawInForce {

  /** How an instrument stands on a date. */
  enum Standing {
    /** The facts do not know the instrument: it is not shown to exist. */
    UNKNOWN,
    /** The date is before the instrument's signature: it did not yet exist. */
    NOT_YET_SIGNED,
    /** Signed on or before the date, but no entry into force on or before the date is known. */
    NOT_SHOWN_IN_FORCE,
    /** In force on the date by the facts. */
    IN_FORCE
  }

  private static final Law.Amendment[] AMENDMENTS = Law.Amendment.values();

  private final CstoFacts facts;
  /** What these facts answered, shared by the checks on the same facts. */
  private final Table table;

  private LawInForce(CstoFacts facts, Table table) {
    this.facts = facts;
    this.table = table;
  }

  /**
   * What one facts object answered about instruments: the first day of each amendment and each instrument
   * asked about, with the days that decide its standing; and the words of the provisions each list of
   * citations a finding gave cites. It holds values read from the facts (their instruments and provision
   * texts), never the facts themselves. The facts are immutable ({@link CstoFacts}), so every check on them
   * may share it; thread-safe.
   */
  private static final class Table {
    /** How many instruments a table keeps; an id asked beyond them is asked of the facts each time. */
    private static final int KEPT = 64;
    /**
     * How many lists of citations a table keeps the words of; the rules give fewer (one list per rule and
     * amendments in force), and a list asked beyond them is looked up in the facts each time.
     */
    private static final int WORDS_KEPT = 256;

    /** The first day each amendment is in force, as epoch days; {@code Long.MAX_VALUE} if never shown. */
    final long[] from = new long[AMENDMENTS.length];
    final ConcurrentHashMap<String, Known> known = new ConcurrentHashMap<>(32);
    /** The words of the provisions each list of citations cites, by the (unmodifiable) list. */
    final ConcurrentHashMap<List<Citation>, List<ProvisionText>> words = new ConcurrentHashMap<>(32);
    /**
     * The same words by rule and amendments in force ({@link Rule#citationsForMask}), so that a finding a
     * rule makes finds them without hashing its citations.
     */
    final AtomicReferenceArray<List<ProvisionText>> wordsByRule =
        new AtomicReferenceArray<>(Rule.values().length * Law.MASKS);

    Table(CstoFacts facts) {
      for (int i = 0; i < AMENDMENTS.length; i++) {
        Optional<Instrument> a = known(facts, AMENDMENTS[i].instrumentId()).instrument;
        from[i] = a.isPresent() && a.get().entryIntoForce().isPresent()
            ? a.get().entryIntoForce().get().firstDay().toEpochDay()
            : Long.MAX_VALUE;
      }
    }

    /** An instrument as the facts know it, asked of them on the first call for its id. */
    Known known(CstoFacts facts, String instrumentId) {
      Known k = known.get(instrumentId);
      if (k == null) {
        k = new Known(instrument(facts, instrumentId));
        if (known.size() < KEPT) {
          Known earlier = known.putIfAbsent(instrumentId, k);
          k = earlier == null ? k : earlier;
        }
      }
      return k;
    }

    /** The words of a rule's citations under the amendments of a mask, as {@link #words} gives them. */
    List<ProvisionText> words(CstoFacts facts, Rule rule, int mask) {
      int slot = rule.ordinal() * Law.MASKS + mask;
      List<ProvisionText> w = wordsByRule.get(slot);
      if (w == null) {
        w = words(facts, rule.citationsForMask(mask));
        wordsByRule.compareAndSet(slot, null, w);
      }
      return w;
    }

    /** The words a list of citations cites, looked up in the facts on the first call for the list. */
    List<ProvisionText> words(CstoFacts facts, List<Citation> citations) {
      List<ProvisionText> w = words.get(citations);
      if (w == null) {
        w = lookUpWords(facts, citations);
        if (words.size() < WORDS_KEPT) {
          List<ProvisionText> earlier = words.putIfAbsent(citations, w);
          w = earlier == null ? w : earlier;
        }
      }
      return w;
    }
  }

  /**
   * The table of the facts checked last: their identity, held weakly so that no facts object outlives its
   * callers' use because of it, and their table. A check on other facts replaces it.
   */
  private static final class Last {
    final WeakReference<CstoFacts> facts;
    final Table table;

    Last(CstoFacts facts, Table table) {
      this.facts = new WeakReference<>(facts);
      this.table = table;
    }
  }

  private static volatile Last last;

  /**
   * An instrument as the facts know it, with the days that decide its standing, worked out once per id.
   */
  private static final class Known {
    final Optional<Instrument> instrument;
    /** The first day of its signature, as an epoch day; unused if the facts do not know it. */
    final long signed;
    /** The first day it is in force by the facts, as an epoch day; {@code Long.MAX_VALUE} if not shown. */
    final long inForce;

    Known(Optional<Instrument> instrument) {
      this.instrument = instrument;
      if (instrument.isPresent()) {
        Instrument i = instrument.get();
        this.signed = i.signed().firstDay().toEpochDay();
        Optional<LocalDate> from = inForceFrom(i);
        this.inForce = from.isPresent() ? from.get().toEpochDay() : Long.MAX_VALUE;
      } else {
        this.signed = Long.MIN_VALUE;
        this.inForce = Long.MAX_VALUE;
      }
    }

    Standing on(long day) {
      if (instrument.isEmpty()) {
        return Standing.UNKNOWN;
      }
      if (day < signed) {
        return Standing.NOT_YET_SIGNED;
      }
      return day >= inForce ? Standing.IN_FORCE : Standing.NOT_SHOWN_IN_FORCE;
    }
  }

  /** The instrument as the facts know it; the facts are asked once per id. */
  private Known known(String instrumentId) {
    return table.known(facts, instrumentId);
  }

  /**
   * The law in force under some facts.
   *
   * @param facts the facts
   * @return the law, not null
   */
  static LawInForce of(CstoFacts facts) {
    Objects.requireNonNull(facts, "facts");
    return new LawInForce(facts, table(facts));
  }

  /** The table of the facts: that of the facts checked last if these are they, else a new one. */
  private static Table table(CstoFacts facts) {
    CstoFacts key = Answers.unchecked(facts);
    Last l = last;
    if (l == null || l.facts.get() != key) {
      l = new Last(key, new Table(facts));
      last = l;
    }
    return l.table;
  }

  /**
   * The words of the provisions cited that the facts hold: for each citation whose text the facts hold
   * ({@link CstoFacts#provision(Citation)}), that text, once, in the order of the citations. The facts are
   * asked once per list of citations, which must be unmodifiable (a finding's).
   *
   * @param facts the facts
   * @param citations the citations, an unmodifiable list
   * @return an unmodifiable list, possibly empty
   * @throws IllegalStateException if the facts answered null
   */
  static List<ProvisionText> words(CstoFacts facts, List<Citation> citations) {
    return table(facts).words(facts, citations);
  }

  /** The words a list of citations cites, asked of the facts. */
  private static List<ProvisionText> lookUpWords(CstoFacts facts, List<Citation> citations) {
    List<ProvisionText> texts = new ArrayList<>(1);
    for (Citation c : citations) {
      Optional<ProvisionText> t = Answers.required(facts.provision(c), "provision", c);
      if (t.isPresent() && !texts.contains(t.get())) {
        texts.add(t.get());
      }
    }
    return List.copyOf(texts);
  }

  /**
   * The amendments in force on a date: an amendment the facts do not know, or whose entry into force they
   * do not give, leaves the text it would amend as it was.
   *
   * @param date the date
   * @return the mask
   */
  int mask(LocalDate date) {
    long day = date.toEpochDay();
    int mask = 0;
    long[] from = table.from;
    for (int i = 0; i < from.length; i++) {
      if (day >= from[i]) {
        mask |= AMENDMENTS[i].bit();
      }
    }
    return mask;
  }

  /**
   * How an instrument stands on a date.
   *
   * @param instrumentId the instrument's id
   * @param date the date
   * @return the standing
   */
  Standing standing(String instrumentId, LocalDate date) {
    return known(instrumentId).on(date.toEpochDay());
  }

  /**
   * The first day an instrument is in force by the facts: its entry into force if recorded (the last day
   * the date may be, if it is known only to the month or year); else, for a decision or regulations of a
   * Council, the day it was taken, unless the record says its entry into force is not established
   * ({@link InForceStatus#NOT_ESTABLISHED}).
   */
  private static Optional<LocalDate> inForceFrom(Instrument i) {
    if (i.entryIntoForce().isPresent()) {
      return Optional.of(i.entryIntoForce().get().lastDay());
    }
    if (i.inForceStatus().isPresent() && i.inForceStatus().get() == InForceStatus.NOT_ESTABLISHED) {
      return Optional.empty();
    }
    if (i.kind() == InstrumentKind.DECISION || i.kind() == InstrumentKind.REGULATIONS) {
      return Optional.of(i.signed().lastDay());
    }
    return Optional.empty();
  }

  /**
   * The instrument, if the facts know it; the facts are asked once per id.
   *
   * @param instrumentId the id
   * @return the instrument
   */
  Optional<Instrument> instrument(String instrumentId) {
    return known(instrumentId).instrument;
  }

  /**
   * Why an instrument does not apply on a date, in words for a finding's reason; for {@link
   * Standing#IN_FORCE} the text says so.
   *
   * @param instrumentId the id
   * @param date the date
   * @return the reason
   */
  String explain(String instrumentId, LocalDate date) {
    Optional<Instrument> found = instrument(instrumentId);
    String name = found.map(Instrument::shortName).orElse(instrumentId);
    switch (standing(instrumentId, date)) {
      case UNKNOWN:
        return "the facts record no instrument " + instrumentId + ", so it is not shown to be in force on "
            + date;
      case NOT_YET_SIGNED:
        return "the " + name + " did not yet exist on " + date + ": signed " + found.get().signed();
      case NOT_SHOWN_IN_FORCE:
        return "the " + name + " (signed " + found.get().signed() + ") is not shown to be in force on " + date
            + found.get().entryIntoForce().map(e -> ": in force from " + e)
                .orElse(notEstablishedCouncilAct(found.get())
                    ? ": no entry into force is recorded, and the sources do not establish it (a Council act is"
                        + " otherwise taken to apply from the day it was taken)"
                    : ": no entry into force is recorded");
      default:
        return "the " + name + " is in force on " + date + presumption(found.get());
    }
  }

  /** Whether a Council act's record says its entry into force is not established. */
  private static boolean notEstablishedCouncilAct(Instrument i) {
    return (i.kind() == InstrumentKind.DECISION || i.kind() == InstrumentKind.REGULATIONS)
        && i.inForceStatus().isPresent() && i.inForceStatus().get() == InForceStatus.NOT_ESTABLISHED;
  }

  /** How an instrument with no recorded entry into force is in force, in words; empty if one is recorded. */
  private static String presumption(Instrument i) {
    if (i.entryIntoForce().isPresent()) {
      return "";
    }
    if (i.inForceStatus().isPresent() && i.inForceStatus().get() == InForceStatus.NOT_SUBJECT) {
      return " (not subject to entry into force: it took effect when taken, " + i.signed() + ")";
    }
    if (i.inForceStatus().isPresent() && i.inForceStatus().get() == InForceStatus.PRESUMED_ON_SIGNATURE) {
      return " (presumed in force from its adoption, " + i.signed() + "; not confirmed by the sources)";
    }
    return " (no entry into force is recorded; a Council act applies from the day it was taken, "
        + i.signed() + ")";
  }

  /**
   * The law on one date: the amendments in force and the standing of instruments, for the findings of a
   * check judged on that date.
   *
   * @param date the date
   * @return the law on the date, not null
   */
  On on(LocalDate date) {
    return new On(this, Objects.requireNonNull(date, "date"), mask(date), false);
  }

  /**
   * The law on one date, as {@link #on(LocalDate)}, whose findings carry the words of the provisions they
   * cite that the facts hold ({@link #words(CstoFacts, List)}), as {@link Verdict.Builder#wordsFrom} would
   * give them to the verdict: a check whose findings are all made on it builds its verdict without, and
   * each finding is made once.
   *
   * @param date the date
   * @return the law on the date, not null
   */
  On onWithWords(LocalDate date) {
    return new On(this, Objects.requireNonNull(date, "date"), mask(date), true);
  }

  /**
   * The law on one date, as the findings of a check see it. Not thread-safe; used by one check, which
   * asks the standing of the same few instruments for each of its findings: the standings found are kept.
   */
  static final class On {
    /** How many standings are kept; the rules of one check rest on fewer instruments. */
    private static final int KEPT = 8;

    final LawInForce law;
    final LocalDate date;
    final int mask;
    private final long day;
    /** Whether the findings made on it carry the words of the provisions they cite. */
    private final boolean givesWords;
    private final String[] ids = new String[KEPT];
    private final Standing[] standings = new Standing[KEPT];
    private int kept;

    private On(LawInForce law, LocalDate date, int mask, boolean givesWords) {
      this.law = law;
      this.date = date;
      this.mask = mask;
      this.day = date.toEpochDay();
      this.givesWords = givesWords;
    }

    /** Whether an amendment is in force on the date. */
    boolean has(Law.Amendment amendment) {
      return Law.has(mask, amendment);
    }

    /** The same law on another date. */
    On on(LocalDate other) {
      return other.equals(date) ? this : new On(law, other, law.mask(other), givesWords);
    }

    /**
     * The words a finding of a rule made on it carries: those of the provisions the rule cites on the date
     * ({@link Rule#citationsForMask}) that the facts hold, if it gives words ({@link LawInForce#onWithWords}),
     * else none.
     */
    List<ProvisionText> words(Rule rule) {
      return givesWords ? law.table.words(law.facts, rule, mask) : List.of();
    }

    /** How an instrument stands on the date, worked out once per instrument. */
    Standing standing(String instrumentId) {
      for (int i = 0; i < kept; i++) {
        if (ids[i] == instrumentId || ids[i].equals(instrumentId)) {
          return standings[i];
        }
      }
      Standing s = law.known(instrumentId).on(day);
      if (kept < KEPT) {
        ids[kept] = instrumentId;
        standings[kept++] = s;
      }
      return s;
    }

    /** Why an instrument does or does not apply on the date, in words. */
    String explain(String instrumentId) {
      return law.explain(instrumentId, date);
    }
  }

  /** {@code facts.instrument(id)}, refusing a facts object that answers null. */
  static Optional<Instrument> instrument(CstoFacts facts, String instrumentId) {
    return Answers.required(facts.instrument(instrumentId), "instrument", instrumentId);
  }
}
