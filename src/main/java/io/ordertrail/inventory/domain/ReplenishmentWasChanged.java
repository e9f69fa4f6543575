package io.ordertrail.inventory.domain;

/** An expected replenishment was planned, changed or cancelled; {@code what} says which, as people read it. */
public record ReplenishmentWasChanged(Replenishment replenishment, String what) {}
