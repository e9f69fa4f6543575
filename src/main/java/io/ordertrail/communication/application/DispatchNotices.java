package io.ordertrail.communication.application;

import io.ordertrail.communication.domain.Communication;
import io.ordertrail.communication.domain.DispatchNotice;
import io.ordertrail.communication.infrastructure.ConfirmationDelivery;
import io.ordertrail.fulfillment.domain.FulfillmentStepWasTaken;
import io.ordertrail.fulfillment.domain.TaskStatus;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.platform.WorkWasQueued;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Tells the customer by email when their goods leave: dispatched with the carrier and tracking reference, or ready
 * for pickup. The notice is queued in the transaction of the fulfillment step, so it goes out once the step is
 * committed and never for a step that rolled back; the confirmation delivery sends it. It carries the link to rate
 * the order (SOP section 6). A customer without an email on file gets none; staff tell them as they arranged.
 */
@ApplicationScoped
public class DispatchNotices {

    private static final Logger LOG = Logger.getLogger(DispatchNotices.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderRepository orders;

    @Inject
    ConfirmationSettings settings;

    @Inject
    AcknowledgementKeys keys;

    @Inject
    Event<WorkWasQueued> queued;

    void stepWasTaken(@Observes FulfillmentStepWasTaken step) {
        if (step.step() != TaskStatus.DISPATCHED && step.step() != TaskStatus.READY_FOR_PICKUP) {
            return;
        }
        Order order = OrderNumber.parse(step.orderNumber())
                .flatMap(orders::find)
                .orElseThrow(
                        () -> new IllegalStateException("Fulfillment step for unknown order " + step.orderNumber()));
        String email = order.getCustomer().getEmail();
        if (email == null || email.isBlank()) {
            LOG.info(() -> "No dispatch notice for " + step.orderNumber() + ": its customer has no email on file");
            return;
        }
        DispatchNotice notice = step.step() == TaskStatus.DISPATCHED
                ? DispatchNotice.dispatched(order, step.carrier(), step.trackingReference(), settings.contact())
                : DispatchNotice.readyForPickup(order, settings.contact());
        Communication communication = Communication.notice(notice, email.trim(), step.by(), step.at());
        em.persist(communication); // the id, for the rating link
        communication.issueLink(keys.tokens(), step.at().plus(settings.linkValidity()));
        queued.fire(new WorkWasQueued(ConfirmationDelivery.RELAY));
    }
}
