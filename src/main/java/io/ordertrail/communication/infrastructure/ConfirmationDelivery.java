package io.ordertrail.communication.infrastructure;

import io.ordertrail.communication.application.AcknowledgementKeys;
import io.ordertrail.communication.application.ConfirmationSettings;
import io.ordertrail.communication.domain.Communication;
import io.ordertrail.communication.domain.ConfirmationChannel;
import io.ordertrail.communication.domain.ConfirmationWasGivenUp;
import io.ordertrail.communication.domain.DeliveryStatus;
import io.ordertrail.communication.domain.DeliveryWasAttempted;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.orders.domain.OrderWasConfirmed;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.RelaySchedule;
import io.ordertrail.platform.RelayWork;
import io.ordertrail.platform.cluster.ClusterMember;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.originals.OriginalKind;
import io.ordertrail.platform.originals.Originals;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends queued confirmations: right after the transaction that queued one commits, and every two seconds for those
 * whose next attempt is due (the mail server or gateway was down). Each attempt runs in a transaction of its own; the
 * order and the communication are locked first, so that no other node sends it at the same time and nothing can make
 * the commit fail after the message has left. A failed attempt is recorded with its reason and tried again later.
 */
@Stateless
@LocalBean
@Local(RelayWork.class)
@PermitAll // infrastructure: called by the relay, sends only what staff queued
// on the class too: the relay calls relay(Object), the bridge of RelayWork<T>, which takes the class's attribute
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ConfirmationDelivery implements RelayWork<Long> {

    public static final String RELAY = "Confirmations";
    private static final RelaySchedule SCHEDULE =
            new RelaySchedule(RELAY, "ordertrail.confirmation.relay-interval-ms", Duration.ofSeconds(2), 20);

    @Inject
    Event<ConfirmationWasGivenUp> confirmationWasGivenUp;

    @Inject
    Event<DeliveryWasAttempted> deliveryWasAttempted;

    @Inject
    BusinessClock clock;

    private static final Logger LOG = Logger.getLogger(ConfirmationDelivery.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderRepository orders;

    @Inject
    EmailSender email;

    @Inject
    TextMessageSender textMessages;

    @Inject
    ConfirmationSettings settings;

    @Inject
    AcknowledgementKeys keys;

    @Inject
    Event<OrderWasConfirmed> orderWasConfirmed;

    @Inject
    Originals originals;

    @Inject
    ClusterMember member;

    /** How long a claim holds: the longest a dead server's confirmations wait for another server. */
    static final String CLAIM_SETTING = "ordertrail.confirmation.claim-seconds";

    @Inject
    @ConfigProperty(name = CLAIM_SETTING, defaultValue = "60")
    long claimSeconds;

    @Override
    public RelaySchedule schedule() {
        return SCHEDULE;
    }

    /**
     * The ids of confirmations due for an attempt now, claimed for this server: the due ones nobody else holds a claim
     * on, skipping those another server is claiming at this moment ({@code for update skip locked}), each claimed for
     * {@link #CLAIM_SETTING} seconds. Servers sharing the database so share the confirmations; the lock on the order
     * in {@link #relay} still makes sure that none is sent twice, even after a claim has run out.
     */
    @Override
    public List<Long> due(int max) {
        Instant now = clock.now();
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("select c.id from communication c"
                        + " where c.status = 'PENDING' and c.next_attempt_at <= ?1"
                        + " and (c.claimed_until is null or c.claimed_until < ?1 or c.claimed_by = ?2)"
                        + " order by c.next_attempt_at, c.id limit ?3 for update skip locked")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, member.name())
                .setParameter(3, max)
                .getResultList();
        List<Long> ids = due.stream().map(Number::longValue).toList();
        if (!ids.isEmpty()) {
            Query claim =
                    em.createNativeQuery("update communication set claimed_by = ?1, claimed_until = ?2 where id in ("
                            + IntStream.rangeClosed(3, ids.size() + 2)
                                    .mapToObj(i -> "?" + i)
                                    .collect(Collectors.joining(", "))
                            + ")");
            claim.setParameter(1, member.name());
            claim.setParameter(2, Timestamp.from(now.plusSeconds(claimSeconds)));
            for (int i = 0; i < ids.size(); i++) {
                claim.setParameter(i + 3, ids.get(i));
            }
            claim.executeUpdate();
        }
        return ids;
    }

    /** One attempt to send one confirmation; a failure is recorded on it, to be tried again later. */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void relay(Long communicationId) {
        Communication communication = em.find(Communication.class, communicationId);
        if (communication == null || !communication.isDue(clock.now())) {
            return;
        }
        Order order =
                orders.find(new OrderNumber(communication.getOrderNumber())).orElseThrow();
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        em.lock(communication, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(communication);
        if (!communication.isDue(clock.now())) {
            return; // another node got there first
        }
        if (communication.isDispatchNotice()) {
            sendNotice(communication);
            return;
        }
        try {
            order.checkConfirmable(communication.getOrderVersion());
        } catch (InputRejected notNow) {
            communication.giveUp(notNow.getProblems().get(0).message());
            tellTheOrderIfGivenUp(communication, order);
            LOG.warning(() -> "Confirmation " + communicationId + " not sent: " + communication.getLastError());
            return;
        }
        try {
            String number = communication.getOrderNumber();
            if (communication.getChannel() == ConfirmationChannel.EMAIL) {
                EmailSender.Sent sent = email.send(communication, acknowledgeUrl(communication));
                originals.keep(
                        OriginalKind.CONFIRMATION_EMAIL,
                        "ORDER",
                        number,
                        "message/rfc822",
                        "confirmation-" + communicationId + ".eml",
                        sent.message());
                originals.keep(
                        OriginalKind.CONFIRMATION_PDF,
                        "ORDER",
                        number,
                        "application/pdf",
                        "confirmation-" + communicationId + ".pdf",
                        sent.pdf());
            } else {
                originals.keep(
                        OriginalKind.TEXT_MESSAGE,
                        "ORDER",
                        number,
                        "application/json",
                        "text-message-" + communicationId + ".json",
                        textMessages.send(communication));
            }
            Instant now = clock.now();
            communication.sent(now);
            deliveryWasAttempted.fire(DeliveryWasAttempted.of(communication));
            if (order.confirmed(
                    communication.getOrderVersion(),
                    communication.getAuthor(),
                    now,
                    Phrase.of(
                            "timeline.confirmedBy." + communication.getChannel().name(),
                            communication.getRecipient()))) {
                orderWasConfirmed.fire(new OrderWasConfirmed(order));
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            if (e instanceof RuntimeException && !(e.getCause() instanceof IOException)) {
                LOG.log(Level.SEVERE, "Confirmation " + communicationId + " failed unexpectedly", e);
            }
            communication.attemptFailed(describe(e), clock.now(), settings.retryPolicy());
            deliveryWasAttempted.fire(DeliveryWasAttempted.of(communication));
            tellTheOrderIfGivenUp(communication, order);
            LOG.warning(() -> "Confirmation " + communicationId + " of " + communication.getOrderNumber()
                    + " not sent (attempt " + communication.getAttempts() + "): " + describe(e)
                    + (communication.getNextAttemptAt() == null
                            ? "; given up"
                            : "; next attempt " + communication.getNextAttemptAt()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            communication.attemptFailed("interrupted", clock.now(), settings.retryPolicy());
            deliveryWasAttempted.fire(DeliveryWasAttempted.of(communication));
            tellTheOrderIfGivenUp(communication, order);
        }
    }

    /**
     * Sends a dispatch or ready-for-pickup notice; it confirms nothing, so neither the order nor the confirmation
     * lists follow it. A failed attempt is tried again like a confirmation's, and one given up on stays on the order's
     * communications, where staff see it.
     */
    private void sendNotice(Communication notice) {
        try {
            EmailSender.Sent sent = email.send(notice, acknowledgeUrl(notice));
            originals.keep(
                    OriginalKind.NOTICE_EMAIL,
                    "ORDER",
                    notice.getOrderNumber(),
                    "message/rfc822",
                    "dispatch-notice-" + notice.getId() + ".eml",
                    sent.message());
            notice.sent(clock.now());
            deliveryWasAttempted.fire(DeliveryWasAttempted.of(notice));
        } catch (MessagingException | IOException | RuntimeException e) {
            if (e instanceof RuntimeException && !(e.getCause() instanceof IOException)) {
                LOG.log(Level.SEVERE, "Dispatch notice " + notice.getId() + " failed unexpectedly", e);
            }
            notice.attemptFailed(describe(e), clock.now(), settings.retryPolicy());
            deliveryWasAttempted.fire(DeliveryWasAttempted.of(notice));
            LOG.warning(() -> "Dispatch notice " + notice.getId() + " of " + notice.getOrderNumber()
                    + " not sent (attempt " + notice.getAttempts() + "): " + describe(e)
                    + (notice.getNextAttemptAt() == null
                            ? "; given up"
                            : "; next attempt " + notice.getNextAttemptAt()));
        }
    }

    /** A confirmation given up on puts its order on sales' list of failed confirmations. */
    private void tellTheOrderIfGivenUp(Communication communication, Order order) {
        if (communication.getStatus() == DeliveryStatus.FAILED && communication.isConfirmation()) {
            order.confirmationFailed(clock.now());
            confirmationWasGivenUp.fire(new ConfirmationWasGivenUp(
                    communication.getOrderNumber(),
                    order.getRecordedBy(),
                    communication.getRecipient(),
                    communication.getLastError()));
        }
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? message : e.getClass().getSimpleName() + ": " + message;
    }

    /** Each attempt recorded its own outcome. */
    @Override
    public void relayed(List<Long> communicationIds) {}

    /**
     * The email's acknowledgement link, its token issued again from what was stored (the same token: it is signed,
     * not random); null for an email without one.
     */
    private String acknowledgeUrl(Communication email) {
        if (email.getAckExpiresAt() == null) {
            return null;
        }
        return settings.publicUrl() + "/confirmation.xhtml?token="
                + keys.tokens().issue(email.getId(), email.getOrderNumber(), email.getAckExpiresAt());
    }
}
