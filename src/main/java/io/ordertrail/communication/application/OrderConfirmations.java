package io.ordertrail.communication.application;

import io.ordertrail.communication.domain.Communication;
import io.ordertrail.communication.domain.CommunicationKind;
import io.ordertrail.communication.domain.ConfirmationChannel;
import io.ordertrail.communication.domain.ConfirmationContent;
import io.ordertrail.communication.domain.DeliveryStatus;
import io.ordertrail.communication.infrastructure.ConfirmationDelivery;
import io.ordertrail.customers.domain.NewCustomer;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.orders.domain.OrderWasConfirmed;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.InputRejected.Problem;
import io.ordertrail.platform.WorkWasQueued;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * SOP step 4, confirming the order to the customer: by email or message (queued, then sent and retried by the
 * dispatcher until it gets through) or by a call that staff record. Every confirmation is a communication record
 * tied to the exact order version it confirms; the customer's choice of channel is remembered.
 */
@Stateless
@DenyAll
public class OrderConfirmations {

    @Inject
    BusinessClock clock;

    /** A call recorded as made more than this far in the future is a typing error. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderRepository orders;

    @Inject
    ConfirmationSettings settings;

    @Inject
    AcknowledgementKeys keys;

    @Inject
    Event<WorkWasQueued> queued;

    @Inject
    Event<OrderWasConfirmed> orderWasConfirmed;

    @Resource
    SessionContext session;

    /** What a confirmation of the order says now, for the preview and the call script. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public ConfirmationContent content(OrderNumber orderNumber) {
        return ConfirmationContent.of(order(orderNumber, false), settings.contact(), null);
    }

    /**
     * Queues an email confirmation, with the PDF and the customer's acknowledgement link.
     *
     * @throws InputRejected when the address is not an email address or the order cannot be confirmed
     */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INTEGRATION})
    public Communication confirmByEmail(OrderNumber orderNumber, String email) {
        if (email == null || !NewCustomer.isEmail(email.trim())) {
            throw InputRejected.because("recipient", NewCustomer.notAnEmail(email == null ? "" : email.trim()));
        }
        return queue(orderNumber, ConfirmationChannel.EMAIL, email.trim());
    }

    /**
     * A confirmation email a service account asks for: to the customer's email on file, or to another address the
     * account verified and says how (recorded with the confirmation).
     *
     * @throws InputRejected when the address is not an email, or not on file and not verified
     */
    @RolesAllowed(Roles.INTEGRATION)
    public Communication confirmByEmailAsServiceAccount(OrderNumber orderNumber, String email, String verification) {
        String onFile = order(orderNumber, false).getCustomer().getEmail();
        if (email == null || email.isBlank()) {
            // no address given: the customer's on file, as the API documents it
            if (onFile == null) {
                throw InputRejected.because("email", Phrase.of("problem.confirm.noEmail"));
            }
            email = onFile;
        }
        if (!NewCustomer.isEmail(email.trim())) {
            throw InputRejected.because("email", NewCustomer.notAnEmail(email.trim()));
        }
        boolean isOnFile = email != null && onFile != null && onFile.trim().equalsIgnoreCase(email.trim());
        boolean verified = verification != null && !verification.isBlank();
        if (!isOnFile && !verified) {
            throw InputRejected.because("email", Phrase.of("problem.confirm.verify"));
        }
        Communication queued = confirmByEmail(orderNumber, email);
        if (!isOnFile) {
            queued.recipientVerifiedAs(verification.trim());
        }
        return queued;
    }

    /**
     * Queues a text-message confirmation through the messaging gateway.
     *
     * @throws InputRejected when the number is not a phone number, no gateway is configured, or the order cannot be
     *                       confirmed
     */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public Communication confirmByMessage(OrderNumber orderNumber, String phone) {
        if (settings.messageGatewayUrl().isEmpty()) {
            throw InputRejected.because("channel", Phrase.of("problem.confirm.noGateway"));
        }
        if (phone == null || !NewCustomer.isPhone(phone.trim())) {
            throw InputRejected.because("recipient", NewCustomer.notAPhone(phone == null ? "" : phone.trim()));
        }
        return queue(orderNumber, ConfirmationChannel.MESSAGE, phone.trim());
    }

    private Communication queue(OrderNumber orderNumber, ConfirmationChannel channel, String recipient) {
        Order order = order(orderNumber, true);
        order.checkConfirmable();
        ConfirmationContent content = ConfirmationContent.of(order, settings.contact(), null);
        Instant now = clock.now();
        Communication communication = Communication.toSend(kindFor(order), channel, recipient, caller(), now, content);
        em.persist(communication); // the id, for the acknowledgement link
        if (channel == ConfirmationChannel.EMAIL) {
            communication.carryAcknowledgeLink(content.withAcknowledgeUrl(ConfirmationContent.LINK_PLACEHOLDER));
            communication.issueLink(keys.tokens(), now.plus(settings.linkValidity()));
        }
        order.getCustomer().prefersConfirmationBy(channel.name());
        queued.fire(new WorkWasQueued(ConfirmationDelivery.RELAY));
        return communication;
    }

    /**
     * Records a confirmation given by phone: who was spoken to, when, and what was confirmed. The order is
     * confirmed at once.
     *
     * @throws InputRejected naming each missing or wrong field; nothing is recorded then
     */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public Communication recordCall(
            OrderNumber orderNumber, String spokeTo, Instant calledAt, String whatWasConfirmed) {
        List<Problem> problems = new ArrayList<>();
        Instant now = clock.now();
        if (spokeTo == null || spokeTo.isBlank()) {
            problems.add(new Problem("spokeTo", Phrase.of("problem.spokeTo")));
        }
        InputRejected.checkLength(problems, "spokeTo", Phrase.of("what.name"), spokeTo, 200);
        if (calledAt == null) {
            problems.add(new Problem("calledAt", Phrase.of("problem.calledAt")));
        } else if (calledAt.isAfter(now.plus(CLOCK_SKEW))) {
            problems.add(new Problem("calledAt", Phrase.of("problem.calledAt2")));
        }
        if (whatWasConfirmed == null || whatWasConfirmed.isBlank()) {
            problems.add(new Problem("whatWasConfirmed", Phrase.of("problem.whatWasConfirmed")));
        }
        InputRejected.checkLength(problems, "whatWasConfirmed", Phrase.of("what.note"), whatWasConfirmed, 10_000);
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        Order order = order(orderNumber, true);
        order.checkConfirmable();
        Communication call = Communication.call(
                kindFor(order),
                spokeTo.trim(),
                order.getCustomer().getPhone(),
                caller(),
                calledAt,
                now,
                ConfirmationContent.of(order, settings.contact(), null),
                whatWasConfirmed.trim());
        em.persist(call);
        if (order.confirmed(
                order.getOrderVersion(), caller(), now, Phrase.of("timeline.confirmedBy.CALL", spokeTo.trim()))) {
            orderWasConfirmed.fire(new OrderWasConfirmed(order));
        }
        order.getCustomer().prefersConfirmationBy(ConfirmationChannel.CALL.name());
        return call;
    }

    /** Sends an email or message confirmation again, as a new communication with the same content. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public Communication resend(long communicationId) {
        Communication original = em.find(Communication.class, communicationId);
        if (original == null || !original.isResendable()) {
            throw InputRejected.because("communication", Phrase.of("problem.confirm.resend"));
        }
        Communication again = original.resend(caller(), clock.now());
        em.persist(again);
        if (again.getChannel() == ConfirmationChannel.EMAIL && again.getAckExpiresAt() != null) {
            again.issueLink(keys.tokens(), again.getAckExpiresAt()); // a link of its own, as long as the first's
        }
        queued.fire(new WorkWasQueued(ConfirmationDelivery.RELAY));
        return again;
    }

    /** Every communication about the order, oldest first. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public List<Communication> forOrder(OrderNumber orderNumber) {
        return em.createQuery(
                        "select c from Communication c where c.orderNumber = :n order by c.createdAt, c.id",
                        Communication.class)
                .setParameter("n", orderNumber.value())
                .getResultList();
    }

    /** The latest communications about the customer's orders, newest first. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public List<Communication> forCustomer(String customerNumber, int max) {
        return em.createQuery(
                        "select c from Communication c where c.orderNumber in (select o.orderNumber from Order o"
                                + " where o.customer.customerNumber = :n) order by c.createdAt desc, c.id desc",
                        Communication.class)
                .setParameter("n", customerNumber)
                .setMaxResults(max)
                .getResultList();
    }

    /** One communication with its full content, to open it. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public Communication open(long communicationId) {
        Communication c = em.find(Communication.class, communicationId);
        if (c == null) {
            throw InputRejected.because(
                    "communication", Phrase.of("problem.confirm.noSuch", String.valueOf(communicationId)));
        }
        c.getTextContent();
        c.getHtmlContent();
        return c;
    }

    /** Confirmations still waiting to go out or given up on, oldest first: the staff's page of failures. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public List<Communication> needingAttention(int first, int size) {
        return em.createQuery(
                        "select c from Communication c where c.status in :statuses order by c.createdAt, c.id",
                        Communication.class)
                .setParameter("statuses", List.of(DeliveryStatus.PENDING, DeliveryStatus.FAILED))
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public long countNeedingAttention() {
        return em.createQuery("select count(c) from Communication c where c.status in :statuses", Long.class)
                .setParameter("statuses", List.of(DeliveryStatus.PENDING, DeliveryStatus.FAILED))
                .getSingleResult();
    }

    private CommunicationKind kindFor(Order order) {
        if (order.isCancelled()) {
            return CommunicationKind.CANCELLATION;
        }
        return order.getConfirmedAt() == null ? CommunicationKind.CONFIRMATION : CommunicationKind.RECONFIRMATION;
    }

    private Order order(OrderNumber orderNumber, boolean forUpdate) {
        Order order = orders.find(orderNumber)
                .orElseThrow(() ->
                        InputRejected.because("order", Phrase.of("problem.order.noSuch", String.valueOf(orderNumber))));
        if (forUpdate) {
            em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        }
        order.getLines().size();
        return order;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
