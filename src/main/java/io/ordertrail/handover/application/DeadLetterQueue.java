package io.ordertrail.handover.application;

import io.ordertrail.platform.Resources;
import io.ordertrail.platform.messaging.Queues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.transaction.Transactional;

/**
 * Where a listener puts a message it refuses outright, one no retry could make acceptable (a document nobody may
 * send, or one that cannot be read): on the dead-letter queue at once, with the queue it came from and the reason,
 * for the administrator's Dead letters page. In the listener's transaction, so the message leaves its queue only
 * when it is on the dead-letter queue.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DeadLetterQueue {

    /** How much of a refusal reason travels with the message. */
    static final int MAX_REASON = 1000;

    @Inject
    @JMSConnectionFactory(Resources.CONNECTION_FACTORY)
    JMSContext jms;

    public void refuse(String fromQueue, String body, String reason) {
        jms.createProducer()
                .setProperty(DeadLetters.REFUSED_FROM_QUEUE, fromQueue)
                .setProperty(
                        DeadLetters.REFUSAL_REASON,
                        reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…")
                .send(jms.createQueue(Queues.DEAD_LETTERS), body == null ? "" : body);
    }
}
