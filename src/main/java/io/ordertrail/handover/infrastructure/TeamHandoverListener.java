package io.ordertrail.handover.infrastructure;

import io.ordertrail.handover.application.HandoverInbox;
import io.ordertrail.handover.domain.HandoverDocument;
import io.ordertrail.handover.domain.Team;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * A team's end of its handover queue. Thin: it hands the document to the inbox, and any failure propagates, so the
 * container rolls the transaction back and the broker redelivers, then dead-letters after the configured attempts.
 * Nothing is swallowed. Each team's message-driven bean extends this with its queue's activation config.
 */
public abstract class TeamHandoverListener implements MessageListener {

    @Inject
    HandoverInbox inbox;

    /** The team whose queue this listener consumes. */
    protected abstract Team team();

    /** What the team does with a handover it has not seen before; within the same transaction. */
    protected abstract void handOver(HandoverDocument document);

    @Override
    public void onMessage(Message message) {
        inbox.received(team(), HandoverText.of(message)).ifPresent(this::handOver);
    }
}
