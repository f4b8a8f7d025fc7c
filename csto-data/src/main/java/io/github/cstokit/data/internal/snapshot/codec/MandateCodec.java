package io.github.cstokit.data.internal.snapshot.codec;

import io.github.cstokit.model.Attacker;
import io.github.cstokit.model.Attestation;
import io.github.cstokit.model.Body;
import io.github.cstokit.model.Command;
import io.github.cstokit.model.Completion;
import io.github.cstokit.model.Contingent;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.ForceKind;
import io.github.cstokit.model.HostRequest;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.Strength;
import io.github.cstokit.model.Territory;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Mandate}, with its request, contingents, strength, commands and completion. The adopting decision
 * is one of the dataset's decisions, written as its index in them (-1 for none), so that the mandate
 * read shares the decision read.
 */
public final class MandateCodec implements Codec<Mandate> {

  private final List<Decision> decisions;

  /**
   * A codec for the mandates of a dataset.
   *
   * @param decisions the dataset's decisions, in the order they are written
   */
  public MandateCodec(List<Decision> decisions) {
    this.decisions = decisions;
  }

  @Override
  public void write(Mandate m, Out out) throws IOException {
    out.string(m.id());
    out.name(m.forceKind());
    out.string(m.hostState());
    out.name(m.territory());
    out.optional(m.request(), REQUEST);
    out.list(m.legalBases(), CitationCodec.INSTANCE);
    out.shortInt(m.decision().isPresent() ? indexOf(m.decision().get()) : -1);
    out.list(m.contingents(), CONTINGENT);
    out.optional(m.strength(), STRENGTH);
    out.optional(m.command(), COMMAND);
    out.list(m.otherCommands(), COMMAND);
    out.strings(m.tasks());
    out.string(m.area());
    out.optional(m.period(), PERIOD);
    out.date(m.unSecurityCouncilInformed());
    out.date(m.unSecurityCouncilDecision());
    out.optional(m.completion(), COMPLETION);
    out.bool(m.deployed());
    out.strings(m.sources());
    out.string(m.note());
    Optional<Attestation> days = m.periodAttestation();
    out.string(days.flatMap(Attestation::note));
    out.list(days.map(Attestation::alternatives).orElse(List.of()), AlternativeValueCodec.INSTANCE);
    out.string(days.flatMap(Attestation::choice));
    out.strings(days.map(Attestation::sources).orElse(List.of()));
    Optional<Attestation> notice = m.unSecurityCouncilInformedAttestation();
    out.string(notice.flatMap(Attestation::note));
    out.strings(notice.map(Attestation::sources).orElse(List.of()));
  }

  @Override
  public Mandate read(In in) throws IOException {
    Mandate.Builder b = Mandate.builder();
    b.id(in.string())
        .forceKind(in.name(ForceKind.class))
        .hostState(in.string())
        .territory(in.name(Territory.class))
        .request(in.optional(REQUEST))
        .legalBases(in.list(CitationCodec.INSTANCE));
    int decision = in.shortInt();
    if (decision >= decisions.size()) {
      throw new StreamCorruptedException("decision index " + decision + " out of range");
    }
    if (decision >= 0) {
      b.decision(decisions.get(decision));
    }
    b.contingents(in.list(CONTINGENT))
        .strength(in.optional(STRENGTH))
        .command(in.optional(COMMAND))
        .otherCommands(in.list(COMMAND))
        .tasks(in.strings())
        .area(in.optionalString())
        .period(in.optional(PERIOD))
        .unSecurityCouncilInformed(in.optionalDate())
        .unSecurityCouncilDecision(in.optionalDate())
        .completion(in.optional(COMPLETION))
        .deployed(in.bool())
        .sources(in.strings())
        .note(in.optionalString())
        .periodAttestation(Attestation.of(in.optionalString(), in.list(AlternativeValueCodec.INSTANCE),
            in.optionalString(), in.strings()))
        .unSecurityCouncilInformedAttestation(
            Attestation.of(in.optionalString(), List.of(), Optional.empty(), in.strings()));
    return b.build();
  }

  private int indexOf(Decision decision) {
    int i = decisions.indexOf(decision);
    if (i < 0) {
      throw new IllegalStateException("a mandate's decision is not among the dataset's decisions: "
          + decision);
    }
    return i;
  }

  private static final Codec<Period> PERIOD = new Codec<>() {
    @Override
    public void write(Period p, Out out) throws IOException {
      out.period(p);
    }

    @Override
    public Period read(In in) throws IOException {
      return in.period();
    }
  };

  private static final Codec<HostRequest> REQUEST = new Codec<>() {
    @Override
    public void write(HostRequest r, Out out) throws IOException {
      out.string(r.state());
      out.strings(r.alsoRequestedBy());
      out.string(r.author());
      out.partialDate(r.date());
      out.string(r.addressee());
      out.name(r.attacker());
      out.strings(r.sources());
      out.string(r.note());
      out.list(r.alternatives(), AlternativeValueCodec.INSTANCE);
      out.string(r.choice());
    }

    @Override
    public HostRequest read(In in) throws IOException {
      return HostRequest.builder()
          .state(in.string())
          .alsoRequestedBy(in.strings())
          .author(in.string())
          .date(in.partialDate())
          .addressee(in.optionalString())
          .attacker(in.optionalName(Attacker.class))
          .sources(in.strings())
          .note(in.optionalString())
          .alternatives(in.list(AlternativeValueCodec.INSTANCE))
          .choice(in.optionalString())
          .build();
    }
  };

  private static final Codec<Contingent> CONTINGENT = new Codec<>() {
    @Override
    public void write(Contingent c, Out out) throws IOException {
      out.string(c.state());
      out.optionalInt(c.size());
      out.string(c.sizeNote());
      out.bool(c.underUnifiedCommand());
      out.bool(c.voluntary());
      out.strings(c.sources());
    }

    @Override
    public Contingent read(In in) throws IOException {
      return Contingent.builder()
          .state(in.string())
          .size(in.optionalInt())
          .sizeNote(in.optionalString())
          .underUnifiedCommand(in.bool())
          .voluntary(in.bool())
          .sources(in.strings())
          .build();
    }
  };

  /** A strength with the other figures the sources give: personnel first, then equipment. */
  private static final Codec<Strength> STRENGTH = new Codec<>() {
    @Override
    public void write(Strength s, Out out) throws IOException {
      out.optionalInt(s.personnel());
      out.optionalInt(s.equipment());
      out.string(s.note());
      out.list(s.personnelAlternatives(), AlternativeValueCodec.INSTANCE);
      out.list(s.equipmentAlternatives(), AlternativeValueCodec.INSTANCE);
      out.string(s.choice());
      out.strings(s.sources());
    }

    @Override
    public Strength read(In in) throws IOException {
      return Strength.builder()
          .personnel(in.optionalInt())
          .equipment(in.optionalInt())
          .note(in.optionalString())
          .personnelAlternatives(in.list(AlternativeValueCodec.INSTANCE))
          .equipmentAlternatives(in.list(AlternativeValueCodec.INSTANCE))
          .choice(in.optionalString())
          .sources(in.strings())
          .build();
    }
  };

  private static final Codec<Command> COMMAND = new Codec<>() {
    @Override
    public void write(Command c, Out out) throws IOException {
      out.string(c.commander());
      out.string(c.commanderState());
      out.name(c.appointingBody());
      out.partialDate(c.date());
      out.string(c.note());
      out.string(c.commanderRu());
      out.strings(c.sources());
    }

    @Override
    public Command read(In in) throws IOException {
      return Command.builder()
          .commander(in.string())
          .commanderState(in.optionalString())
          .appointingBody(in.name(Body.class))
          .date(in.optionalPartialDate())
          .note(in.optionalString())
          .commanderRu(in.optionalString())
          .sources(in.strings())
          .build();
    }
  };

  private static final Codec<Completion> COMPLETION = new Codec<>() {
    @Override
    public void write(Completion c, Out out) throws IOException {
      out.name(c.decidingBody());
      out.partialDate(c.decisionDate());
      out.date(c.withdrawalStart());
      out.date(c.withdrawalEnd());
      out.string(c.note());
      out.strings(c.sources());
    }

    @Override
    public Completion read(In in) throws IOException {
      return Completion.builder()
          .decidingBody(in.optionalName(Body.class))
          .decisionDate(in.optionalPartialDate())
          .withdrawalStart(in.optionalDate())
          .withdrawalEnd(in.optionalDate())
          .note(in.optionalString())
          .sources(in.strings())
          .build();
    }
  };
}
