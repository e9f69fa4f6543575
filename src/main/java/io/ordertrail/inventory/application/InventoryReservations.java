package io.ordertrail.inventory.application;

import io.ordertrail.handover.domain.HandoverDocument;
import io.ordertrail.inventory.domain.OrderAvailabilityWasChecked;
import io.ordertrail.inventory.domain.ReservationPlan;
import io.ordertrail.inventory.domain.StockLevel;
import io.ordertrail.inventory.domain.StockReservation;
import io.ordertrail.inventory.infrastructure.StockRecords;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.ChangedMeanwhile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
     * Reserves each line's stock, or records its shortage, for a new or amended order version.
     *
     * <p>The stock of a product is one row that every order for it writes, so no order may hold its lock for long:
     * the plan is worked out from the stock as last committed, without a lock, and the order's own work (the
     * reservations, the order's outcome, the audit entry) is written first. Only then is the stock locked, every
     * row of the order at once and in one order, and the plan worked out again: if the stock still gives the same
     * answer it is set aside, and the commit follows. If not, another order took or a movement changed the stock in
     * between, and {@link ChangedMeanwhile} rolls the work back to be run again.
     *
     * @throws IllegalStateException when a line names a product that has no stock record here: the message
     *                               cannot be processed, so it is retried and then dead-lettered for an
     *                               administrator to look at
     * @throws ChangedMeanwhile      when the stock changed between the two looks
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
        // an amended order: the new version's lines replace what the earlier one held
        List<StockReservation> holding =
                earlier.stream().filter(StockReservation::isHoldingStock).toList();
        List<ReservationPlan.Line> lines = document.lines().stream()
                .map(line -> new ReservationPlan.Line(line.lineNumber(), line.productCode(), line.quantity()))
                .toList();

        Map<String, StockLevel> stock = stockFor(document.orderNumber(), document.lines(), holding);
        ReservationPlan plan = plan(lines, holding, stock, today);
        earlier.forEach(reservation -> reservation.stopWaiting(now));
        List<StockReservation> reservations = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            StockReservation reservation = StockReservation.of(
                    document.orderNumber(),
                    document.orderVersion(),
                    lines.get(i).lineNumber(),
                    StockRecords.SHIPPING_LOCATION,
                    plan.lines().get(i),
                    now);
            em.persist(reservation);
            reservations.add(reservation);
        }
        availabilityWasChecked.fire(
                OrderAvailabilityWasChecked.of(document.orderNumber(), document.orderVersion(), reservations));
        em.flush();

        // locked for writing, just before the commit: two orders never promise the same stock
        Map<String, StockLevel> locked = stockRecords.lockedForWriting(stock.values());
        if (!plan.agreesWith(plan(lines, holding, locked, today))) {
            throw new ChangedMeanwhile("The stock of " + document.orderNumber() + " v" + document.orderVersion()
                    + "'s products changed while inventory checked it");
        }
        holding.forEach(reservation -> reservation.release(locked.get(reservation.getProductCode()), now));
        reservations.forEach(reservation -> reservation.setAside(locked.get(reservation.getProductCode())));
        return reservations;
    }

    /** A cancelled order: everything it held goes back to stock. */
    public void releaseFor(HandoverDocument document) {
        Instant now = clock.now();
        List<StockReservation> earlier = stockRecords.reservationsOf(document.orderNumber());
        earlier.forEach(reservation -> reservation.stopWaiting(now));
        List<StockReservation> holding =
                earlier.stream().filter(StockReservation::isHoldingStock).toList();
        Map<String, StockLevel> locked = stockRecords.lockedForWriting(
                stockFor(document.orderNumber(), List.of(), holding).values());
        holding.forEach(reservation -> reservation.release(locked.get(reservation.getProductCode()), now));
    }

    /**
     * The stock of these lines and of what the order holds, as last committed; unlocked.
     *
     * @throws IllegalStateException when a product has no stock record at the shipping location
     */
    private Map<String, StockLevel> stockFor(
            String orderNumber, List<HandoverDocument.Line> lines, List<StockReservation> holding) {
        Set<String> codes = new LinkedHashSet<>();
        lines.forEach(line -> codes.add(line.productCode()));
        holding.forEach(reservation -> codes.add(reservation.getProductCode()));
        Map<String, StockLevel> stock = stockRecords.atShippingLocation(codes);
        for (HandoverDocument.Line line : lines) {
            if (!stock.containsKey(line.productCode())) {
                throw new IllegalStateException("No stock record for product " + line.productCode() + " at "
                        + StockRecords.SHIPPING_LOCATION + " (order " + orderNumber + " line "
                        + line.lineNumber() + ")");
            }
        }
        for (StockReservation reservation : holding) {
            if (!stock.containsKey(reservation.getProductCode())) {
                throw new IllegalStateException("No stock record for product " + reservation.getProductCode()
                        + " to release " + reservation.getOrderNumber() + "'s reservation into");
            }
        }
        return stock;
    }

    /** The plan for these lines from this stock, where what the order holds counts as available again. */
    private ReservationPlan plan(
            List<ReservationPlan.Line> lines,
            List<StockReservation> holding,
            Map<String, StockLevel> stock,
            LocalDate today) {
        Map<String, Integer> available = new HashMap<>();
        stock.forEach((code, level) -> available.put(code, level.available()));
        holding.forEach(
                reservation -> available.merge(reservation.getProductCode(), reservation.getQuantity(), Integer::sum));
        return ReservationPlan.of(lines, available, code -> stockRecords.replenishmentsFor(stock.get(code)), today);
    }
}
