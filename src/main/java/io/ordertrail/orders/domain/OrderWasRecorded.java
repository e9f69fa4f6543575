package io.ordertrail.orders.domain;

/** Fired inside the recording transaction, so that what reacts to it (the handover) commits or fails with it. */
public record OrderWasRecorded(Order order) {}
