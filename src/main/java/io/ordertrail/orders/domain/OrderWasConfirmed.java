package io.ordertrail.orders.domain;

/**
 * Fired inside the transaction in which an order first became confirmed to the customer (SOP step 4), so that its
 * handover to fulfillment commits or fails with it.
 */
public record OrderWasConfirmed(Order order) {}
