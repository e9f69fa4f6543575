package io.ordertrail.fulfillment.infrastructure;

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
 * The fulfillment team's end of the handover queue. Thin, like the inventory one: failures propagate so the broker
 * redelivers and finally dead-letters the message.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Resources.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "ordertrail.fulfillment.handover"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class FulfillmentHandoverListener implements MessageListener {

    @Inject
    HandoverInbox inbox;

    @Override
    public void onMessage(Message message) {
        inbox.received(Team.FULFILLMENT, HandoverText.of(message));
    }
}
