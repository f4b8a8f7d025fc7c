package io.github.cstokit.data;

import io.github.cstokit.model.Activity;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.ObserverStatus;
import io.github.cstokit.model.Organ;
import io.github.cstokit.model.Period;
import io.github.cstokit.model.ProvisionText;
import io.github.cstokit.model.Session;
import io.github.cstokit.model.Source;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The record look-ups of a {@link CstoDataset}: the {@link CstoRecord} answered from the dataset's
 * {@link Supplement}, which its what-if copies share. The methods are documented on {@link CstoRecord}.
 */
abstract class DatasetRecord implements CstoRecord {

  /** The records beyond the facts; shared by what-if copies. */
  final Supplement supplement;

  DatasetRecord(Supplement supplement) {
    this.supplement = supplement;
  }

  @Override
  public List<Source> sources() {
    return supplement.get().sources.list;
  }

  @Override
  public Optional<Source> source(String id) {
    return supplement.get().sources.find(id);
  }

  @Override
  public List<Organ> organs() {
    return supplement.get().organs.list;
  }

  @Override
  public Optional<Organ> organ(String id) {
    return supplement.get().organs.find(id);
  }

  @Override
  public List<Force> forces() {
    return supplement.get().forces.list;
  }

  @Override
  public Optional<Force> force(String id) {
    return supplement.get().forces.find(id);
  }

  @Override
  public List<Decision> decisions() {
    return supplement.get().decisions.list;
  }

  @Override
  public Optional<Decision> decision(String id) {
    return supplement.get().decisions.find(id);
  }

  @Override
  public List<Mandate> mandates() {
    return supplement.get().mandates.list;
  }

  @Override
  public Optional<Mandate> mandate(String id) {
    return supplement.get().mandates.find(id);
  }

  @Override
  public List<Session> sessions() {
    return supplement.sessions();
  }

  /**
   * {@inheritDoc}
   *
   * <p>On the bundled dataset, until all its sessions are needed, a call decodes only the sessions of
   * the period.
   *
   * @param period the period, not null
   * @return an unmodifiable list in the order of {@link #sessions()}, possibly empty
   */
  @Override
  public List<Session> sessions(Period period) {
    List<Session> decoded = supplement.sessionsWithin(Objects.requireNonNull(period, "period"));
    return decoded != null ? decoded : CstoRecord.super.sessions(period);
  }

  @Override
  public Optional<Session> session(String id) {
    return supplement.get().sessions.find(id);
  }

  @Override
  public List<Activity> activities() {
    return supplement.get().activities.list;
  }

  @Override
  public Optional<Activity> activity(String id) {
    return supplement.get().activities.find(id);
  }

  @Override
  public List<ObserverStatus> observerStatuses() {
    return supplement.get().observers;
  }

  /**
   * Looks up the words of a provision by the id of their record in the bundled {@code provisions.json},
   * such as {@code treaty-art-4-1992}: the look-up by id that {@link #session(String)} and
   * {@link #activity(String)} give for their records, beside {@link CstoDataset#provisions()}, which lists them all,
   * and {@link CstoDataset#provision(io.github.cstokit.model.Citation)}, which finds the words a citation names.
   * A citation's text is not an id: {@code provision("Treaty Art. 4 [1992]")} finds nothing, while
   * {@code provision(Citation.parse("Treaty Art. 4 [1992]"))} finds that record.
   *
   * <pre>{@code
   * data.provision("treaty-art-4-1992");
   * // Optional[ProvisionText[treaty-art-4-1992: Treaty Art. 4 [1992] ru FULL, read from pavlodar-00542]]
   * data.provision("treaty-art-99");   // Optional.empty
   * }</pre>
   *
   * @param id the record id, not null
   * @return the words of the provision, or empty if no record has that id
   * @throws CstoDataException if the bundled file is missing or invalid (a packaging error)
   */
  public Optional<ProvisionText> provision(String id) {
    return BundledProvisions.get().byId(Objects.requireNonNull(id, "id"));
  }
}
