package io.ordertrail.orders.domain;

/**
 * A note was left on an order for {@code addressedTo} by {@code writtenBy}: the teams' open queues refresh their
 * notes, and the team's members are notified.
 */
public record NoteWasAdded(OrderNumber orderNumber, NoteAudience addressedTo, String writtenBy) {}
