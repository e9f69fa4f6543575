package io.ordertrail.handover.infrastructure;

import io.ordertrail.handover.application.HandoverFailures;
import io.ordertrail.handover.application.HandoverInbox;
import io.ordertrail.handover.domain.HandoverDocument;
import io.ordertrail.handover.domain.Team;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * A team's end of its handover queue. Thin: it hands the document to the inbox, and any failure propagates, so the
 * container rolls the transaction back and the broker redelivers, then dead-letters after the configured attempts.
 * Each failed attempt's reason is kept ({@link HandoverFailures}) for the administrator's dead-letter page.
 * Nothing is swallowed. Each team's message-driven bean extends this with its queue's activation config.
 */
public abstract class TeamHandoverListener implements MessageListener {

    @Inject
    HandoverInbox inbox;

    @Inject
    HandoverFailures failures;

    /** The team whose queue this listener consumes. */
    protected abstract Team team();

    /** What the team does with a handover it has not seen before; within the same transaction. */
    protected abstract void handOver(HandoverDocument document);

    @Override
    public void onMessage(Message message) {
        try {
            inbox.received(team(), HandoverText.of(message)).ifPresent(this::handOver);
        } catch (RuntimeException e) {
            failures.record(team(), jmsMessageId(message), deliveryCount(message), e);
            throw e; // roll back: the broker redelivers, then dead-letters
        }
    }

    private static String jmsMessageId(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static int deliveryCount(Message message) {
        try {
            return message.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | NumberFormatException e) {
            return 0;
        }
    }
}
