package io.ordertrail.orders.web;

import io.ordertrail.orders.application.OrderQueries;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.platform.web.LazyPage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The order list: a lazy table, filtered by order number or customer. */
@Named
@ViewScoped
public class OrderListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderQueries orderQueries;

    private LazyPage<Order> orders;

    @PostConstruct
    void init() {
        orders = new LazyPage<>("orderNumber", orderQueries::page, orderQueries::count);
    }

    public LazyPage<Order> getOrders() {
        return orders;
    }
}
