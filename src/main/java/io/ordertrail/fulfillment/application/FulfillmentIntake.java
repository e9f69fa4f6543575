package io.ordertrail.fulfillment.application;

import io.ordertrail.fulfillment.domain.FulfillmentTask;
import io.ordertrail.handover.domain.HandoverDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.stream.Collectors;

/**
 * The fulfillment team takes on a confirmed order (SOP section 3, "prepare and dispatch orders following
 * confirmation and approval"): one task per order. Runs in the transaction that consumed the handover; a handover
 * seen again finds the task already there (the order number is unique).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FulfillmentIntake {

    @PersistenceContext
    EntityManager em;

    public void orderConfirmed(HandoverDocument document) {
        boolean exists = !em.createQuery("select t.id from FulfillmentTask t where t.orderNumber = :n", Long.class)
                .setParameter("n", document.orderNumber()).getResultList().isEmpty();
        if (exists) {
            return;
        }
        HandoverDocument.Fulfilment how = document.fulfilment();
        boolean pickup = "PICKUP".equals(how.method());
        em.persist(new FulfillmentTask(document.orderNumber(), document.orderVersion(), document.customer().name(),
                pickup, pickup ? how.pickupLocation() : how.deliveryAddress(), how.instructions(),
                document.lines().stream().map(l -> l.quantity() + " x " + l.productCode() + " " + l.productName())
                        .collect(Collectors.joining("; ")),
                Instant.now()));
    }
}
