package io.ordertrail.orders.infrastructure;

import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.queries.ValueReadQuery;
import org.eclipse.persistence.sessions.Session;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Orders in the relational database through JPA; always called inside a service's transaction. */
@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {

    private static final String ORDER_NUMBER_SEQUENCE = "order_number_seq";

    @PersistenceContext
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    public String nextOrderNumber() {
        // The platform knows how this database reads a sequence (H2: NEXT VALUE FOR, PostgreSQL: nextval).
        Session session = em.unwrap(Session.class);
        ValueReadQuery query = session.getPlatform().buildSelectQueryForSequenceObject(ORDER_NUMBER_SEQUENCE, 1);
        Number next = (Number) session.executeQuery(query);
        return OrderNumber.of(LocalDate.now(clock).getYear(), next.longValue());
    }

    @Override
    public void store(Order order) {
        em.persist(order);
    }

    @Override
    public Optional<Order> find(String orderNumber) {
        return em.createQuery("select o from Order o join fetch o.customer where o.orderNumber = :n", Order.class)
                .setParameter("n", orderNumber)
                .getResultStream().findFirst();
    }

    @Override
    public List<Order> page(String text, int first, int size) {
        return em.createQuery("select o from Order o join fetch o.customer c" + where(text)
                        + " order by o.recordedAt desc, o.id desc", Order.class)
                .setParameter("text", pattern(text))
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @Override
    public long count(String text) {
        return em.createQuery("select count(o) from Order o join o.customer c" + where(text), Long.class)
                .setParameter("text", pattern(text))
                .getSingleResult();
    }

    @Override
    public List<Order> forCustomer(String customerNumber, int first, int size) {
        return em.createQuery("select o from Order o join fetch o.customer c where c.customerNumber = :n"
                        + " order by o.recordedAt desc, o.id desc", Order.class)
                .setParameter("n", customerNumber)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    private static String where(String text) {
        return " where (:text = '%%' or lower(o.orderNumber) like :text or lower(c.name) like :text"
                + " or lower(c.customerNumber) like :text)";
    }

    private static String pattern(String text) {
        return "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%";
    }
}
