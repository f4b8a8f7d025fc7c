package io.github.cstokit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A deployment mandate of collective forces, real or hypothetical: the host state and its request, the
 * legal bases, the deciding decision, the contingents, the unified command, tasks, area, period and
 * completion. What deployment checks judge.
 *
 * <p>Several legal bases may apply at once (for Kazakhstan 2022: Treaty Art. 4 and the Peacekeeping
 * Agreement). A mandate that was discussed but never carried out has {@link #deployed()} false. Sources may
 * be empty for a hypothetical mandate; the bundled dataset always gives at least one. The {@code withX}
 * copies serve what-if checks: {@code kz2022.withoutRequest()} asks what the rules say had there been no
 * request.
 *
 * <pre>{@code
 * Mandate kz = Mandate.builder()
 *     .id("kz-2022").forceKind(ForceKind.COLLECTIVE_PEACEKEEPING_FORCES)
 *     .hostState("KZ").territory(Territory.MEMBER_STATE)
 *     .request(kzRequest).addLegalBasis(Citation.parse("Treaty Art. 4"))
 *     .decision(csc20220106).addContingent(Contingent.builder().state("AM").size(70).build())
 *     .period(Period.of(LocalDate.of(2022, 1, 6), LocalDate.of(2022, 1, 20)))
 *     .addSource("tass-2022-01-06")
 *     .build();
 * kz.toString();   // Mandate[kz-2022 COLLECTIVE_PEACEKEEPING_FORCES in KZ]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is a value-based class: use {@code equals}, not
 * {@code ==}, and do not synchronize on instances.
 */
@Value.Immutable
public abstract class Mandate implements Identified, Sourced, Noted {

  Mandate() {}

  /**
   * Returns a builder for a mandate.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The kind of force deployed.
   *
   * @return the kind, not null
   */
  public abstract ForceKind forceKind();

  /**
   * The ISO alpha-2 code of the host state.
   *
   * @return the code, not null
   */
  public abstract String hostState();

  /**
   * Whether the deployment is on a member state's territory or outside.
   *
   * @return the territory, not null
   */
  public abstract Territory territory();

  /**
   * The official request on which the mandate rests, from the host or from other states.
   *
   * @return the request, or empty if there was none
   */
  public abstract Optional<HostRequest> request();

  /**
   * The provisions invoked; several may apply.
   *
   * @return an unmodifiable list in the order given, possibly empty
   */
  public abstract List<Citation> legalBases();

  /**
   * The decision that established the mandate.
   *
   * @return the decision, or empty if none was taken or recorded
   */
  public abstract Optional<Decision> decision();

  /**
   * The states' contingents, at most one per state.
   *
   * @return an unmodifiable list in the order given, possibly empty
   */
  public abstract List<Contingent> contingents();

  /**
   * The total strength of the forces: personnel and equipment, where recorded.
   *
   * @return the strength, or empty if not recorded
   */
  public abstract Optional<Strength> strength();

  /**
   * The unified command.
   *
   * @return the command, or empty if none was set up or recorded
   */
  public abstract Optional<Command> command();

  /**
   * Further commanders recorded besides {@link #command()}: successors, or commanders of parts of the
   * force. Recorded only together with a command.
   *
   * @return an unmodifiable list in the order given, possibly empty
   */
  public abstract List<Command> otherCommands();

  /**
   * Every commander recorded: {@link #command()} first, then {@link #otherCommands()}.
   *
   * @return an unmodifiable list, empty if no command is recorded
   */
  public List<Command> commands() {
    if (command().isEmpty()) {
      return List.of();
    }
    List<Command> all = new java.util.ArrayList<>(1 + otherCommands().size());
    all.add(command().get());
    all.addAll(otherCommands());
    return java.util.Collections.unmodifiableList(all);
  }

  /**
   * The tasks given, in words, such as {@code protection of strategic facilities}.
   *
   * @return an unmodifiable list in the order given, possibly empty
   */
  public abstract List<String> tasks();

  /**
   * The area of deployment, in words.
   *
   * @return the area, or empty if not recorded
   */
  public abstract Optional<String> area();

  /**
   * The days of the deployment (half-open).
   *
   * @return the period, or empty if there was no deployment or the days are unknown
   */
  public abstract Optional<Period> period();

  /**
   * When the UN Security Council was informed.
   *
   * @return the date, or empty if not recorded
   */
  public abstract Optional<LocalDate> unSecurityCouncilInformed();

  /**
   * When the UN Security Council decided on the deployment (needed outside the members' territory).
   *
   * @return the date, or empty if there was no such decision
   */
  public abstract Optional<LocalDate> unSecurityCouncilDecision();

  /**
   * How the mandate ended.
   *
   * @return the completion, or empty if it has not ended or is not recorded
   */
  public abstract Optional<Completion> completion();

  /**
   * Whether forces were actually deployed (default true; false for a mandate discussed but never carried
   * out).
   *
   * @return true if deployed
   */
  @Value.Default
  public boolean deployed() {
    return true;
  }

  /**
   * What the record says of the {@linkplain #period() period}: how its days are established, other values
   * that some sources give for its start or end, each naming its {@linkplain AlternativeValue#field()
   * field} ({@code start} or {@code end}) in the closed notation of the data (an end is the last day),
   * which days the period uses and why, and the sources for its days.
   *
   * @return the attestation, or empty (always empty without a period)
   * @since 0.2.0
   */
  public abstract Optional<Attestation> periodAttestation();

  /**
   * What the record says of how the UN Security Council was {@linkplain #unSecurityCouncilInformed()
   * informed}: by whom, citing what, and the sources for when and how. The data records no other day for
   * it, so the attestation gives no alternatives and no choice.
   *
   * @return the attestation, or empty (always empty without the date)
   * @since 0.2.0
   */
  public abstract Optional<Attestation> unSecurityCouncilInformedAttestation();

  @Value.Check
  final void check() {
    Checks.id("id", id());
    Checks.iso2("hostState", hostState());
    if (!otherCommands().isEmpty() && command().isEmpty()) {
      throw new IllegalArgumentException("otherCommands must be empty when there is no command");
    }
    Checks.distinct(
        "contingents state", contingents().stream().map(Contingent::state).collect(Collectors.toList()));
    for (int i = 0; i < tasks().size(); i++) {
      Checks.notBlank("tasks[" + i + "]", tasks().get(i));
    }
    Checks.notBlank("area", area());
    Checks.sourcesAndNote(this);
    Checks.onlyWith("periodAttestation", periodAttestation().isEmpty(), "period", period().isPresent());
    if (periodAttestation().isPresent()) {
      Checks.fieldsNamed("periodAttestation alternatives", periodAttestation().get().alternatives());
    }
    Optional<Attestation> informed = unSecurityCouncilInformedAttestation();
    Checks.onlyWith("unSecurityCouncilInformedAttestation", informed.isEmpty(),
        "unSecurityCouncilInformed", unSecurityCouncilInformed().isPresent());
    if (informed.isPresent()
        && (!informed.get().alternatives().isEmpty() || informed.get().choice().isPresent())) {
      throw new IllegalArgumentException(
          "unSecurityCouncilInformedAttestation must give no alternatives and no choice");
    }
  }

  /**
   * The contingent of one state.
   *
   * @param state the ISO alpha-2 code, not null
   * @return the contingent, or empty if the state sent none
   */
  public Optional<Contingent> contingent(String state) {
    java.util.Objects.requireNonNull(state, "state");
    return contingents().stream().filter(c -> c.state().equals(state)).findFirst();
  }

  /**
   * Returns a copy without a request, for what-if checks.
   *
   * @return the copy, not null
   */
  public Mandate withoutRequest() {
    return impl().withRequest(Optional.<HostRequest>empty());
  }

  /**
   * Returns a copy with another request.
   *
   * @param request the request, from the host or other states; not null
   * @return the copy, not null
   */
  public Mandate withRequest(HostRequest request) {
    return impl().withRequest(request);
  }

  /**
   * Returns a copy with other contingents.
   *
   * @param contingents the contingents, at most one per state, not null
   * @return the copy, not null
   * @throws IllegalArgumentException if a state has two contingents
   */
  public Mandate withContingents(Iterable<? extends Contingent> contingents) {
    return impl().withContingents(contingents);
  }

  /**
   * Returns a copy with another command.
   *
   * @param command the command, not null
   * @return the copy, not null
   */
  public Mandate withCommand(Command command) {
    return impl().withCommand(command);
  }

  /**
   * Returns a copy without a unified command.
   *
   * @return the copy, not null
   */
  public Mandate withoutCommand() {
    ImmutableMandate m = impl();
    return (otherCommands().isEmpty() ? m : m.withOtherCommands(List.<Command>of()))
        .withCommand(Optional.<Command>empty());
  }

  /**
   * Returns a copy with another deciding decision.
   *
   * @param decision the decision, not null
   * @return the copy, not null
   */
  public Mandate withDecision(Decision decision) {
    return impl().withDecision(decision);
  }

  /**
   * Returns a copy with other legal bases.
   *
   * @param legalBases the provisions invoked, not null
   * @return the copy, not null
   */
  public Mandate withLegalBases(Iterable<? extends Citation> legalBases) {
    return impl().withLegalBases(legalBases);
  }

  private ImmutableMandate impl() {
    return (ImmutableMandate) ImmutableMandate.copyOf(this);
  }

  /**
   * Returns id, force and host, such as {@code Mandate[kz-2022 COLLECTIVE_PEACEKEEPING_FORCES in KZ]}.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "Mandate[" + id() + " " + forceKind() + " in " + hostState()
        + (deployed() ? "" : " (not deployed)") + "]";
  }

  /**
   * Builds a {@link Mandate}; id, force kind, host state and territory are required, and deployed is true
   * unless set.
   */
  public static final class Builder extends ImmutableMandate.Builder {
    Builder() {}
  }
}
