package io.ordertrail.communication.domain;

/**
 * A confirmation (or re-confirmation) to the customer was given up on: sales must reach the customer another way.
 * {@code recordedBy}: who took the order.
 */
public record ConfirmationWasGivenUp(String orderNumber, String recordedBy, String recipient, String reason) {}
