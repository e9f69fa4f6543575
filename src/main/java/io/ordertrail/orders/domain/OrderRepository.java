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

    /**
     * How many orders a list of the search has, for its pages. Counting a million rows takes longer than the rest of
     * the page, so all the orders of a large database are estimated, and any other list is counted up to
     * {@code countedAtMost} orders: beyond that, its pages say "more than" that many.
     */
    ListCount countForList(OrderSearch search, int countedAtMost);

    /** A list's count: exactly, about ("about 1,000,000") or at least ("more than 10,000") that many orders. */
    record ListCount(long orders, Kind kind) {

        public enum Kind {
            EXACT,
            ESTIMATED,
            MORE_THAN
        }
    }

    /**
     * A page of the orders found by the words of the search box ({@link OrderSearchText#words}), best match first:
     * words in the number, reference or customer before words elsewhere, then the newest.
     */
    List<Order> withWords(List<String> words, int first, int size);

    /** How many orders the words find, counted up to {@code atMost}: a count beyond it is only "more". */
    long countWithWords(List<String> words, long atMost);

    /** What the customer's orders of the last months say, for the cross-check of a new order. */
    CustomerHistory historyOf(Customer customer, Instant since);

    /** A customer's orders, newest first. */
    /** A customer's orders that came through the channel, newest first. */
    List<Order> forCustomer(String customerNumber, Channel channel, int first, int size);
}
