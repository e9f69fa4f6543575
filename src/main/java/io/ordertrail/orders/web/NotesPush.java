package io.ordertrail.orders.web;

import io.ordertrail.orders.domain.NoteWasAdded;
import io.ordertrail.platform.cluster.PageSignals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Tells the teams' open queues on every server ({@link PageSignals}) that a note was left, once it is committed, so
 * they refresh their notes without a reload. The push carries no data; each page fetches the notes itself, with the
 * viewer's own permissions.
 */
@ApplicationScoped
public class NotesPush {

    static final String CHANNEL = "notes";

    @Inject
    PageSignals signals;

    void noteWasAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoteWasAdded added) {
        signals.publish(CHANNEL, added.addressedTo().name(), Set.of());
    }
}
