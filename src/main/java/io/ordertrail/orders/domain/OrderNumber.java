package io.ordertrail.orders.domain;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The order number staff and customers quote, for example {@code ORD-2026-000123}: the year it was recorded and a
 * database sequence that never hands out the same value twice.
 */
public record OrderNumber(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("ORD-\\d{4}-\\d{6,}");

    /** @throws IllegalArgumentException when the value is not an order number */
    public OrderNumber {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("Not an order number: " + value);
        }
    }

    public static OrderNumber of(int year, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("Order sequence must be positive, was " + sequence);
        }
        return new OrderNumber(String.format(Locale.ROOT, "ORD-%04d-%06d", year, sequence));
    }

    /** The order number a person or system wrote, as typed in any case and with spaces around; empty if it is none. */
    public static Optional<OrderNumber> parse(String text) {
        String candidate = text == null ? null : text.trim().toUpperCase(Locale.ROOT);
        return isWellFormed(candidate) ? Optional.of(new OrderNumber(candidate)) : Optional.empty();
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
