package io.ordertrail.notifications.web;

import io.ordertrail.notifications.domain.StaffWereNotified;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

/**
 * Tells the open pages of the people notified, once the notification is committed, to refresh their badge. The
 * push carries no data; each page asks for its own person's notifications.
 */
@ApplicationScoped
public class NotificationsPush {

    static final String CHANNEL = "notifications";

    @Inject
    @Push(channel = CHANNEL)
    PushContext notifications;

    void staffWereNotified(@Observes(during = TransactionPhase.AFTER_SUCCESS) StaffWereNotified notified) {
        notifications.send("new", notified.recipients());
    }
}
