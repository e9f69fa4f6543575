package io.ordertrail.orders.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the order list is filtered by; every part is optional. {@code flags}: orders with a flag of any of these
 * types; empty for no filter by flags.
 */
public record OrderSearch(
        String orderNumber,
        String customer,
        OrderStatus status,
        Channel channel,
        LocalDate from,
        LocalDate to,
        Set<FlagType> flags)
        implements Serializable {

    public OrderSearch {
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(flags);
    }

    public static OrderSearch all() {
        return new OrderSearch(null, null, null, null, null, null, Set.of());
    }

    /** Whether it asks for orders with any flag at all. */
    public boolean anyFlag() {
        return flags.containsAll(EnumSet.allOf(FlagType.class));
    }
}
