package io.ordertrail.review.domain;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What the orders of a period in one currency are worth: how many there are, their net total, their VAT and their
 * gross total. Cancelled orders are left out; amounts of different currencies are never added together.
 */
public record OrderValue(long orders, BigDecimal net, BigDecimal tax) implements Serializable {

    public static final OrderValue NONE = new OrderValue(0, BigDecimal.ZERO, BigDecimal.ZERO);

    public BigDecimal gross() {
        return net.add(tax);
    }
}
