package io.github.cstokit.data.internal.snapshot;

import io.github.cstokit.model.Activity;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.ObserverStatus;
import io.github.cstokit.model.Organ;
import io.github.cstokit.model.Source;
import java.util.List;

/**
 * The snapshot's supplement: the records beyond the facts and the sessions, each list in the order of
 * its data file (the sources by id), as {@link SnapshotReader#supplement()} decodes them.
 *
 * @param sources the sources
 * @param organs the organs
 * @param forces the forces
 * @param decisions the decisions
 * @param mandates the mandates
 * @param activities the activities with their editions
 * @param observers the observer and partner statuses
 */
public record SnapshotSupplement(List<Source> sources, List<Organ> organs, List<Force> forces,
    List<Decision> decisions, List<Mandate> mandates, List<Activity> activities,
    List<ObserverStatus> observers) {}
