package io.ordertrail.orders.application;

import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderDraft;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderRejected;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.orders.domain.OrderWasRecorded;
import io.ordertrail.orders.domain.Verification;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Receiving, verifying and recording orders (SOP steps 1 to 3). One transaction: the order, its lines and its
 * handover messages are stored together, or nothing is. A flagged order waits for a second person's double-check
 * and is handed over only once approved.
 */
@Stateless
@DenyAll
public class OrderIntake {

    @Inject
    OrderIntakeCore recording;

    @Inject
    OrderRepository orders;

    @Inject
    OrderVerification verification;

    @Inject
    Event<OrderWasRecorded> orderWasRecorded;

    @Resource
    SessionContext session;

    @Inject
    BusinessClock clock;

    /**
     * Verifies the order without storing anything, for the final double-check on screen.
     *
     * @throws OrderRejected listing every problem when the order is incomplete or names an unknown customer or
     *                       product
     */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INTEGRATION})
    public Verification verify(OrderDraft draft) {
        return verification.verify(draft).verification();
    }

    /**
     * Verifies and records the order and returns its number. A flagged order is stored awaiting approval.
     *
     * @throws OrderRejected listing every problem; nothing is stored then
     */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INTEGRATION})
    public OrderNumber record(OrderDraft draft) {
        return recording.record(draft, caller()).getOrderNumber();
    }

    /**
     * The second person's double-check of a flagged order: records it and hands it over. The person who entered
     * the order cannot approve it.
     *
     * @throws OrderRejected when the order is not awaiting approval or the caller entered it
     */
    @RolesAllowed(Roles.MANAGER)
    public void approve(OrderNumber orderNumber, String note) {
        Order order = orders.find(orderNumber)
                .orElseThrow(() ->
                        InputRejected.because("order", Phrase.of("problem.order.noSuch", String.valueOf(orderNumber))));
        order.approve(caller(), clock.now(), note);
        orderWasRecorded.fire(new OrderWasRecorded(order));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
