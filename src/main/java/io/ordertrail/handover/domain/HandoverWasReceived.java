package io.ordertrail.handover.domain;

/** A team's listener has recorded a new handover; fired inside the transaction that consumed it. */
public record HandoverWasReceived(Team team, String orderNumber) {}
