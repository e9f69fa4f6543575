package io.ordertrail.orders.application;

import io.ordertrail.customers.application.CustomerDirectory;
import io.ordertrail.customers.domain.Customer;
import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.CustomerHistory;
import io.ordertrail.orders.domain.NeedsAttention;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.orders.domain.OrderSearch;
import io.ordertrail.orders.domain.OrderSearchText;
import io.ordertrail.orders.domain.OrderStatus;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Looking orders up: one by number, or a page of them for the order list. */
@Stateless
@DenyAll
public class OrderQueries {

    @Inject
    OrderRepository orders;

    @Inject
    CustomerDirectory customers;

    @Inject
    BusinessClock clock;

    @PersistenceContext
    EntityManager em;

    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INTEGRATION})
    public Optional<Order> byNumber(OrderNumber orderNumber) {
        Optional<Order> order = orders.find(orderNumber);
        // touch what the page shows while the persistence context is open
        order.ifPresent(o -> {
            o.getLines().size();
            o.getStatusChanges().size();
            o.getFlags().size();
            o.getSourceEmail();
        });
        return order;
    }

    /**
     * The order, when the calling service account may see it: an order of the ONLINE channel, of a customer of the
     * account's. Any other number is no order to it, so that the API answers 404 (never 403) and order numbers cannot
     * be probed.
     */
    @RolesAllowed(Roles.INTEGRATION)
    public Optional<Order> ofCallingServiceAccount(OrderNumber orderNumber) {
        return byNumber(orderNumber)
                .filter(order -> order.getChannel() == Channel.ONLINE)
                .filter(order -> customers
                        .ofCallingServiceAccount(order.getCustomer().getCustomerNumber())
                        .isPresent());
    }

    /** The most orders a search box search counts: beyond, it says "more than" and asks for another word. */
    public static final long FOUND_AT_MOST = 10_000;

    /**
     * A page of the orders found by what was typed into the search box: every word in the order's number,
     * purchase-order reference, customer (number, name, email, phone), products, address, notes or source email;
     * whole words, or the last one as the start of a word when no order has them all whole. Best match first (see
     * {@link OrderRepository#withWords}); nothing when nothing searchable was typed.
     */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public List<Order> found(String typed, int first, int size) {
        return orders.withWords(OrderSearchText.words(typed), first, size);
    }

    /** How many orders {@link #found} finds, up to {@link #FOUND_AT_MOST} + 1 (that is: more). */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public long countFound(String typed) {
        return orders.countWithWords(OrderSearchText.words(typed), FOUND_AT_MOST + 1);
    }

    /** A page of the orders matching the search, sorted by the field, newest first when none is given. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public List<Order> page(OrderSearch search, String sortField, boolean ascending, int first, int size) {
        List<Order> page = orders.page(search, sortField, ascending, first, size);
        page.forEach(o -> o.getFlags().size());
        return page;
    }

    /** A customer's orders that came through the channel, newest first, with their lines. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INTEGRATION})
    public List<Order> forCustomer(String customerNumber, Channel channel, int first, int size) {
        List<Order> found = orders.forCustomer(customerNumber, channel, first, size);
        found.forEach(o -> {
            o.getLines().size();
            o.getFlags().size();
        });
        return found;
    }

    /**
     * What the cross-check knows of the customer: its orders of the last 12 months (cancelled ones aside), their
     * value, the addresses goods went to and the usual quantity of each product.
     */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public CustomerFigures figuresOf(Customer customer) {
        Instant since = clock.now().minus(CustomerHistory.PERIOD);
        Object[] totals = em.createQuery(
                        "select count(o), sum(o.totalAmount) from Order o where o.customer = :c"
                                + " and o.recordedAt >= :since and o.status <> :cancelled",
                        Object[].class)
                .setParameter("c", customer)
                .setParameter("since", since)
                .setParameter("cancelled", OrderStatus.CANCELLED)
                .getSingleResult();
        return new CustomerFigures(
                ((Number) totals[0]).longValue(),
                totals[1] == null ? BigDecimal.ZERO : (BigDecimal) totals[1],
                orders.historyOf(customer, since));
    }

    /**
     * The orders sales must confirm to the customer again, oldest first: amended since the confirmation, or their
     * promise moved or restored by inventory since.
     */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public List<Order> awaitingReconfirmation(int first, int size) {
        return page(OrderSearch.needing(NeedsAttention.AWAITING_RECONFIRMATION), "recordedAt", true, first, size);
    }

    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public long countAwaitingReconfirmation() {
        return count(OrderSearch.needing(NeedsAttention.AWAITING_RECONFIRMATION));
    }

    /** A customer's last 12 months as the cross-check sees them. */
    public record CustomerFigures(long orderCount, BigDecimal total, CustomerHistory history) implements Serializable {

        /** The addresses goods went to, most used first. */
        public List<Map.Entry<String, Long>> getAddresses() {
            return history.orders().stream()
                    .collect(Collectors.groupingBy(
                            CustomerHistory.PastOrder::deliveryAddress, LinkedHashMap::new, Collectors.counting()))
                    .entrySet()
                    .stream()
                    .filter(e -> e.getKey() != null)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .toList();
        }

        /** Each product ordered, with how many orders had it and the usual quantity the cross-check compares with. */
        public List<ProductFigure> getProducts() {
            return history.orders().stream()
                    .flatMap(o -> o.productCodes().stream())
                    .collect(Collectors.groupingBy(code -> code, java.util.TreeMap::new, Collectors.counting()))
                    .entrySet()
                    .stream()
                    .map(e -> new ProductFigure(e.getKey(), e.getValue(), history.usualQuantity(e.getKey())))
                    .toList();
        }
    }

    public record ProductFigure(String productCode, long orders, double usualQuantity) {}

    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public long count(OrderSearch search) {
        return orders.count(search);
    }

    /** An order list is counted up to this many orders; its pages say "more than" beyond. */
    public static final int LIST_COUNTED_AT_MOST = 10_000;

    /**
     * The count for the order list's pages: all orders of a large database are estimated, and any other list is
     * counted up to {@link #LIST_COUNTED_AT_MOST}.
     */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public OrderRepository.ListCount countForList(OrderSearch search) {
        return orders.countForList(search, LIST_COUNTED_AT_MOST);
    }
}
