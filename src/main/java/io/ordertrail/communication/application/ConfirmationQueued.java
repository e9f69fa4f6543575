package io.ordertrail.communication.application;

/** A confirmation was put in the queue for sending; the dispatcher picks it up once the transaction commits. */
public record ConfirmationQueued(long communicationId) {}
