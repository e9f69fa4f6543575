package io.ordertrail.platform;

/** A transaction queued work for the relay of this name; the relay does it once the transaction commits. */
public record WorkWasQueued(String relay) {}
