package io.ordertrail.orders.infrastructure;

import io.ordertrail.customers.domain.Customer;
import io.ordertrail.customers.domain.CustomerWasChanged;
import io.ordertrail.orders.domain.AmendmentAwaitsApproval;
import io.ordertrail.orders.domain.NoteWasAdded;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderSearchText;
import io.ordertrail.orders.domain.OrderWasAmended;
import io.ordertrail.orders.domain.OrderWasReceived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Keeps each order's search text ({@link OrderSearchText}, table {@code order_search}) up to date in the transaction
 * that changes what it is found by: its receipt, an amendment, a note, a change to its customer's record. On
 * PostgreSQL the table's {@code search_vector} follows the text by itself (a generated column with a GIN index).
 */
@ApplicationScoped
public class OrderSearchIndex {

    @PersistenceContext
    EntityManager em;

    /** A new order: it has no notes and no search text yet, so neither is read; only its text is written. */
    void orderWasReceived(@Observes OrderWasReceived event) {
        Order order = event.order();
        em.flush();
        em.persist(new OrderSearchEntry(order.getId(), OrderSearchText.of(order, List.of())));
    }

    void orderWasAmended(@Observes OrderWasAmended event) {
        index(event.order());
    }

    void amendmentAwaitsApproval(@Observes AmendmentAwaitsApproval event) {
        index(event.order());
    }

    void noteWasAdded(@Observes NoteWasAdded event) {
        em.createQuery("select o from Order o where o.orderNumber = :n", Order.class)
                .setParameter("n", event.orderNumber().value())
                .getResultStream()
                .findFirst()
                .ifPresent(this::index);
    }

    /**
     * The customer's number, name, email or phone may have changed: all their orders are found by the new ones from
     * this transaction on, rewritten in one statement however many orders they have.
     */
    void customerWasChanged(@Observes CustomerWasChanged event) {
        em.createQuery("select c from Customer c where c.customerNumber = :n", Customer.class)
                .setParameter("n", event.customerNumber())
                .getResultStream()
                .findFirst()
                .ifPresent(customer -> em.createNativeQuery("update order_search set search_customer = ?1"
                                + " where order_id in (select o.id from customer_order o where o.customer_id = ?2)")
                        .setParameter(1, OrderSearchText.customerWords(customer))
                        .setParameter(2, customer.getId())
                        .executeUpdate());
    }

    /** Indexes up to {@code max} orders that have no search text yet (those from before it existed); how many. */
    int indexMissing(int max) {
        List<Order> missing = em.createQuery(
                        "select o from Order o where not exists"
                                + " (select 1 from OrderSearchEntry s where s.orderId = o.id) order by o.id",
                        Order.class)
                .setMaxResults(max)
                .getResultList();
        missing.forEach(this::index);
        return missing.size();
    }

    void index(Order order) {
        em.flush();
        List<String> notes = em.createQuery(
                        "select n.text from OrderNote n where n.order = :o order by n.writtenAt", String.class)
                .setParameter("o", order)
                .getResultList();
        OrderSearchText text = OrderSearchText.of(order, notes);
        OrderSearchEntry entry = em.find(OrderSearchEntry.class, order.getId());
        if (entry == null) {
            em.persist(new OrderSearchEntry(order.getId(), text));
        } else {
            entry.update(text);
        }
    }
}
