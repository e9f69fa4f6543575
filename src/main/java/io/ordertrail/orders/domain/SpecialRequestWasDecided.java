package io.ordertrail.orders.domain;

/** A special request on the order was reviewed: fulfillment's copy of the order's requests must follow. */
public record SpecialRequestWasDecided(Order order, SpecialRequest request) {}
