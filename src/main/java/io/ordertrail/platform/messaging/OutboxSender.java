package io.ordertrail.platform.messaging;

import io.ordertrail.platform.Resources;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;

/**
 * Puts one outbox message on the broker, durably, outside any transaction: the send returns once the broker holds
 * it, and a copy sent again after a crash or a fail-over is dropped by the broker by its duplicate-detection id. In a
 * transaction, the broker would refuse that copy's commit instead (DUPLICATE_ID_REJECTED), on every retry.
 * <p>
 * A bean of its own with one plain method, so that the container applies NOT_SUPPORTED whatever calls it: the relay
 * calls {@link OutboxDelivery} through the generic {@code RelayWork}, whose bridge method Payara runs in a transaction
 * of its own whatever the class declares (found by the cluster fault drill, docs/fault-drill.md).
 */
@Stateless
@PermitAll // infrastructure: only called by the outbox relay, which has no caller identity
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    @Inject
    @JMSConnectionFactory(Resources.CONNECTION_FACTORY)
    JMSContext jms;

    public void send(OutboxMessage message) {
        jms.createProducer()
                .setProperty(OutboxDelivery.DUPLICATE_DETECTION_ID, message.getMessageId())
                .setProperty(OutboxDelivery.GROUP_ID, message.getMessageGroup())
                .setProperty(OutboxDelivery.MESSAGE_TYPE, message.getMessageType())
                .setProperty(Queues.QUEUED_AT, message.getCreatedAt().toEpochMilli())
                .send(jms.createQueue(message.getDestination()), message.getPayload());
    }
}
