package io.ordertrail.handover.infrastructure;

import io.ordertrail.platform.Resources;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * Sends one batch of pending outbox messages to the broker and marks them sent, in one XA transaction: either
 * both happen or neither. Should the transaction's outcome be lost in a crash and the batch be sent again, the
 * broker drops the copies by their duplicate-detection id.
 */
@Stateless
@PermitAll // infrastructure: only called by the relay's own timer, which has no caller identity
public class OutboxDispatcher {

    /** Artemis's duplicate-detection header (Message.HDR_DUPLICATE_DETECTION_ID). */
    static final String DUPLICATE_DETECTION_ID = "_AMQ_DUPL_ID";
    /** JMS message grouping: one order's messages go to one consumer, in order. */
    static final String GROUP_ID = "JMSXGroupID";
    static final String MESSAGE_TYPE = "ordertrailMessageType";

    @PersistenceContext
    EntityManager em;

    @Inject
    @JMSConnectionFactory(Resources.CONNECTION_FACTORY)
    JMSContext jms;

    /** Sends up to {@code max} pending messages, oldest first; returns how many it sent. */
    public int dispatchBatch(int max) {
        List<OutboxMessage> pending = em.createQuery(
                        "select m from OutboxMessage m where m.sentAt is null order by m.id", OutboxMessage.class)
                .setMaxResults(max)
                .getResultList();
        Instant now = Instant.now();
        for (OutboxMessage message : pending) {
            JMSProducer producer = jms.createProducer()
                    .setProperty(DUPLICATE_DETECTION_ID, message.getMessageId())
                    .setProperty(GROUP_ID, message.getMessageGroup())
                    .setProperty(MESSAGE_TYPE, message.getMessageType());
            producer.send(jms.createQueue(message.getDestination()), message.getPayload());
            message.markSent(now);
        }
        return pending.size();
    }

    /** How many messages are still waiting to be sent. */
    public long pendingCount() {
        return em.createQuery("select count(m) from OutboxMessage m where m.sentAt is null", Long.class)
                .getSingleResult();
    }
}
