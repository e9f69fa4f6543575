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
import io.ordertrail.platform.i18n.Phrase;
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
        awaitsDoubleCheck(recorded.order(), "notification.recordedFlagged");
    }

    void amendmentAwaitsApproval(@Observes AmendmentAwaitsApproval amended) {
        awaitsDoubleCheck(amended.order(), "notification.amendedFlagged");
    }

    /** {@code key}: the notice's sentence, of the order's number and its flags. */
    private void awaitsDoubleCheck(Order order, String key) {
        if (!order.isAwaitingApproval()) {
            return;
        }
        List<Phrase> flags = order.getFlags().stream()
                .map(f -> f.getType())
                .distinct()
                .map(Phrase::labelInSentence)
                .toList();
        notify(
                staff.withRole(Roles.MANAGER),
                order.getRecordedBy(),
                NotificationKind.ORDER_AWAITS_DOUBLE_CHECK,
                order.getOrderNumber().value(),
                Phrase.of(
                        key,
                        order.getOrderNumber().value(),
                        flags.isEmpty() ? Phrase.of("notification.aFlag") : Phrase.listed(flags)),
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
                Phrase.of(
                        "notification.requestDecided",
                        number,
                        Phrase.labelInSentence(request.getType()),
                        request.getDecidedBy(),
                        Phrase.labelInSentence(request.getStatus()),
                        String.valueOf(request.getDecisionReason())),
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
                Phrase.of(
                        "notification.noteForTeam",
                        added.writtenBy(),
                        number,
                        Phrase.labelInSentence(added.addressedTo())),
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
                Phrase.of(
                        "notification.confirmationFailed",
                        givenUp.orderNumber(),
                        givenUp.recipient(),
                        String.valueOf(givenUp.reason())),
                orderPage(givenUp.orderNumber()));
    }

    private void notify(
            Collection<String> recipients,
            String causedBy,
            NotificationKind kind,
            String orderNumber,
            Phrase message,
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
