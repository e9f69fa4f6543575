package io.ordertrail.notifications.web;

import io.ordertrail.notifications.domain.StaffWereNotified;
import io.ordertrail.platform.cluster.PageSignals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Tells the open pages of the people notified, on every server ({@link PageSignals}), once the notification is
 * committed, to refresh their badge. The push carries no data; each page asks for its own person's notifications.
 */
@ApplicationScoped
public class NotificationsPush {

    static final String CHANNEL = "notifications";

    @Inject
    PageSignals signals;

    void staffWereNotified(@Observes(during = TransactionPhase.AFTER_SUCCESS) StaffWereNotified notified) {
        signals.publish(CHANNEL, "new", notified.recipients());
    }
}
