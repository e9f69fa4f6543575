package io.ordertrail.orders.domain;

import java.util.List;
import java.util.Optional;

/** Where orders are kept. */
public interface OrderRepository {

    /** The next order number, never handed out before. */
    String nextOrderNumber();

    void store(Order order);

    Optional<Order> find(String orderNumber);

    /** A page of orders, newest first, optionally only those whose number or customer contains the text. */
    List<Order> page(String text, int first, int size);

    long count(String text);

    /** A customer's orders, newest first. */
    List<Order> forCustomer(String customerNumber, int first, int size);
}
