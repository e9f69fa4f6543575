package io.ordertrail.fulfillment.infrastructure;

import io.ordertrail.fulfillment.application.FulfillmentIntake;
import io.ordertrail.handover.application.HandoverPublisher;
import io.ordertrail.handover.domain.HandoverDocument;
import jakarta.inject.Inject;
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

    @Inject
    FulfillmentIntake intake;

    /**
     * A recorded order is on record as received (the inbox's receipt); work starts when the confirmed order arrives
     * (SOP section 3: fulfillment prepares orders "following confirmation and approval").
     */
    @Override
    protected void handOver(HandoverDocument document) {
        switch (document.messageType()) {
            case HandoverPublisher.ORDER_CONFIRMED -> intake.orderConfirmed(document);
            case HandoverPublisher.ORDER_AMENDED -> intake.orderAmended(document);
            case HandoverPublisher.ORDER_CANCELLED -> intake.orderCancelled(document);
            case HandoverPublisher.SPECIAL_REQUEST_REVIEWED -> intake.specialRequestReviewed(document);
            case HandoverPublisher.ORDER_RECORDED -> {
                // on record as received (the inbox's receipt); work starts once the order is confirmed
            }
            default -> throw new HandoverDocument.MalformedHandover("Fulfillment does not handle "
                    + document.messageType() + " messages (" + document.orderNumber() + ")");
        }
    }
}
