package io.ordertrail.orders.domain;

/**
 * Fired inside the amending transaction when the new version needs a second person's approval before it is handed
 * over: the change is made and kept, but nothing downstream acts on it yet (the records do).
 */
public record AmendmentAwaitsApproval(Order order) {}
