package io.ordertrail.inventory.application;

import io.ordertrail.handover.domain.HandoverDocument;
import io.ordertrail.inventory.domain.OrderAvailabilityWasChecked;
import io.ordertrail.inventory.domain.StockLevel;
import io.ordertrail.inventory.domain.StockReservation;
import io.ordertrail.inventory.infrastructure.StockRecords;
import io.ordertrail.platform.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The inventory team's check of a handed-over order; an amended version replaces what the earlier one reserved, and
 * a cancelled order gives its stock back (SOP section 3, "check product availability"): each line's
 * stock is reserved, or a shortage recorded with the date more is expected. Runs in the transaction that
 * consumed the handover; the outcome goes back to the order through {@link OrderAvailabilityWasChecked}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InventoryReservations {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(InventoryReservations.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    StockRecords stockRecords;

    @Inject
    Event<OrderAvailabilityWasChecked> availabilityWasChecked;

    @Inject
    BusinessClock clock;

    /**
     * @throws IllegalStateException when a line names a product that has no stock record here: the message
     *                               cannot be processed, so it is retried and then dead-lettered for an
     *                               administrator to look at
     */
    public List<StockReservation> reserveFor(HandoverDocument document) {
        Instant now = clock.now();
        LocalDate today = clock.today();
        List<StockReservation> earlier = stockRecords.reservationsOf(document.orderNumber());
        int latest = earlier.stream()
                .mapToInt(StockReservation::getOrderVersion)
                .max()
                .orElse(0);
        if (latest >= document.orderVersion()) {
            // a redelivered older version (a redelivery delay lets later messages of the order pass it): the later
            // version already stands
            LOG.info(() -> "Inventory already has v" + latest + " of " + document.orderNumber() + "; v"
                    + document.orderVersion() + " changes nothing");
            return List.of();
        }
        release(earlier, now); // an amended order: the new version's lines replace what the earlier one held
        List<StockReservation> reservations = new ArrayList<>();
        for (HandoverDocument.Line line : document.lines()) {
            // locked for writing: two orders never promise the same stock
            StockLevel stock = stockRecords
                    .atShippingLocation(line.productCode(), LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> new IllegalStateException("No stock record for product " + line.productCode()
                            + " at " + StockRecords.SHIPPING_LOCATION + " (order " + document.orderNumber() + " line "
                            + line.lineNumber() + ")"));
            StockReservation reservation = StockReservation.forLine(
                    document.orderNumber(),
                    document.orderVersion(),
                    line.lineNumber(),
                    stock,
                    line.quantity(),
                    () -> stockRecords.replenishmentsFor(stock),
                    today,
                    now);
            em.persist(reservation);
            reservations.add(reservation);
        }
        availabilityWasChecked.fire(
                OrderAvailabilityWasChecked.of(document.orderNumber(), document.orderVersion(), reservations));
        return reservations;
    }

    /** A cancelled order: everything it held goes back to stock. */
    public void releaseFor(HandoverDocument document) {
        release(stockRecords.reservationsOf(document.orderNumber()), clock.now());
    }

    private void release(List<StockReservation> reservations, Instant now) {
        for (StockReservation reservation : reservations) {
            reservation.stopWaiting(now);
            if (reservation.isHoldingStock()) {
                StockLevel stock = stockRecords
                        .atShippingLocation(reservation.getProductCode(), LockModeType.PESSIMISTIC_WRITE)
                        .orElseThrow(() -> new IllegalStateException("No stock record for product "
                                + reservation.getProductCode() + " to release " + reservation.getOrderNumber()
                                + "'s reservation into"));
                reservation.release(stock, now);
            }
        }
    }
}
