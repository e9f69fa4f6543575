package io.ordertrail.erp.application;

import io.ordertrail.erp.domain.ErpAnswer;
import io.ordertrail.erp.domain.ErpDocument;
import io.ordertrail.erp.domain.ErpDocumentWasRefused;
import io.ordertrail.erp.domain.ErpOrder;
import io.ordertrail.erp.domain.ErpOrderCancellation;
import io.ordertrail.erp.domain.ErpOrderChange;
import io.ordertrail.erp.domain.ErpPartner;
import io.ordertrail.erp.domain.ErpRejection;
import io.ordertrail.erp.domain.RefusedDocument;
import io.ordertrail.erp.domain.UnreadableDocument;
import io.ordertrail.handover.application.DeadLetterQueue;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.messaging.Queues;
import io.ordertrail.platform.originals.Originals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    jakarta.enterprise.event.Event<ErpDocumentWasRefused> documentWasRefused;

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
    DeadLetterQueue deadLetters;

    @Inject
    Originals originals;

    /**
     * Takes one document from the inbound queue and answers it: only from an enabled partner, whose broker user the
     * broker stamped on it, and only for the buyers that partner may act for.
     *
     * @param brokerUser the broker's validated user who sent the document (JMSXUserID)
     * @param replyTo the queue the sender named in JMSReplyTo, or null; honoured when it is the partner's own
     */
    public void receive(String text, String brokerUser, String replyTo, String jmsMessageId) {
        ErpPartner partner = brokerUser == null ? null : em.find(ErpPartner.class, brokerUser);
        if (partner == null || !partner.isEnabled()) {
            deadLetter(
                    brokerUser,
                    (brokerUser == null ? "The document carries no sender (JMSXUserID)" : "Sent by " + brokerUser)
                            + ", which is not an enabled ERP partner; nothing of it was taken.",
                    text,
                    jmsMessageId);
            return;
        }
        SendingPartner from = SendingPartner.of(partner, replyTo);
        ErpDocument document;
        try {
            document = settings.documents().read(text, from.speaksPeppol());
        } catch (RefusedDocument refused) {
            refuse(refused, from, jmsMessageId, text);
            return;
        } catch (UnreadableDocument unreadable) {
            deadLetter(brokerUser, unreadable.getMessage(), text, jmsMessageId);
            return;
        }
        if (answers.answeredBefore(document, from)) {
            return;
        }
        try {
            handle(document, from);
        } catch (RefusedDocument refused) {
            refuse(refused, from, jmsMessageId, text);
        }
    }

    private void handle(ErpDocument document, SendingPartner from) {
        if (document instanceof ErpOrder order) {
            orderHandler.take(order, from);
        } else if (document instanceof ErpOrderChange change) {
            changeHandler.take(change, answers.orderReferredToBy(change, change.orderId(), from), from);
        } else if (document instanceof ErpOrderCancellation cancellation) {
            cancellationHandler.take(
                    cancellation, answers.orderReferredToBy(cancellation, cancellation.orderId(), from), from);
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
    public void refuseOversized(long bytes, String brokerUser, String start, String jmsMessageId) {
        try {
            settings.documents().checkSize(bytes);
        } catch (UnreadableDocument oversized) {
            deadLetter(brokerUser, oversized.getMessage(), start, jmsMessageId);
            return;
        }
        throw new IllegalArgumentException("A document of " + bytes + " bytes is within the limit: read it");
    }

    private void refuse(RefusedDocument refused, SendingPartner from, String jmsMessageId, String text) {
        ErpAnswer answer = refused.answer();
        LOG.warning(() -> from.name() + ": " + refused.getMessage());
        originals.keepWhatArrivedWithoutAChange("ERP_PARTNER", from.name());
        em.persist(new ErpRejection(
                from.name(),
                jmsMessageId,
                answer.sender(),
                answer.documentId(),
                String.join("; ", answer.reasons()),
                text,
                clock.now(),
                true));
        answers.send(answers.write(answer), from.answerTo(), answer.sender(), null);
        documentWasRefused.fire(new ErpDocumentWasRefused(from.name(), true));
    }

    /** A document no retry can make readable goes straight to the dead-letter queue, with its reason. */
    private void deadLetter(String brokerUser, String reason, String text, String jmsMessageId) {
        LOG.warning(() -> "ERP message " + jmsMessageId + " from " + brokerUser + " refused: " + reason);
        originals.keepWhatArrivedWithoutAChange("ERP_PARTNER", brokerUser == null ? "(no sender)" : brokerUser);
        em.persist(new ErpRejection(brokerUser, jmsMessageId, null, null, reason, text, clock.now(), false));
        deadLetters.refuse(Queues.ERP_ORDERS_IN, text, reason);
        documentWasRefused.fire(new ErpDocumentWasRefused(brokerUser == null ? "(no sender)" : brokerUser, false));
    }
}
