package io.ordertrail.handover.domain;

/** An administrator retried or discarded a dead letter. */
public record DeadLetterWasActedOn(DeadLetterAction action) {}
