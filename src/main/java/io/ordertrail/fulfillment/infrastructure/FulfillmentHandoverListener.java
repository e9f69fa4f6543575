package io.ordertrail.fulfillment.infrastructure;

import io.ordertrail.fulfillment.application.FulfillmentIntake;
import io.ordertrail.handover.domain.HandoverDocument;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.handover.infrastructure.TeamHandoverListener;
import io.ordertrail.platform.Resources;
import io.ordertrail.platform.messaging.Queues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

/** The fulfillment team receives its handovers (SOP step 7) from its queue. */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Resources.RESOURCE_ADAPTER),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.FULFILLMENT_HANDOVER),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
            // the broker's local transaction, committed after the database's (decision 0010)
            @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
        })
public class FulfillmentHandoverListener extends TeamHandoverListener {

    @Override
    protected String queue() {
        return Queues.FULFILLMENT_HANDOVER;
    }

    @Override
    protected Team team() {
        return Team.FULFILLMENT;
    }

    @Inject
    FulfillmentIntake intake;

    /**
     * A recorded order is on record as received (the inbox's receipt); work starts when the confirmed order arrives
     * (SOP section 3: fulfillment prepares orders "following confirmation and approval").
     */
    @Override
    protected void handOver(HandoverDocument document) {
        switch (document.messageType()) {
            case ORDER_CONFIRMED -> intake.orderConfirmed(document);
            case ORDER_AMENDED -> intake.orderAmended(document);
            case ORDER_CANCELLED -> intake.orderCancelled(document);
            case SPECIAL_REQUEST_REVIEWED -> intake.specialRequestReviewed(document);
            case ORDER_RECORDED -> {
                // on record as received (the inbox's receipt); work starts once the order is confirmed
            }
        }
    }
}
