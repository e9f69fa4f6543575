package io.ordertrail.orders.application;

import io.ordertrail.customers.application.CustomerDirectory;
import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.orders.domain.OrderSearch;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Looking orders up: one by number, or a page of them for the order list. */
@Stateless
@DenyAll
public class OrderQueries {

    @Inject
    OrderRepository orders;

    @Inject
    CustomerDirectory customers;

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

    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public long count(OrderSearch search) {
        return orders.count(search);
    }
}
