package io.ordertrail.handover.application;

import io.ordertrail.handover.domain.HandoverDocument;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.handover.infrastructure.Outbox;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderWasConfirmed;
import io.ordertrail.orders.domain.OrderWasAmended;
import io.ordertrail.orders.domain.OrderWasCancelled;
import io.ordertrail.orders.domain.OrderWasRecorded;
import io.ordertrail.orders.domain.SpecialRequest;
import io.ordertrail.orders.domain.SpecialRequestWasDecided;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Notifies inventory and fulfillment of every recorded, amended and cancelled order (SOP step 7): one handover
 * message per team, put in the outbox within the transaction that changed the order; and fulfillment again once the
 * order is confirmed, to start work, and whenever a special request on it is reviewed.
 */
@ApplicationScoped
public class HandoverPublisher {

    public static final String ORDER_RECORDED = "OrderRecorded";
    /** A new version of an order: the teams adjust to it. */
    public static final String ORDER_AMENDED = "OrderAmended";
    /** A cancelled order: the teams release what they reserved and stop work on it. */
    public static final String ORDER_CANCELLED = "OrderCancelled";
    /** A special request on the order was reviewed: fulfillment's copy of the requests follows. */
    public static final String SPECIAL_REQUEST_REVIEWED = "SpecialRequestReviewed";
    /** A confirmed order, for the fulfillment team to pick, pack and dispatch. */
    public static final String ORDER_CONFIRMED = "OrderConfirmed";

    @Inject
    Outbox outbox;

    /** A recorded order, or an amended one approved after its double-check. */
    void orderWasRecorded(@Observes OrderWasRecorded event) {
        Order order = event.order();
        toBothTeams(order, order.getOrderVersion() == 1 ? ORDER_RECORDED : ORDER_AMENDED);
    }

    void orderWasAmended(@Observes OrderWasAmended event) {
        toBothTeams(event.order(), ORDER_AMENDED);
    }

    void orderWasCancelled(@Observes OrderWasCancelled event) {
        toBothTeams(event.order(), ORDER_CANCELLED);
    }

    void orderWasConfirmed(@Observes OrderWasConfirmed event) {
        toTeam(event.order(), ORDER_CONFIRMED, Team.FULFILLMENT);
    }

    void specialRequestWasDecided(@Observes SpecialRequestWasDecided event) {
        toTeam(event.order(), SPECIAL_REQUEST_REVIEWED, Team.FULFILLMENT);
    }

    private void toBothTeams(Order order, String messageType) {
        for (Team team : Team.values()) {
            toTeam(order, messageType, team);
        }
    }

    private void toTeam(Order order, String messageType, Team team) {
        HandoverDocument document = documentFor(order, messageType, UUID.randomUUID().toString());
        outbox.enqueue(document.messageId(), team.queue(), order.getOrderNumber(), messageType, document.toJson());
    }

    static HandoverDocument documentFor(Order order, String messageType, String messageId) {
        return HandoverDocument.of(messageId, messageType, order.getOrderNumber(), order.getOrderVersion(),
                new HandoverDocument.Customer(order.getCustomer().getCustomerNumber(), order.getCustomer().getName()),
                new HandoverDocument.Fulfilment(order.getFulfilmentMethod().name(), order.getDeliveryAddress(),
                        order.getPickupLocation(), order.getInstructions()),
                order.getLines().stream()
                        .map(l -> new HandoverDocument.Line(l.getLineNumber(), l.getProductCode(), l.getProductName(),
                                l.getQuantity()))
                        .toList(),
                order.getSpecialRequests().stream().map(SpecialRequest::describe).toList());
    }
}
