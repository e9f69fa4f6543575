package io.ordertrail.inventory.application;

import io.ordertrail.handover.domain.HandoverDocument;
import io.ordertrail.inventory.domain.OrderAvailabilityWasChecked;
import io.ordertrail.inventory.domain.Replenishment;
import io.ordertrail.inventory.domain.StockLevel;
import io.ordertrail.inventory.domain.StockReservation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The inventory team's check of a handed-over order (SOP section 3, "check product availability"): each line's
 * stock is reserved, or a shortage recorded with the date more is expected. Runs in the transaction that
 * consumed the handover; the outcome goes back to the order through {@link OrderAvailabilityWasChecked}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InventoryReservations {

    /** Orders are served from the main warehouse until stock locations are chosen per order. */
    public static final String SHIPPING_LOCATION = "MAIN";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<OrderAvailabilityWasChecked> availabilityWasChecked;

    private final Clock clock = Clock.systemDefaultZone();

    /**
     * @throws IllegalStateException when a line names a product that has no stock record here: the message
     *                               cannot be processed, so it is retried and then dead-lettered for an
     *                               administrator to look at
     */
    public List<StockReservation> reserveFor(HandoverDocument document) {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        List<StockReservation> reservations = new ArrayList<>();
        for (HandoverDocument.Line line : document.lines()) {
            StockLevel stock = em.createQuery("select s from StockLevel s where s.product.code = :code"
                            + " and s.location = :location", StockLevel.class)
                    .setParameter("code", line.productCode())
                    .setParameter("location", SHIPPING_LOCATION)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE) // two orders never promise the same stock
                    .getResultStream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("No stock record for product " + line.productCode()
                            + " at " + SHIPPING_LOCATION + " (order " + document.orderNumber() + " line "
                            + line.lineNumber() + ")"));
            List<Replenishment> coming = em.createQuery("select r from Replenishment r where r.product = :product"
                            + " and r.location = :location order by r.expectedOn", Replenishment.class)
                    .setParameter("product", stock.getProduct())
                    .setParameter("location", SHIPPING_LOCATION)
                    .getResultList();
            StockReservation reservation = StockReservation.forLine(document.orderNumber(), document.orderVersion(),
                    line.lineNumber(), stock, line.quantity(), coming, today, now);
            em.persist(reservation);
            reservations.add(reservation);
        }
        availabilityWasChecked.fire(new OrderAvailabilityWasChecked(document.orderNumber(), document.orderVersion(),
                reservations.stream().allMatch(r -> r.getOutcome() == StockReservation.Outcome.RESERVED),
                reservations.stream().map(StockReservation::describe).toList()));
        return reservations;
    }
}
