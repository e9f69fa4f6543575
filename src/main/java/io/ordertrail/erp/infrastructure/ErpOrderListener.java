package io.ordertrail.erp.infrastructure;

import io.ordertrail.erp.application.ErpFailures;
import io.ordertrail.erp.application.ErpOrders;
import io.ordertrail.platform.Resources;
import io.ordertrail.platform.logging.Correlation;
import io.ordertrail.platform.logging.MessageCorrelation;
import io.ordertrail.platform.messaging.ListenerTransaction;
import io.ordertrail.platform.messaging.Queues;
import io.ordertrail.platform.originals.InboundOriginal;
import io.ordertrail.platform.originals.OriginalKind;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;

/**
 * The ERP systems' end of the inbound queue {@code erp.orders.in}. Thin: it hands the document, with the broker
 * user that sent it (JMSXUserID, stamped by the broker), to {@link ErpOrders}, which answers it in the same
 * transaction. A failure propagates, so the broker redelivers and finally dead-letters the document; nothing is
 * swallowed. It acts with the INTEGRATION role, as the online platform's service account does.
 *
 * <p>A message over 4 MiB never gets here: the broker refuses it to its sender (broker.xml's DocumentSizeLimit
 * plugin), since the messaging client would decode all of it before this listener saw it.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Resources.RESOURCE_ADAPTER),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.ERP_ORDERS_IN),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
            // the broker's local transaction, committed after the database's (decision 0010)
            @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
        })
@RunAs(Roles.INTEGRATION)
// outside the container's transaction: the work runs in ListenerTransaction's, and the broker's local transaction
// takes the document after it committed (decision 0010); a document received before gets its answer again
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ErpOrderListener implements MessageListener {

    @Inject
    ErpOrders erpOrders;

    @Inject
    ErpFailures failures;

    @Inject
    InboundOriginal inbound;

    @Inject
    MessageCorrelation correlation;

    @Inject
    ListenerTransaction transaction;

    @Override
    public void onMessage(Message message) {
        Correlation.Scope scope = correlation.received(message, null);
        try {
            transaction.run(() -> handle(message));
        } finally {
            correlation.handled(scope);
        }
    }

    private void handle(Message message) {
        String text = null;
        String id = null;
        try {
            id = message.getJMSMessageID();
            String sender = message.getStringProperty(VALIDATED_USER);
            if (message instanceof BytesMessage bytes && !erpOrders.takes(bytes.getBodyLength())) {
                erpOrders.refuseOversized(bytes.getBodyLength(), sender, start(bytes), id);
                return;
            }
            byte[] original = bytes(message);
            text = original == null ? null : new String(original, StandardCharsets.UTF_8);
            if (original != null) {
                inbound.arrived(OriginalKind.ERP_DOCUMENT, "application/xml", fileName(id), original);
            }
            Queue replyTo = message.getJMSReplyTo() instanceof Queue queue ? queue : null;
            erpOrders.receive(text, sender, replyTo == null ? null : replyTo.getQueueName(), id);
        } catch (JMSException e) {
            JMSRuntimeException unreadable =
                    new JMSRuntimeException("Could not read the ERP message: " + e.getMessage(), e.getErrorCode(), e);
            failures.record(id, deliveryCount(message), text, unreadable);
            throw unreadable;
        } catch (RuntimeException e) {
            failures.record(id, deliveryCount(message), text, e);
            throw e; // roll back: the broker redelivers, then dead-letters
        }
    }

    /** The user the broker authenticated for the sender, stamped on the message (populate-validated-user). */
    static final String VALIDATED_USER = "JMSXUserID";

    private static int deliveryCount(Message message) {
        try {
            return message.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | NumberFormatException e) {
            return 0;
        }
    }

    /** How much of an oversized document is kept with its refusal. */
    private static final int KEPT_BYTES = 64 * 1024;

    private static String start(BytesMessage bytes) throws JMSException {
        byte[] start = new byte[KEPT_BYTES];
        int read = bytes.readBytes(start);
        return new String(start, 0, Math.max(read, 0), StandardCharsets.UTF_8);
    }

    /**
     * The document's bytes: a bytes message's (as some ERP adapters send) exactly as they came, a text message's
     * text as UTF-8; null for anything else.
     */
    private static byte[] bytes(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText() == null ? null : text.getText().getBytes(StandardCharsets.UTF_8);
        }
        if (message instanceof BytesMessage bytes) {
            byte[] body = new byte[(int) Math.min(bytes.getBodyLength(), Integer.MAX_VALUE)];
            bytes.readBytes(body);
            return body;
        }
        return null;
    }

    private static String fileName(String jmsMessageId) {
        return "erp-" + (jmsMessageId == null ? "document" : jmsMessageId.replaceAll("[^A-Za-z0-9._-]+", "-")) + ".xml";
    }
}
