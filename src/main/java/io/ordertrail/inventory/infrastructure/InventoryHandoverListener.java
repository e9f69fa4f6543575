package io.ordertrail.inventory.infrastructure;

import io.ordertrail.handover.domain.HandoverDocument;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.handover.infrastructure.TeamHandoverListener;
import io.ordertrail.inventory.application.InventoryReservations;
import io.ordertrail.platform.Resources;
import io.ordertrail.platform.messaging.Queues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

/** The inventory team receives its handovers (SOP step 7) from its queue and reserves stock for them. */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Resources.RESOURCE_ADAPTER),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.INVENTORY_HANDOVER),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
            // the broker's local transaction, committed after the database's (decision 0010)
            @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
        })
public class InventoryHandoverListener extends TeamHandoverListener {

    @Inject
    InventoryReservations reservations;

    @Override
    protected String queue() {
        return Queues.INVENTORY_HANDOVER;
    }

    @Override
    protected Team team() {
        return Team.INVENTORY;
    }

    @Override
    protected void handOver(HandoverDocument document) {
        switch (document.messageType()) {
            case ORDER_CANCELLED -> reservations.releaseFor(document);
            case ORDER_RECORDED, ORDER_AMENDED -> reservations.reserveFor(document);
            case ORDER_CONFIRMED, SPECIAL_REQUEST_REVIEWED ->
                throw new HandoverDocument.MalformedHandover("Inventory does not handle "
                        + document.messageType().wireName() + " messages (" + document.orderNumber() + ")");
        }
    }
}
