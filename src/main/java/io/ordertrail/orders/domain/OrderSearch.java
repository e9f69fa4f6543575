package io.ordertrail.orders.domain;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the order list is filtered by; every part is optional. {@code flag} is a flag type, or {@link #ANY_FLAG}
 * for orders with any flag.
 */
public record OrderSearch(String orderNumber, String customer, OrderStatus status, Channel channel,
                          LocalDate from, LocalDate to, String flag) implements Serializable {

    public static final String ANY_FLAG = "ANY";

    public static OrderSearch all() {
        return new OrderSearch(null, null, null, null, null, null, null);
    }
}
