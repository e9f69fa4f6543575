package io.ordertrail.orders.domain;

import io.ordertrail.customers.domain.Customer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where orders are kept. */
public interface OrderRepository {

    /** The next order number, never handed out before. */
    OrderNumber nextOrderNumber();

    void store(Order order);

    Optional<Order> find(OrderNumber orderNumber);

    /** The order, locked against other changes until the transaction ends. */
    Optional<Order> findForChange(OrderNumber orderNumber);

    /** A page of the orders that match the search, sorted by the field (newest first when none is given). */
    List<Order> page(OrderSearch search, String sortField, boolean ascending, int first, int size);

    long count(OrderSearch search);

    /** What the customer's orders of the last months say, for the cross-check of a new order. */
    CustomerHistory historyOf(Customer customer, Instant since);

    /** A customer's orders, newest first. */
    /** A customer's orders that came through the channel, newest first. */
    List<Order> forCustomer(String customerNumber, Channel channel, int first, int size);
}
