package io.ordertrail.erp.application;

import io.ordertrail.erp.domain.ErpAnswer;
import io.ordertrail.erp.domain.ErpDocument;
import io.ordertrail.erp.domain.ErpOrder;
import io.ordertrail.erp.domain.ErpOrderCancellation;
import io.ordertrail.erp.domain.ErpOrderChange;
import io.ordertrail.erp.domain.ErpRejection;
import io.ordertrail.erp.domain.RefusedDocument;
import io.ordertrail.erp.domain.UnreadableDocument;
import io.ordertrail.handover.application.DeadLetters;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.Resources;
import io.ordertrail.platform.messaging.Queues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Takes documents from buyers' ERP systems (SOP steps 1 to 3, and 6, for the ERP channel) and hands each to the
 * handler of its type. Runs in the transaction in which the listener consumes the document: the order, the record
 * of the document and the answer (through the outbox) are stored together, or nothing is. A document received
 * before gets the same answer again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ErpOrders {

    private static final Logger LOG = Logger.getLogger(ErpOrders.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ErpSettings settings;

    @Inject
    ErpAnswers answers;

    @Inject
    ErpOrderHandler orderHandler;

    @Inject
    ErpChangeHandler changeHandler;

    @Inject
    ErpCancellationHandler cancellationHandler;

    @Inject
    BusinessClock clock;

    @Inject
    @JMSConnectionFactory(Resources.CONNECTION_FACTORY)
    JMSContext jms;

    /**
     * Takes one document from the inbound queue and answers it.
     *
     * @param replyTo the queue the sender named in JMSReplyTo, or null
     */
    public void receive(String text, String replyTo, String jmsMessageId) {
        String answerTo = settings.answerQueue(replyTo);
        ErpDocument document;
        try {
            document = settings.documents().read(text);
        } catch (RefusedDocument refused) {
            refuse(refused, answerTo, jmsMessageId, text);
            return;
        } catch (UnreadableDocument unreadable) {
            deadLetter(unreadable.getMessage(), text, jmsMessageId);
            return;
        }
        if (answers.answeredBefore(document, answerTo)) {
            return;
        }
        try {
            handle(document, answerTo);
        } catch (RefusedDocument refused) {
            refuse(refused, answerTo, jmsMessageId, text);
        }
    }

    private void handle(ErpDocument document, String answerTo) {
        if (document instanceof ErpOrder order) {
            orderHandler.take(order, answerTo);
        } else if (document instanceof ErpOrderChange change) {
            changeHandler.take(change, answers.orderReferredToBy(change, change.orderId()), answerTo);
        } else if (document instanceof ErpOrderCancellation cancellation) {
            cancellationHandler.take(
                    cancellation, answers.orderReferredToBy(cancellation, cancellation.orderId()), answerTo);
        }
    }

    /** Whether a document of this many bytes is read at all; a larger one goes to {@link #refuseOversized}. */
    public boolean takes(long bytes) {
        return settings.documents().takes(bytes);
    }

    /**
     * Dead-letters a document over the size limit without reading it whole: only its start is kept, with the
     * reason, for the administrator.
     */
    public void refuseOversized(long bytes, String start, String jmsMessageId) {
        try {
            settings.documents().checkSize(bytes);
        } catch (UnreadableDocument oversized) {
            deadLetter(oversized.getMessage(), start, jmsMessageId);
            return;
        }
        throw new IllegalArgumentException("A document of " + bytes + " bytes is within the limit: read it");
    }

    private void refuse(RefusedDocument refused, String answerTo, String jmsMessageId, String text) {
        ErpAnswer answer = refused.answer();
        LOG.warning(refused::getMessage);
        em.persist(new ErpRejection(
                jmsMessageId,
                answer.sender(),
                answer.documentId(),
                String.join("; ", answer.reasons()),
                text,
                clock.now(),
                true));
        answers.send(answers.write(answer), answerTo, answer.sender());
    }

    /** A document no retry can make readable goes straight to the dead-letter queue, with its reason. */
    private void deadLetter(String reason, String text, String jmsMessageId) {
        LOG.warning(() -> "ERP message " + jmsMessageId + " refused: " + reason);
        em.persist(new ErpRejection(jmsMessageId, null, null, reason, text, clock.now(), false));
        jms.createProducer()
                .setProperty(DeadLetters.REFUSED_FROM_QUEUE, Queues.ERP_ORDERS_IN)
                .setProperty(DeadLetters.REFUSAL_REASON, ErpDraftMapping.cut(reason, 1000))
                .send(jms.createQueue(Queues.DEAD_LETTERS), text == null ? "" : text);
    }
}
