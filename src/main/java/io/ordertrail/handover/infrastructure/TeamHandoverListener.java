package io.ordertrail.handover.infrastructure;

import io.ordertrail.handover.application.DeadLetterQueue;
import io.ordertrail.handover.application.HandoverFailures;
import io.ordertrail.handover.application.HandoverInbox;
import io.ordertrail.handover.domain.HandoverDocument;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.platform.ChangedMeanwhile;
import io.ordertrail.platform.logging.Correlation;
import io.ordertrail.platform.logging.MessageCorrelation;
import io.ordertrail.platform.messaging.ListenerTransaction;
import io.ordertrail.platform.messaging.Queues;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A team's end of its handover queue. Thin: it hands the document to the inbox, in a database transaction of its
 * own, and any failure propagates, so that transaction rolls back, the resource adapter rolls back the broker's, and
 * the broker redelivers, then dead-letters after the configured attempts.
 * Each failed attempt's reason is kept ({@link HandoverFailures}) for the administrator's dead-letter page.
 * Nothing is swallowed. Work that finds what it read changed meanwhile ({@link ChangedMeanwhile}) is run again at
 * once, a few times, before that counts as a failure. Each team's message-driven bean extends this with its queue's
 * activation config.
 *
 * <p>Only the application sends handovers. A message the broker says someone else sent (JMSXUserID, which the broker
 * stamps and no sender can set) goes straight to the dead-letter queue with that reason, and nothing of it is
 * applied: no reservation, no release, no task.
 */
// outside the container's transaction: the work runs in ListenerTransaction's, and the broker's local transaction
// takes the message after it committed (useLocalTx on each listener, decision 0010)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class TeamHandoverListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(TeamHandoverListener.class.getName());

    @Inject
    HandoverInbox inbox;

    @Inject
    HandoverFailures failures;

    @Inject
    DeadLetterQueue deadLetters;

    @Inject
    @ConfigProperty(name = "ordertrail.jms.user", defaultValue = "ordertrail")
    String applicationBrokerUser;

    /** The queue this listener consumes, named in its refusals. */
    protected abstract String queue();

    /** The team whose queue this listener consumes. */
    protected abstract Team team();

    /** What the team does with a handover it has not seen before; within the same transaction. */
    protected abstract void handOver(HandoverDocument document);

    @Inject
    MessageCorrelation correlation;

    @Inject
    ListenerTransaction transaction;

    /**
     * How often the work runs when what it read changed before it could commit ({@link ChangedMeanwhile}); after the
     * last, that is a failure like any other, and the broker redelivers the message.
     */
    static final int RUNS_WHEN_CHANGED_MEANWHILE = 5;

    @Override
    public void onMessage(Message message) {
        // a handover's group is its order (the relay sends an order's messages in one group, in order)
        Correlation.Scope scope = correlation.received(message, orderNumber(message));
        try {
            for (int run = 1; ; run++) {
                boolean last = run == RUNS_WHEN_CHANGED_MEANWHILE;
                try {
                    transaction.run(() -> handle(message));
                    return;
                } catch (ChangedMeanwhile e) {
                    if (last) {
                        failures.record(team(), jmsMessageId(message), deliveryCount(message), e);
                        throw e; // the broker redelivers, then dead-letters
                    }
                    int ran = run;
                    LOG.info(() -> team().getLabel() + " runs " + jmsMessageId(message) + " again (" + ran + " of "
                            + RUNS_WHEN_CHANGED_MEANWHILE + "): " + e.getMessage());
                }
            }
        } finally {
            correlation.handled(scope);
        }
    }

    private static String orderNumber(Message message) {
        try {
            return message.getStringProperty("JMSXGroupID");
        } catch (JMSException e) {
            return null; // the order is named by the handover's own lines; the listener records what is unreadable
        }
    }

    private void handle(Message message) {
        try {
            String sender = message.getStringProperty("JMSXUserID");
            if (!applicationBrokerUser.equals(sender)) {
                String reason = "Sent by " + (sender == null ? "an unknown broker user" : "broker user " + sender)
                        + ", not by Ordertrail: a forged handover; nothing of it was applied.";
                LOG.warning(() -> team().getLabel() + " refused " + jmsMessageId(message) + ": " + reason);
                deadLetters.refuse(queue(), HandoverText.of(message), reason);
                return;
            }
            inbox.received(team(), HandoverText.of(message), queuedAt(message)).ifPresent(this::handOver);
        } catch (JMSException e) {
            RuntimeException unreadable = new JMSRuntimeException(
                    "Could not read the handover's sender: " + e.getMessage(), e.getErrorCode(), e);
            failures.record(team(), jmsMessageId(message), deliveryCount(message), unreadable);
            throw unreadable;
        } catch (ChangedMeanwhile e) {
            throw e; // roll back and run again on what is there now (onMessage); not a failed attempt yet
        } catch (RuntimeException e) {
            failures.record(team(), jmsMessageId(message), deliveryCount(message), e);
            throw e; // roll back: the broker redelivers, then dead-letters
        }
    }

    /** When the relay says the handover was committed to the outbox; null for a message without it. */
    private static Instant queuedAt(Message message) throws JMSException {
        return message.propertyExists(Queues.QUEUED_AT)
                ? Instant.ofEpochMilli(message.getLongProperty(Queues.QUEUED_AT))
                : null;
    }

    private static String jmsMessageId(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static int deliveryCount(Message message) {
        try {
            return message.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | NumberFormatException e) {
            return 0;
        }
    }
}
