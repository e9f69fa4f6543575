package io.ordertrail.inventory.application;

import io.ordertrail.inventory.domain.Replenishment;
import io.ordertrail.inventory.domain.ReplenishmentWasChanged;
import io.ordertrail.inventory.domain.StockLevel;
import io.ordertrail.inventory.domain.StockReservation;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Expected replenishments, kept by the inventory team (SOP step 7, "check stock availability and update stock
 * levels"): planned, changed and cancelled with who and when. Each change looks at the orders short of the product
 * again, in the same transaction.
 */
@Stateless
@DenyAll
public class Replenishments {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    ShortOrders shortOrders;

    @Inject
    jakarta.enterprise.event.Event<ReplenishmentWasChanged> replenishmentWasChanged;

    @Resource
    SessionContext session;

    /** What happened, and which orders were looked at again because of it. */
    public record Outcome(Replenishment replenishment, Set<String> ordersReevaluated) {}

    /**
     * Plans a replenishment of the stock level.
     *
     * @throws InputRejected naming each wrong field; nothing is planned then
     */
    @RolesAllowed(Roles.INVENTORY)
    public Outcome plan(long stockLevelId, Integer quantity, LocalDate expectedOn, String reference) {
        StockLevel stock = lockedStock(stockLevelId);
        Replenishment r =
                Replenishment.plan(stock, quantity, expectedOn, reference, clock.today(), caller(), clock.now());
        em.persist(r);
        em.flush();
        Phrase why = Phrase.of("reevaluation.planned", r.described());
        replenishmentWasChanged.fire(new ReplenishmentWasChanged(r, why.inEnglish()));
        return new Outcome(r, shortOrders.reevaluate(stock, why));
    }

    /** @throws InputRejected naming each wrong field, or when it was cancelled; nothing changes then */
    @RolesAllowed(Roles.INVENTORY)
    public Outcome change(long replenishmentId, Integer quantity, LocalDate expectedOn, String reference) {
        Replenishment r = replenishment(replenishmentId);
        StockLevel stock = lockedStock(r);
        Phrase before = r.described();
        r.change(quantity, expectedOn, reference, clock.today(), caller(), clock.now());
        em.flush();
        Phrase why = Phrase.of("reevaluation.changed", before, r.described());
        replenishmentWasChanged.fire(new ReplenishmentWasChanged(r, why.inEnglish()));
        return new Outcome(r, shortOrders.reevaluate(stock, why));
    }

    /** @throws InputRejected without a reason, or when it was cancelled already */
    @RolesAllowed(Roles.INVENTORY)
    public Outcome cancel(long replenishmentId, String reason) {
        Replenishment r = replenishment(replenishmentId);
        StockLevel stock = lockedStock(r);
        r.cancel(reason, caller(), clock.now());
        em.flush();
        Phrase why = Phrase.of("reevaluation.cancelled", r.getCancelReason(), r.described());
        replenishmentWasChanged.fire(new ReplenishmentWasChanged(r, why.inEnglish()));
        return new Outcome(r, shortOrders.reevaluate(stock, why));
    }

    /** The replenishments still expected, earliest first. */
    @RolesAllowed({Roles.INVENTORY, Roles.MANAGER})
    public List<Replenishment> expected() {
        return em.createQuery(
                        "select r from Replenishment r join fetch r.product where r.cancelledAt is null"
                                + " and r.expectedOn >= :today order by r.expectedOn, r.id",
                        Replenishment.class)
                .setParameter("today", clock.today())
                .getResultList();
    }

    /** The order lines waiting for stock, oldest first. */
    @RolesAllowed({Roles.INVENTORY, Roles.MANAGER})
    public List<StockReservation> waiting() {
        return em.createQuery(
                        "select r from StockReservation r where r.outcome = :short and r.releasedAt is null"
                                + " order by r.createdAt, r.id",
                        StockReservation.class)
                .setParameter("short", StockReservation.Outcome.SHORT)
                .setMaxResults(500)
                .getResultList();
    }

    private Replenishment replenishment(long id) {
        Replenishment r = em.find(Replenishment.class, id);
        if (r == null) {
            throw InputRejected.because("replenishment", Phrase.of("problem.replenishment.noSuch"));
        }
        return r;
    }

    private StockLevel lockedStock(Replenishment r) {
        StockLevel stock = em.createQuery(
                        "select s from StockLevel s where s.product = :p and s.location = :l", StockLevel.class)
                .setParameter("p", r.getProduct())
                .setParameter("l", r.getLocation())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> InputRejected.because("replenishment", Phrase.of("problem.replenishment.noStock")));
        return stock;
    }

    private StockLevel lockedStock(long stockLevelId) {
        StockLevel stock = em.find(StockLevel.class, stockLevelId, LockModeType.PESSIMISTIC_WRITE);
        if (stock == null) {
            throw InputRejected.because("stock", Phrase.of("problem.stock.noSuchReload"));
        }
        return stock;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
