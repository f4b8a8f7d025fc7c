/**
 * The snapshot's values and records: {@link io.github.cstokit.data.internal.snapshot.codec.Out} and
 * {@link io.github.cstokit.data.internal.snapshot.codec.In} write and read each value, and a
 * {@link io.github.cstokit.data.internal.snapshot.codec.Codec} each record type, generated at build time
 * from the model types listed here (see {@link io.github.cstokit.data.internal.snapshot.codec.SnapshotCodecs}).
 */
@SnapshotCodecs({
    State.class,
    Chairmanship.class,
    Appointment.class,
    Session.class,
    Instrument.class,
    MembershipEvent.class,
    Source.class,
    Organ.class,
    Force.class,
    Decision.class,
    Mandate.class,
    Activity.class,
    ObserverStatus.class})
package io.github.cstokit.data.internal.snapshot.codec;

import io.github.cstokit.model.Activity;
import io.github.cstokit.model.Appointment;
import io.github.cstokit.model.Chairmanship;
import io.github.cstokit.model.Decision;
import io.github.cstokit.model.Force;
import io.github.cstokit.model.Instrument;
import io.github.cstokit.model.Mandate;
import io.github.cstokit.model.MembershipEvent;
import io.github.cstokit.model.ObserverStatus;
import io.github.cstokit.model.Organ;
import io.github.cstokit.model.Session;
import io.github.cstokit.model.Source;
import io.github.cstokit.model.State;
