package io.ordertrail.fulfillment.domain;

import java.time.Instant;

/** Fired inside the transaction in which a fulfillment task took a step, so the order follows it. */
public record FulfillmentStepWasTaken(String orderNumber, TaskStatus step, String by, Instant at, String note) {}
