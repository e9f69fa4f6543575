package io.ordertrail.orders.application;

import io.ordertrail.inventory.domain.OrderAvailabilityWasChecked;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderPromiseWasRevised;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.platform.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Inventory's outcome flows back to the order (SOP step 7, "maintain clear communication channels"): availability
 * confirmed, or a shortage flagged for sales to follow up with the customer. A shortage found only now (another
 * order took the stock since this one was verified) moves the promised date to when the stock is expected, or
 * withdraws it when none is; an ERP buyer is then answered again. Within inventory's transaction.
 */
@ApplicationScoped
public class OrderAvailability {

    @Inject
    BusinessClock clock;

    private static final Logger LOG = Logger.getLogger(OrderAvailability.class.getName());

    @Inject
    OrderRepository orders;

    @Inject
    OrderVerification verification;

    @Inject
    Event<OrderPromiseWasRevised> promiseWasRevised;

    void availabilityWasChecked(@Observes OrderAvailabilityWasChecked checked) {
        var order = OrderNumber.parse(checked.orderNumber())
                .flatMap(orders::find)
                .orElseThrow(() -> new IllegalStateException(
                        "Inventory checked order " + checked.orderNumber() + ", which does not exist"));
        if (!order.availabilityChecked(checked.orderVersion(), checked.allReserved(), checked.lineOutcomes())) {
            LOG.info(() -> "Inventory outcome for " + checked.orderNumber() + " v" + checked.orderVersion()
                    + " not applied: the order is at v" + order.getOrderVersion());
            return;
        }
        if (checked.reevaluation() != null) { // stock arrived or was planned: the promise moves either way
            java.time.LocalDate before = order.getEstimatedDate();
            if (order.promiseReevaluated(
                    checked.orderVersion(),
                    verification.estimateFrom(
                            checked.stockReadyOn(), checked.allCovered(), order.getFulfillmentMethod()),
                    checked.reevaluation(),
                    "inventory",
                    clock.now())) {
                promiseWasRevised.fire(new OrderPromiseWasRevised(order, before));
            }
        } else if (!checked.allReserved()) { // stock another order took since verification: the promise may not hold
            order.revisePromise(
                            checked.orderVersion(),
                            verification.estimateFrom(
                                    checked.stockReadyOn(), checked.allCovered(), order.getFulfillmentMethod()),
                            "inventory",
                            clock.now())
                    .ifPresent(before -> promiseWasRevised.fire(new OrderPromiseWasRevised(order, before)));
        }
    }
}
