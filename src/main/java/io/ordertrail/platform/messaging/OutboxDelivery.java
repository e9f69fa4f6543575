package io.ordertrail.platform.messaging;

import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.RelaySchedule;
import io.ordertrail.platform.RelayWork;
import io.ordertrail.platform.Resources;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;

/**
 * Moves outbox messages to the broker, in the order they were written, each step with the transaction it needs. A
 * message is sent on its own, outside any transaction, and is marked sent only once the broker holds it durably; a
 * crash in between sends it again, and the broker drops the copy by its duplicate-detection id
 * (docs/decisions/0002-outbox-relay-sends-one-at-a-time.md). Messages that could not be sent stay pending.
 */
@Stateless
@LocalBean
@Local(RelayWork.class)
@PermitAll // infrastructure: only called by the relay, which has no caller identity
// On the class, not only on relay(OutboxMessage): the relay calls relay(Object), the bridge the compiler makes for
// RelayWork<T>, and the container gives a method without its own attribute the class's. Under REQUIRED a duplicate
// re-sent after a crash made the broker refuse the send's commit (DUPLICATE_ID_REJECTED) on every retry, and the
// outbox stopped: found by the fault drill (docs/fault-drill.md, 2026-12-03).
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDelivery implements RelayWork<OutboxMessage> {

    static final String RELAY = "Outbox messages";
    private static final RelaySchedule SCHEDULE = new RelaySchedule(
            RELAY,
            "ordertrail.handover.relay-interval-ms",
            Duration.ofSeconds(1),
            200,
            "ordertrail.handover.relay-lanes",
            4);
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

    @Inject
    BusinessClock clock;

    @Override
    public RelaySchedule schedule() {
        return SCHEDULE;
    }

    /** Up to {@code max} messages not yet sent, oldest first: the order they were written in. */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<OutboxMessage> due(int max) {
        return em.createQuery("select m from OutboxMessage m where m.sentAt is null order by m.id", OutboxMessage.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** One order's messages share a lane (their message group), so that they reach the broker in order. */
    @Override
    public String lane(OutboxMessage message) {
        return message.getMessageGroup();
    }

    /** Sends one message, durably, outside any transaction. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void relay(OutboxMessage message) {
        jms.createProducer()
                .setProperty(DUPLICATE_DETECTION_ID, message.getMessageId())
                .setProperty(GROUP_ID, message.getMessageGroup())
                .setProperty(MESSAGE_TYPE, message.getMessageType())
                .setProperty(Queues.QUEUED_AT, message.getCreatedAt().toEpochMilli())
                .send(jms.createQueue(message.getDestination()), message.getPayload());
    }

    /** Marks what a round sent, in one transaction: each message was durable on the broker when its send returned. */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void relayed(List<OutboxMessage> sent) {
        em.createQuery("update OutboxMessage m set m.sentAt = :at where m.id in :ids")
                .setParameter("at", clock.now())
                .setParameter("ids", sent.stream().map(OutboxMessage::getId).toList())
                .executeUpdate();
    }
}
