package io.ordertrail.handover.application;

import io.ordertrail.handover.domain.HandoverDocument;
import io.ordertrail.handover.domain.HandoverMessageType;
import io.ordertrail.handover.domain.HandoverReceipt;
import io.ordertrail.handover.domain.HandoverWasReceived;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.platform.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where a team's listener records a handover it received from the broker. Not a service anyone calls: only the
 * teams' message-driven beans use it, inside the transaction in which they consume the message, so a failure
 * here rolls the message back onto the queue for redelivery. A redelivered message finds its receipt already
 * there and changes nothing; the unique key stops two deliveries racing each other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HandoverInbox {

    @Inject
    BusinessClock clock;

    private static final Logger LOG = Logger.getLogger(HandoverInbox.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<HandoverWasReceived> handoverWasReceived;

    /**
     * Records the receipt; returns the document when the team is to act on it, empty when this message was received
     * before or its order was cancelled meanwhile (a redelivery delay can let the cancellation pass an earlier
     * message of the order, which must then change nothing).
     *
     * @throws HandoverDocument.MalformedHandover when the message is not a handover document; the broker then
     *                                            retries it and finally moves it to the dead-letter queue
     */
    public Optional<HandoverDocument> received(Team team, String message) {
        return received(team, message, null);
    }

    /**
     * As {@link #received(Team, String)}, for a message that says when it was committed to the outbox, so that the
     * handover's lag can be measured.
     */
    public Optional<HandoverDocument> received(Team team, String message, Instant queuedAt) {
        HandoverDocument document = HandoverDocument.parse(message);
        ReceivedBefore before = receivedBefore(team, document);
        if (before.thisMessage()) {
            LOG.info(() -> team.getLabel() + " already received handover " + document.messageId() + " of "
                    + document.orderNumber() + "; redelivery ignored");
            return Optional.empty();
        }
        Instant now = clock.now();
        em.persist(new HandoverReceipt(team, document, now));
        em.flush(); // a racing duplicate fails here, inside this transaction, and is redelivered
        handoverWasReceived.fire(new HandoverWasReceived(team, document.orderNumber(), queuedAt, now));
        if (document.messageType() != HandoverMessageType.ORDER_CANCELLED && before.cancellation()) {
            LOG.info(() ->
                    team.getLabel() + " received " + document.messageType().wireName() + " v" + document.orderVersion()
                            + " of " + document.orderNumber() + " after its cancellation; it changes nothing");
            return Optional.empty();
        }
        return Optional.of(document);
    }

    /** Whether the team received this very message before, and whether it received the order's cancellation. */
    private record ReceivedBefore(boolean thisMessage, boolean cancellation) {}

    /**
     * One statement for both: the team's receipt of this message (by the unique key), and of another message that
     * cancelled the order (by the order's number). The message's own receipt, when there is one, makes the second
     * question moot.
     */
    private ReceivedBefore receivedBefore(Team team, HandoverDocument document) {
        @SuppressWarnings("unchecked")
        List<String> received = em.createNativeQuery("select message_id from handover_receipt"
                        + " where team = ?1 and message_id = ?2"
                        + " union all (select message_id from handover_receipt"
                        + " where order_number = ?3 and team = ?1 and message_type = ?4 and message_id <> ?2"
                        + " fetch first 1 rows only)")
                .setParameter(1, team.name())
                .setParameter(2, document.messageId())
                .setParameter(3, document.orderNumber())
                .setParameter(4, HandoverMessageType.ORDER_CANCELLED.wireName())
                .getResultList();
        boolean thisMessage = received.contains(document.messageId());
        return new ReceivedBefore(thisMessage, received.size() > (thisMessage ? 1 : 0));
    }
}
