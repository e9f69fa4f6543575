package io.ordertrail.orders.domain;

/**
 * Fired inside the transaction that receives an order, whether it is recorded at once or waits for approval, so
 * that what keeps records of it (the source email) commits or fails with it.
 */
public record OrderWasReceived(Order order) {}
