package io.ordertrail.handover.domain;

import java.time.Instant;

/**
 * A team's listener has recorded a new handover; fired inside the transaction that consumed it. {@code queuedAt} is
 * when the handover was committed to the outbox, when the message says so (null otherwise).
 */
public record HandoverWasReceived(Team team, String orderNumber, Instant queuedAt, Instant receivedAt) {}
