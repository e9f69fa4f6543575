package io.ordertrail.handover.application;

import io.ordertrail.handover.domain.HandoverDocument;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.handover.infrastructure.Outbox;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderWasConfirmed;
import io.ordertrail.orders.domain.OrderWasRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Notifies inventory and fulfillment of every recorded order (SOP step 7): one handover message per team, put in
 * the outbox within the recording transaction; and fulfillment again once the order is confirmed, to start work.
 */
@ApplicationScoped
public class HandoverPublisher {

    static final String ORDER_RECORDED = "OrderRecorded";
    /** A confirmed order, for the fulfillment team to pick, pack and dispatch. */
    public static final String ORDER_CONFIRMED = "OrderConfirmed";

    @Inject
    Outbox outbox;

    void orderWasRecorded(@Observes OrderWasRecorded event) {
        Order order = event.order();
        for (Team team : Team.values()) {
            HandoverDocument document = documentFor(order, ORDER_RECORDED, UUID.randomUUID().toString());
            outbox.enqueue(document.messageId(), team.queue(), order.getOrderNumber(), ORDER_RECORDED,
                    document.toJson());
        }
    }

    void orderWasConfirmed(@Observes OrderWasConfirmed event) {
        Order order = event.order();
        HandoverDocument document = documentFor(order, ORDER_CONFIRMED, UUID.randomUUID().toString());
        outbox.enqueue(document.messageId(), Team.FULFILLMENT.queue(), order.getOrderNumber(), ORDER_CONFIRMED,
                document.toJson());
    }

    static HandoverDocument documentFor(Order order, String messageType, String messageId) {
        return HandoverDocument.of(messageId, messageType, order.getOrderNumber(), order.getOrderVersion(),
                new HandoverDocument.Customer(order.getCustomer().getCustomerNumber(), order.getCustomer().getName()),
                new HandoverDocument.Fulfilment(order.getFulfilmentMethod().name(), order.getDeliveryAddress(),
                        order.getPickupLocation(), order.getInstructions()),
                order.getLines().stream()
                        .map(l -> new HandoverDocument.Line(l.getLineNumber(), l.getProductCode(), l.getProductName(),
                                l.getQuantity()))
                        .toList());
    }
}
