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
 * transaction with the database: each message is sent on its own and is durable on the broker when the send
 * returns; only then is it marked sent. A crash in between sends it again after the restart, and the broker drops
 * the copy by its duplicate-detection id. No in-doubt transaction can hold a message back after a crash.
 * <p>
 * Nor is a batch sent in one transaction of the broker's, though that would save a disk write per message: the
 * broker refuses a whole transaction that contains a copy it has seen, so after such a crash the batch would be
 * refused on every attempt and the relay would stop (the fault drill, {@code src/bench/fault_drill.sh}, showed it).
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

    /** Sends one message, durably, outside any transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void send(OutboxMessage message) {
        jms.createProducer()
                .setProperty(DUPLICATE_DETECTION_ID, message.getMessageId())
                .setProperty(GROUP_ID, message.getMessageGroup())
                .setProperty(MESSAGE_TYPE, message.getMessageType())
                .send(jms.createQueue(message.getDestination()), message.getPayload());
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
