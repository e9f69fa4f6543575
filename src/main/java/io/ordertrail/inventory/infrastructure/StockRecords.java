package io.ordertrail.inventory.infrastructure;

import io.ordertrail.inventory.domain.Replenishment;
import io.ordertrail.inventory.domain.StockLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * Stock and replenishments where orders ship from, read the one way both the availability check on the
 * new-order screen and the reservation by the inventory listener need them. Called within their transactions.
 */
@ApplicationScoped
public class StockRecords {

    /** Orders are served from the main warehouse until stock locations are chosen per order. */
    public static final String SHIPPING_LOCATION = "MAIN";

    @PersistenceContext
    EntityManager em;

    /** The product's stock at the shipping location, locked as asked (a reservation locks it for writing). */
    public Optional<StockLevel> atShippingLocation(String productCode, LockModeType lock) {
        return em.createQuery(
                        "select s from StockLevel s where s.product.code = :code and s.location = :location",
                        StockLevel.class)
                .setParameter("code", productCode)
                .setParameter("location", SHIPPING_LOCATION)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    /**
     * The stock of each of these products at the shipping location that has a stock record, by code: one statement,
     * which reads each product and its prices with it (a row per price, so a stock level comes back once per price).
     */
    public java.util.Map<String, StockLevel> atShippingLocation(java.util.Collection<String> productCodes) {
        if (productCodes.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery(
                        "select s from StockLevel s join fetch s.product p where p.code in :codes"
                                + " and s.location = :location",
                        StockLevel.class)
                .setParameter("codes", List.copyOf(new java.util.LinkedHashSet<>(productCodes)))
                .setParameter("location", SHIPPING_LOCATION)
                .setHint(QueryHints.LEFT_FETCH, "s.product.prices")
                .getResultStream()
                .collect(java.util.stream.Collectors.toMap(
                        s -> s.getProduct().getCode(), s -> s, (same, again) -> same));
    }

    /**
     * These stock levels locked for writing and read afresh, in one statement. Locked in the order of their ids,
     * so two transactions that lock some of the same stock never wait for each other in a circle; and without
     * joining the product, whose row stays unlocked.
     *
     * @return the locked stock by product code
     */
    public java.util.Map<String, StockLevel> lockedForWriting(java.util.Collection<StockLevel> levels) {
        return locked(levels).stream()
                .collect(java.util.stream.Collectors.toMap(
                        s -> s.getProduct().getCode(), s -> s, (same, again) -> same));
    }

    /**
     * These stock levels locked for writing and read afresh, as {@link #lockedForWriting} locks them.
     *
     * @return the locked stock, in the order of the ids
     */
    public List<StockLevel> locked(java.util.Collection<StockLevel> levels) {
        if (levels.isEmpty()) {
            return List.of();
        }
        List<Long> ids =
                levels.stream().map(StockLevel::getId).distinct().sorted().toList();
        List<StockLevel> locked = em.createQuery(
                        "select s from StockLevel s where s.id in :ids order by s.id", StockLevel.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(QueryHints.REFRESH, HintValues.TRUE)
                .getResultList();
        if (locked.size() != ids.size()) {
            throw new IllegalStateException(
                    "Stock levels " + ids + " were to be locked, but only " + locked.size() + " exist");
        }
        return locked;
    }

    /** What inventory did for each line of each version of the order, oldest version first. */
    public List<io.ordertrail.inventory.domain.StockReservation> reservationsOf(String orderNumber) {
        return em.createQuery(
                        "select r from StockReservation r where r.orderNumber = :n order by r.orderVersion,"
                                + " r.lineNumber",
                        io.ordertrail.inventory.domain.StockReservation.class)
                .setParameter("n", orderNumber)
                .getResultList();
    }

    /** The lines waiting for this stock, oldest first. */
    public List<io.ordertrail.inventory.domain.StockReservation> waitingFor(StockLevel stock) {
        return em.createQuery(
                        "select r from StockReservation r where r.productCode = :code and r.location = :location"
                                + " and r.outcome = :short and r.releasedAt is null order by r.createdAt, r.id",
                        io.ordertrail.inventory.domain.StockReservation.class)
                .setParameter("code", stock.getProduct().getCode())
                .setParameter("location", stock.getLocation())
                .setParameter("short", io.ordertrail.inventory.domain.StockReservation.Outcome.SHORT)
                .getResultList();
    }

    /** The replenishments expected for that stock and not cancelled, earliest first. */
    public List<Replenishment> replenishmentsFor(StockLevel stock) {
        return em.createQuery(
                        "select r from Replenishment r where r.product = :product and r.location = :location"
                                + " and r.cancelledAt is null order by r.expectedOn, r.id",
                        Replenishment.class)
                .setParameter("product", stock.getProduct())
                .setParameter("location", stock.getLocation())
                .getResultList();
    }
}
