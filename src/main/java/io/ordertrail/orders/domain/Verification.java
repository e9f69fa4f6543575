package io.ordertrail.orders.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What verifying an order found (SOP step 2): each line priced, the flags raised by the cross-check, and the
 * estimated delivery or pickup date. Shown to staff for the final double-check, then recorded with the order.
 */
public record Verification(
        List<Order.PricedLine> lines, List<String> availability, List<Flag> flags, DeliveryEstimate estimate) {

    public Verification {
        lines = List.copyOf(lines);
        availability = List.copyOf(availability);
        flags = List.copyOf(flags);
    }

    public BigDecimal total() {
        return lines.stream().map(Order.PricedLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean needsSecondPerson() {
        return !flags.isEmpty();
    }
}
