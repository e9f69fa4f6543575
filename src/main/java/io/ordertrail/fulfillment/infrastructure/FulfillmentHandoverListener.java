package io.ordertrail.fulfillment.infrastructure;

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
}
