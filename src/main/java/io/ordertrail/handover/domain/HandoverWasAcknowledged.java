package io.ordertrail.handover.domain;

import java.time.Instant;

/** A member of the team acknowledged a handover of the order; fired inside the acknowledging transaction. */
public record HandoverWasAcknowledged(Team team, String orderNumber, Instant at) {}
