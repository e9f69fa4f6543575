package io.ordertrail.orders.domain;

/** An order was cancelled: the teams release what they reserved and stop work on it. */
public record OrderWasCancelled(Order order) {}
