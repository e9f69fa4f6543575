package io.ordertrail.orders.application;

import io.ordertrail.inventory.domain.OrderAvailabilityWasChecked;
import io.ordertrail.orders.domain.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Inventory's outcome flows back to the order (SOP step 7, "maintain clear communication channels"): availability
 * confirmed, or a shortage flagged for sales to follow up with the customer. Within inventory's transaction.
 */
@ApplicationScoped
public class OrderAvailability {

    private static final Logger LOG = Logger.getLogger(OrderAvailability.class.getName());

    @Inject
    OrderRepository orders;

    void availabilityWasChecked(@Observes OrderAvailabilityWasChecked checked) {
        var order = orders.find(checked.orderNumber()).orElseThrow(() -> new IllegalStateException(
                "Inventory checked order " + checked.orderNumber() + ", which does not exist"));
        if (!order.availabilityChecked(checked.orderVersion(), checked.allReserved(), checked.lineOutcomes())) {
            LOG.info(() -> "Inventory outcome for " + checked.orderNumber() + " v" + checked.orderVersion()
                    + " not applied: the order is at v" + order.getOrderVersion());
        }
    }
}
