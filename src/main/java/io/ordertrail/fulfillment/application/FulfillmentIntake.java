package io.ordertrail.fulfillment.application;

import io.ordertrail.fulfillment.domain.FulfillmentTask;
import io.ordertrail.handover.domain.HandoverDocument;
import io.ordertrail.platform.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fulfillment team takes on a confirmed order (SOP section 3, "prepare and dispatch orders following
 * confirmation and approval"): one task per order, which follows the order's amendments, its cancellation and the
 * review of its special requests. Runs in the transaction that consumed the handover; a handover
 * seen again finds the task already there (the order number is unique).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FulfillmentIntake {

    @Inject
    BusinessClock clock;

    @PersistenceContext
    EntityManager em;

    public void orderConfirmed(HandoverDocument document) {
        Optional<FulfillmentTask> existing = taskFor(document.orderNumber());
        if (existing.isPresent()) {
            orderAmended(document); // a re-confirmed amendment: the task follows the version, if newer
            return;
        }
        HandoverDocument.Fulfillment how = document.fulfillment();
        boolean pickup = "PICKUP".equals(how.method());
        FulfillmentTask task = new FulfillmentTask(
                document.orderNumber(),
                document.orderVersion(),
                document.customer().name(),
                pickup,
                pickup ? how.pickupLocation() : how.deliveryAddress(),
                how.instructions(),
                lineSummary(document),
                clock.now());
        task.specialRequestsAre(document.specialRequests());
        em.persist(task);
    }

    /** An amended order: a task already under way follows the new version. No task yet: work starts on confirmation. */
    public void orderAmended(HandoverDocument document) {
        taskFor(document.orderNumber()).ifPresent(task -> {
            HandoverDocument.Fulfillment how = document.fulfillment();
            boolean pickup = "PICKUP".equals(how.method());
            if (task.revise(
                    document.orderVersion(),
                    pickup,
                    pickup ? how.pickupLocation() : how.deliveryAddress(),
                    how.instructions(),
                    lineSummary(document),
                    clock.now())) {
                task.specialRequestsAre(document.specialRequests());
            }
        });
    }

    public void orderCancelled(HandoverDocument document) {
        taskFor(document.orderNumber()).ifPresent(task -> task.cancel(document.orderVersion(), clock.now()));
    }

    /** A special request was reviewed: the people packing the order see the outcome. */
    public void specialRequestReviewed(HandoverDocument document) {
        taskFor(document.orderNumber()).ifPresent(task -> task.specialRequestsAre(document.specialRequests()));
    }

    private Optional<FulfillmentTask> taskFor(String orderNumber) {
        return em.createQuery("select t from FulfillmentTask t where t.orderNumber = :n", FulfillmentTask.class)
                .setParameter("n", orderNumber)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private static String lineSummary(HandoverDocument document) {
        return document.lines().stream()
                .map(l -> l.quantity() + " x " + l.productCode() + " " + l.productName())
                .collect(Collectors.joining("; "));
    }
}
