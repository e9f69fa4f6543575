package io.ordertrail.orders.application;

import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderDraft;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.orders.domain.OrderWasReceived;
import io.ordertrail.orders.domain.OrderWasRecorded;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.InputRejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Verifies and records an order in the caller's transaction (SOP steps 2 and 3), handing it over unless it waits
 * for a double-check. Not a service anyone calls: {@link OrderIntake} and {@link OnlineOrders} put people's and
 * the platform's roles in front of it, and the ERP channel's listener uses it for documents it has read from its
 * queue.
 */
@ApplicationScoped
// a refused order leaves the caller's transaction to the caller: an ERP document is then answered with a rejection
@Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = InputRejected.class)
public class OrderIntakeCore {

    @Inject
    OrderRepository orders;

    @Inject
    OrderVerification verification;

    @Inject
    Event<OrderWasRecorded> orderWasRecorded;

    @Inject
    Event<OrderWasReceived> orderWasReceived;

    @Inject
    BusinessClock clock;

    /**
     * @throws io.ordertrail.orders.domain.OrderRejected listing every problem; nothing is stored then
     */
    public Order record(OrderDraft draft, String recordedBy) {
        OrderVerification.Verified verified = verification.verify(draft);
        Order order = Order.record(
                orders.nextOrderNumber(),
                draft,
                verified.customer(),
                verified.verification(),
                recordedBy,
                clock.now(),
                clock.today());
        orders.store(order);
        orderWasReceived.fire(new OrderWasReceived(order));
        if (!order.isAwaitingApproval()) {
            orderWasRecorded.fire(new OrderWasRecorded(order));
        }
        return order;
    }
}
