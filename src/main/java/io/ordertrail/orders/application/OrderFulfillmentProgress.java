package io.ordertrail.orders.application;

import io.ordertrail.fulfillment.domain.FulfillmentStepWasTaken;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.orders.domain.OrderStatus;
import io.ordertrail.platform.i18n.Phrase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The order follows its fulfillment (SOP step 7): in fulfillment once picking starts, then dispatched or picked
 * up. Runs in the transaction that took the step.
 */
@ApplicationScoped
public class OrderFulfillmentProgress {

    @Inject
    OrderRepository orders;

    void stepWasTaken(@Observes FulfillmentStepWasTaken step) {
        Order order = OrderNumber.parse(step.orderNumber())
                .flatMap(orders::find)
                .orElseThrow(
                        () -> new IllegalStateException("Fulfillment task for unknown order " + step.orderNumber()));
        Phrase why = step.note() == null
                ? Phrase.of("timeline.fulfillment", Phrase.labelInSentence(step.step()))
                : Phrase.of(
                        "timeline.fulfillmentStep.dispatched",
                        Phrase.labelInSentence(step.step()),
                        step.carrier(),
                        step.trackingReference());
        switch (step.step()) {
            case PICKING -> order.fulfillmentReached(OrderStatus.IN_FULFILLMENT, step.by(), step.at(), why);
            case DISPATCHED -> order.fulfillmentReached(OrderStatus.DISPATCHED, step.by(), step.at(), why);
            case PICKED_UP -> order.fulfillmentReached(OrderStatus.PICKED_UP, step.by(), step.at(), why);
            case READY_FOR_PICKUP -> {
                order.goodsReady(step.at());
                order.fulfillmentReached(order.getStatus(), step.by(), step.at(), why);
            }
            default -> order.fulfillmentReached(order.getStatus(), step.by(), step.at(), why);
            // packed and ready for pickup show on the order's timeline through the task, but wait like the rest
        }
    }
}
