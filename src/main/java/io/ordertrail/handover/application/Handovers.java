package io.ordertrail.handover.application;

import io.ordertrail.handover.domain.HandoverDocument;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.platform.messaging.Outbox;
import io.ordertrail.platform.messaging.Queues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Hands a document over to a team (SOP step 7): it goes into the outbox within the caller's transaction, so it is
 * sent, after the commit, if and only if what it describes was stored.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Handovers {

    @Inject
    Outbox outbox;

    public void handOver(HandoverDocument document, Team team) {
        outbox.enqueue(
                document.messageId(),
                queueOf(team),
                document.orderNumber(),
                document.messageType().wireName(),
                document.toJson());
    }

    private static String queueOf(Team team) {
        return switch (team) {
            case INVENTORY -> Queues.INVENTORY_HANDOVER;
            case FULFILLMENT -> Queues.FULFILLMENT_HANDOVER;
        };
    }
}
