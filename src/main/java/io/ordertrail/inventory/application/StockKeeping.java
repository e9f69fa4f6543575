package io.ordertrail.inventory.application;

import io.ordertrail.inventory.domain.StockLevel;
import io.ordertrail.inventory.domain.StockMovement;
import io.ordertrail.inventory.domain.StockMovementReason;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The inventory team keeps the stock levels (SOP: "checks availability and updates stock levels"): each level with
 * what is on hand, reserved and available; counts and adjustments, each a movement with a reason, a note, who and
 * when. The level row is locked while it changes, so a count and an order's reservation never cross.
 */
@Stateless
@DenyAll
public class StockKeeping {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Resource
    SessionContext session;

    @Inject
    ShortOrders shortOrders;

    /** Every stock level, by product code and location. */
    @RolesAllowed({Roles.INVENTORY, Roles.MANAGER})
    public List<StockLevel> levels() {
        return em.createQuery(
                        "select s from StockLevel s join fetch s.product p order by p.code, s.location",
                        StockLevel.class)
                .getResultList();
    }

    /**
     * A count or an adjustment of one stock level.
     *
     * @throws InputRejected naming the field that is wrong; the level is unchanged then
     */
    @RolesAllowed(Roles.INVENTORY)
    public StockMovement record(
            long stockLevelId, StockMovement.Kind kind, Integer quantity, StockMovementReason reason, String note) {
        if (kind == null) {
            throw InputRejected.because("kind", Phrase.of("problem.stock.kind"));
        }
        if (quantity == null) {
            throw InputRejected.because(
                    "quantity", Phrase.of("problem.stock.quantity", kind == StockMovement.Kind.COUNT ? 0 : 1));
        }
        StockLevel stock = em.find(StockLevel.class, stockLevelId, LockModeType.PESSIMISTIC_WRITE);
        if (stock == null) {
            throw InputRejected.because("stock", Phrase.of("problem.stock.noSuch"));
        }
        StockMovement movement = StockMovement.apply(
                stock,
                kind,
                quantity,
                reason,
                note,
                session.getCallerPrincipal().getName(),
                clock.now());
        em.persist(movement);
        em.flush();
        shortOrders.stockMoved(stock, movement);
        return movement;
    }

    /** The latest counts and adjustments, newest first. */
    @RolesAllowed({Roles.INVENTORY, Roles.MANAGER})
    public List<StockMovement> movements(int max) {
        return em.createQuery(
                        "select m from StockMovement m join fetch m.product order by m.movedAt desc, m.id desc",
                        StockMovement.class)
                .setMaxResults(max)
                .getResultList();
    }
}
