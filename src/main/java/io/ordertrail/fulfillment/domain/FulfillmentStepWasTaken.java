package io.ordertrail.fulfillment.domain;

import java.time.Instant;

/**
 * Fired inside the transaction in which a fulfillment task took a step, so the order follows it and the customer is
 * told when the goods leave or are ready; a dispatch carries its carrier and tracking reference, other steps null.
 */
public record FulfillmentStepWasTaken(
        String orderNumber,
        TaskStatus step,
        String by,
        Instant at,
        String note,
        String carrier,
        String trackingReference) {}
