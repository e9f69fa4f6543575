package io.ordertrail.orders.domain;

/** A note was left on an order for {@code addressedTo}: the teams' open queues refresh their notes. */
public record NoteWasAdded(OrderNumber orderNumber, NoteAudience addressedTo) {}
