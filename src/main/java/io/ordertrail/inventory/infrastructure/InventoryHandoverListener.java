package io.ordertrail.inventory.infrastructure;

import io.ordertrail.handover.application.HandoverInbox;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.handover.infrastructure.HandoverText;
import io.ordertrail.platform.Resources;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * The inventory team's end of the handover queue. Thin: it hands the document to the service, and any failure
 * propagates so the transaction rolls back and the broker redelivers, then dead-letters after the configured
 * attempts. Nothing is swallowed.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Resources.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "ordertrail.inventory.handover"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class InventoryHandoverListener implements MessageListener {

    @Inject
    HandoverInbox inbox;

    @Override
    public void onMessage(Message message) {
        inbox.received(Team.INVENTORY, HandoverText.of(message));
    }
}
