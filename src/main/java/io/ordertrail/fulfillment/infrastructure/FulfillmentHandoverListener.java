package io.ordertrail.fulfillment.infrastructure;

import io.ordertrail.handover.domain.HandoverDocument;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.handover.infrastructure.TeamHandoverListener;
import io.ordertrail.platform.Resources;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/** The fulfillment team receives its handovers (SOP step 7) from its queue. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Resources.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "ordertrail.fulfillment.handover"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class FulfillmentHandoverListener extends TeamHandoverListener {

    @Override
    protected Team team() {
        return Team.FULFILLMENT;
    }

    /** Recording the receipt is all for now: fulfillment tasks start once orders are confirmed (SOP step 4). */
    @Override
    protected void handOver(HandoverDocument document) {
        // the receipt the inbox recorded is the fulfillment team's record of the handover
    }
}
