package io.ordertrail.handover.application;

import io.ordertrail.handover.domain.DeadLetter;
import io.ordertrail.handover.domain.DeadLetterAction;
import io.ordertrail.handover.domain.DeadLetterWasActedOn;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.Resources;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.SaidException;
import io.ordertrail.platform.messaging.Queues;
import io.ordertrail.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The dead-letter queue for the administrator: every message that could not be processed after the configured
 * attempts, with its reason; retrying one puts it back on its queue, discarding one removes it. Both are
 * recorded with who and when, in the same transaction as the move.
 */
@Stateless
@DenyAll
public class DeadLetters {

    @Inject
    BusinessClock clock;

    /** Artemis names the queue a dead letter came from in this property. */
    static final String ORIGINAL_QUEUE = "_AMQ_ORIG_QUEUE";
    /**
     * A listener that refuses a message outright (a document no retry can make readable) moves it here itself,
     * naming its queue and the reason in these properties.
     */
    public static final String REFUSED_FROM_QUEUE = "ordertrail_refused_from";

    public static final String REFUSAL_REASON = "ordertrail_refusal_reason";
    static final int MAX_LISTED = 500;
    private static final long RECEIVE_TIMEOUT_MS = 2000;

    @Inject
    @JMSConnectionFactory(Resources.CONNECTION_FACTORY)
    JMSContext jms;

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<DeadLetterWasActedOn> deadLetterWasActedOn;

    @Resource
    SessionContext session;

    @RolesAllowed(Roles.ADMIN)
    public List<DeadLetter> list() {
        List<DeadLetter> letters = new ArrayList<>();
        try (QueueBrowser browser = jms.createBrowser(jms.createQueue(Queues.DEAD_LETTERS))) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && letters.size() < MAX_LISTED) {
                // the page shows a preview, and keeps no more than that of any message
                letters.add(toDeadLetter((Message) messages.nextElement()).previewOnly());
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Could not read the dead-letter queue: " + e.getMessage(), e);
        }
        return letters;
    }

    /** How many messages wait in the dead-letter queue, counted up to the most the page lists. */
    @RolesAllowed(Roles.ADMIN)
    public int countWaiting() {
        int count = 0;
        try (QueueBrowser browser = jms.createBrowser(jms.createQueue(Queues.DEAD_LETTERS))) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && count < MAX_LISTED) {
                messages.nextElement();
                count++;
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Could not read the dead-letter queue: " + e.getMessage(), e);
        }
        return count;
    }

    @RolesAllowed(Roles.ADMIN)
    public List<DeadLetterAction> history() {
        return em.createQuery("select a from DeadLetterAction a order by a.actedAt desc", DeadLetterAction.class)
                .setMaxResults(100)
                .getResultList();
    }

    /** Puts the dead letter back on the queue it came from, for another round of attempts. */
    @RolesAllowed(Roles.ADMIN)
    public void retry(String jmsMessageId) {
        Message message = take(jmsMessageId);
        DeadLetter letter = toDeadLetter(message);
        JMSProducer producer = jms.createProducer();
        copyApplicationProperties(message, producer);
        Queue original = jms.createQueue(letter.getOriginalQueue());
        producer.send(original, letter.getBody());
        DeadLetterAction action = new DeadLetterAction(letter, DeadLetterAction.Kind.RETRIED, caller(), clock.now());
        em.persist(action);
        deadLetterWasActedOn.fire(new DeadLetterWasActedOn(action));
    }

    /** Removes the dead letter for good; the record of it stays. */
    @RolesAllowed(Roles.ADMIN)
    public void discard(String jmsMessageId) {
        DeadLetter letter = toDeadLetter(take(jmsMessageId));
        DeadLetterAction action = new DeadLetterAction(letter, DeadLetterAction.Kind.DISCARDED, caller(), clock.now());
        em.persist(action);
        deadLetterWasActedOn.fire(new DeadLetterWasActedOn(action));
    }

    private Message take(String jmsMessageId) {
        if (jmsMessageId == null || !jmsMessageId.matches("ID:[A-Za-z0-9-]+")) {
            throw new DeadLetterGone(Phrase.of("deadLetters.notAnId", String.valueOf(jmsMessageId)));
        }
        try (JMSConsumer consumer =
                jms.createConsumer(jms.createQueue(Queues.DEAD_LETTERS), "JMSMessageID = '" + jmsMessageId + "'")) {
            Message message = consumer.receive(RECEIVE_TIMEOUT_MS);
            if (message == null) {
                throw new DeadLetterGone(Phrase.of("deadLetters.gone", jmsMessageId));
            }
            return message;
        }
    }

    private DeadLetter toDeadLetter(Message message) {
        try {
            String id = message.getJMSMessageID();
            String body = message instanceof TextMessage text
                    ? text.getText()
                    : "(" + message.getClass().getSimpleName() + ")";
            List<String> reasons = em.createQuery(
                            "select f.reason from HandoverFailure f where f.jmsMessageId = :id"
                                    + " order by f.failedAt desc",
                            String.class)
                    .setParameter("id", id)
                    .getResultList();
            if (reasons.isEmpty()) { // an ERP document that failed on every attempt
                reasons = em.createQuery(
                                "select r.reason from ErpRejection r where r.jmsMessageId = :id"
                                        + " order by r.receivedAt desc",
                                String.class)
                        .setParameter("id", id)
                        .getResultList();
            }
            String refusal = message.getStringProperty(REFUSAL_REASON);
            String queue = message.getStringProperty(ORIGINAL_QUEUE);
            return new DeadLetter(
                    id,
                    queue != null ? queue : message.getStringProperty(REFUSED_FROM_QUEUE),
                    body,
                    Instant.ofEpochMilli(message.getJMSTimestamp()),
                    reasons.isEmpty() ? refusal : reasons.get(0),
                    reasons.isEmpty() && refusal != null ? 1 : reasons.size());
        } catch (JMSException e) {
            throw new IllegalStateException("Could not read a dead letter: " + e.getMessage(), e);
        }
    }

    /** The order key and message type travel on; the broker's own properties (and its duplicate id) do not. */
    private static void copyApplicationProperties(Message message, JMSProducer producer) {
        try {
            for (Object name : Collections.list(message.getPropertyNames())) {
                String property = (String) name;
                if (!property.startsWith("_AMQ") && !property.startsWith("JMSX")) {
                    producer.setProperty(property, message.getObjectProperty(property));
                }
            }
            String group = message.getStringProperty("JMSXGroupID");
            if (group != null) {
                producer.setProperty("JMSXGroupID", group);
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Could not copy the dead letter's properties: " + e.getMessage(), e);
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    /** The dead letter an administrator acted on is not there any more. */
    @ApplicationException(rollback = true)
    public static class DeadLetterGone extends SaidException {
        public DeadLetterGone(Phrase phrase) {
            super(phrase);
        }
    }
}
