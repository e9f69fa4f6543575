package io.ordertrail.handover.infrastructure;

import io.ordertrail.platform.Resources;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * The relay's three steps, each with the transaction it needs. Sending is deliberately not in a distributed
 * transaction with the database: a batch is sent in a transaction of the broker's alone (committed in one phase, so
 * it is durable on the broker, all of it or none, when the call returns); only then is it marked sent. A crash in
 * between sends it again after the restart, and the broker drops the copies by their duplicate-detection ids. No
 * in-doubt transaction can hold a message back after a crash.
 */
@Stateless
@PermitAll // infrastructure: only called by the relay, which has no caller identity
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

    /** Up to {@code max} messages not yet sent, oldest first: the order they were written in. */
    public List<OutboxMessage> pending(int max) {
        return em.createQuery("select m from OutboxMessage m where m.sentAt is null order by m.id", OutboxMessage.class)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Sends the messages in their order, in one transaction of the broker's: one durable write for the batch
     * instead of one round trip and disk write per message. If one cannot be sent, none is.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void send(List<OutboxMessage> batch) {
        for (OutboxMessage message : batch) {
            jms.createProducer()
                    .setProperty(DUPLICATE_DETECTION_ID, message.getMessageId())
                    .setProperty(GROUP_ID, message.getMessageGroup())
                    .setProperty(MESSAGE_TYPE, message.getMessageType())
                    .send(jms.createQueue(message.getDestination()), message.getPayload());
        }
    }

    /** Marks messages the broker has accepted. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markSent(List<Long> ids, Instant at) {
        if (!ids.isEmpty()) {
            em.createQuery("update OutboxMessage m set m.sentAt = :at where m.id in :ids")
                    .setParameter("at", at)
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
    }
}
