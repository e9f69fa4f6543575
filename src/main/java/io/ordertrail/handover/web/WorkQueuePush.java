package io.ordertrail.handover.web;

import io.ordertrail.handover.domain.HandoverWasReceived;
import io.ordertrail.platform.cluster.PageSignals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Tells the teams' open work-queue pages on every server that a handover arrived, once it is committed, so they
 * refresh their list without a reload (through {@link PageSignals} to each server's open pages). The push carries no data; each page fetches its
 * rows itself, with the viewer's own permissions.
 */
@ApplicationScoped
public class WorkQueuePush {

    static final String CHANNEL = "handovers";
    /** The message every work-queue page is pushed; its content does not matter, the page refetches its list. */
    static final String HANDOVER_ARRIVED = "handoverArrived";

    @Inject
    PageSignals signals;

    void handoverWasReceived(@Observes(during = TransactionPhase.AFTER_SUCCESS) HandoverWasReceived received) {
        signals.publish(CHANNEL, HANDOVER_ARRIVED, Set.of());
    }
}
