package io.ordertrail.orders.application;

import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderDraft;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;

/**
 * Orders from the online platform (SOP step 1, "online platform" channel), safe to retry: the same
 * Idempotency-Key with the same request returns the order recorded the first time; with a different request it
 * is refused. The key is stored in the order's own transaction.
 */
@Stateless
@DenyAll
public class OnlineOrders {

    @Inject
    BusinessClock clock;

    @Inject
    OrderIntakeCore recording;

    @Inject
    OrderRepository orders;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** The order as this call recorded it, or as an earlier call with the same key did ({@code created} false). */
    public record Recorded(Order order, boolean created) {}

    @RolesAllowed(Roles.INTEGRATION)
    public Recorded record(OrderDraft draft, String idempotencyKey, String requestHash) {
        String caller = session.getCallerPrincipal().getName();
        if (idempotencyKey != null) {
            List<?> earlier = em.createNativeQuery("select request_hash, order_number from api_idempotency"
                            + " where caller = ? and idempotency_key = ?")
                    .setParameter(1, caller)
                    .setParameter(2, idempotencyKey)
                    .getResultList();
            if (!earlier.isEmpty()) {
                Object[] row = (Object[]) earlier.get(0);
                if (!requestHash.equals(row[0])) {
                    throw new IdempotencyKeyReused("Idempotency-Key " + idempotencyKey + " was used for order " + row[1]
                            + " with a different request; nothing was stored for this one.");
                }
                return new Recorded(
                        orders.find(new OrderNumber((String) row[1])).orElseThrow(), false);
            }
        }
        Order order = recording.record(draft, caller);
        String orderNumber = order.getOrderNumber().value();
        if (idempotencyKey != null) {
            em.createNativeQuery("insert into api_idempotency (idempotency_key, caller, request_hash, order_number,"
                            + " created_at) values (?, ?, ?, ?, ?)")
                    .setParameter(1, idempotencyKey)
                    .setParameter(2, caller)
                    .setParameter(3, requestHash)
                    .setParameter(4, orderNumber)
                    .setParameter(5, Timestamp.from(clock.now()))
                    .executeUpdate();
        }
        return new Recorded(order, true);
    }

    /** The key was used before with a different request. */
    @ApplicationException(rollback = true)
    public static class IdempotencyKeyReused extends RuntimeException {
        public IdempotencyKeyReused(String message) {
            super(message);
        }
    }
}
