package io.ordertrail.orders.application;

import io.ordertrail.handover.application.Handovers;
import io.ordertrail.handover.domain.HandoverDocument;
import io.ordertrail.handover.domain.HandoverMessageType;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderWasAmended;
import io.ordertrail.orders.domain.OrderWasCancelled;
import io.ordertrail.orders.domain.OrderWasConfirmed;
import io.ordertrail.orders.domain.OrderWasRecorded;
import io.ordertrail.orders.domain.SpecialRequest;
import io.ordertrail.orders.domain.SpecialRequestWasDecided;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Hands every recorded, amended and cancelled order over to inventory and fulfillment (SOP step 7), one message
 * per team within the transaction that changed the order; and to fulfillment again once the order is confirmed, to
 * start work, and whenever a special request on it is reviewed.
 */
@ApplicationScoped
public class OrderHandover {

    @Inject
    Handovers handovers;

    /** A recorded order, or an amended one approved after its double-check. */
    void orderWasRecorded(@Observes OrderWasRecorded event) {
        Order order = event.order();
        toBothTeams(
                order,
                order.getOrderVersion() == 1 ? HandoverMessageType.ORDER_RECORDED : HandoverMessageType.ORDER_AMENDED);
    }

    void orderWasAmended(@Observes OrderWasAmended event) {
        toBothTeams(event.order(), HandoverMessageType.ORDER_AMENDED);
    }

    void orderWasCancelled(@Observes OrderWasCancelled event) {
        toBothTeams(event.order(), HandoverMessageType.ORDER_CANCELLED);
    }

    void orderWasConfirmed(@Observes OrderWasConfirmed event) {
        toTeam(event.order(), HandoverMessageType.ORDER_CONFIRMED, Team.FULFILLMENT);
    }

    void specialRequestWasDecided(@Observes SpecialRequestWasDecided event) {
        toTeam(event.order(), HandoverMessageType.SPECIAL_REQUEST_REVIEWED, Team.FULFILLMENT);
    }

    private void toBothTeams(Order order, HandoverMessageType type) {
        for (Team team : Team.values()) {
            toTeam(order, type, team);
        }
    }

    private void toTeam(Order order, HandoverMessageType type, Team team) {
        handovers.handOver(documentFor(order, type, UUID.randomUUID().toString()), team);
    }

    static HandoverDocument documentFor(Order order, HandoverMessageType type, String messageId) {
        return HandoverDocument.of(
                messageId,
                type,
                order.getOrderNumber().value(),
                order.getOrderVersion(),
                new HandoverDocument.Customer(
                        order.getCustomer().getCustomerNumber(),
                        order.getCustomer().getName()),
                new HandoverDocument.Fulfillment(
                        order.getFulfillmentMethod().name(),
                        order.getDeliveryAddress(),
                        order.getPickupLocation(),
                        order.getInstructions()),
                order.getLines().stream()
                        .map(l -> new HandoverDocument.Line(
                                l.getLineNumber(), l.getProductCode(), l.getProductName(), l.getQuantity()))
                        .toList(),
                order.getSpecialRequests().stream()
                        .map(SpecialRequest::describe)
                        .toList());
    }
}
