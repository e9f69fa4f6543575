package io.ordertrail.platform.messaging;

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
 * The outbox relay's three steps, each with the transaction it needs. A message is sent on its own, outside any
 * transaction, and is marked sent only once the broker holds it durably; a crash in between sends it again, and
 * the broker drops the copy by its duplicate-detection id (docs/decisions/0002-outbox-relay-sends-one-at-a-time.md).
 */
@Stateless
@PermitAll // infrastructure: only called by the relay, which has no caller identity
public class OutboxDelivery {

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
