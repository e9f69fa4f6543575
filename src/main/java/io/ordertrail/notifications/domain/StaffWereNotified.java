package io.ordertrail.notifications.domain;

import java.util.Set;

/** Notifications were kept for these people: their open pages update the badge once the change is committed. */
public record StaffWereNotified(Set<String> recipients) {}
