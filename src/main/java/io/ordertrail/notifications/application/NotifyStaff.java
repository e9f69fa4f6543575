package io.ordertrail.notifications.application;

import io.ordertrail.communication.domain.ConfirmationWasGivenUp;
import io.ordertrail.notifications.domain.NotificationKind;
import io.ordertrail.notifications.domain.StaffNotification;
import io.ordertrail.notifications.domain.StaffWereNotified;
import io.ordertrail.orders.domain.AmendmentAwaitsApproval;
import io.ordertrail.orders.domain.NoteAudience;
import io.ordertrail.orders.domain.NoteWasAdded;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderWasRecorded;
import io.ordertrail.orders.domain.SpecialRequest;
import io.ordertrail.orders.domain.SpecialRequestWasDecided;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.security.Roles;
import io.ordertrail.security.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns what happened into notifications for the people who must act, in the transaction of the change, so that a
 * notification is kept exactly when the change is: a flagged order waiting for a double-check (every manager), a
 * special request decided (whoever added it), a note for a team (its members, not the writer), and a confirmation
 * given up on (whoever took the order, or every sales person when a system took it).
 */
@ApplicationScoped
public class NotifyStaff {

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffDirectory staff;

    @Inject
    BusinessClock clock;

    @Inject
    Event<StaffWereNotified> staffWereNotified;

    void orderWasRecorded(@Observes OrderWasRecorded recorded) {
        awaitsDoubleCheck(recorded.order(), "was recorded with ");
    }

    void amendmentAwaitsApproval(@Observes AmendmentAwaitsApproval amended) {
        awaitsDoubleCheck(amended.order(), "was amended with ");
    }

    private void awaitsDoubleCheck(Order order, String what) {
        if (!order.isAwaitingApproval()) {
            return;
        }
        String flags = String.join(
                ", ",
                order.getFlags().stream()
                        .map(f -> f.getType().getLabel().toLowerCase(Locale.ROOT))
                        .distinct()
                        .toList());
        notify(
                staff.withRole(Roles.MANAGER),
                order.getRecordedBy(),
                NotificationKind.ORDER_AWAITS_DOUBLE_CHECK,
                order.getOrderNumber().value(),
                "Order " + order.getOrderNumber() + " " + what + (flags.isEmpty() ? "a flag" : flags)
                        + " and waits for a double-check.",
                orderPage(order.getOrderNumber().value()));
    }

    void specialRequestWasDecided(@Observes SpecialRequestWasDecided decided) {
        SpecialRequest request = decided.request();
        String number = decided.order().getOrderNumber().value();
        notify(
                List.of(request.getCreatedBy()),
                request.getDecidedBy(),
                NotificationKind.SPECIAL_REQUEST_DECIDED,
                number,
                "Your special request on " + number + " ("
                        + request.getType().getLabel().toLowerCase(Locale.ROOT)
                        + ") was decided by " + request.getDecidedBy() + ": "
                        + request.getStatus().getLabel().toLowerCase(Locale.ROOT) + ". " + request.getDecisionReason(),
                orderPage(number));
    }

    void noteWasAdded(@Observes NoteWasAdded added) {
        if (added.addressedTo() == NoteAudience.EVERYONE) {
            return;
        }
        String number = added.orderNumber().value();
        notify(
                staff.withRole(added.addressedTo().name()),
                added.writtenBy(),
                NotificationKind.NOTE_FOR_TEAM,
                number,
                added.writtenBy() + " left a note on " + number + " for "
                        + added.addressedTo().getLabel().toLowerCase(Locale.ROOT) + ".",
                added.addressedTo() == NoteAudience.SALES || added.addressedTo() == NoteAudience.MANAGER
                        ? orderPage(number)
                        : "/" + added.addressedTo().name().toLowerCase(Locale.ROOT) + "/handovers.xhtml");
    }

    void confirmationWasGivenUp(@Observes ConfirmationWasGivenUp givenUp) {
        Collection<String> recipients = staff.hasRole(givenUp.recordedBy(), Roles.SALES)
                ? List.of(givenUp.recordedBy())
                : staff.withRole(Roles.SALES);
        notify(
                recipients,
                null,
                NotificationKind.CONFIRMATION_FAILED,
                givenUp.orderNumber(),
                "The confirmation of " + givenUp.orderNumber() + " to " + givenUp.recipient() + " could not be sent: "
                        + givenUp.reason() + ". Reach the customer another way.",
                orderPage(givenUp.orderNumber()));
    }

    private void notify(
            Collection<String> recipients,
            String causedBy,
            NotificationKind kind,
            String orderNumber,
            String message,
            String link) {
        Instant now = clock.now();
        Set<String> notified = new LinkedHashSet<>();
        for (String recipient : recipients) {
            // who did it needs no notice of it
            if (recipient != null && !recipient.equals(causedBy) && notified.add(recipient)) {
                em.persist(new StaffNotification(recipient, kind, orderNumber, message, link, now));
            }
        }
        if (!notified.isEmpty()) {
            staffWereNotified.fire(new StaffWereNotified(Set.copyOf(notified)));
        }
    }

    private static String orderPage(String orderNumber) {
        return "/orders/order.xhtml?number=" + orderNumber;
    }
}
