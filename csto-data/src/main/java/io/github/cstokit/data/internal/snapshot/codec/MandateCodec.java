package io.github.cstokit.data.internal.snapshot.codec;

import io.github.cstokit.model.Body;
import io.github.cstokit.model.Command;
import io.github.cstokit.model.Completion;
import io.github.cstokit.model.Contingent;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.ForceKind;
import io.github.cstokit.model.HostRequest;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.Strength;
import io.github.cstokit.model.Territory;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A {@link Mandate}, with its host's request, contingents, strength, command and completion. The adopting decision
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
    optional(m.request(), REQUEST, out);
    out.list(m.legalBases(), CitationCodec.INSTANCE);
    out.shortInt(m.decision().isPresent() ? indexOf(m.decision().get()) : -1);
    out.list(m.contingents(), CONTINGENT);
    optional(m.strength(), STRENGTH, out);
    optional(m.command(), COMMAND, out);
    out.strings(m.tasks());
    out.string(m.area());
    out.bool(m.period().isPresent());
    if (m.period().isPresent()) {
      out.period(m.period().get());
    }
    out.date(m.unSecurityCouncilInformed());
    out.date(m.unSecurityCouncilDecision());
    optional(m.completion(), COMPLETION, out);
    out.bool(m.deployed());
    out.strings(m.sources());
  }

  @Override
  public Mandate read(In in) throws IOException {
    Mandate.Builder b = Mandate.builder();
    b.id(in.string())
        .forceKind(in.name(ForceKind.class))
        .hostState(in.string())
        .territory(in.name(Territory.class));
    if (in.bool()) {
      b.request(REQUEST.read(in));
    }
    b.legalBases(in.list(CitationCodec.INSTANCE));
    int decision = in.shortInt();
    if (decision >= decisions.size()) {
      throw new StreamCorruptedException("decision index " + decision + " out of range");
    }
    if (decision >= 0) {
      b.decision(decisions.get(decision));
    }
    b.contingents(in.list(CONTINGENT));
    if (in.bool()) {
      b.strength(STRENGTH.read(in));
    }
    if (in.bool()) {
      b.command(COMMAND.read(in));
    }
    b.tasks(in.strings()).area(in.optionalString());
    if (in.bool()) {
      b.period(in.period());
    }
    b.unSecurityCouncilInformed(in.optionalDate()).unSecurityCouncilDecision(in.optionalDate());
    if (in.bool()) {
      b.completion(COMPLETION.read(in));
    }
    b.deployed(in.bool()).sources(in.strings());
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

  /** Writes a presence flag, then the value if present; read back as {@code if (in.bool())}. */
  private static <T> void optional(Optional<T> value, Codec<T> codec, Out out) throws IOException {
    out.bool(value.isPresent());
    if (value.isPresent()) {
      codec.write(value.get(), out);
    }
  }

  private static final Codec<HostRequest> REQUEST = new Codec<>() {
    @Override
    public void write(HostRequest r, Out out) throws IOException {
      out.string(r.state());
      out.string(r.author());
      out.partialDate(r.date());
      out.string(r.addressee());
      out.strings(r.sources());
    }

    @Override
    public HostRequest read(In in) throws IOException {
      return HostRequest.builder()
          .state(in.string())
          .author(in.string())
          .date(in.partialDate())
          .addressee(in.optionalString())
          .sources(in.strings())
          .build();
    }
  };

  /** A contingent's size is written as 0 when unknown (a contingent is never of size 0). */
  private static final Codec<Contingent> CONTINGENT = new Codec<>() {
    @Override
    public void write(Contingent c, Out out) throws IOException {
      out.string(c.state());
      OptionalInt size = c.size();
      out.integer(size.isPresent() ? size.getAsInt() : 0);
      out.string(c.sizeNote());
      out.bool(c.underUnifiedCommand());
      out.bool(c.voluntary());
    }

    @Override
    public Contingent read(In in) throws IOException {
      Contingent.Builder c = Contingent.builder();
      c.state(in.string());
      int size = in.integer();
      if (size != 0) {
        c.size(size);
      }
      c.sizeNote(in.optionalString()).underUnifiedCommand(in.bool()).voluntary(in.bool());
      return c.build();
    }
  };

  /** A figure not recorded is written as -1 (personnel is positive, equipment not negative). */
  private static final Codec<Strength> STRENGTH = new Codec<>() {
    @Override
    public void write(Strength s, Out out) throws IOException {
      out.integer(s.personnel().orElse(-1));
      out.integer(s.equipment().orElse(-1));
      out.string(s.note());
      out.strings(s.sources());
    }

    @Override
    public Strength read(In in) throws IOException {
      Strength.Builder b = Strength.builder();
      int personnel = in.integer();
      if (personnel >= 0) {
        b.personnel(personnel);
      }
      int equipment = in.integer();
      if (equipment >= 0) {
        b.equipment(equipment);
      }
      return b.note(in.optionalString()).sources(in.strings()).build();
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
    }

    @Override
    public Command read(In in) throws IOException {
      return Command.builder()
          .commander(in.string())
          .commanderState(in.optionalString())
          .appointingBody(in.name(Body.class))
          .date(in.optionalPartialDate())
          .note(in.optionalString())
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
    }

    @Override
    public Completion read(In in) throws IOException {
      return Completion.builder()
          .decidingBody(in.optionalName(Body.class))
          .decisionDate(in.optionalPartialDate())
          .withdrawalStart(in.optionalDate())
          .withdrawalEnd(in.optionalDate())
          .note(in.optionalString())
          .build();
    }
  };
}
