package io.ordertrail.orders.domain;

/** An order was amended and its new version stands (verified, and double-checked where flagged): hand it over. */
public record OrderWasAmended(Order order) {}
